"""How citizens' visits end, counted for the fleet: completed, or abandoned at which step.

Counts only: no visit id, no time, nothing about the person; the step label takes
one of a fixed set of screen names (and "measure.<kind>"), so it cannot carry data.
"""
from __future__ import annotations

from prometheus_client import Counter, disable_created_metrics

from drivers.sensors.api import MeasurementKind
from kiosk.session.machine import Screen

# The *_created series double what a dashboard reads for no use here (Prometheus sees resets itself).
disable_created_metrics()

COMPLETED = Counter("kiosk_visits_completed", "Visits that reached the done screen (saved, or a guest's)",
                    registry=None)
ABANDONED = Counter("kiosk_visits_abandoned", "Visits that ended before the done screen, by the step they "
                    "ended on (cancel, idle, decline, staff help, save failed)", ["step"], registry=None)

# Every step a visit can end on, so each series exists from the start and
# increase() sees the first abandonment too.
STEPS = tuple(s.value for s in Screen if s not in (Screen.WELCOME, Screen.DONE, Screen.MEASURE)) + tuple(
    f"measure.{k.value}" for k in MeasurementKind)
for _step in STEPS:
    ABANDONED.labels(step=_step)


def visit_ended(step: str, completed: bool) -> None:
    """Called by the flow controller at each wipe (kiosk/session/machine.py says where the visit ended)."""
    if completed:
        COMPLETED.inc()
    else:
        ABANDONED.labels(step=step if step in STEPS else "other").inc()
