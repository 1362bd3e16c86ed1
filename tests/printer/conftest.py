from __future__ import annotations

import pytest

from drivers.printer.simulator import PrinterSimulator


@pytest.fixture
def printer_sim(tmp_path):
    sims = []

    def make(scenario: str = "normal") -> PrinterSimulator:
        sim = PrinterSimulator(tmp_path / f"printed-{len(sims)}", scenario, link=tmp_path / f"printer-{len(sims)}")
        sims.append(sim.start())
        return sim

    yield make
    for sim in sims:
        sim.stop()
