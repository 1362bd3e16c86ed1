"""Events and effects of "My health record" (frozen; the session machine routes them)."""
from __future__ import annotations

from dataclasses import dataclass

from offline_store.history import Reading, Vaccination


@dataclass(frozen=True)
class LoadHistory:  # effect: read the history from the backend
    id_number: str


@dataclass(frozen=True)
class StopHistory:  # effect: the visit ended or the citizen left; drop what is being read
    pass


@dataclass(frozen=True)
class HistoryPage:  # event: one page of readings arrived (newest first)
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class HistoryLoaded:  # event: the whole history is in
    patient_found: bool
    vaccinations: tuple[Vaccination, ...]


@dataclass(frozen=True)
class HistoryFailed:  # event: backend down or slow; kind is the transport's, for the log
    kind: str


@dataclass(frozen=True)
class ShowTab:  # the citizen picks a tab: today, bp, weight, spo2, pulse, vaccines
    tab: str
