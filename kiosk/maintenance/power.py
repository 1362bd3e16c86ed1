"""How the app ends when a technician asks it to (maintenance screen "Restart or exit").

The codes are the contract with the systemd unit (docs/maintenance.md): the unit
lists ``EXIT_TO_DESKTOP`` in ``RestartPreventExitStatus=`` so that it stays
stopped. ``RESTART`` never normally leaves the process: `kiosk run` replaces
itself with a fresh copy (same pid, same arguments); only if that fails does it
exit with the code, and the unit's ``Restart=always`` starts it again.
"""
from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger("kiosk.maintenance")

EXIT_TO_DESKTOP = 10
RESTART = 11


def restart_in_place() -> int:
    """Exec a fresh `kiosk` with the same arguments; returns RESTART only when that failed."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        argv = [sys.executable, *sys.argv[1:]]
    else:
        argv = [sys.executable, "-m", "kiosk", *sys.argv[1:]]
    log.info("restarting the app in place")
    logging.shutdown()  # flush kiosk.log: exec does not run atexit handlers
    try:
        os.execv(argv[0], argv)
    except OSError as e:
        print(f"kiosk: cannot restart in place ({e.__class__.__name__}: {e}); exiting with {RESTART} "
              "so that the service manager starts it again", file=sys.stderr)
    return RESTART
