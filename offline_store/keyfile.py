"""The per-station store key: 32 random bytes in a root-only file outside the database."""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("offline_store.keyfile")

KEY_LEN = 32


class KeyFileError(Exception):
    """The key file is missing, unreadable, too open or malformed; names the path, never the key."""


def load_key(path: Path, *, create: bool = False, require_private: bool = True) -> bytes:
    """Read the key; with ``create`` make a new one when the file does not exist.

    ``create`` is only safe when no store encrypted with an older key exists:
    the caller decides that (a new key cannot open old data).
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise KeyFileError(f"store key file {path} does not exist (paths.key_file)")
        return _create(path)
    mode = path.stat().st_mode
    if require_private and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            f"store key file {path} is readable by others (mode {stat.S_IMODE(mode):o}); "
            "chmod 600 and make it owned by root (paths.key_file)"
        )
    try:
        key = path.read_bytes()
    except OSError as e:
        raise KeyFileError(f"cannot read store key file {path}: {e.strerror} (paths.key_file)") from None
    if len(key) != KEY_LEN:
        raise KeyFileError(f"store key file {path} must hold exactly {KEY_LEN} bytes (paths.key_file)")
    return key


def _create(path: Path) -> bytes:
    key = os.urandom(KEY_LEN)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never replace a key that appeared meanwhile; 0600 from the first byte.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, key)
        os.fsync(fd)
    finally:
        os.close(fd)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    log.warning("created a new store key at %s", path)
    return key
