"""A prescription as the kiosk shows it, and the verdict on it. Pure: no I/O, the clock is a parameter."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.services.prescription.code import Code

# WHO ATC groups of antihypertensives: diuretics, other antihypertensives, beta blockers,
# calcium channel blockers, agents acting on the renin-angiotensin system.
ANTIHYPERTENSIVE_ATC = ("C02", "C03", "C07", "C08", "C09")


class Verdict(str, enum.Enum):
    MATCH = "match"
    NOT_FOR_HOLDER = "not_for_holder"
    NOT_FOUND = "not_found"
    EXPIRED = "expired"
    DISPENSED = "dispensed"


@dataclass(frozen=True)
class DrugLine:
    name: str
    strength: str
    quantity: str  # "30 tablet"
    directions: str
    atc: str = ""

    @property
    def antihypertensive(self) -> bool:
        return self.atc.upper().startswith(ANTIHYPERTENSIVE_ATC)


@dataclass(frozen=True)
class Prescription:
    code: Code
    patient_id_number: str  # the national ID number on the prescription's Patient
    lines: tuple[DrugLine, ...]
    prescriber: str
    facility: str
    written_on: date | None
    valid_until: date | None
    dispensed: bool  # every line completed at a pharmacy

    @property
    def antihypertensive(self) -> bool:
        return any(line.antihypertensive for line in self.lines)

    def __repr__(self) -> str:  # never the ID number or the drugs in a log
        return f"Prescription(type={self.code.kind}, lines={len(self.lines)})"


class LookupFailed(Exception):
    """The lookup gave no verdict; ``key`` is the message key, ``detail`` technician text
    without personal data. Keys: backend_down, backend_timeout, several_prescriptions,
    no_patient, bad_answer."""

    def __init__(self, key: str, detail: str) -> None:
        super().__init__(f"{key}: {detail}")
        self.key, self.detail = key, detail


def judge(found: Prescription | None, holder_id_number: str, today: date) -> Verdict:
    """Identity first: whether it exists for someone else is never told apart from not found
    on the screen; the caller logs which it was."""
    if found is None:
        return Verdict.NOT_FOUND
    if found.patient_id_number != holder_id_number:
        return Verdict.NOT_FOR_HOLDER
    if found.dispensed:
        return Verdict.DISPENSED
    if found.valid_until is not None and found.valid_until < today:
        return Verdict.EXPIRED
    return Verdict.MATCH


def shown_verdict(verdict: Verdict) -> Verdict:
    """What the citizen is told: "for someone else" looks exactly like "not found"."""
    return Verdict.NOT_FOUND if verdict is Verdict.NOT_FOR_HOLDER else verdict


def today_at(now: datetime, utc_offset_hours: float = 7.0) -> date:
    from datetime import timedelta, timezone

    return now.astimezone(timezone(timedelta(hours=utc_offset_hours))).date()
