"""Open the visit store and start the sync worker. PLACEHOLDER until the store
issue lands: visits are kept in memory only."""
from __future__ import annotations

import threading

from kiosk.config import Config
from kiosk.demo.env import DemoEnv
from offline_store.api import QueueStatus, SyncTrigger, Visit, VisitState, VisitStore


class _MemoryStore(VisitStore):
    def __init__(self) -> None:
        self._visits: dict[str, Visit] = {}
        self._lock = threading.Lock()

    def save(self, visit: Visit) -> None:
        with self._lock:
            self._visits[visit.id] = visit

    def state_of(self, visit_id: str) -> VisitState:
        return "queued" if visit_id in self._visits else "unknown"

    def status(self) -> QueueStatus:
        return QueueStatus(len(self._visits), 0, None, None, None)


class _NoSync(SyncTrigger):
    def kick(self) -> None:
        pass

    def stop(self) -> None:
        pass


def open_store(cfg: Config, demo: DemoEnv | None) -> tuple[VisitStore, SyncTrigger]:
    return _MemoryStore(), _NoSync()
