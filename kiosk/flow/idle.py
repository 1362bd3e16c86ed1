"""The inactivity guard: after ``idle_s`` without a touch, a visible countdown of
``warning_s`` seconds (at least 20, WCAG 2.2.1), then the session is wiped."""
from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal


class IdleGuard(QObject):
    countdownChanged = Signal()
    expired = Signal()

    def __init__(self, idle_s: float, warning_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._warning_s = warning_s
        self._idle = QTimer(self, singleShot=True, interval=int(idle_s * 1000))
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._on_tick)
        self._since = QElapsedTimer()
        self.remaining = -1  # seconds left in the warning; -1 = no warning shown
        self._armed = False

    def set_durations(self, idle_s: float, warning_s: float) -> None:
        """Change both durations (tests use short ones; config enforces the real minimums)."""
        self._idle.setInterval(int(idle_s * 1000))
        self._warning_s = warning_s

    def arm(self, applies: bool) -> None:
        """Called on every screen change: restart, or stand down where idling is fine."""
        self._armed = applies
        self._stop_warning()
        if applies:
            self._idle.start()
        else:
            self._idle.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def activity(self) -> None:
        """A touch anywhere: the person is here."""
        if self._armed:
            self._stop_warning()
            self._idle.start()

    def _start_warning(self) -> None:
        self._since.start()
        self._tick.start()
        self._set_remaining(math.ceil(self._warning_s))

    def _on_tick(self) -> None:
        left = self._warning_s - self._since.elapsed() / 1000
        if left <= 0:
            self._stop_warning()
            self._armed = False
            self.expired.emit()
        else:
            self._set_remaining(math.ceil(left))

    def _stop_warning(self) -> None:
        self._tick.stop()
        self._set_remaining(-1)

    def _set_remaining(self, value: int) -> None:
        if value != self.remaining:
            self.remaining = value
            self.countdownChanged.emit()
