"""Every screen loads with no QML warning, at both target resolutions, in both languages."""
import pytest

from drivers.camera.api import FaceDecision, FaceResult
from drivers.card.api import CardHolder, CardReadResult
from drivers.sensors.api import DeviceFault, MeasurementKind as K, Reading
from kiosk.session.machine import Screen, StepPhase
from kiosk.ui_driver import find_item, is_shown

HOLDER = CardHolder("079158001234", "Nguyễn Văn Thịnh", "1958-03-15", "M", "VNM")


def fill_draft(d):
    d.card = CardReadResult(HOLDER, b"", "jpeg", "PACE-CAN", "genuine")
    d.face = FaceResult(FaceDecision.MATCH, 0.7, 0.5, "passed")
    d.steps = [K.BLOOD_PRESSURE, K.BODY, K.SPO2, K.TEMPERATURE]
    d.readings = {
        K.BLOOD_PRESSURE: Reading(K.BLOOD_PRESSURE, {"systolic": 186, "diastolic": 112, "pulse": 104}),
        K.BODY: Reading(K.BODY, {"weight_kg": 68.4, "height_cm": 158.5, "bmi": 27.2}),
        K.TEMPERATURE: Reading(K.TEMPERATURE, {"body_temp_c": 37.6, "ambient_c": 25.0}),
    }
    d.faults = {K.SPO2: DeviceFault(K.SPO2, "finger_out")}
    d.visit_id = "demo"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_screen_renders_without_warnings(kiosk, language, tmp_path):
    k = kiosk
    k.tap(f"language_{language}")
    fill_draft(k.c.machine.draft)
    k.c.live.save_state = "queued"
    for screen in Screen:
        for phase in (StepPhase if screen is Screen.MEASURE else [None]):
            k.c.machine.screen = screen
            if phase is not None:
                k.c.machine.draft.step_phase = phase
                k.c.machine.draft.error = "cuff_loose" if phase is StepPhase.FAULT else ""
            k.c.changed.emit()
            k.qtbot.wait(50)
            image = k.window.grabWindow()
            assert not image.isNull()
            image.save(str(tmp_path / f"{screen.value}-{phase.value if phase else ''}.png"))
    assert k.ui.warnings == []


def test_urgent_results_show_115(kiosk):
    k = kiosk
    fill_draft(k.c.machine.draft)
    k.c.machine.screen = Screen.RESULTS
    k.c.changed.emit()
    k.qtbot.waitUntil(lambda: find_item(k.window, "urgentBanner") is not None and is_shown(find_item(k.window, "urgentBanner")))


def test_welcome_shows_the_send_queue(kiosk):
    k = kiosk
    k.qtbot.waitUntil(lambda: "DEMO-0001" in k.text("queueStatus"))
    assert "mọi lượt đo đã được gửi" in k.text("queueStatus")
