"""One visit's "My health record": what has been read, which tab is shown, whether it failed.

Plain Python, no Qt, no I/O. Everything read lives here only, so the session
machine's wipe (which drops the session) is the idle wipe of the history.
"""
from __future__ import annotations

from kiosk.services.api import Holder, ServiceSession
from kiosk.services.record import events as ev
from offline_store.history import Reading, Vaccination

TABS = ("today", "bp", "weight", "spo2", "pulse", "vaccines")


class RecordSession(ServiceSession):
    def __init__(self, holder: Holder) -> None:
        self.holder = holder
        self.screen = "record"
        self.error = ""  # "" | "history_unavailable"
        self.tab = "today"
        self.loading = False
        self.patient_found = False
        self.readings: list[Reading] = []  # newest first, as read
        self.vaccinations: tuple[Vaccination, ...] = ()
        self.revision = 0  # bumped on every change the screen must redraw

    @property
    def busy(self) -> bool:
        return self.loading

    def start(self) -> list[object]:
        self.loading = True
        return [ev.LoadHistory(self.holder.id_number)]

    def stop(self) -> list[object]:
        self.readings, self.vaccinations = [], ()
        return [ev.StopHistory()] if self.loading else []

    def handle(self, event: object) -> list[object] | None:
        if isinstance(event, ev.HistoryPage):
            self.readings.extend(event.readings)
        elif isinstance(event, ev.HistoryLoaded):
            self.loading = False
            self.patient_found = event.patient_found
            self.vaccinations = event.vaccinations
        elif isinstance(event, ev.HistoryFailed):
            # What arrived stays hidden: a part of a history would mislead more than none.
            self.loading = False
            self.readings, self.vaccinations = [], ()
            self.error = "history_unavailable"
        elif isinstance(event, ev.ShowTab) and event.tab in TABS:
            self.tab = event.tab
        else:
            return None
        self.revision += 1
        return []

    @property
    def empty(self) -> bool:
        return not self.loading and not self.error and not self.readings and not self.vaccinations
