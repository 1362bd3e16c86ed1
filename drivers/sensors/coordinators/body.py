"""Scales: follow the weight while it settles, report once it is stable twice
in a row; a person stepping off first is a fault."""
from __future__ import annotations

from drivers.sensors.api import MeasurementKind
from drivers.sensors.coordinator import Coordinator, State
from drivers.sensors.events import Measured
from drivers.sensors.units import bmi_of

MIN_PERSON_KG = 2.0
STABLE_TOLERANCE_KG = 0.1
LOCK_WAIT_S = 60  # a streaming-on-lock scale may stay silent this long while settling
STREAM_GAP_S = 2.5  # locked scales send every second; a longer gap means step-off


class BodyCoordinator(Coordinator):
    kind = MeasurementKind.BODY

    def __init__(self, protocol: str, silent_until_locked: bool = False, stable_needed: int = 2,
                 height_cm: float | None = None, **kw) -> None:
        super().__init__(protocol, **kw)
        self.silent_until_locked = silent_until_locked  # Health o meter: no bytes while settling
        self.stable_needed = stable_needed
        self.height_cm = height_cm  # from a separate height rod, if any
        self._stable: list[dict[str, float]] = []
        self._on_scale = False
        self._started = 0.0
        self._last_frame: float | None = None

    def on_start(self, now: float) -> None:
        self.state = State.MEASURING
        self._started = now
        self.watch_silence = not self.silent_until_locked
        self.progress("settling")

    def on_tick(self, now: float) -> None:
        if not self.silent_until_locked:
            return
        if self._last_frame is None:
            if now - self._started > self.scaled_watchdog(LOCK_WAIT_S):
                self.fail("timeout", "scale never locked a weight")
        elif now - max(self._last_frame, self.last_rx) > self.scaled_watchdog(STREAM_GAP_S):
            # a frame still arriving byte by byte means the person is still on
            self.fail("stepped_off", "stream stopped before the weight was confirmed")

    def handle(self, ev, now: float) -> None:
        if not isinstance(ev, Measured) or "weight_kg" not in ev.values:
            return
        self._last_frame = now
        w = float(ev.values["weight_kg"])
        if w < MIN_PERSON_KG:
            if self._on_scale:
                self.fail("stepped_off", f"weight fell to {w:.1f} kg before it was stable")
            else:
                self.progress("settling")
            return
        self._on_scale = True
        if not ev.stable:
            self._stable.clear()
            self.progress("settling", round(w, 1))
            return
        if self._stable and abs(self._stable[-1]["weight_kg"] - w) > STABLE_TOLERANCE_KG:
            self._stable.clear()
        self._stable.append(dict(ev.values))
        self.progress("settling", round(w, 1))
        if len(self._stable) >= self.stable_needed:
            self._report(self._stable[-1])

    def _report(self, v: dict[str, float]) -> None:
        values = {"weight_kg": float(v["weight_kg"])}  # the device's decimals: only the screen rounds
        height = v.get("height_cm") or self.height_cm
        if height:
            values["height_cm"] = float(height)
            values["bmi"] = float(v["bmi"]) if v.get("bmi") else bmi_of(values["weight_kg"], values["height_cm"])
        self.finish(values)
