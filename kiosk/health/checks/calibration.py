"""Calibration due and cleaning reminders of each measurement device (kiosk/maintenance/calibration.py).

One result per device, id ``calibration.<kind>``: value = days until the next check
(negative when overdue), which the metric ``kiosk_calibration_due_days`` exports. An
overdue device, or one whose last check failed, is red: the kiosk skips its step.
"""
from __future__ import annotations

from kiosk.health.result import HealthResult, amber, green, red
from kiosk.health.station import Station
from kiosk.maintenance import calibration as cal


def calibration_due(st: Station) -> list[HealthResult]:
    book = cal.CareBook(st.cfg.paths.data_dir, st.now)
    out: list[HealthResult] = []
    for s in cal.states(st.cfg, book, remember=st.live):
        id, component = f"calibration.{s.kind}", f"device:{s.kind}"
        days = round(s.days_left, 1)
        due = s.due.date().isoformat()
        if s.last_passed is False:
            out.append(red(id, component, "calibration_failed", f"last check failed; check again (due {due})", days))
        elif s.overdue:
            out.append(red(id, component, "calibration_overdue", f"check was due {due}: out of citizen use", days))
        elif s.days_left <= cal.DUE_SOON_DAYS:
            out.append(amber(id, component, "calibration_due_soon", f"check due {due}", days))
        elif s.cleaning_due:
            out.append(amber(id, component, "cleaning_due",
                             f"{s.uses_since_cleaning} uses since the last cleaning (every {s.clean_every})", days))
        else:
            out.append(green(id, component, "ok", f"check due {due}; {s.uses_since_cleaning} uses since cleaning",
                             days))
    return out
