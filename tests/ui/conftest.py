"""A real kiosk window (offscreen, software Quick backend) on demo-mode peripherals.

The peripherals are the same simulated devices `kiosk run --demo` uses, sped up;
no FHIR server runs here, so saved visits stay queued (the tour test covers sync).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.app import KioskWindow, make_application
from kiosk.demo.env import DemoEnv
from kiosk.flow.controller import FlowController
from kiosk.flow.peripherals import build_peripherals
from kiosk.i18n import Translations
from kiosk.logging_setup import setup_logging
from kiosk.runner import demo_config
from kiosk.ui_driver import all_named, find_item, tap, text_of


@dataclass
class Kiosk:
    ui: KioskWindow
    c: FlowController
    demo: DemoEnv
    log_file: Path
    qtbot: object

    @property
    def window(self):
        return self.ui.window

    @property
    def screen(self) -> str:
        return self.c.machine.screen.value

    def tap(self, name: str) -> None:
        try:
            self.qtbot.waitUntil(lambda: _tappable(self.window, name), timeout=10_000)
        except Exception:
            d = self.c.machine.draft
            raise AssertionError(f"{name} not tappable on screen {self.screen} "
                                 f"(phase {d.step_phase.value}, error {d.error!r}, shown: {all_named(self.window)})") from None
        tap(self.window, name)

    def text(self, name: str) -> str:
        return text_of(self.window, name)

    def wait_screen(self, screen: str, timeout_ms: int = 20_000) -> None:
        self.qtbot.waitUntil(lambda: self.screen == screen, timeout=timeout_ms)

    def to_measure_as_guest(self, language: str) -> None:
        """The quickest real way to the measure screen: consent, then on without the card."""
        from kiosk.session import events as ev

        self.tap(f"language_{language}")
        self.tap("startButton")
        self.wait_screen("consent")
        self.tap("agreeButton")
        self.qtbot.waitUntil(lambda: self.screen in ("card_wait", "can_entry"), timeout=10_000)
        if self.screen == "can_entry":  # the demo card lies on the reader: lift it, then measure as a guest
            self.c.handle(ev.CardRemoved())
        self.tap("noCardButton")
        self.wait_screen("measure")

    def type_can(self, can: str) -> None:
        for digit in can:
            self.tap(f"key{digit}")
        self.tap("keyOk")


def _tappable(window, name: str) -> bool:
    from kiosk.ui_driver import is_shown

    item = find_item(window, name)
    return item is not None and is_shown(item) and item.isEnabled()


@pytest.fixture
def kiosk_config() -> dict:
    """Configuration sections laid over the demo's; a test module overrides this fixture to
    change them (e.g. `{"speech": {"device": "null"}}` to hear the prompts played)."""
    return {}


@pytest.fixture
def kiosk(qapp, qtbot, tmp_path, kiosk_config):
    make_application()  # fonts, exactly as in production
    log_file = setup_logging(tmp_path / "logs")
    # Longer liveness steps than a station's: on a loaded CI host the analysis may
    # see only a few frames a second, and these tests are about the flow, not speed.
    # Measuring only, as most stations: a face match leads straight to it (the chooser's tests add services).
    cfg = demo_config(tmp_path, None, 50.0, {"face": {"challenge_s": 20}, "flow": {"services": ["measure"]}, **kiosk_config})
    env = DemoEnv(tmp_path, speed=50.0)
    controller = FlowController(cfg, build_peripherals(cfg, env))
    ui = KioskWindow(controller, Translations())
    ui.show_sized(1280, 800)
    qtbot.waitExposed(ui.window)
    k = Kiosk(ui, controller, env, log_file, qtbot)
    yield k
    warnings = list(ui.warnings)
    controller.shutdown()
    ui.close()
    env.close()
    assert warnings == [], "QML warnings:\n" + "\n".join(warnings)
