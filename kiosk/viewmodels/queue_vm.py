"""``Kiosk.Queue``: queue counts, dead letters with the server's reason, retry, and "send now".

Reuses the store's API as `kiosk queue` does. A dead letter's OperationOutcome may
quote the record it refused (a name, a date): only its issue codes and the
technician's error text, masked, reach the screen, never the diagnostics text.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.viewmodels.tools_base import ToolModel, require_install

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.maintenance")
SYNC_WATCH_S = 120  # how long "send now" follows the queue before it reports what is left

_instance: "Queue | None" = None


def install(controller) -> "Queue":
    global _instance
    _instance = Queue(controller)
    return _instance


def reason_of(letter) -> str:
    """The server's reason without the record's content: issue severity/code, and our own error text."""
    from kiosk.logging_setup import redact

    codes = [f"{i.get('severity', '?')}/{i.get('code', '?')}" for i in (letter.outcome or {}).get("issue", [])[:3]
             if isinstance(i, dict)]
    text = redact(str(letter.last_error or ""))[:160]
    return " · ".join([*codes, text] if text else codes)


@QmlElement
@QmlSingleton
class Queue(QObject, ToolModel):
    changed = Signal()

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    def __init__(self, controller=None) -> None:
        super().__init__()
        self.tool_init()
        self._c = require_install(controller, __name__)
        self._status: dict = {}
        self._letters: list[dict] = []
        self._progress = -1.0
        self._start_count = 0
        self._deadline = 0.0
        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._watch)

    @staticmethod
    def create(engine) -> "Queue":
        return require_install(_instance, __name__)

    @Property("QVariantMap", notify=changed)
    def status(self) -> dict:
        return self._status

    @Property("QVariantList", notify=changed)
    def deadLetters(self) -> list:
        return self._letters

    @Property(float, notify=changed)
    def progress(self) -> float:
        """0..1 while "send now" runs, -1 otherwise."""
        return self._progress

    @Slot()
    def refresh(self) -> None:
        store = self._c.devices.store
        try:
            q = store.status()
            self._status = {"ok": True, "queued": q.queued, "deadLetters": q.dead_letters,
                            "oldestMinutes": -1 if q.oldest_unsent_age_s is None else int(q.oldest_unsent_age_s // 60)}
            self._letters = [{"id": d.visit_id, "attempts": d.attempts, "reason": reason_of(d),
                              "deadAt": time.strftime("%Y-%m-%d %H:%M", time.localtime(d.dead_at)) if d.dead_at else ""}
                             for d in store.dead_letters()]
        except Exception:
            log.exception("maintenance queue: store status unavailable")
            self._status = {"ok": False}
        self.changed.emit()

    @Slot(str)
    def retry(self, visit_id: str) -> None:
        from kiosk.maintenance import audit

        ok = bool(self._c.devices.store.retry_dead(visit_id))
        audit.append("dead_letter_retry", "ok" if ok else "not_found", visit=visit_id)
        if ok:
            self._c.devices.sync.kick()
        self.refresh()

    @Slot()
    def syncNow(self) -> None:
        """Like `kiosk queue sync`, through the kiosk's own worker (it holds the sync lock)."""
        from kiosk.maintenance import audit

        store = self._c.devices.store
        released = store.release_outage_waits()
        self._c.devices.sync.kick()
        self._start_count = max(1, store.status().queued)
        self._progress, self._deadline = 0.0, time.monotonic() + SYNC_WATCH_S
        audit.append("forced_sync", "started", queued=self._start_count, released=released)
        self._timer.start()
        self.refresh()

    def _watch(self) -> None:
        from kiosk.maintenance import audit

        self.refresh()
        left = self._status.get("queued", 0) if self._status.get("ok") else self._start_count
        self._progress = min(1.0, max(0.0, 1 - left / self._start_count))
        if left == 0 or time.monotonic() > self._deadline:
            self._timer.stop()
            audit.append("forced_sync", "done" if left == 0 else "incomplete", left=left)
            self._progress = 1.0 if left == 0 else self._progress
        self.changed.emit()
