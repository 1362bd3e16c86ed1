"""The idle countdown wipes the visit; the language switches at runtime."""
from kiosk.ui_driver import find_item, is_shown
from kiosk.viewmodels.camera_preview import FRAMES
from tests.ui.test_flow import walk_to_measure


def test_idle_countdown_then_wipe(kiosk):
    k = kiosk
    walk_to_measure(k)
    assert k.c.machine.draft.card is not None
    k.c.idle.set_durations(0.3, 1.5)
    k.c.idle.arm(k.c.machine.idle_applies)
    k.qtbot.waitUntil(lambda: is_shown(find_item(k.window, "idleOverlay")), timeout=5_000)
    assert 0 < k.c.idle.remaining <= 2
    # "I am still here" keeps the visit going...
    k.tap("stillHereButton")
    assert k.c.idle.remaining == -1 and k.screen == "measure"
    # ...and with no answer, the visit ends and everything personal is gone.
    k.qtbot.waitUntil(lambda: is_shown(find_item(k.window, "idleOverlay")), timeout=5_000)
    k.wait_screen("welcome", timeout_ms=5_000)
    d = k.c.machine.draft
    assert d.card is None and d.face is None and not d.readings and d.consent_sha256 == ""
    assert FRAMES.latest() is None
    vm = k.ui.engine.singletonInstance("Kiosk", "Session")
    assert vm.maskedId == "" and vm.givenName == ""


def test_no_countdown_while_a_device_measures(kiosk):
    k = kiosk
    walk_to_measure(k)
    k.c.idle.set_durations(0.2, 20)
    k.tap("startMeasureButton")
    assert k.c.machine.draft.step_phase.value in ("measuring", "result", "fault")
    if k.c.machine.draft.step_phase.value == "measuring":
        assert not k.c.idle.armed and k.c.idle.remaining == -1
    k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value in ("result", "fault"), timeout=60_000)
    assert k.c.idle.armed  # the person must act again: the guard is back


def test_language_switch_at_runtime(kiosk):
    k = kiosk
    k.qtbot.waitUntil(lambda: k.text("startButton") == "Bắt đầu", timeout=2_000)
    k.tap("language_en")
    k.qtbot.waitUntil(lambda: k.text("startButton") == "Start")
    k.tap("language_vi")
    k.qtbot.waitUntil(lambda: k.text("startButton") == "Bắt đầu")


def test_a_finger_tap_works_like_a_click(kiosk):
    """The station has a touchscreen: a real touch event must press the buttons."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtTest import QTest

    k = kiosk
    device = QTest.createTouchDevice()
    k.qtbot.waitUntil(lambda: find_item(k.window, "startButton") is not None)
    k.qtbot.wait(100)
    item = find_item(k.window, "startButton")
    centre: QPoint = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.touchEvent(k.window, device).press(0, centre, k.window).commit()
    QTest.touchEvent(k.window, device).release(0, centre, k.window).commit()
    k.wait_screen("consent", timeout_ms=5_000)


def test_touch_targets_are_at_least_15_mm(kiosk):
    from kiosk.ui_driver import all_named

    k = kiosk
    theme_mm = k.ui.engine.singletonInstance("Kiosk", "Theme").property("mm")
    checked = 0
    for step in ("welcome", "consent", "can_entry"):
        k.wait_screen(step)
        k.qtbot.wait(100)
        for name in all_named(k.window):
            if name.endswith("Button") or name.startswith("language_") or name.startswith("key"):
                item = find_item(k.window, name)
                if is_shown(item):
                    checked += 1
                    assert item.height() >= 15 * theme_mm - 0.5, (name, item.height(), theme_mm)
        k.tap({"welcome": "startButton", "consent": "agreeButton", "can_entry": "keyBack"}[step])
    assert checked >= 15
