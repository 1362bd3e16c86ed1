"""A real kiosk window (offscreen) on demo peripherals, with "My health record" offered and a real
FHIR backend, for the record screens' tests and the benchmark."""
from __future__ import annotations

from pathlib import Path

from tests.ui.kiosk_window import HOLDER, identified, kiosk_window

__all__ = ["HOLDER", "SYSTEM", "identified", "record_kiosk"]

SYSTEM = "http://fhir.ehealth.gov.vn/core/sid/national_id"


def record_kiosk(tmp_path: Path, fhir_url: str, size=(1280, 800), overrides: dict | None = None):
    return kiosk_window(tmp_path, fhir_url, {"flow": {"services": ["measure", "record"]},
                                             "backend": {"history_timeout_s": 5}}, size, overrides)
