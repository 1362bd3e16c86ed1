"""Plug a card (anything with ``process(apdu) -> rapdu`` and ``atr``) into pcscd
through vsmartcard's virtual reader driver (vpcd).

vpcd is a TCP *server* inside pcscd (port 35963 by default, see
/etc/reader.conf.d/vpcd); the card side is a client. Every message is a
2-byte big-endian length and a payload. A 1-byte payload is a control code
(0 power off, 1 power on, 2 reset, 4 "send your ATR"); anything longer is a
command APDU and the answer is the response APDU. Closing the socket is the
card leaving the reader.

This is the lab only: vpcd listens on every interface, so it never goes on a
kiosk (docs/card.md).
"""
from __future__ import annotations

import logging
import socket
import struct
import threading
import time
from typing import Protocol

log = logging.getLogger("drivers.card.emulator.vpcd")

DEFAULT_PORT = 35963

# pcscd polls vpcd for presence every 400 ms. A card taken out and put back
# between two polls looks to pcscd like one that never left, while the
# connection it had is dead, and the reader stays "empty" for good. A hand
# takes longer than that anyway; the slot enforces it.
MIN_ABSENCE_S = 1.0
_last_removal: dict[tuple[str, int], float] = {}  # per virtual reader, whichever slot object left it

POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4


class Card(Protocol):
    atr: bytes

    def process(self, apdu: bytes) -> bytes: ...

    def power_cycle(self) -> None: ...


class _Closed(Exception):
    pass


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise _Closed()
        buf += chunk
    # Linux clears QUICKACK after a while; without re-arming it, delayed ACKs
    # on loopback add ~40 ms to every APDU (docs/card.md, "performance").
    if hasattr(socket, "TCP_QUICKACK"):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    return bytes(buf)


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)


class VirtualCardSlot:
    """Keeps a card inserted in the vpcd reader on a background thread.

    ``insert()`` / ``remove()`` model a person putting the card on the reader
    and taking it away; the card object itself survives a removal (like a real
    chip, it loses its session state through ``power_cycle``).
    """

    def __init__(self, card: Card, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
        self.card = card
        self._addr = (host, port)
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.apdu_count = 0
        #: When set, the card is pulled out right after answering this many more APDUs.
        self.remove_after: int | None = None
        self._seen = threading.Event()

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    def insert(self, timeout_s: float = 10.0, wait_seen: bool = True) -> None:
        """Connect to vpcd (retrying while pcscd starts up). With ``wait_seen``,
        return only once pcscd has noticed the card (it asks for the ATR)."""
        wait = _last_removal.get(self._addr, 0.0) + MIN_ABSENCE_S - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._seen.clear()
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                sock = socket.create_connection(self._addr, timeout=2.0)
                break
            except OSError as e:
                if time.monotonic() > deadline:
                    raise ConnectionError(f"vpcd not reachable on port {self._addr[1]}: {e}") from None
                time.sleep(0.1)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.card.power_cycle()
        with self._lock:
            self._sock = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), name="vpcd-card", daemon=True)
        self._thread.start()
        log.debug("virtual card inserted (port %d)", self._addr[1])
        if wait_seen and not self._seen.wait(timeout_s):
            log.warning("pcscd did not power the virtual card within %.0f s", timeout_s)

    def remove(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
            if sock is not None:
                _last_removal[self._addr] = time.monotonic()
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
            log.debug("virtual card removed")
        t = self._thread
        if t is not None and t is not threading.current_thread():
            t.join(5)

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                (length,) = struct.unpack(">H", _recv_exact(sock, 2))
                payload = _recv_exact(sock, length)
                if length == 1:
                    self._control(sock, payload[0])
                    continue
                try:
                    rapdu = self.card.process(payload)
                except Exception:  # an emulator bug must show, not look like a removed card
                    log.exception("virtual card failed on an APDU")
                    rapdu = b"\x6f\x00"
                self.apdu_count += 1
                if self.remove_after is not None:
                    self.remove_after -= 1
                    if self.remove_after < 0:
                        # Pulled out before the answer leaves: the reader sees a dead card.
                        self.remove_after = None
                        self._drop(sock)
                        return
                _send(sock, rapdu)
        except (_Closed, OSError):
            pass
        finally:
            self._drop(sock)

    def _drop(self, sock: socket.socket) -> None:
        with self._lock:
            if self._sock is sock:
                self._sock = None
                _last_removal[self._addr] = time.monotonic()
        try:
            sock.close()
        except OSError:
            pass

    def _control(self, sock: socket.socket, code: int) -> None:
        self._seen.set()
        if code == GET_ATR:
            _send(sock, self.card.atr)
        elif code in (POWER_OFF, POWER_ON, RESET):
            self.card.power_cycle()
        else:
            log.warning("unknown vpcd control code %d", code)
