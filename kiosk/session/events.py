"""Inputs to the session machine (what happened) and its outputs (what to do).

Events come from taps, devices and timers; effects are instructions the Qt
controller carries out (start a device job, save, wipe). Keeping both as plain
frozen data lets the machine be tested without Qt, devices or clocks.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from drivers.camera.api import FaceResult
from drivers.card.api import AccessKey, CardErrorCode, CardReadResult
from drivers.sensors.api import DeviceFault, MeasurementKind, Reading


# --- events -----------------------------------------------------------------
@dataclass(frozen=True)
class Start:
    pass


@dataclass(frozen=True)
class Agree:
    consent_text_sha256: str
    language: str


@dataclass(frozen=True)
class Decline:
    pass


@dataclass(frozen=True)
class CardInserted:
    pass


@dataclass(frozen=True)
class CardRemoved:
    pass


@dataclass(frozen=True)
class ReaderLost:
    pass


@dataclass(frozen=True)
class CanEntered:
    can: str


@dataclass(frozen=True)
class CardReadOk:
    result: CardReadResult


@dataclass(frozen=True)
class CardReadFailed:
    code: CardErrorCode


@dataclass(frozen=True)
class CardReadTimedOut:
    """No answer from the card read within timeouts.card_read_s (the controller stopped the job)."""


@dataclass(frozen=True)
class FaceDone:
    result: FaceResult


@dataclass(frozen=True)
class RetryFace:
    pass


@dataclass(frozen=True)
class GuestMode:
    """Measure without identifying and without saving (no biometric-only path)."""


@dataclass(frozen=True)
class ChooseService:
    """A tap on the chooser (kiosk/services/registry.py names the keys)."""

    key: str


@dataclass(frozen=True)
class LeaveService:
    """Back to the chooser: "other services" on a service's screen or after measuring."""


@dataclass(frozen=True)
class StartMeasurement:
    pass


@dataclass(frozen=True)
class MeasurementDone:
    reading: Reading


@dataclass(frozen=True)
class MeasurementFailed:
    fault: DeviceFault


@dataclass(frozen=True)
class RetryMeasurement:
    pass


@dataclass(frozen=True)
class SkipMeasurement:
    pass


@dataclass(frozen=True)
class NextMeasurement:
    pass


@dataclass(frozen=True)
class Finish:
    pass


@dataclass(frozen=True)
class Saved:
    visit_id: str


@dataclass(frozen=True)
class SaveFailed:
    reason: str  # disk_full, store_corrupt, store_error


@dataclass(frozen=True)
class Cancel:
    pass


@dataclass(frozen=True)
class IdleExpired:
    pass


@dataclass(frozen=True)
class ReturnToWelcome:
    """The done/goodbye screen's own timer ran out, or the person tapped "finish"."""


@dataclass(frozen=True)
class EnterMaintenance:
    """The hidden gesture was made (the maintenance view-model recognised it)."""


@dataclass(frozen=True)
class LeaveMaintenance:
    pass


# --- effects ----------------------------------------------------------------
@dataclass(frozen=True)
class ReadCard:
    key: AccessKey


@dataclass(frozen=True)
class CancelCardRead:
    pass


@dataclass(frozen=True)
class RunFaceCheck:
    pass


@dataclass(frozen=True)
class CancelFaceCheck:
    pass


@dataclass(frozen=True)
class Measure:
    kind: MeasurementKind


@dataclass(frozen=True)
class CancelMeasurement:
    pass


@dataclass(frozen=True)
class SaveVisit:
    pass


@dataclass(frozen=True)
class Wipe:
    """Forget everything personal: card data, photo, frames, readings."""

    # Where the visit ended, for the fleet's visit counters (kiosk/health/visits.py): a screen
    # name or "measure.<kind>", "" when no visit was in progress. Not part of the effect's
    # identity: every wipe forgets the same things.
    ended_on: str = field(default="", compare=False)
    completed: bool = field(default=False, compare=False)  # the visit reached the done screen
