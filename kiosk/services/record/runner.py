"""Reads the history on a thread, posts it page by page, and queues one AuditEvent per read.

No Qt. The reader keeps nothing on disk; a page that arrives after the visit
ended is dropped by ``post`` (the controller's token check).
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from kiosk.services.api import RunnerContext, ServiceRunner
from kiosk.services.record import events as ev

log = logging.getLogger("kiosk.services.record")


class RecordRunner(ServiceRunner):
    def __init__(self, ctx: RunnerContext) -> None:
        self.ctx = ctx
        self._stop = threading.Event()

    def _settings(self):
        from kiosk.devices.store import sync_settings  # the backend settings the sync worker uses

        return sync_settings(self.ctx.cfg)

    def apply(self, effect: object, post: Callable[[object], None]) -> None:
        if isinstance(effect, ev.StopHistory):
            self.stop()
        elif isinstance(effect, ev.LoadHistory):
            self._stop = threading.Event()
            threading.Thread(target=self._read, args=(effect.id_number, post, self._stop),
                             name="record-read", daemon=True).start()

    def _read(self, id_number: str, post: Callable[[object], None], stop: threading.Event) -> None:
        from offline_store.history import HistoryError, HistoryReader

        reader = HistoryReader(self._settings(), timeout_s=self.ctx.cfg.backend.history_timeout_s, stop=stop)
        try:
            history = reader.read(id_number, now=self.ctx.clock(),
                                  on_page=lambda page: post(ev.HistoryPage(tuple(page))))
        except HistoryError as e:
            log.warning("history not available: %s", e)  # kind, pages read, transport detail: no query
            self._audit(id_number, "backend_down", False)
            post(ev.HistoryFailed(e.kind))
            return
        except Exception:
            log.exception("history read failed")
            self._audit(id_number, "internal_error", False)
            post(ev.HistoryFailed("internal"))
            return
        self._audit(id_number, "found" if history.patient_found else "not_found", True)
        if not stop.is_set():
            post(ev.HistoryLoaded(history.patient_found, history.vaccinations))

    def _audit(self, id_number: str, outcome: str, succeeded: bool) -> None:
        """One AuditEvent per read of the record, through the visits' outbox: sent exactly once
        (offline_store/audit.py, docs/services.md step 5). A store that cannot take it is logged."""
        from offline_store.audit import AuditRecord

        record = AuditRecord(station_id=self.ctx.cfg.station.id, citizen_id=id_number, recorded_at=self.ctx.clock(),
                             action="record-view", outcome=outcome, succeeded=succeeded,
                             entity_type="Observation")
        try:
            self.ctx.devices.store.queue_audit_event(record)
        except Exception as e:
            log.error("the record read could not be audited: %s: %s", type(e).__name__, e)

    def stop(self) -> None:
        self._stop.set()


def make_runner(ctx: RunnerContext) -> RecordRunner:
    return RecordRunner(ctx)
