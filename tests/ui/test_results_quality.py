"""The results screen marks a low-confidence value and says why, in both languages; the screen
(and only the screen) rounds, to each vital's display precision; the measuring screen and the
CAN keypad take the number of cuff readings and the CAN length from the view-model."""
import pytest

from drivers.card.api import CAN_LENGTH
from drivers.sensors.api import MeasurementKind as K, Reading
from kiosk.session.machine import Screen, StepPhase
from kiosk.ui_driver import _walk, find_item, is_shown
from kiosk.viewmodels import session_vm
from tests.ui.test_screens import fill_draft

WORDING = {
    "vi": {"artifact": "Cử động làm nhiễu tín hiệu trong lúc đo nên kết quả này có thể kém chính xác.",
           "third_reading": "Hai lần đo đầu chênh lệch nhiều nên máy đo thêm lần thứ ba. "
                            "Kết quả là trung bình của hai lần đo sau.",
           "weight": "71,3", "reading": "Lần đo 3 trên 3"},
    "en": {"artifact": "Movement disturbed the signal during the measurement, so this value may be less accurate.",
           "third_reading": "Your first two readings were far apart, so a third was taken. "
                            "The result is the average of the last two.",
           "weight": "71.3", "reading": "Measurement 3 of 3"},
}


def notes(window) -> list[str]:
    return [item.property("text") for item in _walk(window.contentItem())
            if item.objectName() == "qualityNote" and is_shown(item)]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_low_confidence_value_is_marked_and_explained(kiosk, language, tmp_path):
    k = kiosk
    k.tap(f"language_{language}")
    d = k.c.machine.draft
    fill_draft(d)
    parts = tuple(Reading(K.BLOOD_PRESSURE, {"systolic": s, "diastolic": 80, "pulse": 70})
                  for s in (150, 130, 134))
    d.readings[K.BLOOD_PRESSURE] = Reading(K.BLOOD_PRESSURE, {"systolic": 132, "diastolic": 80, "pulse": 70},
                                           parts=parts)
    d.readings[K.BODY] = Reading(K.BODY, {"weight_kg": 71.35, "height_cm": 165.0, "bmi": 26.2})
    d.readings[K.SPO2] = Reading(K.SPO2, {"spo2": 96, "pulse": 72}, flags=frozenset({"artifact"}))
    d.faults = {}
    k.c.machine.screen = Screen.RESULTS
    k.c.changed.emit()
    w = WORDING[language]
    k.qtbot.waitUntil(lambda: len(notes(k.window)) == 2, timeout=5_000)
    shown = notes(k.window)
    assert any(t.endswith(w["third_reading"]) for t in shown)
    [flagged] = [t for t in shown if t.endswith(w["artifact"])]
    assert flagged.startswith("\u26a0")  # marked, not just explained
    k.window.grabWindow().save(str(tmp_path / f"results-quality-{language}.png"))
    texts = [item.property("text") for item in _walk(k.window.contentItem()) if item.property("text")]
    assert any(str(t).startswith(w["weight"] + "\u00a0kg") for t in texts)  # 71.35 stored, one decimal shown


@pytest.mark.parametrize("language", ["vi", "en"])
def test_reading_count_and_can_length_come_from_the_view_model(kiosk, language):
    k = kiosk
    k.tap(f"language_{language}")
    fill_draft(k.c.machine.draft)
    k.c.machine.draft.step_phase = StepPhase.MEASURING
    k.c.machine.screen = Screen.MEASURE
    k.c.live.measure_phase, k.c.live.measure_value = "reading", 3.0  # the protocol's third reading
    k.c.changed.emit()
    k.qtbot.waitUntil(lambda: k.text("measureLive") == WORDING[language]["reading"], timeout=5_000)
    k.c.machine.screen = Screen.CAN_ENTRY
    k.c.changed.emit()
    k.qtbot.waitUntil(lambda: find_item(k.window, "canKeypad") is not None, timeout=5_000)
    assert session_vm._instance.property("canLength") == CAN_LENGTH
    assert find_item(k.window, "canKeypad").property("length") == CAN_LENGTH
