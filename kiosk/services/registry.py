"""The station's services, in the order the chooser shows them (docs/services.md).

``[flow] services`` in the configuration picks which of them a station offers.
"""
from __future__ import annotations

from kiosk.services import measure, prescription, record
from kiosk.services.api import ServiceEntry

SERVICES: tuple[ServiceEntry, ...] = (
    measure.ENTRY,
    prescription.ENTRY,
    record.ENTRY,
)

BY_KEY = {s.key: s for s in SERVICES}
KEYS = tuple(BY_KEY)


def offered(enabled: tuple[str, ...] | list[str], guest: bool, done: set[str] = frozenset()) -> list[ServiceEntry]:
    """What the chooser shows: enabled, in registry order; a guest gets only services that
    need no identity; a service already completed in this visit is not offered again."""
    return [s for s in SERVICES if s.key in enabled and (s.guest or not guest) and s.key not in done]


def entry_for_effect(effect: object) -> ServiceEntry | None:
    """The service whose runner carries out this effect, or None for the machine's own effects."""
    for s in SERVICES:
        if isinstance(effect, s.effects):
            return s
    return None
