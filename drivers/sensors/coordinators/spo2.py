"""Pulse oximeters (streaming): wait for a clean signal, hold it for a couple of
seconds, report; a bad signal that persists becomes a fault with its key."""
from __future__ import annotations

from drivers.sensors.api import LOW_CONFIDENCE_FLAGS, MeasurementKind
from drivers.sensors.coordinator import Coordinator, State
from drivers.sensors.events import Measured

# Worst first: the first flag present names the fault.
FLAG_TO_FAULT = (
    ("sensor_off", "sensor_off"),
    ("finger_out", "finger_out"),
    ("low_perfusion", "low_perfusion"),
    ("artifact", "artifact"),
    ("out_of_track", "weak_pulse"),
    ("missing", "weak_pulse"),
)
GOOD_SECONDS = 2  # clean signal held this long before reporting
FAULT_SECONDS = 15  # a bad signal this long becomes a fault
# Bytes keep coming but no frame decodes (a Nonin still in its factory DF13,
# a wrong baud rate): the silence watchdog cannot see it, this does.
UNDECODED_S = 10


class Spo2Coordinator(Coordinator):
    kind = MeasurementKind.SPO2

    def __init__(self, protocol: str, packets_per_second: int = 1, **kw) -> None:
        super().__init__(protocol, **kw)
        self.need_good = max(2, GOOD_SECONDS * packets_per_second)
        self.fault_after = FAULT_SECONDS * packets_per_second  # counted in packets: pace-independent
        self._good: list[tuple[float, float]] = []
        self._bad_key = ""
        self._bad_count = 0
        self._last_frame = 0.0
        self._seen: set[str] = set()  # flags that weaken trust in the value, seen while measuring

    def on_start(self, now: float) -> None:
        self.state = State.MEASURING
        self._last_frame = now
        self.progress("searching")

    def on_tick(self, now: float) -> None:
        if now - self._last_frame > self.scaled_watchdog(UNDECODED_S):
            self.fail("not_responding", f"bytes but no {self.protocol} frame for {now - self._last_frame:.1f} s "
                                        "(wrong data format or baud rate?)")

    def handle(self, ev, now: float) -> None:
        if not isinstance(ev, Measured):
            return
        self._last_frame = now
        self._seen |= ev.flags & set(LOW_CONFIDENCE_FLAGS)
        key = next((k for flag, k in FLAG_TO_FAULT if flag in ev.flags), "")
        if not key and not {"spo2", "pulse"} <= set(ev.values):
            key = "weak_pulse"
        if key:
            self._good.clear()
            self._bad_count = self._bad_count + 1 if key == self._bad_key else 1
            self._bad_key = key
            self.progress("hold_still" if key == "artifact" else "searching")
            if self._bad_count >= self.fault_after:
                self.fail(key, f"{'/'.join(sorted(ev.flags)) or 'no values'} for {self._bad_count} packets")
            return
        self._bad_key, self._bad_count = "", 0
        self._good.append((ev.values["spo2"], ev.values["pulse"]))
        self.progress("measuring", float(ev.values["spo2"]))
        if len(self._good) >= self.need_good:
            spo2, pulse = self._good[-1]
            self.finish({"spo2": spo2, "pulse": pulse}, {"clean_packets": str(len(self._good))},
                        flags=frozenset(self._seen))
