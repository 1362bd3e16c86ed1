"""Errors raised by the pure protocol code (TLV, MRZ, LDS files, SM, PACE/BAC, PA).

Messages name the structure that failed and never include card contents,
keys or personal data, so they are safe to log as they are.
"""
from __future__ import annotations


class CardProtocolError(Exception):
    """Base class of every protocol-layer failure."""


class ParseError(CardProtocolError, ValueError):
    """Bytes or text that do not have the expected structure."""


class SecureMessagingError(CardProtocolError):
    """A protected APDU failed its MAC, padding or structure check."""


class AuthenticationError(CardProtocolError):
    """BAC, PACE, CA or AA did not succeed (wrong key, bad token, bad nonce)."""


class StatusWordError(CardProtocolError):
    """The card answered a protocol step with a status word other than 9000."""

    def __init__(self, step: str, sw: int) -> None:
        super().__init__(f"{step}: card answered SW {sw:04X}")
        self.step = step
        self.sw = sw
