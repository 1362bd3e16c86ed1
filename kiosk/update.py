"""Updates without interrupting a visit, and the launcher's rollback (docs/updates.md). No Qt.

The package's scripts never restart the running kiosk. The launcher that starts it
(packaging/update/kiosk-launch) tells it, through the environment, which version it
started, which file holds the installed version, and where the update state lives.
At the welcome screen the app:

- confirms the version it runs as good (``confirmed``), so the launcher stops counting
  its starts and keeps it;
- sees that a newer version was installed meanwhile and exits with ``EXIT_UPGRADE``
  (systemd's ``Restart=always`` then runs the launcher, which starts the new one).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kiosk.update")
alert = logging.getLogger("offline_store.alert")  # the technician-alert channel of kiosk.log

EXIT_UPGRADE = 12  # not in the unit's RestartPreventExitStatus: systemd starts the launcher again
SETTLE_CHECKS = 2  # a new version must read the same twice in a row: dpkg may be mid-way through


@dataclass(frozen=True)
class LaunchInfo:
    running: str  # the version this process was started as
    installed_file: Path  # the installed bundle's VERSION, rewritten by every upgrade
    state_dir: Path  # the launcher's state (confirmed, failed, attempts)
    failed: str  # a version the launcher gave up on (it keeps the previous one running); "" if none
    rolled_back_from: str  # set when this start is the previous version standing in for a failed one


def from_environment(env: dict[str, str] | None = None) -> LaunchInfo | None:
    """What the launcher told us; None when started some other way (a checkout, tests, a technician)."""
    env = os.environ if env is None else env
    if not env.get("KIOSK_RUNNING_VERSION") or not env.get("KIOSK_VERSION_FILE") or not env.get("KIOSK_UPDATE_STATE"):
        return None
    return LaunchInfo(env["KIOSK_RUNNING_VERSION"], Path(env["KIOSK_VERSION_FILE"]), Path(env["KIOSK_UPDATE_STATE"]),
                      env.get("KIOSK_FAILED_VERSION", ""), env.get("KIOSK_ROLLED_BACK_FROM", ""))


def read_version(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""  # mid-upgrade or removed: no decision on it


class UpgradeCheck:
    """Called at the welcome screen; answers whether to exit for a newer installed version."""

    def __init__(self, info: LaunchInfo) -> None:
        self.info = info
        self._seen: str = ""
        self._seen_count = 0
        self._confirmed = False
        if info.rolled_back_from:
            alert.critical("update: version %s did not reach the welcome screen; the launcher rolled back and "
                           "runs the previous version %s (the store as it was before that upgrade). Install a "
                           "fixed version; see docs/updates.md", info.rolled_back_from, info.running)

    def at_welcome(self) -> bool:
        """Confirm this version once; True when the app should exit now with EXIT_UPGRADE."""
        if not self._confirmed:
            self._confirmed = True
            self._confirm()
        installed = read_version(self.info.installed_file)
        if not installed or installed in (self.info.running, self.info.failed):
            self._seen, self._seen_count = "", 0
            return False
        self._seen_count = self._seen_count + 1 if installed == self._seen else 1
        self._seen = installed
        if self._seen_count < SETTLE_CHECKS:
            return False
        log.warning("update: version %s is installed (running %s); restarting at the welcome screen",
                    installed, self.info.running)
        return True

    def _confirm(self) -> None:
        if self.info.rolled_back_from:
            return  # the previous version was confirmed long ago; the failed one must stay unconfirmed
        target = self.info.state_dir / "confirmed"
        if read_version(target) == self.info.running:
            return
        try:
            self.info.state_dir.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(".confirmed.tmp")
            tmp.write_text(self.info.running + "\n", encoding="utf-8")
            os.replace(tmp, target)
        except OSError as e:
            # The launcher would roll back a working version after its next failed starts: say so.
            alert.error("update: cannot record version %s as started (%s: %s in %s)", self.info.running,
                        e.__class__.__name__, e.strerror, self.info.state_dir)
            return
        log.info("update: version %s reached the welcome screen; recorded as good", self.info.running)
