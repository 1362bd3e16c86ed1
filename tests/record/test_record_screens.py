""""My health record" in a real offscreen window on demo peripherals, against the real FHIR server:
500 readings, charts in both languages at both sizes (and large text), empty and unavailable states."""
from __future__ import annotations

import pytest

from drivers.card.api import CardHolder
from kiosk.demo.history_seed import seed_history
from kiosk.ui_driver import find_item, is_shown, tap
from tests.record.ui_kiosk import HOLDER, SYSTEM, identified, record_kiosk

pytestmark = pytest.mark.fhir

TABS = ("today", "bp", "weight", "spo2", "pulse", "vaccines")


@pytest.fixture(scope="module")
def history(fhir_server):
    seed_history(fhir_server.url, HOLDER.id_number, SYSTEM, observations=500)
    return fhir_server.url


def _open_record(qtbot, ui, c) -> None:
    identified(c)
    qtbot.waitUntil(lambda: _shown(ui, "service_record"), timeout=10_000)
    tap(ui.window, "service_record")
    qtbot.waitUntil(lambda: c.machine.screen.value == "service" and _shown(ui, "recordScreen"), timeout=10_000)


def _shown(ui, name: str) -> bool:
    item = find_item(ui.window, name)
    return item is not None and is_shown(item)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size,large", [((1920, 1080), False), ((1280, 800), False), ((1280, 800), True)])
def test_record_screens_with_500_readings(qapp, qtbot, tmp_path, history, language, size, large):
    with record_kiosk(tmp_path, history, size) as (ui, c, env):
        qtbot.waitExposed(ui.window)
        tap(ui.window, f"language_{language}")
        if large:
            ui.access.toggleLargeText()
        _open_record(qtbot, ui, c)
        session = c.machine.draft.service
        qtbot.waitUntil(lambda: not session.loading, timeout=60_000)
        assert session.error == "" and len(session.readings) == 500
        for tab in TABS:
            tap(ui.window, f"recordTab_{tab}")
            qtbot.waitUntil(lambda: session.tab == tab, timeout=5_000)
            if tab in ("bp", "weight", "spo2", "pulse"):
                canvas = f"trendCanvas_{'weight_kg' if tab == 'weight' else tab}"
                qtbot.waitUntil(lambda: _shown(ui, canvas), timeout=10_000)
            qtbot.wait(150)
            image = ui.window.grabWindow()
            assert not image.isNull()
            image.save(str(tmp_path / f"record-{language}-{size[0]}{'-large' if large else ''}-{tab}.png"))
        assert _shown(ui, "recordVaccines")
        assert ui.warnings == [], "QML warnings:\n" + "\n".join(ui.warnings)


def test_thinned_charts_keep_sources_and_bands(qapp, qtbot, tmp_path, history):
    with record_kiosk(tmp_path, history) as (ui, c, env):
        _open_record(qtbot, ui, c)
        session = c.machine.draft.service
        qtbot.waitUntil(lambda: not session.loading, timeout=60_000)
        tap(ui.window, "recordTab_bp")
        qtbot.waitUntil(lambda: session.tab == "bp", timeout=5_000)
        chart = ui.record.charts[0]
        assert chart["count"] == 200 and all(len(s["points"]) <= 60 for s in chart["series"])
        assert {b["value"] for b in chart["bands"]} >= {140.0, 90.0}
        assert chart["other"] and chart["sources"] == ["Phòng khám Đa khoa Quận 1"]
        assert ui.warnings == []


def test_unknown_citizen_sees_a_friendly_empty_record(qapp, qtbot, tmp_path, fhir_server):
    with record_kiosk(tmp_path, fhir_server.url) as (ui, c, env):
        identified(c, CardHolder("079199990000", "Trần Thị Lan", "1960-01-01", "F", "VNM"))  # no Patient here
        tap(ui.window, "service_record")
        qtbot.waitUntil(lambda: _shown(ui, "recordEmpty"), timeout=30_000)
        assert not _shown(ui, "recordTabs") and not _shown(ui, "recordError")
        assert ui.warnings == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_backend_down_says_not_now_and_the_visit_goes_on(qapp, qtbot, tmp_path, language):
    with record_kiosk(tmp_path, "http://127.0.0.1:9/fhir", overrides={"backend": {"history_timeout_s": 2}}) as (ui, c, env):
        tap(ui.window, f"language_{language}")
        _open_record(qtbot, ui, c)
        qtbot.waitUntil(lambda: _shown(ui, "recordError"), timeout=30_000)
        assert c.machine.draft.service.error == "history_unavailable"
        text = find_item(ui.window, "recordError").property("text")
        assert ("not available" in text) if language == "en" else ("không" in text)
        ui.window.grabWindow().save(str(tmp_path / f"record-down-{language}.png"))
        tap(ui.window, "recordBackButton")  # the rest of the visit goes on: back to the chooser, then measuring
        qtbot.waitUntil(lambda: c.machine.screen.value == "services", timeout=10_000)
        qtbot.waitUntil(lambda: _shown(ui, "service_measure"), timeout=10_000)
        tap(ui.window, "service_measure")
        qtbot.waitUntil(lambda: c.machine.screen.value == "measure", timeout=10_000)
        log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert "history not available" in log and HOLDER.id_number not in log
        assert ui.warnings == []
