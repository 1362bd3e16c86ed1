"""[timeouts] bound the live flow: a card read or a measurement that never answers
ends in a translated message with a way on, and a technician-log line.

A real offscreen window on demo peripherals, with ONE part swapped for a hung
fake: neither the card emulator nor the simulators (real bytes on real ptys)
can be made to hang inside a driver call, which is the failure these timeouts
exist for (a reader stuck mid-command, a driver blocked in a read). The fakes
ignore the cancel flag too, the worst case; the test releases them at the end.
"""
from __future__ import annotations

import threading

import pytest

from drivers.card.api import CardReader
from drivers.sensors.api import MeasurementDevice, MeasurementKind, Progress
from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.runner import demo_config

CARD_READ_S = 5  # the schema's minimum
MEASUREMENT_S = 10  # the schema's minimum


class HungReader(CardReader):
    """The demo card reader, except that a read never returns."""

    def __init__(self, real: CardReader, release: threading.Event) -> None:
        self._real, self._release = real, release
        self.reads = 0

    def watch(self, on_event, stop):
        return self._real.watch(on_event, stop)

    def read(self, key, on_progress, cancel):
        self.reads += 1
        self._release.wait()
        raise AssertionError("released by the test's teardown")


class HungDevice(MeasurementDevice):
    """A device whose driver blocks forever after starting."""

    def __init__(self, kind: MeasurementKind, release: threading.Event) -> None:
        self.kind, self._release = kind, release

    def measure(self, emit, cancel):
        emit(Progress(self.kind, "starting"))
        self._release.wait()
        raise AssertionError("released by the test's teardown")


@pytest.fixture
def hung(kiosk, tmp_path):
    """The kiosk, on the shortest timeouts the schema allows (swapped in before any
    job starts: the controller reads [timeouts] when it starts a job)."""
    kiosk.c.cfg = demo_config(tmp_path / "short", None, 50.0, {
        "timeouts": {"card_read_s": CARD_READ_S, "measurement_s": MEASUREMENT_S}, "face": {"challenge_s": 20}})
    release = threading.Event()
    yield kiosk, release
    release.set()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("language, words", [
    ("vi", "Việc đọc thẻ mất quá nhiều thời gian. Vui lòng nhấc thẻ ra khỏi đầu đọc, đặt lại rồi thử lại."),
    ("en", "Reading the card took too long. Please lift the card off the reader, place it back and try again."),
])
def test_a_card_read_that_never_answers_ends_in_a_message(hung, language, words):
    k, release = hung
    reader = k.c.devices.card = HungReader(k.c.devices.card, release)
    k.tap(f"language_{language}")
    k.tap("startButton")
    k.wait_screen("consent")
    k.tap("agreeButton")
    k.wait_screen("can_entry")
    k.type_can(DEMO_CITIZEN.can)
    k.wait_screen("card_reading")
    k.wait_screen("card_wait", timeout_ms=(CARD_READ_S + 10) * 1000)
    assert reader.reads == 1
    k.qtbot.waitUntil(lambda: k.text("cardError") == words, timeout=5_000)
    assert k.c.live.card_step == "connecting"  # nothing pretended to progress
    log = k.log_file.read_text(encoding="utf-8")
    assert f"card-read: no result within {CARD_READ_S} s (timeouts.card_read_s)" in log
    assert DEMO_CITIZEN.can not in log
    k.tap("noCardButton")  # the way on without the card
    k.wait_screen("measure")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("language, words", [
    ("vi", "Quá thời gian đo."),
    ("en", "The measurement took too long."),
])
def test_a_measurement_that_never_answers_is_a_timeout_fault(hung, language, words):
    k, release = hung
    kind = k.c.machine._measurements[0]
    k.c.devices.sensors[kind] = HungDevice(kind, release)
    k.to_measure_as_guest(language)
    k.tap("startMeasureButton")
    k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value == "fault", timeout=(MEASUREMENT_S + 10) * 1000)
    fault = k.c.machine.draft.faults[kind]
    assert (fault.key, fault.retryable) == ("timeout", True)
    k.qtbot.waitUntil(lambda: k.text("measureFault") == words, timeout=5_000)
    log = k.log_file.read_text(encoding="utf-8")
    assert f"measure: no result within {MEASUREMENT_S} s (timeouts.measurement_s)" in log
    k.tap("retryButton")  # the usual ways on: measure again, or skip
    k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value == "instruct", timeout=5_000)
    k.tap("skipButton")
