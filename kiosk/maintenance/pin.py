"""The maintenance PIN: only its Argon2id hash is ever stored (``[maintenance] pin_hash``)."""
from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 6
MAX_LENGTH = 12  # what the on-screen keypad's display holds

# argon2-cffi's defaults (RFC 9106 "low memory": t=3, m=64 MiB, p=4): about 0.1 s on a
# station PC, which is also a floor on the time per guess for whoever copies the file.
_HASHER = PasswordHasher()
_HASH_SHAPE = re.compile(r"^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$")


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a maintenance PIN, or None. Digits only: the keypad has no letters."""
    if not pin.isascii() or not pin.isdigit():
        return "the PIN must be digits only (the touchscreen keypad has no letters)"
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return f"the PIN must have {MIN_LENGTH} to {MAX_LENGTH} digits (got {len(pin)})"
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        return "the PIN must not be one digit repeated or a run like 123456"
    return None


def hash_pin(pin: str) -> str:
    reason = pin_problem(pin)
    if reason:
        raise ValueError(reason)
    return _HASHER.hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def hash_problem(value: str) -> str | None:
    """The config check of ``maintenance.pin_hash``: empty (no PIN yet) or an Argon2id hash."""
    if value == "":
        return None
    if not _HASH_SHAPE.match(value):
        return "must be an Argon2id hash ($argon2id$v=19$...): set it with `kiosk maintenance set-pin`"
    return None
