"""``Kiosk.Record``: "My health record" as QML sees it (kiosk/services/record).

State, numbers and keys only (kiosk/services/record/view.py shapes them); the
QML words and draws. The history lives in the visit's RecordSession, never
here: this object keeps only a cache of the shaped data for the current
session revision, dropped with the session at every wipe.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

if TYPE_CHECKING:
    from kiosk.services.record.session import RecordSession
    from kiosk.flow.controller import FlowController

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui.record")

_instance: "Record | None" = None


def install(controller: FlowController) -> "Record":
    global _instance
    _instance = Record(controller)
    return _instance


@QmlElement
@QmlSingleton
class Record(QObject):
    changed = Signal()

    def __init__(self, controller: FlowController | None = None) -> None:
        super().__init__()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.record_vm.install() must run before QML loads")
        self._c = controller
        self._key: tuple | None = None
        self._shaped: dict = {}
        controller.changed.connect(self._on_changed)

    @staticmethod
    def create(engine) -> "Record":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.record_vm.install() must run before QML loads")
        return _instance

    def _session(self) -> RecordSession | None:
        from kiosk.services.record.session import RecordSession

        s = self._c.machine.draft.service
        return s if isinstance(s, RecordSession) else None

    def _on_changed(self) -> None:
        s = self._session()
        key = None if s is None else (id(s), s.revision)
        if key != self._key:
            self._key, self._shaped = key, {}
            self.changed.emit()

    def _get(self, name: str):
        """Shaped data, made once per session revision (a page arriving bumps it)."""
        from kiosk.services.record.trend import MAX_POINTS
        from kiosk.services.record import view

        if name not in self._shaped:
            s = self._session()
            tz = view.tz_of(self._c.cfg.station.timezone_offset)
            now = datetime.now(timezone.utc)
            if s is None:
                value = [] if name != "tab" else "today"
            elif name == "today":
                value = view.today_rows(s.readings, s.holder.readings(), now, tz)
            elif name == "charts":
                value = view.charts(s.tab, s.readings, now, tz, MAX_POINTS)
            elif name == "vaccinations":
                value = view.vaccinations(s.vaccinations)
            else:
                raise KeyError(name)
            self._shaped[name] = value
        return self._shaped[name]

    # -- state ----------------------------------------------------------------------
    @Property(bool, notify=changed)
    def active(self) -> bool:
        return self._session() is not None

    @Property(bool, notify=changed)
    def loading(self) -> bool:
        s = self._session()
        return bool(s and s.loading)

    @Property(str, notify=changed)
    def errorKey(self) -> str:
        s = self._session()
        return s.error if s else ""

    @Property(bool, notify=changed)
    def empty(self) -> bool:
        """Loaded, nothing recorded (or no record yet) and nothing measured in this visit: a normal state."""
        s = self._session()
        return bool(s and s.empty and not self._get("today"))

    @Property(str, notify=changed)
    def tab(self) -> str:
        s = self._session()
        return s.tab if s else "today"

    @Property("QStringList", notify=changed)
    def tabs(self) -> list:
        from kiosk.services.record.session import TABS

        return list(TABS)

    @Property(int, notify=changed)
    def readingCount(self) -> int:
        s = self._session()
        return len(s.readings) if s else 0

    @Property("QVariantList", notify=changed)
    def today(self) -> list:
        return self._get("today")

    @Property("QVariantList", notify=changed)
    def charts(self) -> list:
        return self._get("charts")

    @Property("QVariantList", notify=changed)
    def vaccinations(self) -> list:
        return self._get("vaccinations")

    # -- taps -----------------------------------------------------------------------
    @Slot(str)
    def showTab(self, tab: str) -> None:
        from kiosk.services.record import events as ev

        self._c.touch()
        self._c.handle(ev.ShowTab(tab))

    @Slot()
    def back(self) -> None:
        """Back to the chooser (the visit goes on)."""
        from kiosk.session import events as session_ev

        self._c.handle(session_ev.LeaveService())
