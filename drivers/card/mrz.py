"""The TD1 machine-readable zone of the CCCD (ICAO 9303-5) and the BAC/PACE key input.

Vietnamese layout (card.md §2): line 1 is ``IDVNM`` + the last 9 digits of the
12-digit ID + check digit + the full 12-digit ID + ``<<`` + a check digit of
the 12-digit ID; line 2 is the ICAO standard; line 3 is the name.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from drivers.card.errors import ParseError

_WEIGHTS = (7, 3, 1)
LINE_LENGTH = 30


def _char_value(c: str) -> int:
    if c.isdigit():
        return ord(c) - ord("0")
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    if c == "<":
        return 0
    raise ParseError("MRZ: character outside 0-9, A-Z and '<'")


def check_digit(s: str) -> str:
    """ICAO 9303-3 check digit: weights 7-3-1, sum mod 10."""
    return str(sum(_char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(s)) % 10)


@dataclass(frozen=True)
class Td1:
    document_code: str  # "ID"
    issuing_state: str  # "VNM"
    document_number: str  # 9 characters, '<' stripped
    optional_data_1: str  # line 1, positions 16-30 ('<' kept)
    date_of_birth: str  # YYMMDD
    sex: str  # "M", "F" or "<"
    date_of_expiry: str  # YYMMDD
    nationality: str
    optional_data_2: str
    surname: str
    given_names: str
    lines: tuple[str, str, str]

    @property
    def id_number(self) -> str:
        """The 12-digit personal ID that Vietnamese cards carry in optional data 1."""
        head = self.optional_data_1[:12]
        return head if head.isdigit() else ""

    def __repr__(self) -> str:  # personal data: keep it out of logs
        return f"Td1(document_code={self.document_code!r}, issuing_state={self.issuing_state!r})"


def _clean(text: str) -> list[str]:
    lines = [ln.strip().upper() for ln in text.replace("\r", "\n").split("\n") if ln.strip()]
    if len(lines) == 1 and len(lines[0]) == 3 * LINE_LENGTH:
        lines = [lines[0][i : i + LINE_LENGTH] for i in range(0, 90, LINE_LENGTH)]
    if len(lines) != 3 or any(len(ln) != LINE_LENGTH for ln in lines):
        raise ParseError("MRZ: TD1 needs 3 lines of 30 characters")
    for ln in lines:
        for c in ln:
            _char_value(c)
    return lines


def _verify(field: str, digit: str, what: str) -> None:
    if check_digit(field) != digit:
        raise ParseError(f"MRZ: {what} check digit does not match")


def parse_td1(text: str) -> Td1:
    """Parse a 3x30 TD1 MRZ (newline-separated or 90 characters) and verify its check digits."""
    l1, l2, l3 = _clean(text)
    _verify(l1[5:14], l1[14], "document number")
    _verify(l2[0:6], l2[6], "date of birth")
    _verify(l2[8:14], l2[14], "date of expiry")
    _verify(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29], "composite")
    optional = l1[15:30]
    # Vietnamese cards protect the 12-digit ID in optional data with its own digit.
    if optional[:12].isdigit() and optional[12:14] == "<<" and optional[14].isdigit():
        _verify(optional[:12], optional[14], "personal ID")
    surname, _, given = l3.partition("<<")
    return Td1(
        document_code=l1[0:2].rstrip("<"),
        issuing_state=l1[2:5],
        document_number=l1[5:14].rstrip("<"),
        optional_data_1=optional,
        date_of_birth=l2[0:6],
        sex=l2[7],
        date_of_expiry=l2[8:14],
        nationality=l2[15:18],
        optional_data_2=l2[18:29],
        surname=surname.replace("<", " ").strip(),
        given_names=given.replace("<", " ").strip(),
        lines=(l1, l2, l3),
    )


def mrz_information(td1: Td1) -> str:
    """The BAC / PACE-MRZ key input: document number, birth and expiry dates, each with its digit."""
    l1, l2, _ = td1.lines
    return l1[5:15] + l2[0:7] + l2[8:15]


def mrz_information_from_fields(document_number: str, date_of_birth: str, date_of_expiry: str) -> str:
    """The same key input from typed-in fields (YYMMDD dates), for when only those are known."""
    doc = document_number.upper().ljust(9, "<")
    return doc + check_digit(doc) + date_of_birth + check_digit(date_of_birth) + date_of_expiry + check_digit(date_of_expiry)


def can_from_id_number(id_number: str) -> str:
    """The CCCD's PACE CAN: the last 6 digits of the 12-digit personal ID (card.md §2)."""
    digits = id_number.strip()
    if len(digits) != 12 or not digits.isdigit():
        raise ParseError("personal ID must be 12 digits")
    return digits[-6:]


def to_mrz_name(name: str) -> str:
    """Vietnamese name -> MRZ letters: diacritics dropped, Đ->D, spaces -> '<'."""
    name = name.replace("Đ", "D").replace("đ", "d")
    ascii_name = "".join(
        c for c in unicodedata.normalize("NFD", name) if unicodedata.category(c) != "Mn"
    ).upper()
    return "".join(c if "A" <= c <= "Z" else "<" for c in ascii_name)


def build_td1(
    id_number: str,
    full_name: str,
    date_of_birth: str,
    sex: str,
    date_of_expiry: str,
    nationality: str = "VNM",
    issuing_state: str = "VNM",
) -> str:
    """A Vietnamese-layout TD1 MRZ (3 lines joined by newlines) for the emulator's profiles.

    ``id_number`` is the 12-digit ID; dates are YYMMDD; ``sex`` is M, F or '<'.
    The name is split as surname (first word) << given names, the way the card prints it.
    """
    if len(id_number) != 12 or not id_number.isdigit():
        raise ValueError("id_number must be 12 digits")
    for d in (date_of_birth, date_of_expiry):
        if len(d) != 6 or not d.isdigit():
            raise ValueError("dates must be YYMMDD")
    doc = id_number[-9:]
    l1 = "ID" + issuing_state + doc + check_digit(doc) + id_number + "<<" + check_digit(id_number)
    l2_head = date_of_birth + check_digit(date_of_birth) + sex + date_of_expiry + check_digit(date_of_expiry)
    l2_head += nationality + "<" * 11
    l2 = l2_head + check_digit(l1[5:30] + l2_head[0:7] + l2_head[8:15] + l2_head[18:29])
    words = to_mrz_name(full_name).split("<")
    words = [w for w in words if w]
    l3 = (words[0] + "<<" + "<".join(words[1:])) if words else ""
    l3 = l3[:LINE_LENGTH].ljust(LINE_LENGTH, "<")
    assert len(l1) == len(l2) == LINE_LENGTH
    return "\n".join((l1, l2, l3))
