"""What a slip may show about the citizen: masked ID number and given name only.

The words come from QML (``SlipWords.qml``, the same qsTr strings as the
screens); this module decides which personal facts reach paper, so that the
rule lives in one place.
"""
from __future__ import annotations

import unicodedata

VISIBLE_ID_DIGITS = 3


def masked_id(id_number: str) -> str:
    """``079158001234`` -> ``*********234``: enough for the citizen to know the slip is theirs."""
    digits = id_number.strip()
    if len(digits) <= VISIBLE_ID_DIGITS:
        return "*" * len(digits)
    return "*" * (len(digits) - VISIBLE_ID_DIGITS) + digits[-VISIBLE_ID_DIGITS:]


def given_name(full_name: str) -> str:
    """The given name of a Vietnamese full name (family name first, given name last)."""
    parts = unicodedata.normalize("NFC", full_name).split()
    return parts[-1] if parts else ""
