"""Parse and build the LDS files of ICAO 9303-10 that the kiosk reads: EF.COM, DG1, DG2,
DG13 (Vietnamese personal data), DG14 and DG15.

Parsers take the raw file bytes as read from the chip and raise ParseError on
anything malformed. Builders exist so the emulator carries the same structures
the parsers expect; a parse(build(x)) round trip is part of the unit tests.
"""
from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from asn1crypto import core, keys

from drivers.card.errors import ParseError
from drivers.card.mrz import Td1, parse_td1
from drivers.card.tlv import Tlv, encode_tlv, find, parse_single, parse_tlv, require

# Data group number -> the tag its file starts with (ICAO 9303-10 table 3).
DG_TAGS = {
    1: 0x61, 2: 0x75, 3: 0x63, 4: 0x76, 5: 0x65, 6: 0x66, 7: 0x67, 8: 0x68,
    9: 0x69, 10: 0x6A, 11: 0x6B, 12: 0x6C, 13: 0x6D, 14: 0x6E, 15: 0x6F, 16: 0x70,
}
TAG_TO_DG = {tag: dg for dg, tag in DG_TAGS.items()}
TAG_COM = 0x60
TAG_SOD = 0x77

# File identifiers and short file identifiers (ICAO 9303-10 table 3).
FID_CARD_ACCESS = 0x011C
FID_COM = 0x011E
FID_SOD = 0x011D
SFI_CARD_ACCESS = 0x1C
SFI_COM = 0x1E
SFI_SOD = 0x1D


def dg_fid(dg: int) -> int:
    return 0x0100 + dg


def dg_sfi(dg: int) -> int:
    return dg


# ---------------------------------------------------------------- EF.COM
@dataclass(frozen=True)
class EfCom:
    lds_version: str  # "0107" = LDS 1.7
    unicode_version: str  # "040000"
    data_groups: tuple[int, ...]


def parse_com(data: bytes) -> EfCom:
    top = parse_single(data, TAG_COM)
    inner = parse_tlv(top.value)
    dg_list = require(inner, 0x5C, "EF.COM").value
    # An unknown tag in the list is skipped rather than failing the whole read.
    groups = [TAG_TO_DG[tag] for tag in dg_list if tag in TAG_TO_DG]
    lds = find(inner, 0x5F01)
    uni = find(inner, 0x5F36)
    try:
        return EfCom(
            lds.value.decode("ascii") if lds else "",
            uni.value.decode("ascii") if uni else "",
            tuple(groups),
        )
    except UnicodeDecodeError:
        raise ParseError("EF.COM: version is not ASCII") from None


def build_com(data_groups: list[int], lds_version: str = "0107", unicode_version: str = "040000") -> bytes:
    body = (
        encode_tlv(0x5F01, lds_version.encode())
        + encode_tlv(0x5F36, unicode_version.encode())
        + encode_tlv(0x5C, bytes(DG_TAGS[d] for d in data_groups))
    )
    return encode_tlv(TAG_COM, body)


# ---------------------------------------------------------------- DG1
def parse_dg1(data: bytes) -> Td1:
    top = parse_single(data, DG_TAGS[1])
    mrz = require(parse_tlv(top.value), 0x5F1F, "DG1").value
    try:
        text = mrz.decode("ascii")
    except UnicodeDecodeError:
        raise ParseError("DG1: MRZ is not ASCII") from None
    if len(text) != 90:
        raise ParseError("DG1: only the 90-character TD1 MRZ is supported")
    return parse_td1(text)


def build_dg1(mrz_text: str) -> bytes:
    flat = "".join(mrz_text.split())
    if len(flat) != 90:
        raise ValueError("TD1 MRZ must be 90 characters")
    return encode_tlv(DG_TAGS[1], encode_tlv(0x5F1F, flat.encode("ascii")))


# ---------------------------------------------------------------- DG2
ImageFormat = Literal["jpeg", "jpeg2000", "unknown"]
_MAGIC = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "jpeg2000"),
    (b"\xff\x4f\xff\x51", "jpeg2000"),
)


@dataclass(frozen=True)
class FaceImage:
    format: ImageFormat
    data: bytes = field(repr=False)
    width: int = 0
    height: int = 0

    def __repr__(self) -> str:
        return f"FaceImage({self.format}, {len(self.data)} B, {self.width}x{self.height})"


def _find_image(record: bytes) -> tuple[int, ImageFormat]:
    best: tuple[int, ImageFormat] | None = None
    for magic, fmt in _MAGIC:
        pos = record.find(magic)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, fmt)  # type: ignore[assignment]
    if best is None:
        raise ParseError("DG2: no JPEG or JPEG2000 image in the biometric record")
    return best


def parse_dg2(data: bytes) -> FaceImage:
    """The first face image; found by its magic bytes, since record layouts vary by issuer."""
    top = parse_single(data, DG_TAGS[2])
    group = require(parse_tlv(top.value), 0x7F61, "DG2")
    template = require(parse_tlv(group.value), 0x7F60, "DG2")
    inner = parse_tlv(template.value)
    record = find(inner, 0x5F2E) or find(inner, 0x7F2E)
    if record is None:
        raise ParseError("DG2: no biometric data block")
    start, fmt = _find_image(record.value)
    width = height = 0
    # ISO 19794-5: the 12-byte image information block sits right before the image.
    if record.value.startswith(b"FAC\x00") and start >= 12:
        info = record.value[start - 12 : start]
        width, height = struct.unpack(">HH", info[2:6])
    return FaceImage(fmt, record.value[start:], width, height)


def build_face_record(image: bytes, image_format: ImageFormat, width: int = 0, height: int = 0) -> bytes:
    """An ISO/IEC 19794-5 (2005) facial record with one face and no feature points."""
    image_data_type = 1 if image_format == "jpeg2000" else 0
    facial_info = struct.pack(
        ">IHBBB3sH3s3s",
        20 + 12 + len(image),  # this face's block length
        0,  # feature points
        0, 0, 0, b"\x00\x00\x00", 0, b"\x00\x00\x00", b"\x00\x00\x00",
    )
    image_info = struct.pack(">BBHHBBHH", 1, image_data_type, width, height, 1, 2, 0, 0)
    body = facial_info + image_info + image
    header = b"FAC\x00" + b"010\x00" + struct.pack(">IH", 14 + len(body), 1)
    return header + body


def build_dg2(image: bytes, image_format: ImageFormat = "jpeg", width: int = 0, height: int = 0) -> bytes:
    header = (
        encode_tlv(0x80, b"\x01\x01")  # ICAO header version
        + encode_tlv(0x81, b"\x02")  # biometric type: face
        + encode_tlv(0x87, b"\x01\x01")  # format owner: ISO/IEC JTC1 SC37
        + encode_tlv(0x88, b"\x00\x08")  # format type: face image
    )
    template = encode_tlv(0xA1, header) + encode_tlv(0x5F2E, build_face_record(image, image_format, width, height))
    group = encode_tlv(0x02, b"\x01") + encode_tlv(0x7F60, template)
    return encode_tlv(DG_TAGS[2], encode_tlv(0x7F61, group))


# ---------------------------------------------------------------- DG13
DG13_UTF8_OID = "1.0.10646.1.0.8"
# Field number -> name (card.md §8). Unknown numbers are kept as "field_<n>".
DG13_FIELDS = {
    1: "id_number", 2: "full_name", 3: "date_of_birth", 4: "sex", 5: "nationality",
    6: "ethnicity", 7: "religion", 8: "hometown", 9: "residence", 10: "identifying_marks",
    11: "date_of_issue", 12: "date_of_expiry", 13: "parents", 14: "spouse",
    15: "old_id_number", 16: "field_16",
}
_FIELD_NUMBERS = {name: n for n, name in DG13_FIELDS.items()}
_STRING_TAGS = {0x0C, 0x13, 0x14, 0x16, 0x1A, 0x1E, 0x04}


def _decode_string(obj: Tlv) -> str:
    try:
        if obj.tag == 0x1E:
            text = obj.value.decode("utf-16-be")
        elif obj.tag in (0x13, 0x16, 0x1A):
            text = obj.value.decode("ascii")
        else:
            text = obj.value.decode("utf-8")
    except UnicodeDecodeError:
        raise ParseError("DG13: a field is not valid text") from None
    return unicodedata.normalize("NFC", text)


def _strings(objs: list[Tlv], depth: int = 0) -> list[str]:
    """Leaf strings in order; nested SEQUENCEs (parents, spouse) are flattened."""
    if depth > 4:
        raise ParseError("DG13: nested too deeply")
    out: list[str] = []
    for obj in objs:
        if obj.tag in _STRING_TAGS:
            out.append(_decode_string(obj))
        elif obj.tag in (0x30, 0x31):
            out.extend(_strings(obj.children(), depth + 1))
    return out


def _small_int(obj: Tlv) -> int:
    if obj.tag != 0x02 or not 1 <= len(obj.value) <= 2:
        raise ParseError("DG13: field number is not a small INTEGER")
    return int.from_bytes(obj.value, "big")


@dataclass(frozen=True)
class Dg13:
    """Vietnamese personal data by field name (see DG13_FIELDS). Personal data: never log it."""

    fields: dict[str, str]
    father: str = ""
    mother: str = ""
    spouse: str = ""

    def get(self, name: str) -> str:
        return self.fields.get(name, "")

    def __repr__(self) -> str:
        return f"Dg13(fields={sorted(self.fields)})"


def parse_dg13(data: bytes) -> Dg13:
    """Parse by field number, never by position: absent fields are simply missing."""
    top = parse_single(data, DG_TAGS[13])
    outer = require(parse_tlv(top.value), 0x30, "DG13")
    entries = None
    for obj in outer.children():
        if obj.tag == 0x31:
            entries = obj.children()
    if entries is None:
        raise ParseError("DG13: no field set")
    fields: dict[str, str] = {}
    father = mother = spouse = ""
    for entry in entries:
        if entry.tag != 0x30:
            continue
        parts = entry.children()
        if not parts:
            raise ParseError("DG13: empty field")
        number = _small_int(parts[0])
        values = _strings(parts[1:])
        name = DG13_FIELDS.get(number, f"field_{number}")
        if number == 13:
            father = values[0] if values else ""
            mother = values[1] if len(values) > 1 else ""
        elif number == 14:
            spouse = values[0] if values else ""
        elif values:
            fields[name] = values[0]
    return Dg13(fields, father, mother, spouse)


def _utf8(text: str) -> bytes:
    return encode_tlv(0x0C, unicodedata.normalize("NFC", text).encode("utf-8"))


def _field(number: int, body: bytes) -> bytes:
    return encode_tlv(0x30, encode_tlv(0x02, bytes([number])) + body)


def build_dg13(fields: dict[str, str], father: str = "", mother: str = "", spouse: str = "") -> bytes:
    entries = []
    for name, value in fields.items():
        if name not in _FIELD_NUMBERS or name in ("parents", "spouse"):
            raise ValueError(f"unknown DG13 field {name!r}")
        entries.append((_FIELD_NUMBERS[name], _utf8(value)))
    if father or mother:
        entries.append((13, encode_tlv(0x30, _utf8(father)) + encode_tlv(0x30, _utf8(mother))))
    if spouse:
        entries.append((14, encode_tlv(0x30, _utf8(spouse))))
    entries.sort()
    body = b"".join(_field(n, b) for n, b in entries)
    oid = core.ObjectIdentifier(DG13_UTF8_OID).dump()
    outer = encode_tlv(0x02, b"\x01") + oid + encode_tlv(0x31, body)
    return encode_tlv(DG_TAGS[13], encode_tlv(0x30, outer))


# ---------------------------------------------------------------- SecurityInfos (DG14, EF.CardAccess)
@dataclass(frozen=True)
class SecurityInfo:
    protocol: str  # dotted OID
    required: bytes  # DER of the second element
    optional: bytes | None  # DER of the third element, if any


def parse_security_infos(data: bytes) -> list[SecurityInfo]:
    """A DER SET OF SecurityInfo: SEQUENCE { protocol OID, requiredData ANY, optionalData ANY OPTIONAL }."""
    top = parse_single(data, 0x31)
    out = []
    for obj in top.children():
        if obj.tag != 0x30:
            raise ParseError("SecurityInfos: element is not a SEQUENCE")
        parts = obj.children()
        if len(parts) < 2 or parts[0].tag != 0x06:
            raise ParseError("SecurityInfos: element needs an OID and required data")
        try:
            oid = core.ObjectIdentifier.load(parts[0].raw).dotted
        except ValueError:
            raise ParseError("SecurityInfos: bad OID") from None
        out.append(SecurityInfo(oid, parts[1].raw, parts[2].raw if len(parts) > 2 else None))
    return out


def build_security_infos(infos: list[tuple[str, bytes, bytes | None]]) -> bytes:
    items = []
    for oid, required, optional in infos:
        body = core.ObjectIdentifier(oid).dump() + required + (optional or b"")
        items.append(encode_tlv(0x30, body))
    # DER sorts SET OF elements by their encoding.
    return encode_tlv(0x31, b"".join(sorted(items)))


def der_int(value: int) -> bytes:
    return core.Integer(value).dump()


def parse_der_int(der: bytes) -> int:
    try:
        obj = core.Integer.load(der, strict=True)
        return int(obj.native)
    except (ValueError, TypeError):
        raise ParseError("expected a DER INTEGER") from None


def parse_dg14(data: bytes) -> list[SecurityInfo]:
    top = parse_single(data, DG_TAGS[14])
    return parse_security_infos(top.value)


def build_dg14(infos: list[tuple[str, bytes, bytes | None]]) -> bytes:
    return encode_tlv(DG_TAGS[14], build_security_infos(infos))


# ---------------------------------------------------------------- DG15
def parse_dg15(data: bytes) -> keys.PublicKeyInfo:
    """The Active Authentication public key (SubjectPublicKeyInfo)."""
    top = parse_single(data, DG_TAGS[15])
    try:
        info = keys.PublicKeyInfo.load(top.value, strict=True)
        info.native  # force a full parse so errors surface here
    except (ValueError, TypeError, KeyError):
        raise ParseError("DG15: not a SubjectPublicKeyInfo") from None
    return info


def build_dg15(public_key_der: bytes) -> bytes:
    return encode_tlv(DG_TAGS[15], public_key_der)
