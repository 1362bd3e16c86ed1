"""What the kiosk needs from a chip ID-card reader, whatever sits behind it.

A real PC/SC reader, the in-process card emulator of demo mode and the test
doubles all implement :class:`CardReader`. Calls block and are made from a
worker thread, never from the UI thread.
"""
from __future__ import annotations

import enum
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, Literal


class CardErrorCode(str, enum.Enum):
    """Failure classes; each maps to one on-screen message and one CLI exit code."""

    NO_READER = "no_reader"
    NO_CARD = "no_card"
    ACCESS_DENIED = "access_denied"  # wrong CAN / MRZ: "the number does not match this card"
    CARD_REMOVED = "card_removed"
    READ_ERROR = "read_error"
    NOT_GENUINE = "not_genuine"  # Passive/Chip Authentication failed
    CANCELLED = "cancelled"


class CardError(Exception):
    """A card failure. ``detail`` is for the technician log and never holds personal data."""

    def __init__(self, code: CardErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


# Digits of the card access number printed on a CCCD (the last digits of the ID number).
CAN_LENGTH = 6


@dataclass(frozen=True)
class AccessKey:
    """The secret that opens the chip: the 6-digit CAN or the MRZ information."""

    kind: Literal["can", "mrz"]
    value: str

    def __repr__(self) -> str:  # never let a key reach a log through repr()
        return f"AccessKey(kind={self.kind!r}, value=<{len(self.value)} chars>)"


@dataclass(frozen=True)
class CardHolder:
    """Identity fields from DG1/DG13, NFC-normalised. Personal data: never log it."""

    id_number: str  # 12 digits
    full_name: str
    date_of_birth: str  # ISO 8601 yyyy-mm-dd where the day is known
    sex: str = ""  # "M" / "F" / ""
    nationality: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # remaining DG13 fields by name

    @property
    def masked_id(self) -> str:
        """The ID as shown on screen: first 3 and last 3 digits only."""
        n = self.id_number
        return n[:3] + "*" * max(0, len(n) - 6) + n[-3:] if len(n) > 6 else "*" * len(n)

    @property
    def given_name(self) -> str:
        """Vietnamese names end with the given name: "Nguyễn Văn An" -> "An"."""
        parts = self.full_name.split()
        return parts[-1] if parts else ""

    def __repr__(self) -> str:
        return f"CardHolder(masked_id={self.masked_id!r})"


PassiveAuth = Literal["genuine", "not_genuine", "cannot_verify"]
ChipAuth = Literal["passed", "failed", "not_supported"]


@dataclass(frozen=True)
class CardReadResult:
    holder: CardHolder
    photo: bytes  # DG2 image bytes as stored on the chip (JPEG or JPEG2000)
    photo_format: Literal["jpeg", "jpeg2000", "unknown"]
    access_protocol: str  # "PACE-CAN", "PACE-MRZ" or "BAC"
    passive_auth: PassiveAuth
    chip_auth: ChipAuth = "not_supported"
    timings_ms: dict[str, float] = field(default_factory=dict)
    # Why PA gave its verdict ("DG1 hash does not match EF.SOD"): names structures
    # and authorities, never personal data, so it may be logged and shown.
    passive_auth_reason: str = ""
    # "dg13", or "dg1" when DG13 is absent or unreadable and the MRZ stood in (docs/card.md).
    identity_source: Literal["dg13", "dg1"] = "dg13"

    def __repr__(self) -> str:
        return (
            f"CardReadResult(protocol={self.access_protocol}, pa={self.passive_auth}, "
            f"chip_auth={self.chip_auth}, photo={self.photo_format}/{len(self.photo)}B, "
            f"identity={self.identity_source})"
        )


@dataclass(frozen=True)
class ReadProgress:
    step: str  # "connecting", "authenticating", "reading", "verifying"
    fraction: float  # 0..1 over the whole read


class CardEvent(str, enum.Enum):
    INSERTED = "inserted"
    REMOVED = "removed"
    READER_LOST = "reader_lost"
    READER_FOUND = "reader_found"


class CardReader(ABC):
    """One card reader slot."""

    @abstractmethod
    def watch(self, on_event: Callable[[CardEvent], None], stop: threading.Event) -> None:
        """Block until ``stop`` is set, calling ``on_event`` on insert/removal/reader changes.

        The current state is reported first (INSERTED if a card is already present).
        """

    @abstractmethod
    def read(
        self,
        key: AccessKey,
        on_progress: Callable[[ReadProgress], None],
        cancel: threading.Event,
    ) -> CardReadResult:
        """Authenticate with ``key``, read and verify the card. Raises :class:`CardError`."""
