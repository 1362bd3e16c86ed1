"""The Qt side of sd_notify: READY=1 at the first frame, WATCHDOG=1 from the UI thread.

The pings come from a QTimer on the GUI thread, so they stop when its event loop is
stuck (a blocked slot, a deadlock): systemd then kills and restarts the kiosk.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtQuick import QQuickWindow

from kiosk import sdnotify

log = logging.getLogger("kiosk.watchdog")


class SystemdWatchdog(QObject):
    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer: QTimer | None = None
        window.frameSwapped.connect(self._first_frame)
        interval = sdnotify.watchdog_interval_s()
        if interval is not None:
            self._timer = QTimer(self, interval=max(1, int(interval * 1000)))
            self._timer.timeout.connect(self.ping)
            self._timer.start()
            log.info("systemd watchdog: a ping every %.1f s", interval)

    def _first_frame(self) -> None:
        self._window.frameSwapped.disconnect(self._first_frame)
        if sdnotify.notify("READY=1\nSTATUS=welcome screen shown"):
            log.info("told systemd the kiosk is ready")

    def ping(self) -> None:
        sdnotify.notify("WATCHDOG=1")


def attach(window: QQuickWindow) -> SystemdWatchdog | None:
    """Start notifying when systemd asked for it (NOTIFY_SOCKET set); None otherwise."""
    if not sdnotify.notify_socket():
        return None
    return SystemdWatchdog(window)


# What systemctl status shows once the whole app is up (READY=1 came with the first frame).
SERVING = "STATUS=ready for visits"


def serving() -> None:
    sdnotify.notify(SERVING)


def stopping() -> None:
    sdnotify.notify("STOPPING=1")
