"""SunTech Advantage: rest, start, poll cuff pressure, fetch the result; repeat
for the configured protocol (e.g. two readings averaged) and report the mean."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from drivers.sensors.api import MeasurementKind, Reading
from drivers.sensors.coordinator import Coordinator, State
from drivers.sensors.events import CuffPressure, Measured, Status
from drivers.sensors.protocols import suntech

Triple = tuple[int, int, int]


def _single(readings: Sequence[Triple]) -> bool:
    return not readings


def _last(readings: Sequence[Triple]) -> dict[str, int]:
    s, d, p = readings[-1]
    return {"systolic": s, "diastolic": d, "pulse": p}


@dataclass(frozen=True)
class BpPlan:
    """How many readings and how to combine them. The kiosk passes the
    Ministry of Health protocol from kiosk.clinical; the default is one reading."""

    rest_s: float = 0.0
    interval_s: float = 0.0
    needs_another: Callable[[Sequence[Triple]], bool] = field(default=_single)
    combine: Callable[[Sequence[Triple]], dict[str, int]] = field(default=_last)


POLL_INTERVAL_S = 0.25
DATA_RETRY_S = 1.0
DATA_ATTEMPTS = 3
CYCLE_LIMIT_S = 150  # a cuff cycle is 30-40 s; the module aborts itself long before this
OVERPRESSURE_MMHG = 300


class BloodPressureCoordinator(Coordinator):
    kind = MeasurementKind.BLOOD_PRESSURE

    def __init__(self, protocol: str = "suntech-advantage", plan: BpPlan = BpPlan(), **kw) -> None:
        super().__init__(protocol, **kw)
        self.plan = plan
        self.readings: list[Triple] = []
        self._parts: list[Reading] = []  # each reading as its own record, with its own time
        self._wait_until = 0.0
        self._next_poll = 0.0
        self._cycle_started = 0.0
        self._data_asked_at: float | None = None
        self._data_attempts = 0
        self._pressure: int | None = None
        self._deflating = False
        self._awaiting_since: float | None = None  # oldest unanswered command

    def on_start(self, now: float) -> None:
        self._rest(now, self.plan.rest_s)

    def _rest(self, now: float, seconds: float) -> None:
        self.state = State.PREPARING
        self._wait_until = now + self.scaled(seconds)
        self.watch_silence = False  # nothing is asked of the module while resting
        if seconds > 0:
            self.progress("resting", float(int(self.scaled(seconds) + 0.999)))

    def _command(self, command: bytes, now: float) -> None:
        self.send(command)
        if self._awaiting_since is None:
            self._awaiting_since = now

    def on_tick(self, now: float) -> None:
        if self.state is State.PREPARING:
            left = self._wait_until - now
            if left > 0:
                self.progress("resting", float(int(left + 0.999)))  # real seconds the person waits
                return
            self._start_cycle(now)
            return
        if self._awaiting_since is not None and now - self._awaiting_since > self.silence_timeout_s:
            self.fail("not_responding", f"no reply for {now - self._awaiting_since:.1f} s")
            return
        if now - self._cycle_started > self.scaled_watchdog(CYCLE_LIMIT_S):
            self.send(suntech.ABORT_BP)
            self.fail("timeout", "cuff cycle did not complete")
            return
        if self._data_asked_at is not None:
            if now - self._data_asked_at > DATA_RETRY_S:
                if self._data_attempts >= DATA_ATTEMPTS:
                    self.fail("device_error", "no valid result frame after retries")
                    return
                self._ask_data(now)
        elif now >= self._next_poll:
            self._command(suntech.GET_CUFF_PRESSURE, now)
            self._next_poll = now + POLL_INTERVAL_S

    def _start_cycle(self, now: float) -> None:
        self.state = State.MEASURING
        self.last_rx = now
        self._cycle_started = now
        self._pressure, self._deflating = None, False
        self._data_asked_at, self._data_attempts = None, 0
        self._awaiting_since = None
        self.progress("reading", float(len(self.readings) + 1))
        self._command(suntech.START_BP, now)
        self._next_poll = now + POLL_INTERVAL_S

    def _ask_data(self, now: float) -> None:
        self._data_attempts += 1
        self._data_asked_at = now
        self.send(suntech.GET_BP_DATA)

    def handle(self, ev, now: float) -> None:
        self._awaiting_since = None
        if self.state is not State.MEASURING:
            return
        if isinstance(ev, CuffPressure):
            if ev.mmhg > OVERPRESSURE_MMHG:
                self.send(suntech.ABORT_BP)
                self.fail("overpressure", f"cuff at {ev.mmhg} mmHg")
                return
            if self._pressure is not None and ev.mmhg < self._pressure - 1:
                self._deflating = True
            self._pressure = ev.mmhg
            self.progress("deflating" if self._deflating else "inflating", float(ev.mmhg))
        elif isinstance(ev, Status) and ev.name == "complete":
            if self._data_asked_at is None:
                self._ask_data(now)
        elif isinstance(ev, Measured):
            v = ev.values
            self.readings.append((int(v["systolic"]), int(v["diastolic"]), int(v["pulse"])))
            self._parts.append(Reading(self.kind, dict(zip(("systolic", "diastolic", "pulse"), self.readings[-1])),
                                       self.device_id, measured_at=self.last_rx_wall))
            self.log.info("reading %d complete", len(self.readings))
            if self.plan.needs_another(self.readings):
                self._rest(now, self.plan.interval_s)
            else:
                values = self.plan.combine(self.readings)
                # A single reading is its own record; only a combined value keeps its parts.
                parts = tuple(self._parts) if len(self._parts) > 1 else ()
                self.finish(dict(values), {"readings": str(len(self.readings)), "map_last": str(int(v.get("map", 0)))},
                            parts=parts)

    def on_cancel(self) -> None:
        if self.state is State.MEASURING:
            self.send(suntech.ABORT_BP)
