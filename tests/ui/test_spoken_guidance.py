"""Live guidance during a measurement is spoken (issue 15, docs/speech.md): in a real window,
the MeasureScreen's SpokenPrompt of kind "guidance" renders with the real espeak-ng and plays
with the real aplay on the ALSA null device (which plays at once: no sound card needed).

The first test measures blood pressure on the demo simulator (real bytes on a pty); the
second swaps in one device that changes phase forty times in a blink, something no simulator
does on demand, to show that guidance never stacks up: it is said at a calm pace, and what
waits is replaced by newer guidance."""
from __future__ import annotations

import math
import re
import threading
import time

import pytest

from drivers.sensors.api import MeasurementDevice, MeasurementKind, Progress, Reading
from kiosk.clinical.thresholds import BP_PROTOCOL
from kiosk.speech.numbers_vi import number_words

# What the voice says per phase (Format.spokenLive), as the .ts files word it.
WORDS = {
    "vi": {"resting": "Vài giây nữa sẽ bắt đầu đo. Xin giữ yên cánh tay.", "inflating": "Vòng bít đang bơm căng…",
           "deflating": "Vòng bít đang xả dần…", "searching": "Đang tìm mạch…", "hold_still": "Giữ yên",
           "measuring": "Đang đo…", "settling": "Đang cân, vui lòng đứng yên"},
    "en": {"resting": "The measurement starts in a few seconds. Keep your arm still.",
           "inflating": "The cuff is tightening…", "deflating": "The cuff is loosening…",
           "searching": "Looking for your pulse…", "hold_still": "Hold still", "measuring": "Measuring…",
           "settling": "Weighing, please stand still"},
}


def spoken(language: str, phase: str, value: float | None) -> str:
    """What the voice should say for one Progress, numbers in words in Vietnamese."""
    if phase == "resting" and value > 10:
        m = math.ceil(value / 60)
        if language == "vi":
            return f"Xin ngồi nghỉ yên lặng, không nói chuyện. Khoảng {number_words(m, 0)} phút nữa sẽ bắt đầu đo."
        return f"Rest quietly and do not talk. The measurement starts in about {m} minute{'' if m == 1 else 's'}."
    if phase == "reading":
        n, of = int(value), max(BP_PROTOCOL["readings"], int(value))
        if language == "vi":
            return f"Lần đo {number_words(n, 0)} trên {number_words(of, 0)}"
        return f"Measurement {n} of {of}"
    return WORDS[language][phase]


@pytest.fixture
def kiosk_config():
    # A rest of 18 s and pauses of 3 s at the demo's speed (x50): long enough to hear the
    # minutes counted and the calm pace between prompts, short enough for a test.
    return {"speech": {"device": "null"},
            "devices": {"blood_pressure": {"port": "demo", "protocol": "suntech-advantage",
                                           "rest_s": 900, "interval_s": 150}}}


def played_since(k, t0: float) -> list[tuple[float, str]]:
    return [(t, text) for t, text in list(k.ui.access.service.played) if t >= t0]


def measure_as_guest(k, language: str) -> None:
    """The quickest real way to the measure screen: without the card (guest mode)."""
    assert k.ui.access.service.wait_ready() and k.ui.access.service.available, k.ui.access.service.problem
    k.to_measure_as_guest(language)
    step_prompt_said(k)


def step_prompt_said(k) -> None:
    """The screen's own prompt (the step's instructions) has been played: guidance comes after."""
    k.qtbot.waitUntil(lambda: k.ui.access.current != ""
                      and any(text == k.ui.access.current for _, text in k.ui.access.service.played), timeout=10_000)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_blood_pressure_measurement_speaks_its_guidance(kiosk, language):
    k = kiosk
    measure_as_guest(k, language)
    assert k.c.machine.draft.current_step is MeasurementKind.BLOOD_PRESSURE
    phases: list[tuple[float, str, float | None]] = []
    k.c.changed.connect(lambda: phases.append((time.monotonic(), k.c.live.measure_phase, k.c.live.measure_value)))
    t0 = time.monotonic()
    k.tap("startMeasureButton")
    k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value in ("result", "fault"), timeout=120_000)
    ended = time.monotonic()
    assert k.c.machine.draft.step_phase.value == "result", k.c.machine.draft.faults
    k.qtbot.wait(int(k.ui.access.service.s.calm_s * 1000) + 500)  # anything still waiting would be said now

    # Every phase the device went through could be said; the words are the phase's, numbers in words.
    possible = {spoken(language, p, v) for _, p, v in phases if p != "starting"}
    said = [(t, text) for t, text in played_since(k, t0) if text in possible]
    others = [text for _, text in played_since(k, t0) if text not in possible]
    assert others == [], f"said during the measurement but not guidance: {others}"
    texts = [text for _, text in said]
    assert texts[0] == spoken(language, "resting", 18), texts  # at once: nothing else was playing
    assert spoken(language, "resting", 5) in texts and len(texts) >= 4, texts
    if language == "vi":
        assert not any(re.search(r"\d", text) for _, text in said), said  # numbers in words
    # A calm pace, and nothing said late: pending guidance is dropped when the reading arrives.
    gaps = [b - a for (a, _), (b, _) in zip(said, said[1:])]
    assert all(g >= k.ui.access.service.s.calm_s - 0.05 for g in gaps), gaps
    assert said[-1][0] <= ended + 0.3, (said[-1], ended)


class FlickeringDevice(MeasurementDevice):
    """A pulse oximeter whose finger comes and goes: forty phase changes in a blink, then it
    holds the last phase and reads."""

    kind = MeasurementKind.SPO2
    CYCLE = ("searching", "hold_still", "measuring")  # forty changes end on "searching"

    def __init__(self, changes: int, hold_s: float) -> None:
        self.changes, self.hold_s = changes, hold_s
        self.burst_done = threading.Event()

    def measure(self, emit, cancel):
        emit(Progress(self.kind, "starting"))
        for i in range(self.changes):
            emit(Progress(self.kind, self.CYCLE[i % 3], 90.0 + i))
            time.sleep(0.005)
        self.burst_done.set()
        emit(Progress(self.kind, "hold_still", 97.0))  # the newest words: the ones said after the burst
        cancel.wait(self.hold_s)
        reading = Reading(self.kind, {"spo2": 97.0, "pulse": 72.0})
        emit(reading)
        return reading


@pytest.mark.timeout(120)
def test_rapid_progress_changes_do_not_stack_prompts(kiosk):
    k = kiosk
    measure_as_guest(k, "vi")
    while k.c.machine.draft.current_step is not MeasurementKind.SPO2:
        k.tap("skipButton")
        k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value == "instruct", timeout=5_000)
    step_prompt_said(k)
    calm = k.ui.access.service.s.calm_s
    device = FlickeringDevice(changes=40, hold_s=calm + 2.0)
    k.c.devices.sensors[MeasurementKind.SPO2] = device
    t0 = time.monotonic()
    k.tap("startMeasureButton")
    k.qtbot.waitUntil(device.burst_done.is_set, timeout=10_000)
    k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value == "result", timeout=30_000)
    k.qtbot.wait(int(calm * 1000) + 500)
    said = [text for _, text in played_since(k, t0)]
    guidance = set(WORDS["vi"].values())
    assert said and all(text in guidance for text in said), said
    # 41 changes of words: the first said at once, the newest after the calm gap, nothing else.
    assert len(said) <= 3, said
    assert said[-1] == WORDS["vi"]["hold_still"], said
