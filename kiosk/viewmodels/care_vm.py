"""``Kiosk.Care``: calibration checks, due dates, use counts and cleaning (kiosk/maintenance/calibration.py)."""
from __future__ import annotations

import threading

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.viewmodels.tools_base import ToolModel, require_install

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_instance: "Care | None" = None


def install(controller) -> "Care":
    global _instance
    _instance = Care(controller)
    return _instance


@QmlElement
@QmlSingleton
class Care(QObject, ToolModel):
    changed = Signal()

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    def __init__(self, controller=None) -> None:
        from kiosk.maintenance import calibration as cal

        super().__init__()
        self.tool_init()
        self._c = require_install(controller, __name__)
        self._book = cal.book_for(controller.cfg)
        self._last: dict = {}

    @staticmethod
    def create(engine) -> "Care":
        return require_install(_instance, __name__)

    @Property("QVariantList", notify=changed)
    def devices(self) -> list:
        from kiosk.maintenance import calibration as cal

        rows = []
        for s in cal.states(self._c.cfg, self._book):
            spec = cal.SPECS[s.kind]
            rows.append({"kind": s.kind, "due": s.due.date().isoformat(), "daysLeft": int(s.days_left // 1),
                         "outOfService": s.out_of_service, "lastPassed": s.last_passed, "uses": s.uses,
                         "usesSinceCleaning": s.uses_since_cleaning, "cleanEvery": s.clean_every,
                         "cleaningDue": s.cleaning_due, "values": list(spec.values), "tolerance": spec.tolerance})
        return rows

    @Property("QVariantMap", notify=changed)
    def lastCheck(self) -> dict:
        """{kind, passed, deviations, tolerance} of the check just made; {error} when no reading came."""
        return self._last

    @Slot(str, "QVariantList")
    def check(self, kind: str, reference: list) -> None:
        """Take a reading now and compare it with ``reference`` (the values of SPECS[kind], in order)."""
        from drivers.sensors.api import MeasurementKind, Reading
        from kiosk.maintenance import audit
        from kiosk.maintenance import calibration as cal

        spec = cal.SPECS[kind]
        try:
            ref = {k: float(v) for k, v in zip(spec.values, reference, strict=True)}
        except (TypeError, ValueError):
            self._last = {"kind": kind, "error": "bad_reference"}
            self.changed.emit()
            return
        device = self._c.devices.sensors.get(MeasurementKind(kind))
        interval = cal.settings(self._c.cfg, kind)[0]

        def job():
            outcome = device.measure(lambda ev: None, threading.Event())
            if not isinstance(outcome, Reading):
                return outcome
            return self._book.record_check(kind, ref, outcome.values, interval)

        def done(r) -> None:
            if isinstance(r, cal.CheckResult):
                self._last = {"kind": kind, "passed": r.passed, "deviations": dict(r.deviations),
                              "tolerance": r.tolerance}
                audit.append("calibration", "passed" if r.passed else "failed", device=kind,
                             reference=list(ref.values()), deviations=list(r.deviations.values()))
            else:
                key = getattr(r, "key", "device_error")
                self._last = {"kind": kind, "error": key}
                audit.append("calibration", "no_reading", device=kind, error=key)

        self.run("calibration", job, done)

    @Slot(str)
    def recordCleaning(self, kind: str) -> None:
        from kiosk.maintenance import audit

        uses = self._book.record_cleaning(kind)
        audit.append("cleaning", "ok", device=kind, uses_before=uses)
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        self.changed.emit()
