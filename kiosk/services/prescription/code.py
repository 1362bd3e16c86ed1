"""The national e-prescription code (mã đơn thuốc): 12 letters or digits, a hyphen, a type letter.

Pure: text in, a code or the name of the wrong part out. Any letter case is accepted;
the canonical form is lower case, as the codes are issued (e.g. ``40618r001935-c``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

BODY_LEN = 12
TYPES = {"c": "ordinary", "n": "narcotic", "h": "psychotropic", "y": "traditional"}
CONTROLLED = frozenset({"n", "h"})  # dispensed only at the pharmacy counter, with the card
_IN_TEXT = re.compile(r"(?<![0-9a-z])([0-9a-z]{12}-[cnhy])(?![0-9a-z])", re.IGNORECASE)


@dataclass(frozen=True)
class Code:
    body: str  # 12 lower-case letters or digits
    kind: str  # c, n, h or y

    @property
    def text(self) -> str:
        return f"{self.body}-{self.kind}"

    @property
    def controlled(self) -> bool:
        return self.kind in CONTROLLED


class CodeProblem(ValueError):
    """Which part is wrong, as a message key: code_empty, code_hyphen, code_length,
    code_characters, code_type."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse(text: str) -> Code:
    """A typed code; raise CodeProblem naming the first wrong part."""
    t = "".join(text.split()).lower()
    if not t:
        raise CodeProblem("code_empty")
    if t.count("-") != 1:
        raise CodeProblem("code_hyphen")
    body, kind = t.split("-")
    if not all(ch.isascii() and ch.isalnum() for ch in body):
        raise CodeProblem("code_characters")
    if len(body) != BODY_LEN:
        raise CodeProblem("code_length")
    if kind not in TYPES:
        raise CodeProblem("code_type")
    return Code(body, kind)


def find_in(text: str) -> Code | None:
    """The code inside a scanned QR or barcode (the bare code, or a link or a label holding it)."""
    m = _IN_TEXT.search(text or "")
    return parse(m.group(1)) if m else None
