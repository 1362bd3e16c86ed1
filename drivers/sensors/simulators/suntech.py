"""SunTech Advantage module simulator: answers the host's commands and runs a
realistic cuff cycle (inflate ~20 mmHg/s to SYS+30, deflate ~4 mmHg/s to
DIA-15, vent), 30-40 s of device time, then reports "complete"."""
from __future__ import annotations

from drivers.sensors.events import Status
from drivers.sensors.protocols import suntech
from drivers.sensors.simulators.base import COMMON_SCENARIOS, Simulator

# scenario -> module error code (our default mapping in protocols/suntech.py)
ERROR_SCENARIOS = {"weak_pulse": 0x01, "motion": 0x02, "cuff_loose": 0x04, "device_error": 0x06}
READINGS = {
    "normal": [(128, 82, 72), (124, 80, 70), (126, 81, 71)],
    "high": [(186, 112, 96), (182, 108, 94), (184, 110, 95)],
}
INFLATE_RATE, DEFLATE_RATE, VENT_S = 20.0, 4.0, 2.0


class SuntechSimulator(Simulator):
    protocol = "suntech-advantage"
    baudrate = 9600
    scenarios = (*COMMON_SCENARIOS, "high", "overpressure", *ERROR_SCENARIOS)
    noise_bytes = bytes(b for b in range(256) if b != suntech.MODULE_SOF)

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.host = suntech.SuntechHostCodec()
        self.cycles = 0
        self.cycle_start: float | None = None
        self.completed = False
        self.corrupted_once = False
        self.unplugged_once = False

    def values(self) -> tuple[int, int, int]:
        table = READINGS["high" if self.scenario == "high" else "normal"]
        return table[(self.cycles - 1) % len(table)]

    def pressure(self, t: float) -> tuple[int, bool]:
        """Cuff pressure at t seconds into the cycle, and whether the cycle is over."""
        sys_, dia, _ = self.values()
        if self.scenario == "cuff_loose":
            return (min(int(t * 2), 15), t > 8)  # the pump runs but a loose cuff holds no pressure
        if self.scenario == "overpressure":
            return (int(t * INFLATE_RATE * 1.5), False)
        top, bottom = sys_ + 30, dia - 15
        t_up = top / INFLATE_RATE
        t_down = (top - bottom) / DEFLATE_RATE
        if t < t_up:
            return int(t * INFLATE_RATE), False
        if t < t_up + t_down:
            steps = int((t - t_up) * DEFLATE_RATE / 4)  # ~4 mmHg steps
            return top - steps * 4, False
        if t < t_up + t_down + VENT_S:
            return max(0, int(bottom * (1 - (t - t_up - t_down) / VENT_S))), False
        return 0, True

    def main(self) -> None:
        while not self.stop_event.is_set():
            data = self.port.read(0.01)
            for ev in self.host.feed(data) if data else ():
                if isinstance(ev, Status):
                    self.on_command(ev.name)
            self.advance()

    def elapsed(self) -> float:
        return self.device_time() - self.cycle_start if self.cycle_start is not None else 0.0

    def advance(self) -> None:
        if self.cycle_start is None or self.completed:
            return
        t = self.elapsed()
        if self.scenario == "silent" and t > 5:
            self.silent = True
        if self.scenario == "unplug" and t > 5 and not self.unplugged_once:
            self.unplugged_once = True
            self.cycle_start = None
            self.unplug_for_a_while()
            return
        code = ERROR_SCENARIOS.get(self.scenario)
        if code is not None and self.scenario != "cuff_loose" and t > 12:
            self.completed = True
        _, over = self.pressure(t)
        if over:
            self.completed = True
        if self.completed:
            self.send(suntech.complete_frame())

    def on_command(self, name: str) -> None:
        if name == "start":
            self.cycles += 1
            self.cycle_start, self.completed = self.device_time(), False
        elif name == "abort":
            self.cycle_start = None
        elif name == "cuff":
            p = self.pressure(self.elapsed())[0] if self.cycle_start is not None and not self.completed else 0
            self.send(suntech.pressure_frame(p))
        elif name == "data":
            self.send(self.result_frame())

    def result_frame(self) -> bytes:
        code = ERROR_SCENARIOS.get(self.scenario)
        if code is not None:
            frame = suntech.data_frame(0, 0, 0, 0, error=code, beats=0)
        else:
            sys_, dia, pulse = self.values()
            frame = suntech.data_frame(sys_, dia, pulse, round(dia + (sys_ - dia) / 3))
        if self.scenario == "bad_checksum" and not self.corrupted_once:
            self.corrupted_once = True
            return self.corrupt(frame)
        return frame
