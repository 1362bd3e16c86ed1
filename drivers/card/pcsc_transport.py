"""PC/SC through pyscard: list readers, talk to the card, watch for changes.

The low-level ``smartcard.scard`` API is used on purpose: it returns the
PC/SC error codes, which are what tells "card pulled out" from "reader
unplugged" from "pcscd not running". Everything here blocks; the kiosk calls
it from worker threads, never from the UI thread.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from smartcard import scard

from drivers.card.api import CardEvent
from drivers.card.transport import CardGone, NoCard, NoReader, TransportError, atr_supports_extended_length

log = logging.getLogger("drivers.card.pcsc")

PNP = "\\\\?PnP?\\Notification"
_GONE = {
    scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD, scard.SCARD_W_UNRESPONSIVE_CARD, scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED, scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_E_COMM_DATA_LOST, scard.SCARD_E_NOT_TRANSACTED, scard.SCARD_F_COMM_ERROR,
    scard.SCARD_E_UNKNOWN_READER,
}
_NO_SERVICE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}


def _err(rc: int) -> str:
    return f"{scard.SCardGetErrorMessage(rc)} (0x{rc & 0xFFFFFFFF:08X})"


class _Context:
    """A PC/SC context, re-established when pcscd restarts."""

    def __init__(self) -> None:
        self.handle = None

    def get(self):
        if self.handle is None:
            rc, h = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if rc != scard.SCARD_S_SUCCESS:
                raise NoReader(f"PC/SC service unavailable: {_err(rc)}")
            self.handle = h
        return self.handle

    def drop(self) -> None:
        if self.handle is not None:
            scard.SCardReleaseContext(self.handle)
            self.handle = None


def list_readers(ctx: _Context | None = None) -> list[str]:
    own = ctx is None
    ctx = ctx or _Context()
    try:
        rc, readers = scard.SCardListReaders(ctx.get(), [])
        if rc == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if rc != scard.SCARD_S_SUCCESS:
            # A context from before a pcscd restart is dead: start afresh next time.
            ctx.drop()
            raise NoReader(f"cannot list readers: {_err(rc)}")
        return list(readers)
    finally:
        if own:
            ctx.drop()


def pick_reader(readers: list[str], wanted: str) -> str | None:
    """The first reader whose name contains ``wanted`` (any reader if empty)."""
    for r in readers:
        if wanted.lower() in r.lower():
            return r
    return None


class PcscTransport:
    """One card in one reader, chosen by a substring of the reader name."""

    def __init__(self, reader: str = "") -> None:
        self._wanted = reader
        self._ctx = _Context()
        self._card = None
        self._protocol = None
        self.reader_name: str | None = None
        self.atr = b""
        self.extended_length = False

    def connect(self) -> bytes:
        self.close()
        name = pick_reader(list_readers(self._ctx), self._wanted)
        if name is None:
            raise NoReader("no matching PC/SC reader")
        rc, card, proto = scard.SCardConnect(
            self._ctx.get(), name, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        if rc in (scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD, scard.SCARD_W_UNRESPONSIVE_CARD):
            raise NoCard(f"no card in the reader: {_err(rc)}")
        if rc != scard.SCARD_S_SUCCESS:
            self._ctx.drop()
            raise NoReader(f"cannot connect to the reader: {_err(rc)}")
        self._card, self._protocol, self.reader_name = card, proto, name
        rc, _, _, _, atr = scard.SCardStatus(card)
        self.atr = bytes(atr) if rc == scard.SCARD_S_SUCCESS else b""
        self.extended_length = atr_supports_extended_length(self.atr)
        log.info("connected to the card (T=%d, extended length %s)",
                 0 if proto == scard.SCARD_PROTOCOL_T0 else 1, self.extended_length)
        return self.atr

    def transmit(self, apdu: bytes) -> bytes:
        if self._card is None:
            raise CardGone("not connected")
        rc, resp = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if rc != scard.SCARD_S_SUCCESS:
            if rc in _GONE:
                self.close()
                raise CardGone(_err(rc))
            raise TransportError(_err(rc))
        resp = bytes(resp)
        # T=0 readers hand back 61xx: fetch the rest with GET RESPONSE.
        while len(resp) >= 2 and resp[-2] == 0x61:
            rc, more = scard.SCardTransmit(self._card, self._protocol, [0x00, 0xC0, 0x00, 0x00, resp[-1]])
            if rc != scard.SCARD_S_SUCCESS:
                raise CardGone(_err(rc)) if rc in _GONE else TransportError(_err(rc))
            resp = resp[:-2] + bytes(more)
        if len(resp) < 2:
            # What a card leaving the field mid-exchange looks like through pcscd.
            self.close()
            raise CardGone("card returned no valid response")
        return resp

    def wait_for_card(self, timeout_s: float, cancel: threading.Event) -> bool:
        """After a removal: wait for a card in the same reader, then reconnect."""
        self.close()
        deadline = time.monotonic() + timeout_s
        while not cancel.is_set() and time.monotonic() < deadline:
            try:
                self.connect()
                return True
            except (NoCard, NoReader):
                cancel.wait(0.1)
        return False

    def close(self) -> None:
        if self._card is not None:
            scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            self._card = None

    def __del__(self) -> None:
        try:
            self.close()
            self._ctx.drop()
        except Exception:
            pass


def watch(reader: str, on_event: Callable[[CardEvent], None], stop: threading.Event, tick_ms: int = 300) -> None:
    """Report reader and card changes until ``stop`` is set.

    Blocks in SCardGetStatusChange (with a short timeout so ``stop`` is seen
    quickly); pcscd wakes us on insertion, removal and, through the PnP
    pseudo-reader, on readers being plugged or unplugged. If pcscd itself goes
    away the context is re-established once a second.
    """
    ctx = _Context()
    reader_seen: bool | None = None
    card_seen: bool | None = None

    def say(event: CardEvent) -> None:
        log.info("card event: %s", event.value)
        on_event(event)

    try:
        while not stop.is_set():
            try:
                name = pick_reader(list_readers(ctx), reader)
            except NoReader:
                ctx.drop()
                name = None
            if name is None:
                if reader_seen is not False:
                    say(CardEvent.READER_LOST)
                    reader_seen, card_seen = False, None
                _wait_pnp(ctx, stop, tick_ms)
                continue
            if reader_seen is not True:
                say(CardEvent.READER_FOUND)
                reader_seen = True
            states = [(name, scard.SCARD_STATE_UNAWARE), (PNP, scard.SCARD_STATE_UNAWARE)]
            while not stop.is_set():
                rc, new = scard.SCardGetStatusChange(ctx.get(), tick_ms, states)
                if rc == scard.SCARD_E_TIMEOUT:
                    continue
                if rc != scard.SCARD_S_SUCCESS:
                    log.warning("status change failed: %s", _err(rc))
                    ctx.drop()
                    break
                (_, rstate, _), (_, pstate, _) = new[0], new[1]
                if rstate & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
                    stop.wait(tick_ms / 1000)  # unplugged, or busy resetting: relist shortly
                    break
                present = bool(rstate & scard.SCARD_STATE_PRESENT) and not rstate & scard.SCARD_STATE_MUTE
                if present != card_seen:
                    say(CardEvent.INSERTED if present else CardEvent.REMOVED)
                    card_seen = present
                if states[1][1] != scard.SCARD_STATE_UNAWARE and pstate & scard.SCARD_STATE_CHANGED:
                    states = [(name, rstate & ~scard.SCARD_STATE_CHANGED), (PNP, pstate & ~scard.SCARD_STATE_CHANGED)]
                    break  # a reader was plugged or unplugged: relist
                states = [(name, rstate & ~scard.SCARD_STATE_CHANGED), (PNP, pstate & ~scard.SCARD_STATE_CHANGED)]
    finally:
        ctx.drop()


def _wait_pnp(ctx: _Context, stop: threading.Event, tick_ms: int) -> None:
    try:
        rc, _ = scard.SCardGetStatusChange(ctx.get(), tick_ms, [(PNP, scard.SCARD_STATE_UNAWARE)])
        if rc == scard.SCARD_S_SUCCESS:
            stop.wait(tick_ms / 1000)
    except NoReader:
        stop.wait(1.0)


def wait_card_state(reader: str, present: bool, timeout_s: float) -> bool:
    """Block until pcscd reports a card in (or out of) the reader; False on time-out."""
    ctx = _Context()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            try:
                name = pick_reader(list_readers(ctx), reader)
            except NoReader:
                name = None
            if name is not None:
                rc, new = scard.SCardGetStatusChange(ctx.get(), 100, [(name, scard.SCARD_STATE_UNAWARE)])
                if rc == scard.SCARD_S_SUCCESS:
                    state = new[0][1]
                    if bool(state & scard.SCARD_STATE_PRESENT and not state & scard.SCARD_STATE_MUTE) == present:
                        return True
            time.sleep(0.05)
        return False
    finally:
        ctx.drop()
