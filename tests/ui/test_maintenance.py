"""Maintenance mode in a real window: the hidden gesture, the PIN and its growing
wait, idle close, restart/exit, and every maintenance screen in both languages."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.maintenance import power
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.lockout import PinAttempts
from kiosk.ui_driver import find_item, is_shown

DEMO_PIN = "246810"  # config/demo.toml


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def mk(kiosk):
    """The kiosk fixture with the gesture on a clock the test moves (the real one is 2 s per corner)."""
    clock = FakeClock()
    kiosk.ui.maintenance.gesture._clock = clock
    kiosk.clock = clock
    kiosk.quits = []
    kiosk.ui.maintenance._quit = kiosk.quits.append
    return kiosk


def _corner(window, name: str) -> QPoint:
    w, h = window.width(), window.height()
    return {"top_left": QPoint(8, 8), "bottom_right": QPoint(w - 8, h - 8),
            "top_right": QPoint(w - 8, 8), "bottom_left": QPoint(8, h - 8)}[name]


def hold(k, where: QPoint | str, seconds: float) -> None:
    pos = _corner(k.window, where) if isinstance(where, str) else where
    QTest.mousePress(k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    k.clock.t += seconds
    QTest.mouseRelease(k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    k.qtbot.wait(20)


def gesture(k, pause: float = 1.0) -> None:
    hold(k, "top_left", 2.1)
    k.clock.t += pause
    hold(k, "bottom_right", 2.1)


def enter_pin(k, digits: str) -> None:
    for d in digits:
        k.tap(f"key{d}")
    k.tap("keyOk")


def shown(k, name: str) -> bool:
    item = find_item(k.window, name)
    return item is not None and is_shown(item)


def audit_actions(k) -> list[str]:
    return [r["action"] for r in AuditLog(k.c.cfg.paths.log_dir).records()]


def test_the_gesture_opens_the_pin_screen(mk):
    k = mk
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    k.qtbot.waitUntil(lambda: shown(k, "maintenancePinScreen"))
    assert k.ui.maintenance.unlocked is False


def test_the_real_gesture_in_real_time(kiosk):
    """Once on the real clock: two 2-second holds (about 4.5 s)."""
    k = kiosk
    for corner in ("top_left", "bottom_right"):
        pos = _corner(k.window, corner)
        QTest.mousePress(k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        k.qtbot.wait(2150)
        QTest.mouseRelease(k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        k.qtbot.wait(100)
    k.wait_screen("maintenance", 2_000)


def test_ordinary_taps_never_open_maintenance(mk):
    k = mk
    # Short taps in every corner, in the gesture's order too.
    for corner in ("top_left", "bottom_right", "top_right", "bottom_left", "top_left", "bottom_right"):
        hold(k, corner, 0.2)
    # A long press in one corner only, twice.
    hold(k, "top_left", 3)
    hold(k, "top_left", 3)
    # The right corners, but the second press too short, or too late after the first.
    hold(k, "top_left", 2.1)
    hold(k, "bottom_right", 1.0)
    hold(k, "top_left", 2.1)
    k.clock.t += 6
    hold(k, "bottom_right", 2.1)
    # The opposite diagonal, and the reverse order.
    hold(k, "top_right", 2.1)
    hold(k, "bottom_left", 2.1)
    hold(k, "bottom_right", 2.1)
    hold(k, "top_left", 2.1)
    # A long press in the middle between the two corners.
    hold(k, "top_left", 2.1)
    hold(k, QPoint(k.window.width() // 2, k.window.height() // 2), 0.3)
    hold(k, "bottom_right", 2.1)
    k.qtbot.wait(100)
    assert k.screen == "welcome"
    assert k.c.machine.draft.started_at is None


def test_never_during_a_visit(mk):
    k = mk
    k.tap("startButton")
    k.wait_screen("consent")
    gesture(k)
    k.qtbot.wait(100)
    assert k.screen == "consent"
    k.tap("agreeButton")
    k.qtbot.waitUntil(lambda: k.screen in ("card_wait", "can_entry"))
    gesture(k)
    k.qtbot.wait(100)
    assert k.screen in ("card_wait", "can_entry")


def test_from_staff_help_the_visit_is_wiped_first(mk):
    from tests.ui.test_screens import fill_draft

    k = mk
    fill_draft(k.c.machine.draft)
    k.c.machine.screen = k.c.machine.screen.STAFF_HELP
    k.c.changed.emit()
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    d = k.c.machine.draft
    assert d.card is None and d.face is None and not d.readings


def test_right_pin_opens_home_and_close_returns_to_welcome(mk):
    k = mk
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    enter_pin(k, DEMO_PIN)
    k.qtbot.waitUntil(lambda: shown(k, "maintenanceHomeScreen"))
    assert k.ui.maintenance.unlocked
    k.tap("tile_dashboard")
    k.qtbot.waitUntil(lambda: shown(k, "maintenanceDashboardScreen"))
    k.tap("maintenanceHomeButton")
    k.qtbot.waitUntil(lambda: shown(k, "maintenanceHomeScreen"))
    k.tap("maintenanceCloseButton")
    k.wait_screen("welcome", 2_000)
    assert audit_actions(k) == ["entry", "exit"]
    assert AuditLog(k.c.cfg.paths.log_dir).verify() is None


def test_wrong_pins_wait_longer_each_time_and_across_a_restart(mk):
    k = mk
    vm = k.ui.maintenance
    wall = FakeClock()
    vm.attempts._clock = wall
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    waits = []
    for _ in range(4):
        enter_pin(k, "135790")
        waits.append(vm.waitSeconds)
        assert not find_item(k.window, "keyOk").isEnabled() or vm.waitSeconds == 0
        assert str(vm.waitSeconds) in k.text("pinError")
        wall.t += waits[-1]  # wait it out
        vm._on_tick()
    assert waits == [1, 2, 4, 8]
    # While a wait runs, even the right PIN is not tried.
    enter_pin(k, "135790")
    assert vm.waitSeconds == 16
    vm.submitPin(DEMO_PIN)
    assert not vm.unlocked
    # A new process reads the same file: the wait is still there.
    again = PinAttempts(k.c.cfg.paths.data_dir, wall)
    assert again.failures == 5 and 15 < again.wait_s() <= 16
    wall.t += 16
    vm._on_tick()
    vm.submitPin(DEMO_PIN)
    assert vm.unlocked
    assert PinAttempts(k.c.cfg.paths.data_dir, wall).failures == 0
    assert audit_actions(k) == ["pin_failed"] * 5 + ["entry"]


def test_lockout_is_audited(mk):
    k = mk
    vm = k.ui.maintenance
    wall = FakeClock()
    vm.attempts._clock = wall
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    for _ in range(7):
        vm.submitPin("135790")
        wall.t += vm.attempts.wait_s() + 1
    assert audit_actions(k).count("lockout") == 1
    records = list(AuditLog(k.c.cfg.paths.log_dir).records())
    assert records[-1]["action"] == "lockout" and records[-1]["delay_s"] == 64


def test_idle_closes_maintenance(mk):
    k = mk
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    enter_pin(k, DEMO_PIN)
    k.qtbot.waitUntil(lambda: k.ui.maintenance.unlocked)
    k.ui.maintenance.set_idle_ms(400)
    k.tap("tile_dashboard")  # a touch restarts the idle timer, now with the short interval
    k.qtbot.wait(200)
    assert k.screen == "maintenance"
    k.wait_screen("welcome", 3_000)
    assert audit_actions(k) == ["entry", "exit"]
    assert list(AuditLog(k.c.cfg.paths.log_dir).records())[-1]["result"] == "idle"


def test_restart_and_exit_are_audited_and_end_with_their_codes(mk):
    k = mk
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    enter_pin(k, DEMO_PIN)
    k.qtbot.waitUntil(lambda: k.ui.maintenance.unlocked)
    k.tap("tile_power")
    k.tap("restartAppButton")
    k.tap("exitToDesktopButton")
    assert k.quits == [power.RESTART, power.EXIT_TO_DESKTOP]
    records = list(AuditLog(k.c.cfg.paths.log_dir).records())
    assert [(r["action"], r["result"]) for r in records] == [("entry", "ok"), ("restart", "requested"),
                                                             ("exit", "desktop")]


def test_no_pin_configured_says_so(mk):
    k = mk
    vm = k.ui.maintenance
    vm._pin_hash = ""
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    k.qtbot.waitUntil(lambda: shown(k, "maintenanceNoPinScreen"))
    assert not shown(k, "maintenancePinScreen")
    assert "no PIN is configured" in k.log_file.read_text(encoding="utf-8")
    assert audit_actions(k) == ["entry_refused"]
    k.tap("maintenanceCloseButton")
    k.wait_screen("welcome", 2_000)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_every_maintenance_screen_renders_without_warnings(mk, language, size, tmp_path):
    k = mk
    k.ui.show_sized(*size)
    k.tap(f"language_{language}")
    vm = k.ui.maintenance
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    shots = []
    k.qtbot.waitUntil(lambda: shown(k, "maintenancePinScreen"))
    vm.submitPin("135790")  # the wait message
    k.qtbot.wait(50)
    shots.append(("pin", k.window.grabWindow()))
    vm.attempts.record_success()
    vm._on_tick()
    vm.submitPin(DEMO_PIN)
    pages = k.ui.engine.singletonInstance("Kiosk", "MaintenancePages").property("pages")
    ids = ["home"] + [p["id"] for p in pages.toVariant()] if hasattr(pages, "toVariant") else ["home", "dashboard", "power"]
    for page in ids:
        vm.show(page)
        if page == "dashboard":
            k.qtbot.waitUntil(lambda: len(k.ui.dashboard.checks) > 0, timeout=20_000)
        k.qtbot.wait(80)
        shots.append((page, k.window.grabWindow()))
    vm._pin_hash = ""
    vm.changed.emit()
    k.qtbot.wait(50)
    shots.append(("nopin", k.window.grabWindow()))
    out = tmp_path / "shots"
    out.mkdir()
    for name, image in shots:
        assert not image.isNull()
        image.save(str(out / f"{name}-{language}-{size[0]}x{size[1]}.png"))
    assert k.ui.warnings == []


def test_dashboard_shows_each_check_with_its_status(mk):
    k = mk
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    enter_pin(k, DEMO_PIN)
    k.qtbot.waitUntil(lambda: k.ui.maintenance.unlocked)
    k.tap("tile_dashboard")
    k.qtbot.waitUntil(lambda: len(k.ui.dashboard.checks) > 0, timeout=20_000)
    rows = k.ui.dashboard.checks
    assert {r["status"] for r in rows} <= {"green", "amber", "red"}
    assert any(r["component"] == "queue" for r in rows)
    k.qtbot.waitUntil(lambda: all(shown(k, "check_" + r["id"]) or find_item(k.window, "check_" + r["id"])
                                  for r in rows))
    assert k.text("dashboardSummary")
