"""BER-TLV as used on ICAO 9303 chips (ISO/IEC 7816-4 tags, definite lengths).

Tags are kept as integers of their encoded bytes (``0x5F1F``, ``0x7F61``) since
that is how the ICAO tables name them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from drivers.card.errors import ParseError

# Nesting this deep is not found on any eMRTD; the limit keeps hostile input
# from exhausting the recursion stack.
MAX_DEPTH = 16


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    raw: bytes  # the whole encoded object as it was read (tag + length + value)

    def __repr__(self) -> str:  # values can be personal data: show the shape only
        return f"Tlv(tag={self.tag:X}, length={len(self.value)})"

    @property
    def constructed(self) -> bool:
        first = self.tag.to_bytes(max(1, (self.tag.bit_length() + 7) // 8), "big")[0]
        return bool(first & 0x20)

    def children(self) -> list["Tlv"]:
        """The TLV objects inside a constructed value."""
        return parse_tlv(self.value)


def _read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise ParseError("TLV: missing tag")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        for count in range(4):
            if pos >= len(data):
                raise ParseError("TLV: truncated multi-byte tag")
            b = data[pos]
            pos += 1
            tag = (tag << 8) | b
            if not b & 0x80:
                break
            if count == 3:
                raise ParseError("TLV: tag longer than 4 bytes")
    return tag, pos


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise ParseError("TLV: missing length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise ParseError("TLV: indefinite length is not allowed")
    if count > 4:
        raise ParseError("TLV: length field longer than 4 bytes")
    if pos + count > len(data):
        raise ParseError("TLV: truncated length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def parse_one(data: bytes, pos: int = 0) -> tuple[Tlv, int]:
    """Parse the TLV object starting at ``pos``; return it and the position after it."""
    start = pos
    tag, pos = _read_tag(data, pos)
    length, pos = _read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise ParseError(f"TLV: value of tag {tag:X} runs past the end of the data")
    return Tlv(tag, bytes(data[pos:end]), bytes(data[start:end])), end


def parse_tlv(data: bytes) -> list[Tlv]:
    """Parse a concatenation of TLV objects (one level; see :meth:`Tlv.children`)."""
    data = bytes(data)
    out: list[Tlv] = []
    pos = 0
    while pos < len(data):
        # 00 and FF padding between objects is allowed by ISO 7816-4.
        if data[pos] in (0x00, 0xFF):
            pos += 1
            continue
        obj, pos = parse_one(data, pos)
        out.append(obj)
    return out


def parse_single(data: bytes, tag: int | None = None) -> Tlv:
    """Parse data that must hold exactly one TLV object (optionally of ``tag``)."""
    obj, end = parse_one(bytes(data), 0)
    if end != len(data):
        raise ParseError("TLV: trailing bytes after the object")
    if tag is not None and obj.tag != tag:
        raise ParseError(f"TLV: expected tag {tag:X}, found {obj.tag:X}")
    return obj


def walk(data: bytes, depth: int = 0) -> Iterable[Tlv]:
    """Every TLV object in ``data``, descending into constructed ones."""
    if depth > MAX_DEPTH:
        raise ParseError("TLV: nested too deeply")
    for obj in parse_tlv(data):
        yield obj
        if obj.constructed:
            yield from walk(obj.value, depth + 1)


def find(tlvs: Iterable[Tlv], tag: int) -> Tlv | None:
    """The first object with ``tag`` among ``tlvs`` (not recursive), or None."""
    for obj in tlvs:
        if obj.tag == tag:
            return obj
    return None


def require(tlvs: Iterable[Tlv], tag: int, where: str = "TLV") -> Tlv:
    obj = find(tlvs, tag)
    if obj is None:
        raise ParseError(f"{where}: tag {tag:X} is missing")
    return obj


def encode_tag(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def encode_tlv(tag: int, value: bytes) -> bytes:
    value = bytes(value)
    return encode_tag(tag) + encode_length(len(value)) + value


def total_length(header: bytes) -> int:
    """Full size of the object whose first bytes are ``header``.

    Used to size a file from its first 4-6 bytes before reading the rest.
    """
    tag_end = _read_tag(bytes(header), 0)[1]
    length, value_start = _read_length(bytes(header), tag_end)
    return value_start + length
