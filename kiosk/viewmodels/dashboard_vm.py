"""``Kiosk.Dashboard``: the station's health checks, for the maintenance dashboard.

It shows the one set of checks `kiosk doctor` and the metrics run (kiosk/health),
re-run every few seconds while the dashboard is on screen. The checks run on a
worker thread: asking the backend may take seconds and the screen must not freeze.
Each row is {id, component, status (green/amber/red), reason (a key QML words),
detail (technician text), value}.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.flow.bridge import GuiBridge

if TYPE_CHECKING:
    from kiosk.flow.controller import FlowController

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.maintenance")

REFRESH_MS = 5000
_WORST_FIRST = {"red": 0, "amber": 1, "green": 2}
Source = Callable[[], list]  # anything returning results with the HealthResult attributes

_instance: "Dashboard | None" = None


def health_source(controller: FlowController, started_monotonic: float) -> Source:
    """The running kiosk's checks, on its own store and devices (no second handle on a port)."""
    from kiosk.health.registry import HealthMonitor
    from kiosk.health.station import Station

    station = Station(controller.cfg, store=controller.devices.store, sensors=controller.devices.sensors,
                      printer=controller.devices.printer, started_monotonic=started_monotonic)
    return HealthMonitor(station).results


def install(controller: FlowController, source: Source | None = None) -> "Dashboard":
    global _instance
    if source is None:
        try:
            source = health_source(controller, time.monotonic())
        except Exception as e:  # the citizen app must start even so; the dashboard says "failed"
            log.exception("maintenance dashboard: cannot set up the health checks")
            reason = f"{e.__class__.__name__}: {e}"

            def source() -> list:
                raise RuntimeError(f"health checks unavailable ({reason})")
    _instance = Dashboard(source)
    return _instance


def _row(r) -> dict:
    status = getattr(r.status, "value", r.status)
    return {"id": r.id, "component": r.component, "status": str(status), "reason": r.reason,
            "detail": r.detail, "value": None if r.value is None else float(r.value)}


@QmlElement
@QmlSingleton
class Dashboard(QObject):
    changed = Signal()

    def __init__(self, source: Source | None = None) -> None:
        super().__init__()
        if source is None:
            raise RuntimeError("kiosk.viewmodels.dashboard_vm.install() must run before QML loads")
        self._source = source
        self._bridge = GuiBridge(self)
        self._rows: list[dict] = []
        self._busy = False
        self._active = False
        self._failed = False
        self._updated = 0.0
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    @staticmethod
    def create(engine) -> "Dashboard":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.dashboard_vm.install() must run before QML loads")
        return _instance

    @Property("QVariantList", notify=changed)
    def checks(self) -> list:
        return self._rows

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, notify=changed)
    def failed(self) -> bool:
        """The last run raised as a whole (kiosk.log has why); the rows shown are older."""
        return self._failed

    @Property(int, notify=changed)
    def redCount(self) -> int:
        return sum(r["status"] == "red" for r in self._rows)

    @Property(int, notify=changed)
    def amberCount(self) -> int:
        return sum(r["status"] == "amber" for r in self._rows)

    @Slot(bool)
    def setActive(self, active: bool) -> None:
        """The dashboard page is on screen (or not): refresh now and every few seconds."""
        self._active = active
        if active:
            self.refresh()
            self._timer.start()
        else:
            self._timer.stop()

    @Slot()
    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.changed.emit()
        threading.Thread(target=self._run, name="health-checks", daemon=True).start()

    def _run(self) -> None:
        try:
            rows = [_row(r) for r in self._source()]
            # Faults first, so they are on screen without scrolling; otherwise the registry's order.
            rows.sort(key=lambda r: _WORST_FIRST.get(r["status"], 0))
            failed = False
        except Exception:
            log.exception("maintenance dashboard: the health checks failed")
            rows, failed = None, True
        self._bridge.post(lambda: self._done(rows, failed))

    def _done(self, rows: list[dict] | None, failed: bool) -> None:
        self._busy, self._failed = False, failed
        if rows is not None:
            self._rows = rows
            self._updated = time.monotonic()
        self.changed.emit()
