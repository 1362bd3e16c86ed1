"""A newer installed version restarts the kiosk at the welcome screen, never mid-visit (real offscreen window)."""
from __future__ import annotations

from kiosk.flow.upgrade_watch import UpgradeWatch
from kiosk.update import EXIT_UPGRADE, LaunchInfo, UpgradeCheck, from_environment


def _launched(tmp_path, running="1.0.0-1"):
    installed = tmp_path / "opt" / "VERSION"
    installed.parent.mkdir()
    installed.write_text(running + "\n")
    return LaunchInfo(running, installed, tmp_path / "state", failed="", rolled_back_from=""), installed


def test_upgrade_waits_for_the_welcome_screen(kiosk, tmp_path):
    info, installed = _launched(tmp_path)
    exits: list[int] = []
    watch = UpgradeWatch(kiosk.c, UpgradeCheck(info), quit=exits.append, interval_ms=50)
    kiosk.qtbot.waitUntil(lambda: (tmp_path / "state" / "confirmed").exists(), timeout=5000)
    assert (tmp_path / "state" / "confirmed").read_text().strip() == "1.0.0-1"

    kiosk.tap("startButton")
    kiosk.wait_screen("consent")
    kiosk.tap("agreeButton")
    installed.write_text("1.0.0-2\n")  # dpkg finished an upgrade while the citizen is at the card screen
    kiosk.qtbot.wait(1500)  # thirty checks' worth
    assert exits == [] and kiosk.screen != "welcome"

    kiosk.tap("endVisitButton")
    kiosk.wait_screen("welcome")
    kiosk.qtbot.waitUntil(lambda: exits == [EXIT_UPGRADE], timeout=5000)
    assert "restarting at the welcome screen" in kiosk.log_file.read_text(encoding="utf-8")
    del watch


def test_failed_version_does_not_restart_the_rolled_back_kiosk(kiosk, tmp_path, caplog):
    info, installed = _launched(tmp_path)
    installed.write_text("1.0.0-2\n")  # installed, but the launcher gave up on it
    info = LaunchInfo(info.running, installed, info.state_dir, failed="1.0.0-2", rolled_back_from="1.0.0-2")
    exits: list[int] = []
    watch = UpgradeWatch(kiosk.c, UpgradeCheck(info), quit=exits.append, interval_ms=50)
    kiosk.qtbot.wait(1000)
    assert exits == []
    assert not (tmp_path / "state" / "confirmed").exists()  # the failed version must stay unconfirmed
    text = kiosk.log_file.read_text(encoding="utf-8")
    assert "version 1.0.0-2 did not reach the welcome screen" in text and "previous version 1.0.0-1" in text
    installed.write_text("1.0.0-3\n")  # a fixed version arrives: it is taken
    kiosk.qtbot.waitUntil(lambda: exits == [EXIT_UPGRADE], timeout=5000)
    del watch


def test_not_started_by_the_launcher_means_no_watch():
    assert from_environment({}) is None
    assert from_environment({"KIOSK_RUNNING_VERSION": "1", "KIOSK_VERSION_FILE": "/x",
                             "KIOSK_UPDATE_STATE": "/s"}).running == "1"
