"""The maintenance tool screens (self-test, calibration, queue, logs, settings) in a real window."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.maintenance.audit import AuditLog
from tests.ui.test_maintenance import DEMO_PIN, gesture, mk, shown  # noqa: F401  (mk: the fixture)

PAGES = ("selftest", "care", "queue", "logs", "settings")


def open_page(k, page: str) -> None:
    gesture(k)
    k.wait_screen("maintenance", 2_000)
    k.ui.maintenance.submitPin(DEMO_PIN)
    k.qtbot.waitUntil(lambda: k.ui.maintenance.unlocked)
    k.ui.maintenance.show(page)
    k.qtbot.wait(80)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_each_tool_screen_renders_without_warnings(mk, language, size, tmp_path):
    k = mk
    k.ui.show_sized(*size)
    k.tap(f"language_{language}")
    out = Path(os.environ.get("KIOSK_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    open_page(k, "home")
    for page in PAGES:
        k.ui.maintenance.show(page)
        k.qtbot.waitUntil(lambda: shown(k, f"maintenance{ {'selftest': 'SelfTest', 'care': 'Care', 'queue': 'Queue', 'logs': 'Logs', 'settings': 'Settings'}[page]}Screen"))
        k.qtbot.wait(100)
        image = k.window.grabWindow()
        assert not image.isNull()
        image.save(str(out / f"{page}-{language}-{size[0]}x{size[1]}.png"))
    assert k.ui.warnings == []


def test_self_test_runs_every_device_and_audits_each(mk):
    from kiosk.viewmodels import selftest_vm

    k = mk
    open_page(k, "selftest")
    k.tap("selfTestRunButton")
    vm = selftest_vm._instance
    k.qtbot.waitUntil(lambda: not vm.busy and len(vm.results) == 6, timeout=60_000)
    assert {r["device"]: r["status"] for r in vm.results} == {
        "card_reader": "ok", "camera": "ok", "device:blood_pressure": "ok", "device:body": "ok",
        "device:spo2": "ok", "device:temperature": "ok"}
    records = [r for r in AuditLog(k.c.cfg.paths.log_dir).records() if r["action"] == "self_test"]
    assert len(records) == 6 and all(r["result"] == "ok" for r in records)
    k.qtbot.waitUntil(lambda: shown(k, "selftest_card_reader"))


def test_settings_refuse_a_bad_value_with_the_schemas_message(mk):
    from kiosk.viewmodels import settings_vm

    k = mk
    open_page(k, "settings")
    vm = settings_vm._instance
    vm.save({"timeouts.idle_warning_s": "5"})
    assert vm.error == "timeouts.idle_warning_s: must be at least 20 (got 5)"
    assert "timeouts.idle_warning_s: must be at least 20" in k.text("settingsMessage")
    vm.save({"timeouts.idle_s": "120"})
    assert vm.error == "" and vm.saved and vm.canRollBack
    changes = [r for r in AuditLog(k.c.cfg.paths.log_dir).records() if r["action"] == "config_change"]
    assert [(r["key"], r["old"], r["new"]) for r in changes] == [("timeouts.idle_s", 90, 120)]
    vm.rollBack()
    assert vm.values["timeouts.idle_s"] == 90
