"""``Kiosk.Session``: the one view-model of the citizen flow, as QML sees it.

It exposes state and data (screen names, keys, numbers) and slots for taps.
It holds no wording: QML turns every key into translated words.
"""
from __future__ import annotations

import hashlib
import logging
from typing import Callable

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from drivers.card.api import CAN_LENGTH
from drivers.sensors.api import MeasurementKind
from kiosk.clinical.thresholds import BP_PROTOCOL
from kiosk import paths
from kiosk.flow.controller import FlowController
from kiosk.services import registry as services
from kiosk.session import events as ev
from kiosk.session.machine import Screen
from kiosk.viewmodels.results import results_for
from offline_store.vitals import VITALS

VITALS_FOR_QML = {k: {"decimals": v.decimals} for k, v in VITALS.items()}

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")

_instance: "Session | None" = None


def install(controller: FlowController, set_language: Callable[[str], None]) -> "Session":
    """Create the singleton the next QML engine will hand out."""
    global _instance
    _instance = Session(controller, set_language)
    return _instance


@QmlElement
@QmlSingleton
class Session(QObject):
    changed = Signal()
    languageChanged = Signal()

    def __init__(self, controller: FlowController | None = None,
                 set_language: Callable[[str], None] | None = None) -> None:
        super().__init__()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.session_vm.install() must run before QML loads")
        self._c = controller
        self._set_language = set_language or (lambda code: None)
        self._language = controller.machine.draft.language
        controller.changed.connect(self.changed)

    @staticmethod
    def create(engine) -> "Session":  # called by the QML engine for the singleton
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.session_vm.install() must run before QML loads")
        return _instance

    # -- state --------------------------------------------------------------------
    @property
    def _d(self):
        return self._c.machine.draft

    @Property(str, notify=changed)
    def screen(self) -> str:
        return self._c.machine.screen.value

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Property(str, notify=changed)
    def errorKey(self) -> str:
        return self._d.error

    @Property(bool, notify=changed)
    def stepOutOfService(self) -> bool:
        """The current step's device is out of citizen use (calibration): it can only be skipped."""
        return self._d.current_step in self._d.out_of_service

    @Property(int, notify=changed)
    def countdown(self) -> int:
        return self._c.idle.remaining

    @Property(bool, notify=changed)
    def storeAccepting(self) -> bool:
        return self._c.store_accepting

    @Property("QVariantMap", notify=changed)
    def queue(self) -> dict:
        """The station's send queue, for the welcome screen's status line."""
        q = self._c.queue
        if q is None:
            return {"known": False}
        return {
            "known": True,
            "queued": q.queued,
            "deadLetters": q.dead_letters,
            "oldestMinutes": -1 if q.oldest_unsent_age_s is None else int(q.oldest_unsent_age_s // 60),
        }

    @Property(str, notify=changed)
    def stationId(self) -> str:
        return self._c.cfg.station.id

    @Property(bool, notify=changed)
    def cardPresent(self) -> bool:
        return self._c.machine.card_present

    @Property(str, notify=changed)
    def cardStep(self) -> str:
        return self._c.live.card_step

    @Property(float, notify=changed)
    def cardProgress(self) -> float:
        return self._c.live.card_fraction

    @Property(int, notify=changed)
    def canAttemptsLeft(self) -> int:
        return max(0, self._c.machine.max_can_attempts - self._d.can_attempts)

    @Property(str, notify=changed)
    def maskedId(self) -> str:
        return self._d.card.holder.masked_id if self._d.card else ""

    @Property(str, notify=changed)
    def givenName(self) -> str:
        return self._d.card.holder.given_name if self._d.card else ""

    @Property(bool, notify=changed)
    def guest(self) -> bool:
        return self._d.guest

    @Property(bool, notify=changed)
    def assisted(self) -> bool:
        return self._d.assisted

    @Property(str, notify=changed)
    def faceGuidance(self) -> str:
        return self._c.live.face_guidance

    @Property(float, notify=changed)
    def faceProgress(self) -> float:
        return self._c.live.face_fraction

    @Property(str, notify=changed)
    def staffReason(self) -> str:
        return self._d.staff_reason

    @Property(str, notify=changed)
    def measureKind(self) -> str:
        step = self._d.current_step
        return step.value if step and self._c.machine.screen is Screen.MEASURE else ""

    @Property(int, notify=changed)
    def measureIndex(self) -> int:
        return self._d.step_index

    @Property(int, notify=changed)
    def measureCount(self) -> int:
        return len(self._d.steps)

    @Property(str, notify=changed)
    def measurePhase(self) -> str:
        return self._d.step_phase.value

    @Property(str, notify=changed)
    def liveKey(self) -> str:
        return self._c.live.measure_phase

    @Property(float, notify=changed)
    def liveValue(self) -> float:
        v = self._c.live.measure_value
        return float("nan") if v is None else float(v)

    @Property("QVariantMap", notify=changed)
    def currentValues(self) -> dict:
        step = self._d.current_step
        reading = self._d.readings.get(step) if step else None
        return dict(reading.values) if reading else {}

    @Property("QVariantMap", constant=True)
    def vitals(self) -> dict:
        """Display precision per vital key (offline_store/vitals.py), for Format.qml."""
        return VITALS_FOR_QML

    @Property(int, notify=changed)  # qmllint reads a constant int as stale; it never changes
    def canLength(self) -> int:
        return CAN_LENGTH

    @Property(int, notify=changed)
    def bpReadings(self) -> int:
        """Cuff readings the protocol takes: its usual count, or more once a further one has begun."""
        live = self._c.live
        current = int(live.measure_value or 0) if live.measure_phase == "reading" else 0
        return max(BP_PROTOCOL["readings"], current)

    @Property("QVariantList", notify=changed)
    def results(self) -> list:
        return results_for(self._d)

    @Property(bool, notify=changed)
    def hasUrgent(self) -> bool:
        return any(f["urgent"] for r in results_for(self._d) for f in r["findings"])

    @Property(str, notify=changed)
    def saveState(self) -> str:
        return self._c.live.save_state

    # -- services (kiosk/services, docs/services.md) ----------------------------------
    @Property("QVariantList", notify=changed)
    def services(self) -> list:
        """The chooser's tiles: key and the tile's QML file, in registry order."""
        return [{"key": key, "tile": _service_url(key, services.BY_KEY[key].tile)}
                for key in self._c.machine.offered_services()]

    @Property(bool, notify=changed)
    def moreServices(self) -> bool:
        """After measuring, the done screen offers the chooser when another service is left."""
        d = self._d
        return not d.guest and any(k != (d.service_key or "measure") for k in self._c.machine.offered_services())

    @Property(str, notify=changed)
    def servicePage(self) -> str:
        """The QML page of the service's current screen, "" when no service is shown."""
        d = self._d
        if self._c.machine.screen is not Screen.SERVICE or d.service is None:
            return ""
        page = services.BY_KEY[d.service_key].pages.get(d.service.screen, "")
        return _service_url(d.service_key, page) if page else ""

    # -- taps -----------------------------------------------------------------------
    @Slot()
    def touch(self) -> None:
        self._c.touch()

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if code not in ("vi", "en") or code == self._language:
            return
        self._language = code
        self._d.language = code
        self._set_language(code)
        log.info("language: %s", code)
        self.languageChanged.emit()

    @Slot()
    def start(self) -> None:
        self._c.touch()
        self._c.refresh_store_status()
        if self._c.store_accepting:
            self._c.handle(ev.Start())
        else:
            self.changed.emit()

    @Slot(str)
    def agree(self, consent_text: str) -> None:
        """QML passes the consent wording exactly as shown; its hash is the evidence."""
        digest = hashlib.sha256(consent_text.encode("utf-8")).hexdigest()
        self._c.handle(ev.Agree(digest, self._language))

    @Slot()
    def decline(self) -> None:
        self._c.handle(ev.Decline())

    @Slot(str)
    def submitCan(self, can: str) -> None:
        self._c.handle(ev.CanEntered(can))

    @Slot()
    def retryFace(self) -> None:
        self._c.handle(ev.RetryFace())

    @Slot()
    def guestMode(self) -> None:
        self._c.handle(ev.GuestMode())

    @Slot()
    def startMeasurement(self) -> None:
        self._c.handle(ev.StartMeasurement())

    @Slot()
    def retryMeasurement(self) -> None:
        self._c.handle(ev.RetryMeasurement())

    @Slot()
    def skipMeasurement(self) -> None:
        self._c.handle(ev.SkipMeasurement())

    @Slot()
    def nextMeasurement(self) -> None:
        self._c.handle(ev.NextMeasurement())

    @Slot()
    def finish(self) -> None:
        self._c.handle(ev.Finish())

    @Slot()
    def endVisit(self) -> None:
        """The "finish"/"end" button on the last screens, and "cancel" everywhere else."""
        if self._c.machine.screen in (Screen.DONE, Screen.SAVE_FAILED, Screen.STAFF_HELP):
            self._c.handle(ev.ReturnToWelcome())
        else:
            self._c.handle(ev.Cancel())

    @Slot(bool)
    def setAssisted(self, on: bool) -> None:
        """"Someone is helping me": kept with the visit (Provenance) and eases the face check's one-person gate."""
        self._c.touch()
        self._d.assisted = bool(on)
        log.info("assisted visit: %s", "on" if on else "off")
        self.changed.emit()

    @Slot()
    def extendSession(self) -> None:
        self._c.touch()

    @Slot(str)
    def chooseService(self, key: str) -> None:
        self._c.handle(ev.ChooseService(key))

    @Slot()
    def leaveService(self) -> None:
        self._c.handle(ev.LeaveService())


def _service_url(key: str, name: str) -> str:
    return QUrl.fromLocalFile(str(paths.QML_IMPORT_PATH / "Kiosk" / "services" / key / name)).toString()


__all__ = ["Session", "install", "MeasurementKind"]
