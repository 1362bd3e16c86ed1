"""What the maintenance tool view-models share: run one blocking job off the GUI thread.

Self-tests, a calibration reading, a forced sync and an export each take seconds;
the screen shows ``busy`` meanwhile and gets the answer through a queued signal.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from kiosk.flow.bridge import GuiBridge

log = logging.getLogger("kiosk.maintenance")


def require_install(value, module: str):
    """``value`` as ``module``'s install() supplied it (the controller, or the singleton itself).

    QML creates a singleton on first use; were it to come before install(), the tool would have no
    controller, so start-up stops with the module to fix instead of a screen that does nothing.
    """
    if value is None:
        raise RuntimeError(f"{module}.install() must run before QML loads")
    return value


class ToolModel:
    """A mixin: ``class X(QObject, ToolModel)`` (qmllint's type dump sees a QObject only when it
    is named), with its own ``changed = Signal()`` and ``busy`` property (PySide does not notify
    QML of a subclass's properties through a base class's signal); __init__ calls tool_init()."""

    changed: object

    def tool_init(self) -> None:
        self._bridge = GuiBridge(self)
        self._busy = False

    def run(self, name: str, job: Callable[[], object], done: Callable[[object], None]) -> bool:
        """Run ``job`` on a thread and ``done(result)`` on the GUI thread; an exception becomes ``done(exc)``."""
        if self._busy:
            return False
        self._busy = True
        self.changed.emit()

        def work() -> None:
            try:
                result = job()
            except Exception as e:  # the screen says it failed; kiosk.log has why
                log.exception("maintenance %s failed", name)
                result = e
            self._bridge.post(lambda: self._finish(done, result))

        threading.Thread(target=work, name=f"maintenance-{name}", daemon=True).start()
        return True

    def _finish(self, done: Callable[[object], None], result: object) -> None:
        self._busy = False
        done(result)
        self.changed.emit()
