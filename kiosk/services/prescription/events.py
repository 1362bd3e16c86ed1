"""Events and effects of the prescription service (kiosk/services/api.py)."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.services.prescription.model import Prescription


# --- events -----------------------------------------------------------------
@dataclass(frozen=True)
class CodeScanned:
    text: str  # what the camera read (QR or barcode text)


@dataclass(frozen=True)
class CodeTyped:
    text: str  # from the on-screen keypad


@dataclass(frozen=True)
class ScanFailed:
    key: str  # camera_busy, camera_error


@dataclass(frozen=True)
class LookupDone:
    code: str
    found: Prescription | None


@dataclass(frozen=True)
class LookupError_:
    code: str
    key: str  # backend_down, backend_timeout, several_prescriptions, no_patient, bad_answer


@dataclass(frozen=True)
class PassReady:
    token: str


@dataclass(frozen=True)
class PassFailed:
    key: str  # pass_key


@dataclass(frozen=True)
class AnotherCode:
    """Back to the code entry from a result."""


# --- effects ----------------------------------------------------------------
@dataclass(frozen=True)
class StartScan:
    pass


@dataclass(frozen=True)
class StopScan:
    pass


@dataclass(frozen=True)
class Lookup:
    code: str


@dataclass(frozen=True)
class MakePass:
    claims_input: dict  # code, id number, assurance, bp: for pickup_pass.claims (runner adds clock, salt)


@dataclass(frozen=True)
class QueueAudit:
    citizen_id: str
    code: str
    outcome: str
    succeeded: bool
