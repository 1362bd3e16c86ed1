"""The citizen session state machine.

``SessionMachine.handle(event)`` moves between screens and returns the effects
the controller must carry out. It holds the visit draft, and wipes it on every
way back to the welcome screen. It knows nothing of Qt, devices or clocks.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from drivers.camera.api import FaceDecision, FaceResult
from drivers.card.api import CAN_LENGTH, AccessKey, CardErrorCode, CardReadResult
from drivers.sensors.api import DeviceFault, MeasurementKind, Reading
from kiosk.services import registry as services
from kiosk.services.api import Holder, ServiceSession
from kiosk.session import events as ev
from kiosk.session.assurance import assurance_of

log = logging.getLogger("kiosk.session")


class Screen(str, enum.Enum):
    WELCOME = "welcome"
    CONSENT = "consent"
    CARD_WAIT = "card_wait"  # place the card
    CAN_ENTRY = "can_entry"  # type the 6-digit card access number
    CARD_READING = "card_reading"
    FACE_CHECK = "face_check"
    FACE_FAILED = "face_failed"  # retry, or staff help
    SERVICES = "services"  # the chooser: measure, check a prescription, ... (kiosk/services)
    SERVICE = "service"  # a registered service's own screens (draft.service.screen)
    MEASURE = "measure"
    RESULTS = "results"
    SAVING = "saving"
    DONE = "done"
    SAVE_FAILED = "save_failed"
    STAFF_HELP = "staff_help"
    MAINTENANCE = "maintenance"  # technician screens (PIN first); no visit in progress


class StepPhase(str, enum.Enum):
    INSTRUCT = "instruct"
    MEASURING = "measuring"
    RESULT = "result"
    FAULT = "fault"


# Screens where the person is busy with a device or waiting on the kiosk: no
# idle countdown there (a cuff inflating is not an abandoned session).
BUSY_SCREENS = {Screen.CARD_READING, Screen.FACE_CHECK, Screen.SAVING}


@dataclass
class VisitDraft:
    """Everything gathered during one visit. Personal: wiped when the visit ends."""

    started_at: datetime | None = None
    language: str = "vi"
    consent_sha256: str = ""
    consent_at: datetime | None = None
    guest: bool = False
    assisted: bool = False  # "Someone is helping me": recorded, and a second face may be seen
    card: CardReadResult | None = None
    can_attempts: int = 0
    card_timeouts: int = 0  # card reads that gave no answer in time; the second asks for staff
    face: FaceResult | None = None
    face_attempts: int = 0
    steps: list[MeasurementKind] = field(default_factory=list)
    step_index: int = 0
    step_phase: StepPhase = StepPhase.INSTRUCT
    readings: dict[MeasurementKind, Reading] = field(default_factory=dict)
    faults: dict[MeasurementKind, DeviceFault] = field(default_factory=dict)
    skipped: set[MeasurementKind] = field(default_factory=set)
    # Devices out of citizen use for this visit (calibration overdue or failed): their step
    # shows a note and offers only "Skip".
    out_of_service: set[MeasurementKind] = field(default_factory=set)
    visit_id: str = ""
    # The service the citizen picked on the chooser (None for measuring), and those finished.
    service: ServiceSession | None = None
    service_key: str = ""
    services_done: set[str] = field(default_factory=set)
    error: str = ""  # translatable key of the message the current screen shows
    staff_reason: str = ""

    @property
    def current_step(self) -> MeasurementKind | None:
        return self.steps[self.step_index] if self.step_index < len(self.steps) else None


class SessionMachine:
    def __init__(
        self,
        measurements: list[MeasurementKind],
        max_can_attempts: int = 3,
        max_face_attempts: int = 2,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        out_of_service: Callable[[], set[MeasurementKind]] = set,
        services_enabled: tuple[str, ...] = ("measure",),
    ) -> None:
        self._measurements = list(measurements)
        self.services_enabled = tuple(services_enabled)
        self._out_of_service = out_of_service
        self.max_can_attempts = max_can_attempts
        self.max_face_attempts = max_face_attempts
        self._clock = clock
        self.screen = Screen.WELCOME
        self.draft = VisitDraft()
        self.card_present = False

    # -- queries ---------------------------------------------------------------
    @property
    def idle_applies(self) -> bool:
        if self.screen in (Screen.WELCOME, Screen.MAINTENANCE) or self.screen in BUSY_SCREENS:
            return False  # maintenance has its own idle close
        if self.screen is Screen.SERVICE and self.draft.service is not None and self.draft.service.busy:
            return False
        return not (self.screen is Screen.MEASURE and self.draft.step_phase is StepPhase.MEASURING)

    # -- the one entry point ---------------------------------------------------
    def handle(self, event: object) -> list[object]:
        before = self.screen
        handler = getattr(self, "_on_" + type(event).__name__, None)
        effects = handler(event) if handler else None
        if effects is None and handler is None and self.screen is Screen.SERVICE and self.draft.service:
            effects = self.draft.service.handle(event)  # the service's own events
        if effects is None:
            log.debug("ignored %s on %s", type(event).__name__, self.screen.value)
            return []
        if self.screen is not before:
            log.info("screen %s -> %s (%s)", before.value, self.screen.value, type(event).__name__)
        return effects

    # -- helpers ---------------------------------------------------------------
    def _go(self, screen: Screen, error: str = "") -> None:
        self.screen = screen
        self.draft.error = error

    def _reset(self) -> list[object]:
        """Back to welcome with nothing personal left in memory."""
        wipe = ev.Wipe(ended_on=self._visit_step(), completed=self.screen is Screen.DONE)
        language = self.draft.language
        self.draft = VisitDraft(language=language)
        self._go(Screen.WELCOME)
        return [wipe]

    def _visit_step(self) -> str:
        """The step the visit is on, as the visit counters name it; "" when there is no visit."""
        if self.screen in (Screen.WELCOME, Screen.MAINTENANCE):
            return ""
        if self.screen is Screen.MEASURE and self.draft.current_step is not None:
            return f"measure.{self.draft.current_step.value}"
        if self.screen is Screen.SERVICE:
            return f"service.{self.draft.service_key}"
        return self.screen.value

    def _abort(self) -> list[object]:
        """Stop whatever device job the current screen runs, then reset."""
        effects: list[object] = []
        if self.screen is Screen.CARD_READING:
            effects.append(ev.CancelCardRead())
        elif self.screen is Screen.FACE_CHECK:
            effects.append(ev.CancelFaceCheck())
        elif self.screen is Screen.MEASURE and self.draft.step_phase is StepPhase.MEASURING:
            effects.append(ev.CancelMeasurement())
        elif self.screen is Screen.SERVICE and self.draft.service is not None:
            effects += self.draft.service.stop()
        return effects + self._reset()

    def _staff(self, reason: str) -> list[object]:
        self.draft.staff_reason = reason
        self._go(Screen.STAFF_HELP)
        return []

    def _begin_measuring(self) -> list[object]:
        self.draft.steps = list(self._measurements)
        self.draft.out_of_service = set(self._out_of_service()) & set(self.draft.steps)
        self.draft.step_index = 0
        self.draft.step_phase = StepPhase.INSTRUCT
        self._go(Screen.MEASURE)
        self._enter_step()
        return [] if self.draft.steps else self._advance()

    def _enter_step(self) -> None:
        """A device out of service: its step says so at once and can only be skipped."""
        d = self.draft
        if self.screen is Screen.MEASURE and d.current_step in d.out_of_service:
            d.step_phase = StepPhase.FAULT
            d.skipped.add(d.current_step)
            self._go(Screen.MEASURE, "calibration_due")

    def _advance(self) -> list[object]:
        d = self.draft
        d.step_index += 1
        d.step_phase = StepPhase.INSTRUCT
        if d.step_index >= len(d.steps):
            self._go(Screen.RESULTS)
        else:
            self._go(Screen.MEASURE)
            self._enter_step()
        return []

    # -- welcome and consent ---------------------------------------------------
    def _on_Start(self, e: ev.Start):
        if self.screen is not Screen.WELCOME:
            return None
        self.draft = VisitDraft(language=self.draft.language, started_at=self._clock())
        self._go(Screen.CONSENT)
        return []

    def _on_Agree(self, e: ev.Agree):
        if self.screen is not Screen.CONSENT:
            return None
        self.draft.consent_sha256 = e.consent_text_sha256
        self.draft.consent_at = self._clock()
        self.draft.language = e.language
        self._go(Screen.CAN_ENTRY if self.card_present else Screen.CARD_WAIT)
        return []

    def _on_Decline(self, e: ev.Decline):
        if self.screen is not Screen.CONSENT:
            return None
        return self._reset()

    # -- card --------------------------------------------------------------------
    def _on_CardInserted(self, e: ev.CardInserted):
        self.card_present = True
        if self.screen is Screen.CARD_WAIT:
            self._go(Screen.CAN_ENTRY)
            return []
        return None

    def _on_CardRemoved(self, e: ev.CardRemoved):
        self.card_present = False
        if self.screen is Screen.CAN_ENTRY:
            self._go(Screen.CARD_WAIT, "card_removed")
            return []
        # During a read the reader tries to resume; only its final verdict counts.
        return None

    def _on_ReaderLost(self, e: ev.ReaderLost):
        self.card_present = False
        if self.screen in (Screen.CARD_WAIT, Screen.CAN_ENTRY):
            self._go(Screen.CARD_WAIT, "reader_unavailable")
            return []
        return None

    def _on_CanEntered(self, e: ev.CanEntered):
        if self.screen is not Screen.CAN_ENTRY:
            return None
        if len(e.can) != CAN_LENGTH or not e.can.isdigit():
            self.draft.error = "can_format"
            return []
        self._go(Screen.CARD_READING)
        return [ev.ReadCard(AccessKey("can", e.can))]

    def _on_CardReadOk(self, e: ev.CardReadOk):
        if self.screen is not Screen.CARD_READING:
            return None
        self.draft.card = e.result
        if e.result.passive_auth == "not_genuine":
            return self._staff("card_not_genuine")
        self._go(Screen.FACE_CHECK)
        return [ev.RunFaceCheck()]

    def _on_CardReadFailed(self, e: ev.CardReadFailed):
        if self.screen is not Screen.CARD_READING:
            return None
        code = e.code
        if code is CardErrorCode.ACCESS_DENIED:
            self.draft.can_attempts += 1
            if self.draft.can_attempts >= self.max_can_attempts:
                return self._staff("can_attempts")
            self._go(Screen.CAN_ENTRY, "can_mismatch")
            return []
        if code is CardErrorCode.NOT_GENUINE:
            return self._staff("card_not_genuine")
        if code is CardErrorCode.NO_READER:
            self._go(Screen.CARD_WAIT, "reader_unavailable")
            return []
        if code is CardErrorCode.CANCELLED:
            return []
        self.card_present = self.card_present and code is not CardErrorCode.CARD_REMOVED
        self._go(Screen.CARD_WAIT, "card_removed" if code in (CardErrorCode.CARD_REMOVED, CardErrorCode.NO_CARD) else "card_read_error")
        return []

    def _on_CardReadTimedOut(self, e: ev.CardReadTimedOut):
        if self.screen is not Screen.CARD_READING:
            return None
        self.draft.card_timeouts += 1
        if self.draft.card_timeouts >= 2:  # a reader that hangs twice needs a person, not a third try
            return self._staff("card_read_timeout")
        # Lifting the card and placing it again starts a fresh read (CardInserted -> CAN entry).
        self._go(Screen.CARD_WAIT, "card_read_timeout")
        return []

    # -- face ------------------------------------------------------------------
    def _on_FaceDone(self, e: ev.FaceDone):
        if self.screen is not Screen.FACE_CHECK:
            return None
        d = self.draft
        d.face = e.result
        if e.result.decision is FaceDecision.CANCELLED:
            return []
        if e.result.decision is FaceDecision.MATCH:
            return self._to_services()
        d.face_attempts += 1
        if e.result.decision is FaceDecision.CAMERA_ERROR:
            return self._staff("camera")
        if d.face_attempts >= self.max_face_attempts:
            return self._staff("face_" + e.result.decision.value)
        self._go(Screen.FACE_FAILED, "face_" + e.result.decision.value)
        return []

    def _on_RetryFace(self, e: ev.RetryFace):
        if self.screen is not Screen.FACE_FAILED:
            return None
        self._go(Screen.FACE_CHECK)
        return [ev.RunFaceCheck()]

    def _on_GuestMode(self, e: ev.GuestMode):
        if self.screen not in (Screen.STAFF_HELP, Screen.FACE_FAILED, Screen.CARD_WAIT):
            return None
        # A guest's identity is never kept: forget the card and the face result.
        self.draft.card = None
        self.draft.face = None
        self.draft.guest = True
        return self._begin_measuring()

    # -- services (kiosk/services) -------------------------------------------------
    def offered_services(self) -> list[str]:
        d = self.draft
        return [s.key for s in services.offered(self.services_enabled, d.guest, d.services_done)]

    def _to_services(self) -> list[object]:
        """After identification: the chooser, or straight into the one service there is."""
        offered = self.offered_services()
        if len(offered) == 1 and not self.draft.services_done:
            return self._start_service(offered[0])
        self._go(Screen.SERVICES)
        return []

    def _start_service(self, key: str) -> list[object]:
        d = self.draft
        entry = services.BY_KEY[key]
        d.service_key = key
        if entry.session is None:  # measuring: the machine's own screens
            d.service = None
            return self._begin_measuring()
        d.service = entry.session(self._holder())
        self._go(Screen.SERVICE)
        return d.service.start()

    def _holder(self) -> Holder:
        d = self.draft
        return Holder(d.card.holder.id_number, d.card.holder.given_name, assurance_of(d.card, d.face),
                      d.language, readings=lambda: dict(d.readings))

    def _on_ChooseService(self, e: ev.ChooseService):
        if self.screen is not Screen.SERVICES or e.key not in self.offered_services():
            return None
        return self._start_service(e.key)

    def _on_LeaveService(self, e: ev.LeaveService):
        """Back to the chooser from a service's screens, or from the done screen after measuring."""
        d = self.draft
        if d.guest or d.card is None or self.screen not in (Screen.SERVICE, Screen.DONE):
            return None
        effects = d.service.stop() if self.screen is Screen.SERVICE and d.service else []
        d.services_done.add(d.service_key or "measure")
        d.service, d.service_key = None, ""
        if not self.offered_services():
            return effects + self._reset()
        self._go(Screen.SERVICES)
        return effects

    # -- measurements ------------------------------------------------------------
    def _on_StartMeasurement(self, e: ev.StartMeasurement):
        d = self.draft
        if self.screen is not Screen.MEASURE or d.step_phase is StepPhase.MEASURING:
            return None
        if d.current_step in d.out_of_service:
            return None
        d.step_phase = StepPhase.MEASURING
        d.faults.pop(d.current_step, None)
        self.draft.error = ""
        return [ev.Measure(d.current_step)]

    def _on_MeasurementDone(self, e: ev.MeasurementDone):
        d = self.draft
        if self.screen is not Screen.MEASURE or d.step_phase is not StepPhase.MEASURING:
            return None
        if e.reading.kind is not d.current_step:
            return None
        d.readings[e.reading.kind] = e.reading
        d.skipped.discard(e.reading.kind)
        d.step_phase = StepPhase.RESULT
        return []

    def _on_MeasurementFailed(self, e: ev.MeasurementFailed):
        d = self.draft
        if self.screen is not Screen.MEASURE or d.step_phase is not StepPhase.MEASURING:
            return None
        if e.fault.kind is not d.current_step:
            return None
        if e.fault.key == "cancelled":
            d.step_phase = StepPhase.INSTRUCT
            return []
        d.faults[e.fault.kind] = e.fault
        d.step_phase = StepPhase.FAULT
        d.error = e.fault.key
        return []

    def _on_RetryMeasurement(self, e: ev.RetryMeasurement):
        d = self.draft
        if self.screen is not Screen.MEASURE or d.step_phase not in (StepPhase.RESULT, StepPhase.FAULT):
            return None
        if d.current_step in d.out_of_service:
            return None
        d.readings.pop(d.current_step, None)
        d.step_phase = StepPhase.INSTRUCT
        d.error = ""
        return []

    def _on_SkipMeasurement(self, e: ev.SkipMeasurement):
        d = self.draft
        if self.screen is not Screen.MEASURE:
            return None
        effects: list[object] = [ev.CancelMeasurement()] if d.step_phase is StepPhase.MEASURING else []
        d.readings.pop(d.current_step, None)
        d.skipped.add(d.current_step)
        return effects + self._advance()

    def _on_NextMeasurement(self, e: ev.NextMeasurement):
        if self.screen is not Screen.MEASURE or self.draft.step_phase is not StepPhase.RESULT:
            return None
        return self._advance()

    # -- results and saving ------------------------------------------------------
    def _on_Finish(self, e: ev.Finish):
        if self.screen is not Screen.RESULTS:
            return None
        if self.draft.guest or not self.draft.readings:
            # Nothing to keep: a guest visit, or every measurement skipped.
            self._go(Screen.DONE)
            return []
        self._go(Screen.SAVING)
        return [ev.SaveVisit()]

    def _on_Saved(self, e: ev.Saved):
        if self.screen is not Screen.SAVING:
            return None
        self.draft.visit_id = e.visit_id
        self._go(Screen.DONE)
        return []

    def _on_SaveFailed(self, e: ev.SaveFailed):
        if self.screen is not Screen.SAVING:
            return None
        self._go(Screen.SAVE_FAILED, e.reason)
        return []

    # -- leaving -----------------------------------------------------------------
    def _on_Cancel(self, e: ev.Cancel):
        if self.screen in (Screen.WELCOME, Screen.SAVING, Screen.MAINTENANCE):
            return None  # a save in flight must finish: the citizen was not told "saved" yet
        return self._abort()

    def _on_IdleExpired(self, e: ev.IdleExpired):
        if self.screen in (Screen.WELCOME, Screen.SAVING, Screen.MAINTENANCE):
            return None  # maintenance leaves only through its own (audited) way out
        return self._abort()

    # -- maintenance -------------------------------------------------------------
    def _on_EnterMaintenance(self, e: ev.EnterMaintenance):
        # Never mid-visit. From staff help the visit is wiped first: a technician
        # helping that citizen must not open maintenance over their card data.
        if self.screen not in (Screen.WELCOME, Screen.STAFF_HELP):
            return None
        effects = self._reset()
        self._go(Screen.MAINTENANCE)
        return effects

    def _on_LeaveMaintenance(self, e: ev.LeaveMaintenance):
        if self.screen is not Screen.MAINTENANCE:
            return None
        self._go(Screen.WELCOME)
        return []

    def _on_ReturnToWelcome(self, e: ev.ReturnToWelcome):
        if self.screen not in (Screen.DONE, Screen.SAVE_FAILED, Screen.STAFF_HELP):
            return None
        return self._reset()
