"""``Kiosk.Session``: the one view-model of the citizen flow, as QML sees it.

It exposes state and data (screen names, keys, numbers) and slots for taps.
It holds no wording: QML turns every key into translated words.

It exists before the flow does: the first frame (the welcome screen) is drawn while
the station's parts start, and ``attach`` hands it the FlowController a moment later.
So this module imports the flow's modules only where a property or slot needs them.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import paths
from kiosk.i18n import LANGUAGES

if TYPE_CHECKING:
    from kiosk.flow.controller import FlowController

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui")

_instance: "Session | None" = None


# What the first frame shows (Screen.WELCOME), named here so kiosk.session.machine
# is not imported before it.
FIRST_SCREEN = "welcome"


def install(controller: "FlowController | None", set_language: Callable[[str], None],
            language: str | None = None) -> "Session":
    """Create the singleton the next QML engine will hand out. Without a controller it
    shows the welcome screen in ``language`` (the app's default when None) until
    ``attach`` brings the station's."""
    global _instance
    _instance = Session(controller, set_language, language)
    return _instance


@QmlElement
@QmlSingleton
class Session(QObject):
    changed = Signal()
    languageChanged = Signal()
    attachedChanged = Signal()

    def __init__(self, controller: "FlowController | None" = None,
                 set_language: Callable[[str], None] | None = None,
                 language: str | None = None) -> None:
        super().__init__()
        self._c: FlowController | None = None
        self._set_language = set_language or (lambda code: None)
        self._language = language if language in LANGUAGES else None
        self._station_id = ""  # the first frame shows none: the configuration is read after it
        if controller is not None:
            self.attach(controller)

    def attach(self, controller: "FlowController") -> None:
        """The flow is ready: from now on every property and slot is the FlowController's."""
        shown = self.language
        self._language = controller.machine.draft.language  # the station's
        self._station_id = controller.cfg.station.id
        self._c = controller
        controller.changed.connect(self.changed)
        if self._language != shown:  # a station whose language is not the app's default
            self._set_language(self._language)
            self.languageChanged.emit()
        self.attachedChanged.emit()
        self.changed.emit()

    @staticmethod
    def create(engine) -> "Session":  # called by the QML engine for the singleton
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.session_vm.install() must run before QML loads")
        return _instance

    # -- state --------------------------------------------------------------------
    @property
    def _d(self):
        return self._c.machine.draft

    @Property(bool, notify=attachedChanged)
    def attached(self) -> bool:
        """False only for the first frame's moment: Main.qml then loads the rest of the app."""
        return self._c is not None

    @Property(str, notify=changed)
    def screen(self) -> str:
        return self._c.machine.screen.value if self._c else FIRST_SCREEN

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language or LANGUAGES[0]

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
        # Unknown until attached. No tap is lost meanwhile: the UI thread is busy attaching,
        # and the taps it queues reach Shell.qml's welcome screen, in the same place.
        return self._c.store_accepting if self._c else True

    @Property("QVariantMap", notify=changed)
    def queue(self) -> dict:
        """The station's send queue, for the welcome screen's status line."""
        q = self._c.queue if self._c else None
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
        return self._station_id

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
        return self._d.assisted if self._c else False

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
        from kiosk.session.machine import Screen

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
        from offline_store.vitals import VITALS

        return {k: {"decimals": v.decimals} for k, v in VITALS.items()}

    @Property(int, notify=changed)  # qmllint reads a constant int as stale; it never changes
    def canLength(self) -> int:
        from drivers.card.api import CAN_LENGTH

        return CAN_LENGTH

    @Property(int, notify=changed)
    def bpReadings(self) -> int:
        """Cuff readings the protocol takes: its usual count, or more once a further one has begun."""
        from kiosk.clinical.thresholds import BP_PROTOCOL

        live = self._c.live
        current = int(live.measure_value or 0) if live.measure_phase == "reading" else 0
        return max(BP_PROTOCOL["readings"], current)

    @Property("QVariantList", notify=changed)
    def results(self) -> list:
        from kiosk.viewmodels.results import results_for

        return results_for(self._d)

    @Property(bool, notify=changed)
    def hasUrgent(self) -> bool:
        from kiosk.viewmodels.results import results_for

        return any(f["urgent"] for r in results_for(self._d) for f in r["findings"])

    @Property(str, notify=changed)
    def saveState(self) -> str:
        return self._c.live.save_state

    # -- services (kiosk/services, docs/services.md) ----------------------------------
    @Property("QVariantList", notify=changed)
    def services(self) -> list:
        """The chooser's tiles: key and the tile's QML file, in registry order."""
        from kiosk.services import registry as services

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
        from kiosk.services import registry as services
        from kiosk.session.machine import Screen

        d = self._d
        if self._c.machine.screen is not Screen.SERVICE or d.service is None:
            return ""
        page = services.BY_KEY[d.service_key].pages.get(d.service.screen, "")
        return _service_url(d.service_key, page) if page else ""

    # -- taps -----------------------------------------------------------------------
    @Slot()
    def touch(self) -> None:
        if self._c:
            self._c.touch()

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if code not in LANGUAGES or code == self.language:
            return
        self._language = code
        if self._c:
            self._d.language = code
        self._set_language(code)
        log.info("language: %s", code)
        self.languageChanged.emit()

    @Slot()
    def start(self) -> None:
        if self._c is None:
            return
        self._c.touch()
        self._c.refresh_store_status()
        if self._c.store_accepting:
            self._c.handle(_events().Start())
        else:
            self.changed.emit()

    @Slot(str)
    def agree(self, consent_text: str) -> None:
        """QML passes the consent wording exactly as shown; its hash is the evidence."""
        import hashlib  # here: loading OpenSSL's hashes would delay the first frame

        digest = hashlib.sha256(consent_text.encode("utf-8")).hexdigest()
        self._c.handle(_events().Agree(digest, self._language))

    @Slot()
    def decline(self) -> None:
        self._c.handle(_events().Decline())

    @Slot(str)
    def submitCan(self, can: str) -> None:
        self._c.handle(_events().CanEntered(can))

    @Slot()
    def retryFace(self) -> None:
        self._c.handle(_events().RetryFace())

    @Slot()
    def guestMode(self) -> None:
        self._c.handle(_events().GuestMode())

    @Slot()
    def startMeasurement(self) -> None:
        self._c.handle(_events().StartMeasurement())

    @Slot()
    def retryMeasurement(self) -> None:
        self._c.handle(_events().RetryMeasurement())

    @Slot()
    def skipMeasurement(self) -> None:
        self._c.handle(_events().SkipMeasurement())

    @Slot()
    def nextMeasurement(self) -> None:
        self._c.handle(_events().NextMeasurement())

    @Slot()
    def finish(self) -> None:
        self._c.handle(_events().Finish())

    @Slot()
    def endVisit(self) -> None:
        """The "finish"/"end" button on the last screens, and "cancel" everywhere else."""
        from kiosk.session.machine import Screen

        if self._c.machine.screen in (Screen.DONE, Screen.SAVE_FAILED, Screen.STAFF_HELP):
            self._c.handle(_events().ReturnToWelcome())
        else:
            self._c.handle(_events().Cancel())

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
        self._c.handle(_events().ChooseService(key))

    @Slot()
    def leaveService(self) -> None:
        self._c.handle(_events().LeaveService())


def _events():
    """kiosk.session.events: only taps after ``attach`` send events, and importing it
    would hold up the first frame."""
    from kiosk.session import events

    return events


def _service_url(key: str, name: str) -> str:
    from PySide6.QtCore import QUrl

    return QUrl.fromLocalFile(str(paths.QML_IMPORT_PATH / "Kiosk" / "services" / key / name)).toString()


__all__ = ["Session", "install"]
