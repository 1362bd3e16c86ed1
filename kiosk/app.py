"""Start the Qt Quick app: fonts, translations, the QML module and its view-models."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

import kiosk.viewmodels.camera_preview  # noqa: F401  (registers CameraPreview)
from kiosk import paths
from kiosk.flow.controller import FlowController
from kiosk.i18n import Translations
from kiosk.memory import freeze_start_up_objects, keep_big_buffers_out_of_the_heap, unfreeze
from kiosk.viewmodels import (access_vm, care_vm, dashboard_vm, logs_vm, maintenance_vm, prescription_vm, queue_vm,
                               record_vm, selftest_vm,
                               session_vm, settings_vm, slip_vm)

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
    """The loaded QML engine and its window, owned together so they die together."""

    def __init__(self, controller: FlowController, translations: Translations) -> None:
        self.translations = translations
        session_vm.install(controller, translations.set_language)
        self.record = record_vm.install(controller)
        # Demo mode's simulated camera can be shown a prescription QR (kiosk/devices/camera.py).
        self.prescription = prescription_vm.install(controller, getattr(controller.devices.face, "hold_up", None))
        self.slip = slip_vm.install(controller)
        self.access = access_vm.install(controller)
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
        self.engine = QQmlApplicationEngine()
        self.warnings = qml_warnings_to_log(self.engine)
        translations.attach(self.engine)
        translations.set_language(controller.machine.draft.language)
        self.engine.addImportPath(str(paths.QML_IMPORT_PATH))
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots:
            raise StartupError("the QML module failed to load: " + "; ".join(self.warnings[-5:]))
        self.window: QQuickWindow = roots[0]
        freeze_start_up_objects()  # every wipe's collection then walks only the visit's objects

    def show_fullscreen(self) -> None:
        w = self.window
        w.setFlags(w.flags() | Qt.WindowType.FramelessWindowHint)
        screen = w.screen()
        if screen is not None:  # without a window manager, showFullScreen alone keeps the old size
            w.setGeometry(screen.geometry())
        w.showFullScreen()

    def show_sized(self, width: int, height: int) -> None:
        self.window.setFlags(self.window.flags() | Qt.WindowType.FramelessWindowHint)
        self.window.resize(width, height)
        self.window.show()

    def close(self) -> None:
        # Delete the engine before the interpreter exits, or bindings re-run on dead objects.
        self.window.close()
        self.translations.detach()
        self.engine.deleteLater()
        self.access.close()  # kills a player still speaking
        del self.engine
        unfreeze()


def make_application(argv: list[str] | None = None) -> QGuiApplication:
    keep_big_buffers_out_of_the_heap()  # before the models load and the first visit's threads start
    app = QGuiApplication.instance() or QGuiApplication(argv or sys.argv[:1])
    app.setApplicationName("tram-kiosk")
    app.setOrganizationName("Tram Cong Dan So")
    app.setFont(QFont(load_fonts(), 12))
    return app
