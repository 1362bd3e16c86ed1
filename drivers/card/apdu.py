"""ISO/IEC 7816-4 command APDUs: parse and encode short and extended forms."""
from __future__ import annotations

from dataclasses import dataclass

from drivers.card.errors import ParseError


@dataclass(frozen=True)
class CommandApdu:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None  # expected response length; 256 (short) / 65536 (extended) = "all"
    extended: bool = False

    def encode(self) -> bytes:
        ext = self.extended or len(self.data) > 255 or (self.le is not None and self.le > 256)
        out = bytes([self.cla, self.ins, self.p1, self.p2])
        if ext:
            if self.data:
                out += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                le = b"" if self.data else b"\x00"
                out += le + (self.le % 65536).to_bytes(2, "big")
        else:
            if self.data:
                out += bytes([len(self.data)]) + self.data
            if self.le is not None:
                out += bytes([self.le % 256])
        return out

    def __repr__(self) -> str:  # data can hold keys or personal data
        return (
            f"CommandApdu({self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}, "
            f"lc={len(self.data)}, le={self.le}, ext={self.extended})"
        )


def parse_command(apdu: bytes) -> CommandApdu:
    """Parse any of the seven ISO 7816-3 cases."""
    apdu = bytes(apdu)
    if len(apdu) < 4:
        raise ParseError("APDU shorter than its header")
    cla, ins, p1, p2 = apdu[:4]
    body = apdu[4:]
    if not body:
        return CommandApdu(cla, ins, p1, p2)
    if len(body) == 1:
        return CommandApdu(cla, ins, p1, p2, le=body[0] or 256)
    if body[0] != 0:
        lc = body[0]
        if len(body) == 1 + lc:
            return CommandApdu(cla, ins, p1, p2, body[1:])
        if len(body) == 2 + lc:
            return CommandApdu(cla, ins, p1, p2, body[1 : 1 + lc], body[-1] or 256)
        raise ParseError("APDU length does not match Lc")
    # Extended forms start with 00.
    if len(body) == 3:
        return CommandApdu(cla, ins, p1, p2, le=int.from_bytes(body[1:3], "big") or 65536, extended=True)
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise ParseError("extended APDU with Lc 0")
    if len(body) == 3 + lc:
        return CommandApdu(cla, ins, p1, p2, body[3:], extended=True)
    if len(body) == 5 + lc:
        le = int.from_bytes(body[-2:], "big") or 65536
        return CommandApdu(cla, ins, p1, p2, body[3 : 3 + lc], le, extended=True)
    raise ParseError("extended APDU length does not match Lc")


def split_response(rapdu: bytes) -> tuple[bytes, int]:
    """Response APDU -> (data, status word)."""
    if len(rapdu) < 2:
        raise ParseError("response APDU shorter than a status word")
    return bytes(rapdu[:-2]), int.from_bytes(rapdu[-2:], "big")


def response(data: bytes, sw: int) -> bytes:
    return bytes(data) + sw.to_bytes(2, "big")


SW_OK = 0x9000
