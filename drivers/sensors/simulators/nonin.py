"""Nonin oximeter simulator (DF2 at 3 packets/s, DF8 at 1 frame/s): a second
of searching, then a steady finger; error scenarios keep their status bits.

Like the device, it listens for a format select (``02 70 02 02 ZZ 03``) and
answers 06 (ACK, and switches format) or 15 (NAK: unknown format or a
malformed command) when it arrives within 5 s of being connected, and ignores
it later. The format survives an unplug (the device keeps it in NVM).
Scenario ``factory_default`` starts in DF13, the factory setting, which the
kiosk's codecs do not parse, until a format select switches it.
"""
from __future__ import annotations

import math
import time

from drivers.sensors.events import Status
from drivers.sensors.protocols import nonin
from drivers.sensors.simulators.base import COMMON_SCENARIOS, Simulator

SEARCH_S = 1.0
DF2_STATUS = {"finger_out": nonin.DF2_SNSA, "sensor_off": nonin.DF2_SNSD, "artifact": nonin.DF2_ARTF,
              "low_perfusion": nonin.DF2_RPRF, "searching": nonin.DF2_OOT}
DF8_STATUS = {"artifact": nonin.DF8_ARTF, "low_perfusion": nonin.DF8_LPRF, "searching": nonin.DF8_OOT}
SELECT_WINDOW_S = 5.0  # device seconds after connecting during which a format select is accepted
# Real seconds the window lasts at least: at 40x the 5 s window is 125 ms of
# real time, less than a loaded CI host may take to open the port and write.
SELECT_WINDOW_FLOOR_S = 2.0
PERIOD_S = {nonin.DF2: 1 / 3, nonin.DF8: 1.0}  # 25 DF2 frames at 75 frames/s; one DF8 frame a second


def unmodelled_line(hr: int, spo2: int) -> bytes:
    """A stand-in for the formats the kiosk does not parse (DF13, DF7): one
    line of printable ASCII a second. Not their real layout (the reference
    does not give it); what matters is that no codec finds a frame or an
    answer byte in it (no 01, no 06/15, no byte with bit 7 set)."""
    return f"SPO2={spo2:03d} HR={hr:03d}\r\n".encode("ascii")


class NoninDf2Simulator(Simulator):
    protocol = "nonin-df2"
    native_format = nonin.DF2
    baudrate = 9600
    scenarios = (*COMMON_SCENARIOS, "low", "finger_out", "sensor_off", "artifact", "low_perfusion",
                 "factory_default")
    # Noise holds no frame start and no answer byte (a stray 06 before a frame is a valid answer).
    noise_bytes = bytes(b for b in range(256) if b not in (0x01, nonin.ACK, nonin.NAK))

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.host = nonin.NoninHostCodec()
        self.data_format = nonin.DF13 if self.scenario == "factory_default" else self.native_format
        self.connected_at = 0.0  # device time of the last (re)connection
        self.answers: list[str] = []  # "ack", "nak" or "ignored", one per command, for tests

    @property
    def period_s(self) -> float:
        return PERIOD_S.get(self.data_format, 1.0)

    def reading(self, t: float) -> tuple[int, int, str]:
        """(HR, SpO2, state) at device time t."""
        if t < SEARCH_S:
            return nonin.HR_MISSING, nonin.SPO2_MISSING, "searching"
        if self.scenario in ("finger_out", "sensor_off"):
            return nonin.HR_MISSING, nonin.SPO2_MISSING, self.scenario
        hr = 72 + int(2 * math.sin(t / 3))
        spo2 = 88 if self.scenario == "low" else 97
        state = self.scenario if self.scenario in ("artifact", "low_perfusion") else "ok"
        return hr, spo2, state

    def packet(self, hr: int, spo2: int, state: str) -> bytes:
        if self.data_format == nonin.DF2:
            status = DF2_STATUS.get(state, nonin.DF2_GPRF)
            pleth = [int(128 + 100 * math.sin(i / 25 * 2 * math.pi)) for i in range(25)]
            return nonin.df2_packet(hr, spo2, status, pleth)
        if self.data_format == nonin.DF8:
            status2 = nonin.DF8_FINGER_OUT if state in ("finger_out", "sensor_off") else 0
            return nonin.df8_frame(hr, spo2, DF8_STATUS.get(state, 0), status2)
        return unmodelled_line(min(hr, 999), spo2)

    def corrupt(self, frame: bytes) -> bytes:
        if self.data_format == nonin.DF8:  # no checksum: a damaged byte breaks the frame's shape
            return bytes([frame[0], frame[1] | 0x80, frame[2], frame[3]])
        return super().corrupt(frame)

    # --- format select ---
    def select_window_open(self) -> bool:
        since = self.device_time() - self.connected_at
        return since <= SELECT_WINDOW_S or since / self.speed <= SELECT_WINDOW_FLOOR_S

    def on_command(self, ev: Status) -> None:
        if not self.select_window_open():
            self.answers.append("ignored")
            self.log.info("command more than %.0f s after connecting: ignored", SELECT_WINDOW_S)
            return
        if ev.name == "format_select" and ev.value in nonin.FORMATS:
            self.data_format = int(ev.value)
            self.answers.append("ack")
            self.send(bytes([nonin.ACK]))
        else:
            self.answers.append("nak")
            self.send(bytes([nonin.NAK]))

    def listen(self, device_seconds: float) -> None:
        """Wait ``device_seconds``, answering the host's commands meanwhile."""
        deadline = time.monotonic() + max(device_seconds, 0) / self.speed
        while not self.stop_event.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            data = self.port.read(min(left, 0.01))
            for ev in self.host.feed(data) if data else ():
                if isinstance(ev, Status):
                    self.on_command(ev)

    def main(self) -> None:
        unplugged = False
        while not self.stop_event.is_set():
            t = self.device_time()
            if self.scenario == "silent" and t > 1.5:
                self.silent = True
            if self.scenario == "unplug" and t > 1.5 and not unplugged:
                unplugged = True
                self.unplug_for_a_while()
                self.connected_at = self.device_time()
                self.host = nonin.NoninHostCodec()
                continue
            packet = self.packet(*self.reading(t))
            if self.scenario == "bad_checksum" and self.data_format in PERIOD_S and self.rng.random() < 0.3:
                packet = self.corrupt(packet)
            self.send(packet)
            self.listen(self.period_s - len(packet) * 10 / self.baudrate)


class NoninDf8Simulator(NoninDf2Simulator):
    protocol = "nonin-df8"
    native_format = nonin.DF8
    noise_bytes = bytes(range(0x80, 0x100))  # DF8 resyncs on bit 7, so noise is bytes that cannot complete a frame
