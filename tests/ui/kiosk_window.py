"""A real kiosk window (offscreen) on demo peripherals with a given FHIR backend, and a citizen
identified on it: where the service screens' tests and benchmarks start (tests/ui/rx_kiosk.py,
tests/record/ui_kiosk.py), each with its own services' configuration."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from drivers.camera.api import FaceDecision, FaceResult
from drivers.card.api import CardHolder, CardReadResult
from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.session.machine import Screen

HOLDER = CardHolder(DEMO_CITIZEN.id_number, "Nguyễn Văn Thịnh", "1958-03-15", "M", "VNM")


@contextmanager
def kiosk_window(tmp_path: Path, fhir_url: str | None, config: dict, size=(1280, 800),
                 overrides: dict | None = None):
    """Yields (ui, controller, env); ``overrides`` update ``config``'s sections key by key."""
    from kiosk.app import KioskWindow, make_application
    from kiosk.demo.env import DemoEnv
    from kiosk.flow.controller import FlowController
    from kiosk.flow.peripherals import build_peripherals
    from kiosk.i18n import Translations
    from kiosk.logging_setup import setup_logging
    from kiosk.runner import demo_config

    make_application()
    setup_logging(tmp_path / "logs")
    data = {k: dict(v) for k, v in config.items()}  # the caller's sections stay as given
    for k, v in (overrides or {}).items():
        data.setdefault(k, {}).update(v)
    cfg = demo_config(tmp_path, fhir_url, 50.0, data)
    env = DemoEnv(tmp_path, speed=50.0)
    controller = FlowController(cfg, build_peripherals(cfg, env))
    ui = KioskWindow(controller, Translations())
    ui.show_sized(*size)
    try:
        yield ui, controller, env
    finally:
        controller.shutdown()
        ui.close()
        env.close()


def identified(controller, holder: CardHolder = HOLDER) -> None:
    """The chip read and the face matched, as after a real identification: the chooser is shown."""
    d = controller.machine.draft
    d.card = CardReadResult(holder, b"", "jpeg", "PACE-CAN", "genuine")
    d.face = FaceResult(FaceDecision.MATCH, 0.7, 0.5, "passed")
    controller.machine.screen = Screen.SERVICES
    controller.changed.emit()
