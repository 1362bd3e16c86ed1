"""The card lab for end-to-end tests: a real pcscd with the vpcd virtual
reader, started once per test session and stopped afterwards
(drivers/card/emulator/lab.py does the work and documents the choices)."""
from __future__ import annotations

import pytest

from drivers.card import pcsc_transport
from drivers.card.emulator.applet import Applet
from drivers.card.emulator.lab import Lab, pcscd_lab
from drivers.card.emulator.profile import load_profile
from drivers.card.emulator.vpcd import VirtualCardSlot


@pytest.fixture(scope="session")
def lab() -> Lab:
    with pcscd_lab() as running:
        yield running


@pytest.fixture
def card_on(lab):
    """Put a profile's card on the virtual reader, wait until pcscd reports it,
    and take it off after the test."""
    slots: list[VirtualCardSlot] = []

    def _on(profile_dir) -> VirtualCardSlot:
        slot = VirtualCardSlot(Applet(load_profile(profile_dir)), port=lab.port)
        slot.insert()
        slots.append(slot)
        assert pcsc_transport.wait_card_state(lab.reader_name, True, 5.0), "pcscd never saw the virtual card"
        return slot

    yield _on
    for s in slots:
        s.remove()
    pcsc_transport.wait_card_state(lab.reader_name, False, 5.0)
