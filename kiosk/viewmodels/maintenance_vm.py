"""``Kiosk.Maintenance``: entry gesture, PIN, idle close and the way out, as QML sees them.

The rules live in plain Python (kiosk/maintenance: gesture, PIN hash, attempt
delays, audit) and in the session machine (entry only from welcome or staff
help); this view-model wires them to the screen and holds no wording.
"""
from __future__ import annotations

import logging
import math
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlSingleton

if TYPE_CHECKING:
    from kiosk.flow.controller import FlowController

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.maintenance")

_instance: "Maintenance | None" = None


def install(controller: FlowController, quit: Callable[[int], None] | None = None,
            wall_clock: Callable[[], float] = time.time,
            monotonic: Callable[[], float] = time.monotonic) -> "Maintenance":
    """Create the singleton the next QML engine hands out. ``quit(code)`` ends the app (tests pass their own)."""
    global _instance
    _instance = Maintenance(controller, quit or QGuiApplication.exit, wall_clock, monotonic)
    return _instance


@QmlElement
@QmlSingleton
class Maintenance(QObject):
    changed = Signal()

    def __init__(self, controller: FlowController | None = None, quit: Callable[[int], None] | None = None,
                 wall_clock: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        from kiosk.maintenance.gesture import CornerGesture
        from kiosk.maintenance.lockout import PinAttempts
        from kiosk.maintenance import audit

        super().__init__()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.maintenance_vm.install() must run before QML loads")
        self._c = controller
        cfg = controller.cfg
        self._pin_hash = cfg.maintenance.pin_hash
        self._quit = quit or QGuiApplication.exit
        self.audit = audit.install(Path(cfg.paths.log_dir))
        self.attempts = PinAttempts(Path(cfg.paths.data_dir), wall_clock)
        self.gesture = CornerGesture(monotonic)
        self._unlocked = False
        self._page = "pin"
        self._pin_error = ""
        self._idle = QTimer(self, singleShot=True, interval=int(cfg.maintenance.idle_s * 1000))
        self._idle.timeout.connect(self._idle_close)
        self._tick = QTimer(self, interval=250)  # the lockout countdown on the PIN screen
        self._tick.timeout.connect(self._on_tick)
        self._shown_wait = 0
        controller.screenChanged.connect(self._on_screen)
        if not self._pin_hash:
            log.warning("maintenance.pin_hash is empty: maintenance mode cannot be entered on this station "
                        "(set a PIN with `kiosk maintenance set-pin --config FILE`)")

    @staticmethod
    def create(engine) -> "Maintenance":  # called by the QML engine for the singleton
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.maintenance_vm.install() must run before QML loads")
        return _instance

    def set_idle_ms(self, ms: int) -> None:
        """Tests shorten the idle close; the configuration bounds the real one (30-1800 s)."""
        self._idle.setInterval(ms)

    # -- state -----------------------------------------------------------------------
    @Property(bool, notify=changed)
    def open(self) -> bool:
        from kiosk.session.machine import Screen

        return self._c.machine.screen is Screen.MAINTENANCE

    @Property(bool, notify=changed)
    def pinConfigured(self) -> bool:
        return bool(self._pin_hash)

    @Property(bool, notify=changed)
    def unlocked(self) -> bool:
        return self._unlocked

    @Property(str, notify=changed)
    def page(self) -> str:
        """"pin" until the right PIN; then "home" or the id of a page in MaintenancePages.qml."""
        return self._page if self._unlocked else "pin"

    @Property(int, notify=changed)
    def waitSeconds(self) -> int:
        """Seconds before the next PIN may be tried; the keypad is disabled meanwhile."""
        return self._shown_wait

    @Property(int, notify=changed)
    def failures(self) -> int:
        return self.attempts.failures

    @Property(str, notify=changed)
    def pinError(self) -> str:
        return self._pin_error

    @Property(int, constant=True)
    def pinMinLength(self) -> int:
        from kiosk.maintenance import pin

        return pin.MIN_LENGTH

    @Property(int, constant=True)
    def pinMaxLength(self) -> int:
        from kiosk.maintenance import pin

        return pin.MAX_LENGTH

    @Property(str, constant=True)
    def stationId(self) -> str:
        return self._c.cfg.station.id

    # -- input -----------------------------------------------------------------------
    @Slot(float, float, float, float)
    def pointPressed(self, x: float, y: float, width: float, height: float) -> None:
        if self.open:
            self._activity()
        else:
            self.gesture.press(x, y, width, height)

    @Slot(float, float, float, float)
    def pointReleased(self, x: float, y: float, width: float, height: float) -> None:
        if self.open:
            return
        if self.gesture.release(x, y, width, height):
            self._gesture_made()

    @Slot()
    def touch(self) -> None:
        if self.open:
            self._activity()

    @Slot(str)
    def submitPin(self, entered: str) -> None:
        from kiosk.maintenance import pin

        if not self.open or self._unlocked or not self._pin_hash:
            return
        self._activity()
        if self.attempts.wait_s() > 0:
            return  # the keypad is disabled meanwhile; a late tap is not a try
        if pin.verify_pin(self._pin_hash, entered):
            self.attempts.record_success()
            self._unlocked, self._page, self._pin_error = True, "home", ""
            log.info("maintenance opened")
            self.audit.append("entry", "ok")
        else:
            failure = self.attempts.record_failure()
            self._pin_error = "wrong_pin"
            log.warning("maintenance: wrong PIN (%d in a row, next try in %d s)", failure.failures, failure.delay_s)
            self.audit.append("pin_failed", "refused", failures=failure.failures, delay_s=failure.delay_s)
            if failure.locked_out:
                self.audit.append("lockout", "locked", failures=failure.failures, delay_s=failure.delay_s)
        self._on_tick()
        self._tick.start()
        self.changed.emit()

    @Slot(str)
    def show(self, page: str) -> None:
        if not self._unlocked:
            return
        self._activity()
        self._page = page or "home"
        self.changed.emit()

    @Slot()
    def close(self) -> None:
        """The "Close" button: back to the welcome screen."""
        self._leave("closed")

    @Slot()
    def restartApp(self) -> None:
        from kiosk.maintenance import power

        if not self._unlocked:
            return
        log.warning("maintenance: restart of the app requested")
        self.audit.append("restart", "requested")
        self._quit(power.RESTART)

    @Slot()
    def exitToDesktop(self) -> None:
        from kiosk.maintenance import power

        if not self._unlocked:
            return
        log.warning("maintenance: exit to the desktop requested")
        self.audit.append("exit", "desktop")
        self._quit(power.EXIT_TO_DESKTOP)

    # -- internals -------------------------------------------------------------------
    def _gesture_made(self) -> None:
        from kiosk.session.machine import Screen
        from kiosk.session import events as ev

        if self._c.machine.screen not in (Screen.WELCOME, Screen.STAFF_HELP):
            log.info("maintenance gesture ignored on %s", self._c.machine.screen.value)
            return
        if not self._pin_hash:
            log.warning("maintenance gesture made, but no PIN is configured (maintenance.pin_hash): "
                        "set one with `kiosk maintenance set-pin`")
            self.audit.append("entry_refused", "no_pin")
        self._c.handle(ev.EnterMaintenance())

    def _on_screen(self, screen: str) -> None:
        from kiosk.session.machine import Screen

        self._unlocked, self._page, self._pin_error = False, "pin", ""
        self.gesture.reset()
        if screen == Screen.MAINTENANCE.value:
            self._idle.start()
            self._on_tick()
            self._tick.start()
        else:
            self._idle.stop()
            self._tick.stop()
        self.changed.emit()

    def _activity(self) -> None:
        self._idle.start()

    def _idle_close(self) -> None:
        log.info("maintenance closed after %d s untouched", self._idle.interval() // 1000)
        self._leave("idle")

    def _leave(self, why: str) -> None:
        from kiosk.session import events as ev

        if not self.open:
            return
        if self._unlocked:
            self.audit.append("exit", why)
        self._c.handle(ev.LeaveMaintenance())

    def _on_tick(self) -> None:
        wait = math.ceil(self.attempts.wait_s())
        if wait != self._shown_wait:
            self._shown_wait = wait
            self.changed.emit()
        if wait == 0:
            self._tick.stop()
