"""The one thing the read sequence needs from a card connection: send an APDU,
get the response APDU back (data followed by the two status bytes).

A real PC/SC reader (:mod:`drivers.card.pcsc_transport`) and the in-process
emulator (:mod:`drivers.card.emulator.inprocess`) both implement it, so the
session code and its tests do not know which one they talk to.
"""
from __future__ import annotations

import threading
from typing import Protocol


class CardGone(Exception):
    """The card left the field (or the reader vanished) during an exchange."""


class NoCard(Exception):
    """No card is present in the reader when connecting."""


class NoReader(Exception):
    """No reader is attached (or the PC/SC service is down)."""


class TransportError(Exception):
    """The reader answered, but not with a usable response APDU."""


class Transport(Protocol):
    #: True when both reader and card accept extended-length APDUs.
    extended_length: bool

    def connect(self) -> bytes:
        """Power the card and return its ATR. Raises NoReader or NoCard."""

    def transmit(self, apdu: bytes) -> bytes:
        """Send one command APDU, return data || SW1 SW2. Raises CardGone."""

    def wait_for_card(self, timeout_s: float, cancel: threading.Event) -> bool:
        """Block until a card is present again (after a removal), or time out."""

    def close(self) -> None:
        """Release the card. Safe to call twice."""


def historical_bytes(atr: bytes) -> bytes:
    """The historical bytes of an ATR (ISO 7816-3 §8.2): skip TS, T0 and the
    interface bytes that each TDi announces."""
    if len(atr) < 2:
        return b""
    count = atr[1] & 0x0F
    i, y = 2, atr[1] >> 4
    while True:
        i += bin(y).count("1")
        if not y & 0x8 or i > len(atr):
            break
        y = atr[i - 1] >> 4
    return atr[i:i + count]


def atr_supports_extended_length(atr: bytes) -> bool:
    """Whether the card advertises extended Lc/Le in its ATR: the third byte of
    the card-capabilities object (compact-TLV tag 7, ISO 7816-4 §12.1.1.9), bit 7.
    """
    hist = historical_bytes(atr)
    if not hist or hist[0] != 0x80:
        return False
    i = 1
    while i < len(hist):
        tag, length = hist[i] >> 4, hist[i] & 0x0F
        if tag == 7 and length >= 3 and i + 3 < len(hist) + 1:
            return bool(hist[i + 3] & 0x40)
        i += 1 + length
    return False
