"""Nonin oximeter simulator (DF2 at 3 packets/s, DF8 at 1 frame/s): a second
of searching, then a steady finger; error scenarios keep their status bits."""
from __future__ import annotations

import math

from drivers.sensors.protocols import nonin
from drivers.sensors.simulators.base import COMMON_SCENARIOS, Simulator

SEARCH_S = 1.0
DF2_STATUS = {"finger_out": nonin.DF2_SNSA, "sensor_off": nonin.DF2_SNSD, "artifact": nonin.DF2_ARTF,
              "low_perfusion": nonin.DF2_RPRF, "searching": nonin.DF2_OOT}
DF8_STATUS = {"artifact": nonin.DF8_ARTF, "low_perfusion": nonin.DF8_LPRF, "searching": nonin.DF8_OOT}


class NoninDf2Simulator(Simulator):
    protocol = "nonin-df2"
    baudrate = 9600
    period_s = 1 / 3  # 25 frames at 75 frames/s
    scenarios = (*COMMON_SCENARIOS, "low", "finger_out", "sensor_off", "artifact", "low_perfusion")
    noise_bytes = bytes(b for b in range(256) if b != 0x01)

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
        status = DF2_STATUS.get(state, nonin.DF2_GPRF)
        pleth = [int(128 + 100 * math.sin(i / 25 * 2 * math.pi)) for i in range(25)]
        return nonin.df2_packet(hr, spo2, status, pleth)

    def main(self) -> None:
        unplugged = False
        while not self.stop_event.is_set():
            t = self.device_time()
            if self.scenario == "silent" and t > 1.5:
                self.silent = True
            if self.scenario == "unplug" and t > 1.5 and not unplugged:
                unplugged = True
                self.unplug_for_a_while()
                continue
            packet = self.packet(*self.reading(t))
            if self.scenario == "bad_checksum" and self.rng.random() < 0.3:
                packet = self.corrupt(packet)
            self.send(packet)
            self.sleep(max(0.0, self.period_s - len(packet) * 10 / self.baudrate))


class NoninDf8Simulator(NoninDf2Simulator):
    protocol = "nonin-df8"
    period_s = 1.0
    noise_bytes = bytes(range(0x80, 0x100))  # DF8 resyncs on bit 7, so noise is bytes that cannot complete a frame

    def packet(self, hr: int, spo2: int, state: str) -> bytes:
        status2 = nonin.DF8_FINGER_OUT if state in ("finger_out", "sensor_off") else 0
        return nonin.df8_frame(hr, spo2, DF8_STATUS.get(state, 0), status2)

    def corrupt(self, frame: bytes) -> bytes:
        return bytes([frame[0], frame[1] | 0x80, frame[2], frame[3]])  # a damaged byte breaks the frame's shape
