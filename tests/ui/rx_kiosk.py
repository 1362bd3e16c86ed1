"""A real kiosk window (offscreen) on demo peripherals with "Check my prescription" offered and the
real local FHIR server seeded with the demo prescriptions, for the prescription screens' tests,
the benchmark and the screenshots."""
from __future__ import annotations

from pathlib import Path

from kiosk.session import events as ev
from tests.ui.kiosk_window import HOLDER, identified, kiosk_window

__all__ = ["HOLDER", "identified", "open_prescription", "rx_kiosk"]


def rx_kiosk(tmp_path: Path, fhir_url: str | None, size=(1280, 800), overrides: dict | None = None):
    return kiosk_window(tmp_path, fhir_url, {"flow": {"services": ["measure", "prescription"]},
                                             "face": {"challenge_s": 20},
                                             "prescription": {"lookup_timeout_s": 8}}, size, overrides)


def open_prescription(controller) -> None:
    identified(controller)
    controller.handle(ev.ChooseService("prescription"))
