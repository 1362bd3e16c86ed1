"""The visit record and what the kiosk needs from the store and the sync worker.

A :class:`Visit` is immutable once the citizen confirms it. ``VisitStore.save``
returns only after the visit and its outbox entry are durably committed; only
then may the screen say "saved".
"""
from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal


def new_id() -> str:
    """Client-generated UUIDs identify every record, so replays never duplicate."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Measurement:
    code: str  # a vital key of offline_store.vitals: systolic, diastolic, pulse, weight_kg, ... body_temp_c
    value: float  # as the device sent it
    unit: str  # UCUM: mm[Hg], /min, kg, cm, kg/m2, %, Cel
    measured_at: datetime  # when the device gave it (the last reading's time for a derived value)
    device_id: str = ""
    id: str = field(default_factory=new_id)
    # Measurements of one cuff reading share a group and become one BP panel; "" = one panel per device.
    group: str = ""
    # A value computed from other measurements of the visit (a mean of cuff readings): their ids,
    # and the time of the first of them (the record's effectivePeriod runs from it to measured_at).
    derived_from: tuple[str, ...] = ()
    started_at: datetime | None = None
    # What may make the value less reliable or needs saying about how it was got: device flags
    # (low_perfusion, motion, artifact) and protocol events (third_reading).
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class IdentityAssurance:
    """How sure we are that this is the card holder: "right person, right data"."""

    access_protocol: str  # PACE-CAN / PACE-MRZ / BAC
    passive_auth: str  # genuine / not_genuine / cannot_verify
    chip_auth: str  # passed / failed / not_supported
    face_decision: str  # match / no_match / ... / skipped
    face_score: float | None
    face_threshold: float | None
    liveness: str  # passed / failed / not_run


@dataclass(frozen=True)
class Consent:
    version: str  # consent text version, e.g. "2026-11-v1"
    text_sha256: str  # hash of the exact wording shown
    language: str
    given_at: datetime


@dataclass(frozen=True)
class Visit:
    station_id: str
    citizen_id: str  # 12-digit personal ID number (personal data, encrypted at rest)
    started_at: datetime
    finished_at: datetime
    measurements: tuple[Measurement, ...]
    assurance: IdentityAssurance
    consent: Consent
    citizen_name: str = ""  # personal data, optional
    citizen_birth_date: str = ""  # personal data, optional, ISO date
    citizen_sex: str = ""
    # "Someone is helping me": a relative or staff member helped at the station (docs/sync.md, Provenance).
    assisted: bool = False
    id: str = field(default_factory=new_id)

    def __repr__(self) -> str:
        return f"Visit(id={self.id}, station={self.station_id}, n_measurements={len(self.measurements)})"


@dataclass(frozen=True)
class QueueStatus:
    queued: int
    dead_letters: int
    oldest_unsent_age_s: float | None
    last_success_at: datetime | None
    last_error: str | None  # a technician message, no personal data
    accepting: bool = True  # False when the store cannot write durably (disk full, corrupt)


VisitState = Literal["queued", "sending", "synced", "dead", "unknown"]


class StoreUnavailable(Exception):
    """The visit could not be stored durably; ``reason`` is a translatable key."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason  # disk_full, store_corrupt, store_error
        self.detail = detail


class VisitStore(ABC):
    @abstractmethod
    def save(self, visit: Visit) -> None:
        """Commit the visit and its outbox entry in one transaction, or raise StoreUnavailable."""

    @abstractmethod
    def state_of(self, visit_id: str) -> VisitState: ...

    @abstractmethod
    def status(self) -> QueueStatus: ...

    def close(self) -> None:
        """Release the database; the default does nothing."""


class SyncTrigger(ABC):
    """The background sync worker, seen from the kiosk."""

    @abstractmethod
    def kick(self) -> None:
        """Try to send now (after a capture, on network-up); never blocks."""

    @abstractmethod
    def stop(self) -> None: ...
