"""Hand work from device threads to the GUI thread through a queued Qt signal."""
from __future__ import annotations

from typing import Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal


class GuiBridge(QObject):
    """``post(fn)`` from any thread; ``fn`` runs later on the thread owning the bridge."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # QtCore.Qt here, not imported: PySide6 takes 15 ms to load the Qt namespace, and this
        # module is imported before the first frame.
        self._posted.connect(self._run, QtCore.Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        self._posted.emit(fn)

    @staticmethod
    def _run(fn: Callable[[], None]) -> None:
        fn()
