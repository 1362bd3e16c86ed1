"""A command run as root in the kiosk's log directory leaves kiosk.log to the kiosk's user.

Found by tests/chroot: `kiosk provision` (root) made a root-owned kiosk.log, and the kiosk,
started as its system user, then stopped at once (exit 3, permission denied).
"""
import logging
import os

import pytest

from kiosk.logging_setup import setup_logging

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to own files as another user")
NOBODY = 65534


def test_root_made_and_rotated_logs_belong_to_the_directory_owner(tmp_path):
    log_dir = tmp_path / "log"
    log_dir.mkdir()
    os.chown(log_dir, NOBODY, NOBODY)
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(log_dir)
    try:
        assert (path.stat().st_uid, path.stat().st_gid) == (NOBODY, NOBODY)
        handler = next(h for h in root.handlers if h not in before)
        handler.doRollover()
        assert path.stat().st_uid == NOBODY and (log_dir / "kiosk.log.1").stat().st_uid == NOBODY
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()


def test_a_root_owned_directory_keeps_root_files(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path)
    try:
        assert path.stat().st_uid == 0
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
