"""The welcome-screen hook of kiosk/update.py: look for a newer installed version only there.

Mid-visit the watch does nothing, so an upgrade never interrupts a citizen; at the
welcome screen it checks on arrival and then every few seconds while nobody starts.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.session.machine import Screen
from kiosk.update import EXIT_UPGRADE, UpgradeCheck, from_environment

CHECK_EVERY_MS = 10_000


class UpgradeWatch(QObject):
    def __init__(self, controller, check: UpgradeCheck, quit: Callable[[int], None] = QGuiApplication.exit,
                 interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(controller)
        self._c, self._check, self._quit = controller, check, quit
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._at_welcome)
        self._timer.start()
        controller.screenChanged.connect(self._at_welcome)
        QTimer.singleShot(0, self._at_welcome)  # the first welcome screen confirms this version

    def _at_welcome(self, *_) -> None:
        if self._c.machine.screen is not Screen.WELCOME:
            return
        if self._check.at_welcome():
            self._timer.stop()
            self._quit(EXIT_UPGRADE)


def install(controller) -> UpgradeWatch | None:
    """Only when the package's launcher started us: a checkout or a test has no installed version."""
    info = from_environment()
    return UpgradeWatch(controller, UpgradeCheck(info)) if info else None
