"""The card lab for end-to-end tests: a real pcscd with the vpcd virtual
reader, started once per test session and stopped afterwards
(drivers/card/emulator/lab.py does the work and documents the choices)."""
from __future__ import annotations

import pytest

from drivers.card.emulator.lab import Lab, pcscd_lab


@pytest.fixture(scope="session")
def lab() -> Lab:
    with pcscd_lab() as running:
        yield running
