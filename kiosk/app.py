"""Start the Qt Quick app: fonts, translations, the QML module and its view-models.

Two steps, so a station shows its welcome screen at once (docs/architecture.md,
"Start-up"): ``KioskWindow`` loads Main.qml, whose first frame is the welcome screen
with only Kiosk.Session and Kiosk.Access behind it; ``attach`` then gives them the
FlowController, installs the other view-models and lets Main.qml load Shell.qml,
the whole app. Nothing of the flow is imported before that.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk import paths
from kiosk.i18n import Translations
from kiosk.memory import freeze_start_up_objects, keep_big_buffers_out_of_the_heap, unfreeze
# Every view-model is imported here: PySide6 registers a QML singleton when its class is
# made, and one registered after the first engine breaks the QML loaded after it (Qt 6.7+).
# So these modules import the flow's modules only inside their functions.
from kiosk.viewmodels import (access_vm, camera_preview, care_vm, dashboard_vm, logs_vm,  # noqa: F401
                              maintenance_vm, prescription_vm, queue_vm, record_vm, selftest_vm, session_vm,
                              settings_vm, slip_vm)

if TYPE_CHECKING:
    from kiosk.flow.controller import FlowController

log = logging.getLogger("kiosk.app")

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


class StartupError(Exception):
    """The app cannot start; the message is for the technician."""


def load_fonts() -> str:
    """Load the bundled fonts so no system font is needed; fail loudly if one is missing."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.FONTS / name))
        if font_id == -1:
            raise StartupError(f"bundled font {name} missing or unreadable in {paths.FONTS}")
        family = family or QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def qml_warnings_to_log(engine: QQmlApplicationEngine) -> list[str]:
    seen: list[str] = []

    def on_warnings(warnings) -> None:
        for w in warnings:
            text = w.toString()
            seen.append(text)
            log.warning("QML: %s", text)

    engine.warnings.connect(on_warnings)
    return seen


class KioskWindow:
    """The loaded QML engine and its window, owned together so they die together.

    With a controller the app is whole at once (the demo, the tests); without one the
    window shows the first frame's welcome screen until ``attach``."""

    def __init__(self, controller: "FlowController | None", translations: Translations) -> None:
        self.translations = translations
        self.session = session_vm.install(None, translations.set_language,
                                          controller.machine.draft.language if controller else None)
        self.access = access_vm.install()
        self.engine = QQmlApplicationEngine()
        self.warnings = qml_warnings_to_log(self.engine)
        translations.attach(self.engine)
        translations.set_language(self.session.language)
        self.engine.addImportPath(str(paths.QML_IMPORT_PATH))
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots:
            raise StartupError("the QML module failed to load: " + "; ".join(self.warnings[-5:]))
        self.window: QQuickWindow = roots[0]
        if controller is not None:
            self.attach(controller)

    def wait_for_first_frame(self, timeout_s: float = 10.0) -> None:
        """Let Qt draw the window before the caller goes on to the slow parts of start-up."""
        loop = QEventLoop()
        self.window.frameSwapped.connect(loop.quit)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        self.window.frameSwapped.disconnect(loop.quit)

    def attach(self, controller: "FlowController") -> None:
        """The flow is ready: every view-model gets it, and Main.qml loads Shell.qml."""
        self.record = record_vm.install(controller)
        # Demo mode's simulated camera can be shown a prescription QR (kiosk/devices/camera.py).
        self.prescription = prescription_vm.install(controller, getattr(controller.devices.face, "hold_up", None))
        self.slip = slip_vm.install(controller)
        self.maintenance = maintenance_vm.install(controller)
        self.dashboard = dashboard_vm.install(controller)
        # The maintenance tools (docs/maintenance.md); demo mode edits a scratch copy of its config.
        demo = controller.cfg.source == str(paths.ROOT / "config" / "demo.toml")
        demo_dir = Path(controller.cfg.paths.data_dir).parent if demo else None
        selftest_vm.install(controller, demo_dir is not None)
        care_vm.install(controller)
        queue_vm.install(controller)
        logs_vm.install(controller, logs_vm.health_of(controller, demo))
        settings_vm.install(controller, demo_dir)
        self.access.attach(controller)
        self.session.attach(controller)  # last: Main.qml loads Shell.qml, which meets every view-model
        shell = self.window.findChild(QQuickItem, "shell")
        if shell is None or shell.property("item") is None:
            raise StartupError("the QML module failed to load: " + "; ".join(self.warnings[-5:]))
        freeze_start_up_objects()  # every wipe's collection then walks only the visit's objects

    # Both are frameless: Main.qml sets the flag (from Python the Qt namespace's enums cost
    # PySide6 15 ms to load, before the first frame).
    def show_fullscreen(self) -> None:
        w = self.window
        screen = w.screen()
        if screen is not None:  # without a window manager, showFullScreen alone keeps the old size
            w.setGeometry(screen.geometry())
        w.showFullScreen()

    def show_sized(self, width: int, height: int) -> None:
        self.window.resize(width, height)
        self.window.show()

    def close(self) -> None:
        if not hasattr(self, "engine"):
            return  # closed already
        # Delete the engine before the interpreter exits, or bindings re-run on dead objects.
        self.window.close()
        self.translations.detach()
        self.engine.deleteLater()
        self.access.close()  # kills a player still speaking
        del self.engine
        unfreeze()


def make_application(argv: list[str] | None = None, *, tune_heap: bool = True) -> QGuiApplication:
    """tune_heap=False: the caller tunes the heap itself before the flow starts (the runner
    does, after a station's first frame)."""
    if tune_heap:
        keep_big_buffers_out_of_the_heap()  # before the models load and the first visit's threads start
    app = QGuiApplication.instance() or QGuiApplication(argv or sys.argv[:1])
    app.setApplicationName("tram-kiosk")
    app.setOrganizationName("Tram Cong Dan So")
    app.setFont(QFont(load_fonts(), 12))
    return app
