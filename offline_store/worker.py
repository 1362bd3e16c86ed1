"""The sync worker thread: wakes on kick(), on a timer and when a retry is due; one per store.

A plain Python thread (no Qt). Rounds themselves are SyncEngine's (offline_store/sync.py);
this module decides when to run them and how long to leave a failing server alone.
"""
from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from pathlib import Path

from offline_store.api import SyncTrigger
from offline_store.settings import SyncSettings
from offline_store.sqlite_store import SqliteVisitStore
from offline_store.sync import SyncEngine
from offline_store.transport import FhirClient

log = logging.getLogger("offline_store.sync.worker")

PURGE_EVERY_S = 3600.0
KICK_PROBE_GAP_S = 2.0


class SyncLockBusy(Exception):
    """Another sync worker (the kiosk's, or a CLI run) holds this store's sync lock."""


class SyncLock:
    """One sync worker per store: replays are safe, but two workers would race for nothing."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "sync.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SyncLockBusy(f"{self.path} is held by another sync worker") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class SyncWorker(SyncTrigger):
    """A plain Python thread (no Qt) around SyncEngine: wakes on kick(), on a timer, and when due."""

    def __init__(self, store: SqliteVisitStore, settings: SyncSettings, client: FhirClient | None = None) -> None:
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.engine = SyncEngine(store, settings, client, self._stop)
        self.store = store
        self.s = settings
        self._lock = SyncLock(store.data_dir)
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._pause_until = 0.0
        self._pause_is_server_request = False
        self._last_purge = 0.0
        self._last_round = 0.0

    def start(self) -> "SyncWorker":
        self._lock.acquire()
        self._thread.start()
        return self

    def kick(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.engine.client.close()
        self._lock.release()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        n = self.store.reset_inflight()
        if n:
            log.info("%d visits were in flight at the last stop; queued again", n)
        while not self._stop.is_set():
            woke_by_kick = self._wake.is_set()
            self._wake.clear()
            self._maybe_purge()
            now = time.monotonic()
            # A kick (new visit, network up) may probe a paused server, but not more than every
            # KICK_PROBE_GAP_S, and never before a Retry-After the server itself asked for.
            probe = woke_by_kick and not self._pause_is_server_request and now - self._last_round >= KICK_PROBE_GAP_S
            if now < self._pause_until and not probe:
                self._wake.wait(self._pause_until - now)
                continue
            self._last_round = now
            error = None
            try:
                for result in self.engine.drain():
                    error = result.error
            except Exception:
                log.exception("sync round failed")
                self._pause(self.s.sync_interval_s, False)
                continue
            if error is not None:
                self._pause(error.retry_after if error.retry_after is not None else self.engine.outage_delay(),
                            error.retry_after is not None)
                continue
            self._pause_until = 0.0
            due = self.store.next_due_in()
            wait = self.s.sync_interval_s if due is None else min(self.s.sync_interval_s, max(due, 0.05))
            self._wake.wait(wait)

    def _pause(self, seconds: float, server_asked: bool) -> None:
        self._pause_until = time.monotonic() + seconds
        self._pause_is_server_request = server_asked

    def _maybe_purge(self) -> None:
        now = time.monotonic()
        if now - self._last_purge >= PURGE_EVERY_S or not self._last_purge:
            self._last_purge = now
            try:
                self.store.purge_acknowledged()
            except Exception:
                log.exception("purge of acknowledged visits failed")
