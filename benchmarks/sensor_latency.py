"""Latency from the last byte of a frame written on the device side of a pty to
the reading event arriving in a Qt slot, against a plain read loop on the same pty.

    .venv/bin/python benchmarks/sensor_latency.py [--n 300] [--json]

Path measured: IR-thermometer result frame written on the pty master ->
SerialTransport thread (pyserial) -> queue -> MeasurementDevice.measure in a
worker thread (codec + coordinator) -> emit -> Qt signal, queued connection ->
slot in the main thread's event loop (QCoreApplication, offscreen).
Floor: a thread blocked in a plain pyserial read loop on the same pty, done
once the frame's 11 bytes are in. Goal: median ratio <= 1.5 and p99 < 20 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import serial  # noqa: E402
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot  # noqa: E402

from drivers.sensors.api import Reading  # noqa: E402
from drivers.sensors.coordinators import coordinator_for  # noqa: E402
from drivers.sensors.device import SerialMeasurementDevice  # noqa: E402
from drivers.sensors.protocols import ir_uart  # noqa: E402
from drivers.sensors.simulators import PtyLink  # noqa: E402
from drivers.sensors.transport import LineSettings  # noqa: E402

RESULT = ir_uart.result_frame(36.6, 25.3)


class FakeModule(threading.Thread):
    """Device side: acknowledges body mode, answers measure, stamps the last byte."""

    def __init__(self, link: PtyLink) -> None:
        super().__init__(daemon=True)
        self.link = link
        self.written_at: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        host = ir_uart.IrHostCodec()
        while not self.stop.is_set():
            data = self.link.read(0.05)
            for ev in host.feed(data) if data else ():
                cmd = int(ev.value) >> 8
                if cmd == ir_uart.CMD_TARGET:
                    self.link.write(ir_uart.frame(ir_uart.CMD_TARGET, b"\x00"))
                elif cmd == ir_uart.CMD_MEASURE:
                    # Stamped just before the one write() that puts all bytes on the line.
                    self.written_at.append(time.perf_counter())
                    self.link.write(RESULT)


class Sink(QObject):
    event = Signal(object)

    def __init__(self, n: int, module: FakeModule) -> None:
        super().__init__()
        self.n, self.module = n, module
        self.latencies: list[float] = []
        self.event.connect(self.on_event, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def on_event(self, ev) -> None:
        if isinstance(ev, Reading):
            self.latencies.append(time.perf_counter() - self.module.written_at[len(self.latencies)])
            if len(self.latencies) >= self.n:
                QCoreApplication.quit()


def kiosk_path(app: QCoreApplication, n: int, via_return: bool = False) -> list[float]:
    """``via_return``: post the value measure() returns instead of the emitted
    Reading, as kiosk.flow.jobs.MeasureJob does (one more thread wake-up)."""
    link = PtyLink()
    module = FakeModule(link)
    module.start()
    device = SerialMeasurementDevice(link.path, "ir-uart", LineSettings(38400), lambda: coordinator_for("ir-uart"))
    sink = Sink(n, module)

    def worker() -> None:
        cancel = threading.Event()
        for _ in range(n + 20):  # a few spare in case one is lost
            if len(sink.latencies) >= n:
                break
            if via_return:
                sink.event.emit(device.measure(lambda ev: None, cancel))
            else:
                device.measure(sink.event.emit, cancel)

    t = threading.Thread(target=worker, daemon=True)
    QTimer.singleShot(0, t.start)
    QTimer.singleShot(120_000, app.quit)  # never hang
    app.exec()
    module.stop.set()
    device.close()
    link.close()
    return sink.latencies[1:]  # the first includes opening the port


def floor_path(n: int) -> list[float]:
    """A thread blocked in a plain pyserial read loop, as the kiosk's transport is."""
    link = PtyLink()
    ser = serial.Serial(link.path, 38400, timeout=1)
    done_at: list[float] = []
    frame_in = threading.Event()

    def reader() -> None:
        got = b""
        while len(done_at) <= n:
            got += ser.read(ser.in_waiting or 1)
            while len(got) >= len(RESULT):
                got = got[len(RESULT):]
                done_at.append(time.perf_counter())
                frame_in.set()

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    written = []
    for _ in range(n + 1):
        frame_in.clear()
        time.sleep(0.002)  # let the reader block again, as between real frames
        written.append(time.perf_counter())
        link.write(RESULT)
        frame_in.wait(2)
    t.join(2)
    ser.close()
    link.close()
    return [d - w for d, w in zip(done_at, written)][1:]


def summary(xs: list[float]) -> dict[str, float]:
    s = sorted(xs)
    return {"n": len(s), "p50_ms": statistics.median(s) * 1000, "p99_ms": s[int(0.99 * (len(s) - 1))] * 1000,
            "max_ms": s[-1] * 1000}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="samples per path per round")
    ap.add_argument("--rounds", type=int, default=3, help="floor and kiosk runs alternate, to share the machine's noise")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    floor_xs: list[float] = []
    ours_xs: list[float] = []
    returned_xs: list[float] = []
    for _ in range(args.rounds):
        floor_xs += floor_path(args.n)
        ours_xs += kiosk_path(app, args.n)
        returned_xs += kiosk_path(app, args.n, via_return=True)
    floor, ours, returned = summary(floor_xs), summary(ours_xs), summary(returned_xs)
    ratio = ours["p50_ms"] / floor["p50_ms"]
    result = {"floor": floor, "kiosk": ours, "ratio_p50": ratio,
              "kiosk_via_return": returned, "ratio_p50_via_return": returned["p50_ms"] / floor["p50_ms"],
              "goal": {"ratio_p50_max": 1.5, "p99_ms_max": 20.0},
              "met": {"ratio": ratio <= 1.5, "p99": ours["p99_ms"] < 20.0}}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, s in (("plain read loop (floor)", floor), ("emitted reading -> Qt slot", ours),
                        ("returned reading -> slot", returned)):
            print(f"{name:26} n={s['n']}  p50 {s['p50_ms']:.3f} ms  p99 {s['p99_ms']:.3f} ms  max {s['max_ms']:.3f} ms")
        print(f"ratio (p50) via return {result['ratio_p50_via_return']:.2f}")
        print(f"ratio (p50) {ratio:.2f}  goal <= 1.5: {'met' if result['met']['ratio'] else 'NOT met'};"
              f"  p99 < 20 ms: {'met' if result['met']['p99'] else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
