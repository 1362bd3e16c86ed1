"""Tell systemd how the kiosk is doing (sd_notify), with the standard library only.

The unit is ``Type=notify`` with a watchdog (packaging/systemd): systemd waits for
READY=1, then restarts the app when WATCHDOG=1 stops arriving for WatchdogSec.
Without NOTIFY_SOCKET (a developer's shell, the tests) every call does nothing.
No Qt here: the Qt side (kiosk/watchdog.py) decides when to call.
"""
from __future__ import annotations

import os
import socket


def _address(raw: str) -> str | bytes | None:
    if raw.startswith("@"):  # abstract namespace: a leading NUL instead of '@'
        return b"\0" + raw[1:].encode()
    if raw.startswith("/"):
        return raw
    return None  # vsock addresses and others: not on a station


def notify_socket(env: dict[str, str] | None = None) -> str:
    return (env if env is not None else os.environ).get("NOTIFY_SOCKET", "")


def notify(state: str, env: dict[str, str] | None = None) -> bool:
    """Send one state line, e.g. "READY=1"; False when there is no socket or it failed.

    Never raises: a lost notification costs at most a restart by the watchdog, while an
    exception here would take the UI down at once.
    """
    address = _address(notify_socket(env))
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as s:
            s.connect(address)
            s.sendall(state.encode())
        return True
    except OSError:
        return False


def watchdog_interval_s(env: dict[str, str] | None = None) -> float | None:
    """Half of WATCHDOG_USEC (systemd's advice), or None when no watchdog is asked for us."""
    env = env if env is not None else os.environ
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    # WATCHDOG_PID is deliberately not compared with our pid (as sd_watchdog_enabled does):
    # it names cage, the unit's main process, and NotifyAccess=all lets cage's child feed it.
    return usec / 2 / 1_000_000 if usec > 0 else None
