"""ESC/POS commands the kiosk sends, encoded and decoded; pure protocol, no I/O.

The kiosk prints only raster images (``GS v 0``): printer code pages have no
Vietnamese, so the slip's text is rendered to pixels first (kiosk/slip).
``CommandDecoder`` is the printer's side of the same bytes, for the simulator
and the tests.
"""
from __future__ import annotations

from dataclasses import dataclass

from drivers.printer.status import DLE, EOT, Query

ESC, GS = 0x1B, 0x1D
INIT = bytes((ESC, 0x40))  # ESC @
BAND_ROWS = 128  # rows per GS v 0 block: small blocks fit the smallest receive buffers


def raster(width_px: int, rows: bytes) -> bytes:
    """``GS v 0`` blocks for a 1-bit image: ``rows`` packed MSB first, 1 = black, ceil(width/8) bytes a row."""
    wb = (width_px + 7) // 8
    if wb == 0 or len(rows) % wb:
        raise ValueError(f"{len(rows)} bytes are not whole rows of {wb} bytes")
    height = len(rows) // wb
    out = bytearray()
    for top in range(0, height, BAND_ROWS):
        h = min(BAND_ROWS, height - top)
        out += bytes((GS, 0x76, 0x30, 0, wb & 0xFF, wb >> 8, h & 0xFF, h >> 8))
        out += rows[top * wb:(top + h) * wb]
    return bytes(out)


def feed(lines: int) -> bytes:
    return bytes((ESC, 0x64, max(0, min(255, lines))))  # ESC d n


def cut() -> bytes:
    return bytes((GS, 0x56, 0x42, 0))  # GS V 66 0: feed to the cutter, partial cut


def job(width_px: int, rows: bytes) -> bytes:
    return INIT + raster(width_px, rows) + feed(4) + cut()


# --- the printer's side ------------------------------------------------------------------

@dataclass(frozen=True)
class Init:
    pass


@dataclass(frozen=True)
class StatusRequest:
    query: Query


@dataclass(frozen=True)
class RasterBlock:
    width_bytes: int
    height: int
    data: bytes


@dataclass(frozen=True)
class Feed:
    lines: int


@dataclass(frozen=True)
class Cut:
    pass


@dataclass(frozen=True)
class Unknown:
    byte: int


Command = Init | StatusRequest | RasterBlock | Feed | Cut | Unknown


class CommandDecoder:
    """Bytes from the host in any chunking -> commands. An unknown byte is reported and skipped."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[Command]:
        self._buf += data
        out: list[Command] = []
        while self._buf:
            got = self._one()
            if got is None:
                break
            cmd, n = got
            del self._buf[:n]
            out.append(cmd)
        return out

    def _one(self) -> tuple[Command, int] | None:
        b = self._buf
        if b[0] == DLE:
            if len(b) < 3:
                return None
            if b[1] == EOT and b[2] in (1, 2, 3, 4):
                return StatusRequest(Query(b[2])), 3
            return Unknown(b[0]), 1
        if b[0] == ESC:
            if len(b) < 2:
                return None
            if b[1] == 0x40:
                return Init(), 2
            if b[1] == 0x64:
                return (Feed(b[2]), 3) if len(b) >= 3 else None
            return Unknown(b[0]), 1
        if b[0] == GS:
            if len(b) < 2:
                return None
            if b[1] == 0x56:
                if len(b) < 3:
                    return None
                if b[2] in (65, 66):
                    return (Cut(), 4) if len(b) >= 4 else None
                return Cut(), 3
            if b[1] == 0x76:
                if len(b) < 8:
                    return None
                wb, h = b[4] | b[5] << 8, b[6] | b[7] << 8
                n = 8 + wb * h
                if len(b) < n:
                    return None
                return RasterBlock(wb, h, bytes(b[8:n])), n
            return Unknown(b[0]), 1
        return Unknown(b[0]), 1
