"""Scale simulators. Health o meter: silent while settling, then one frame per
second once locked, silent again at step-off. A&D: a line every 200 ms,
unstable (US) while the weight climbs, then stable (ST)."""
from __future__ import annotations

from drivers.sensors.protocols import and_standard, healthometer
from drivers.sensors.simulators.base import COMMON_SCENARIOS, Simulator

WEIGHT_KG, HEIGHT_CM = 61.5, 162.0
SETTLE_S = 3.0


class HealthometerSimulator(Simulator):
    protocol = "healthometer-esc"
    baudrate = 9600
    scenarios = (*COMMON_SCENARIOS, "stepped_off", "imperial")
    noise_bytes = bytes(b for b in range(0x20, 0x7F))

    def frame(self) -> bytes:
        if self.scenario == "imperial":
            return healthometer.frame(WEIGHT_KG / 0.45359237, HEIGHT_CM / 2.54, metric=False, scale_id="SIM0000001")
        return healthometer.frame(WEIGHT_KG, HEIGHT_CM, scale_id="SIM0000001")

    def main(self) -> None:
        if self.sleep(SETTLE_S) or self.scenario == "silent":
            self.stop_event.wait()
            return
        if self.scenario == "unplug":
            self.unplug_for_a_while()
        sent = 0
        while not self.stop_event.is_set():
            frame = self.frame()
            if self.scenario == "bad_checksum" and sent == 0:
                frame = frame.replace(b"\x1bW", b"\x1bW?")  # no checksum here: a damaged field instead
            self.send(frame)
            sent += 1
            if self.scenario == "stepped_off" and sent == 1:
                self.stop_event.wait()
                return
            self.sleep(1.0)


class AndStandardSimulator(Simulator):
    protocol = "and-standard"
    baudrate = 2400
    period_s = 0.2
    scenarios = (*COMMON_SCENARIOS, "overload", "error", "stepped_off")
    noise_bytes = bytes(b for b in range(0x20, 0x7F) if not 0x41 <= b <= 0x5A)

    def line(self, t: float) -> bytes:
        if self.scenario == "overload" and t > 1:
            return b"OL,+99999.99 kg\r\n"
        if self.scenario == "error" and t > 1:
            return b"EC,E11\r\n"
        if self.scenario == "stepped_off":
            w = WEIGHT_KG * min(t, 1.0) if t < 1.6 else 0.0
            return and_standard.line("US", w)
        if t < 2.0:
            return and_standard.line("US", WEIGHT_KG * min(t / 1.5, 1.0) + (0.3 if t < 1.5 else 0.1))
        return and_standard.line("ST", WEIGHT_KG)

    def main(self) -> None:
        unplugged = False
        while not self.stop_event.is_set():
            t = self.device_time()
            if self.scenario == "silent" and t > 1.0:
                self.silent = True
            if self.scenario == "unplug" and t > 1.0 and not unplugged:
                unplugged = True
                self.unplug_for_a_while()
                continue
            line = self.line(t)
            if self.scenario == "bad_checksum" and self.rng.random() < 0.3:
                line = line[:5] + b"\x7f" + line[6:]
            self.send(line)
            self.sleep(max(0.0, self.period_s - len(line) * 10 / self.baudrate))
