"""A station's two-step start in a real window (docs/architecture.md, "Start-up"): the first
frame is the welcome screen with no flow behind it; attaching the flow loads the whole app on
the same screen, in the station's language, with its id, and without a QML warning."""
from __future__ import annotations

from kiosk.app import KioskWindow, make_application
from kiosk.demo.env import DemoEnv
from kiosk.flow.controller import FlowController
from kiosk.flow.peripherals import build_peripherals
from kiosk.i18n import Translations
from kiosk.runner import demo_config
from kiosk.ui_driver import find_item, is_shown, text_of


def _shown(window, name: str) -> bool:
    item = find_item(window, name)
    return item is not None and is_shown(item)


def test_the_welcome_screen_comes_first_and_the_flow_attaches_behind_it(qapp, qtbot, tmp_path):
    make_application()
    ui = KioskWindow(None, Translations())
    env = None
    controller = None
    try:
        ui.show_sized(1280, 800)
        ui.wait_for_first_frame()
        window = ui.window
        assert ui.session.attached is False
        assert _shown(window, "welcomeScreen") and _shown(window, "startButton")
        assert find_item(window, "page") is None  # Shell.qml is not loaded yet
        assert text_of(window, "startButton") == "Bắt đầu"  # the app's default language
        assert text_of(window, "queueStatus") == ""  # no station id before the configuration

        cfg = demo_config(tmp_path, None, 50.0, {"station": {"language": "en"}, "flow": {"services": ["measure"]}})
        env = DemoEnv(tmp_path, speed=50.0)
        controller = FlowController(cfg, build_peripherals(cfg, env))
        ui.attach(controller)
        qtbot.waitUntil(lambda: find_item(ui.window, "page") is not None, timeout=5000)
        assert ui.session.attached is True
        assert _shown(ui.window, "welcomeScreen")
        assert text_of(ui.window, "startButton") == "Start"  # the station's language
        assert cfg.station.id in text_of(ui.window, "queueStatus")
        assert ui.warnings == []
    finally:
        if controller is not None:
            controller.shutdown()
        ui.close()
        if env is not None:
            env.close()
