""""Print my results" on the done screen: a real window, the printer simulator on a real pty.

The slip is optional: paper out, cover open and an unplugged printer each give a translated
message and the visit still ends normally."""
from __future__ import annotations

import pytest
from PIL import Image

from drivers.sensors.api import MeasurementKind as K, Reading
from kiosk.session.machine import Screen
from kiosk.ui_driver import find_item, is_shown, tap
from tests.record.ui_kiosk import identified, record_kiosk


def _done_screen(c) -> None:
    identified(c)
    d = c.machine.draft
    d.steps = [K.BLOOD_PRESSURE, K.BODY]
    d.readings = {K.BLOOD_PRESSURE: Reading(K.BLOOD_PRESSURE, {"systolic": 186, "diastolic": 112, "pulse": 104}),
                  K.BODY: Reading(K.BODY, {"weight_kg": 68.4, "height_cm": 158.5, "bmi": 27.2})}
    d.visit_id = "8f1c2a4e-5b6d-4e7f-9a0b-1c2d3e4f5a6b"
    c.machine.screen = Screen.DONE
    c.live.save_state = "queued"
    c.changed.emit()


def _shown(ui, name: str) -> bool:
    item = find_item(ui.window, name)
    return item is not None and is_shown(item) and item.isEnabled()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_print_my_results_then_printer_faults(qapp, qtbot, tmp_path, language):
    with record_kiosk(tmp_path, "http://127.0.0.1:9/fhir") as (ui, c, env):
        sim = c.devices.printer.simulator
        tap(ui.window, f"language_{language}")
        _done_screen(c)
        qtbot.waitUntil(lambda: _shown(ui, "printButton"), timeout=10_000)
        tap(ui.window, "printButton")
        assert sim.job_done.wait(30)
        qtbot.waitUntil(lambda: ui.slip.state == "printed", timeout=10_000)
        slip = Image.open(sim.jobs[0])
        assert slip.width == 384  # 58 mm in the demo configuration
        ui.window.grabWindow().save(str(tmp_path / f"done-printed-{language}.png"))
        messages = {}
        for scenario, state in (("paper_out", "paper_out"), ("cover_open", "cover_open")):
            sim.set_scenario(scenario)
            tap(ui.window, "printButton")
            qtbot.waitUntil(lambda: ui.slip.state == state, timeout=15_000)
            messages[state] = find_item(ui.window, "printMessage").property("text")
        sim.set_scenario("near_end")
        tap(ui.window, "printButton")
        qtbot.waitUntil(lambda: ui.slip.state == "printed" and ui.slip.paperNearEnd, timeout=15_000)
        messages["near_end"] = find_item(ui.window, "printMessage").property("text")
        sim.stop()  # unplugged: the pty is gone
        tap(ui.window, "printButton")
        qtbot.waitUntil(lambda: ui.slip.state not in ("printing", "printed"), timeout=15_000)
        messages["unplugged"] = find_item(ui.window, "printMessage").property("text")
        assert len(set(messages.values())) == 4 and all(messages.values())
        if language == "vi":
            assert "hết giấy" in messages["paper_out"]
        assert len(sim.jobs) == 2  # paper out and cover open printed nothing
        tap(ui.window, "doneButton")  # the visit ends as usual
        qtbot.waitUntil(lambda: c.machine.screen is Screen.WELCOME, timeout=10_000)
        assert ui.slip.state == ""
        log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert "slip: printed" in log and "paper_out" in log and "Thịnh" not in log
        assert ui.warnings == [], "QML warnings:\n" + "\n".join(ui.warnings)


def test_low_paper_shows_on_the_dashboard_checks(qapp, qtbot, tmp_path):
    """The maintenance dashboard and the metrics read printer.paper on the running kiosk's own printer."""
    from kiosk.health.checks.printer import paper
    from kiosk.health.station import Station

    with record_kiosk(tmp_path, "http://127.0.0.1:9/fhir") as (ui, c, env):
        station = Station(c.cfg, demo=True, store=c.devices.store, printer=c.devices.printer, started_monotonic=0.0)
        assert paper(station)[0].status.value == "green"
        c.devices.printer.simulator.set_scenario("near_end")
        r = paper(station)[0]
        assert (r.status.value, r.reason, r.value) == ("amber", "paper_near_end", 0.5)
        c.devices.printer.simulator.set_scenario("paper_out")
        assert paper(station)[0].reason == "paper_out"
