"""The virtual card behind the transport interface, in the same process.

Demo mode and the fast tests use this instead of pcscd + vpcd. It keeps the
physical facts that matter to the read sequence: a card can be absent, can
leave mid-exchange (``remove_after``) and can come back (``insert``), and
every insertion power-cycles the chip so its session keys are lost.
"""
from __future__ import annotations

import threading
import time

from drivers.card.transport import CardGone, NoCard, TransportError, atr_supports_extended_length


class InProcessCard:
    """Card slot + transport in one object (one reader, one card)."""

    def __init__(self, card, inserted: bool = True) -> None:
        self.card = card  # anything with process(apdu), atr, power_cycle()
        self._present = threading.Event()
        self._connected = False
        self.apdu_count = 0
        #: When set, the card leaves right after answering this many more APDUs.
        self.remove_after: int | None = None
        self.extended_length = False
        #: Model a reader that cannot pass extended-length APDUs (many cheap ones).
        self.reader_short_only = False
        if inserted:
            self.insert()

    # ------------------------------------------------- the person's hand
    def insert(self) -> None:
        self.card.power_cycle()
        self._present.set()

    def remove(self) -> None:
        self._present.clear()
        self._connected = False

    @property
    def present(self) -> bool:
        return self._present.is_set()

    # ------------------------------------------------- Transport
    def connect(self) -> bytes:
        if not self._present.is_set():
            raise NoCard("no card on the virtual reader")
        self.card.power_cycle()
        self._connected = True
        self.extended_length = atr_supports_extended_length(self.card.atr)
        return self.card.atr

    def transmit(self, apdu: bytes) -> bytes:
        if not (self._connected and self._present.is_set()):
            raise CardGone("virtual card not present")
        if self.remove_after is not None:
            self.remove_after -= 1
            if self.remove_after < 0:
                self.remove_after = None
                self.remove()
                raise CardGone("virtual card removed mid-exchange")
        if self.reader_short_only and len(apdu) > 7 and apdu[4] == 0:
            raise TransportError("reader does not support extended-length APDUs")
        self.apdu_count += 1
        return self.card.process(bytes(apdu))

    def wait_for_card(self, timeout_s: float, cancel: threading.Event) -> bool:
        self._connected = False
        deadline = time.monotonic() + timeout_s
        while not cancel.is_set() and time.monotonic() < deadline:
            if self._present.wait(0.05):
                self.connect()
                return True
        return False

    def close(self) -> None:
        self._connected = False
