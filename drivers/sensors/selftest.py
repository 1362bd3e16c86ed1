"""A device's self-test: open the port, ask the device something, judge its answer.

Where a model's protocol has a status or test command, ``DeviceModel.self_test``
names it (the request bytes and how to read the answer's codec events); otherwise
the test only checks that the port opens and decoded frames arrive within the wait.
Runs on a transport already held by the running kiosk (never a second handle on
the port) or on one it opens itself (`kiosk doctor`-style use, tests).
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Callable, Optional

from drivers.sensors.events import Ack, CodecEvent, CuffPressure, DeviceError, Measured, ProtocolError

# The answer's verdict: None (keep listening), "ok", or a short error code for the technician.
Verdict = Optional[str]

OPEN_WAIT_S = 3.0
ANSWER_WAIT_S = 3.0  # real seconds; a device answers a command at once, a DF8 frame is 1 s away


def any_frame(ev: CodecEvent) -> Verdict:
    """A listen-only test: any decoded frame shows the device is there and talking."""
    if isinstance(ev, DeviceError):
        return f"device_error:{ev.code}"
    return None if isinstance(ev, ProtocolError) else "ok"


@dataclass(frozen=True)
class SelfTest:
    request: bytes = b""  # sent once the port is open; empty = only listen
    answer: Callable[[CodecEvent], Verdict] = any_frame
    # Silence is normal when nobody uses the device (a scale sends only with a load on it):
    # then no answer means "port opens, device quiet", not a fault.
    quiet_when_idle: bool = False
    what: str = "listen"  # for the technician: which command was sent


@dataclass(frozen=True)
class SelfTestOutcome:
    status: str  # ok | silent | no_answer | device_error | port_missing | port_error | busy
    detail: str  # technician text: port, bytes, codes; never personal data
    elapsed_s: float = 0.0


def cuff_pressure_at_rest(ev: CodecEvent) -> Verdict:
    """SunTech "get cuff pressure": a vented cuff reads near 0; more means a stuck valve or a kinked hose."""
    if isinstance(ev, CuffPressure):
        return "ok" if ev.mmhg <= 10 else f"cuff_not_vented:{ev.mmhg}mmHg"
    if isinstance(ev, DeviceError):
        return f"device_error:{ev.code}"
    return None


def ack_ok(ev: CodecEvent) -> Verdict:
    """A command the device acknowledges: ACK is ok, NAK an error."""
    if isinstance(ev, Ack):
        return "ok" if ev.ok else f"refused:cmd={ev.command:#04x}"
    if isinstance(ev, DeviceError):
        return f"device_error:{ev.code}"
    return None


def run(transport, make_codec: Callable[[], object], test: SelfTest | None,
        answer_wait_s: float = ANSWER_WAIT_S, open_wait_s: float = OPEN_WAIT_S,
        clock: Callable[[], float] = time.monotonic) -> SelfTestOutcome:
    """Self-test through ``transport`` (a started SerialTransport). The caller makes sure
    no measurement uses it meanwhile: this borrows its listener."""
    test = test or SelfTest()
    started = clock()
    port = transport.port
    if not transport.is_open.wait(open_wait_s):
        if not os.path.exists(port):
            return SelfTestOutcome("port_missing", f"{port} not found (unplugged?)", clock() - started)
        return SelfTestOutcome("port_error", f"{port} exists but cannot be opened (permissions, or in use)",
                               clock() - started)
    codec = make_codec()
    verdict: list[str] = []
    received = [0]
    done = threading.Event()
    lock = threading.Lock()

    def on_item(item) -> None:  # the transport's thread
        data = getattr(item, "data", None)
        if data is None:
            if getattr(item, "state", "") == "unplugged":
                with lock:
                    verdict.append("unplugged")
                done.set()
            return
        with lock:
            received[0] += len(data)
            for ev in codec.feed(data, item.at):
                v = test.answer(ev)
                if v is not None and not verdict:
                    verdict.append(v)
                    done.set()

    transport.listener = on_item
    try:
        if test.request and not transport.write(test.request):
            if not os.path.exists(port):  # pulled out between the open and the write
                return SelfTestOutcome("port_missing", f"{port} went away (unplugged?)", clock() - started)
            return SelfTestOutcome("port_error", f"{port}: writing {test.what} failed", clock() - started)
        done.wait(answer_wait_s)
    finally:
        transport.listener = None
    elapsed = clock() - started
    with lock:
        v, n = (verdict[0] if verdict else None), received[0]
    if v == "ok":
        return SelfTestOutcome("ok", f"{port}: {test.what} answered ({n} bytes)", elapsed)
    if v == "unplugged":
        return SelfTestOutcome("port_missing", f"{port} went away during the test", elapsed)
    if v is not None:
        return SelfTestOutcome("device_error", f"{port}: {test.what} answered with an error: {v}", elapsed)
    if test.quiet_when_idle:
        return SelfTestOutcome("silent", f"{port} open; quiet, as this device is when not in use ({n} bytes)",
                               elapsed)
    return SelfTestOutcome("no_answer", f"{port} open; {test.what}: no answer within {answer_wait_s:.0f} s "
                           f"({n} bytes, none decoded)", elapsed)
