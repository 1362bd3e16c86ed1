"""An overdue calibration takes the device out of the citizen flow (real window, demo peripherals)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kiosk.maintenance.calibration import CareBook
from kiosk.session import events as ev
from kiosk.ui_driver import find_item, is_shown


def to_guest_measuring(k):
    """Three wrong access numbers lead to staff help, which offers measuring without saving."""
    k.wait_screen("welcome")
    k.tap("startButton")
    k.wait_screen("consent")
    k.tap("agreeButton")
    k.wait_screen("can_entry")
    for _ in range(3):
        k.type_can("999999")
        k.qtbot.waitUntil(lambda: k.c.machine.draft.error == "can_mismatch" or k.screen == "staff_help",
                          timeout=20_000)
    k.wait_screen("staff_help")
    k.tap("staffGuestButton")
    k.wait_screen("measure")


def test_an_overdue_device_is_skipped_with_a_note(kiosk):
    k = kiosk
    long_ago = datetime.now(timezone.utc) - timedelta(days=400)
    # The kiosk first saw the cuff 400 days ago and it was never checked: overdue (365 days).
    CareBook(k.c.cfg.paths.data_dir, lambda: long_ago).state("blood_pressure", 365, 50)
    to_guest_measuring(k)
    d = k.c.machine.draft
    assert d.current_step.value == "blood_pressure" and d.step_phase.value == "fault"
    assert "kiểm tra độ chính xác" in k.text("measureFault")
    assert not is_shown(find_item(k.window, "retryButton"))
    assert not is_shown(find_item(k.window, "startMeasureButton"))
    k.c.handle(ev.StartMeasurement())  # a stray tap cannot start it
    assert d.step_phase.value == "fault"
    k.tap("skipButton")
    k.qtbot.waitUntil(lambda: k.c.machine.draft.current_step.value == "body")
    assert k.c.machine.draft.step_phase.value == "instruct"  # the next device works as usual
    assert "blood_pressure" in {s.value for s in k.c.machine.draft.skipped}


def test_a_reading_counts_a_use(kiosk):
    k = kiosk
    to_guest_measuring(k)
    k.tap("skipButton")  # blood pressure takes longest; the scale is enough here
    k.qtbot.waitUntil(lambda: k.c.machine.draft.current_step.value == "body")
    k.tap("startMeasureButton")
    k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value == "result", timeout=60_000)
    s = CareBook(k.c.cfg.paths.data_dir).state("body", 365, 50)
    assert s.uses == 1 and s.uses_since_cleaning == 1
