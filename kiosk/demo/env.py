"""What demo mode hands the device factories: where to keep files, how fast to go."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.demo.citizen import DEMO_CITIZEN, DemoCitizen


@dataclass
class DemoEnv:
    workdir: Path  # scratch directory for the demo's store, profiles, ptys
    speed: float = 1.0  # simulator time scale
    citizen: DemoCitizen = DEMO_CITIZEN
    fhir_url: str | None = None  # the local FHIR server the demo started
    cleanups: list = field(default_factory=list)  # callables run at exit, last first

    def close(self) -> None:
        while self.cleanups:
            try:
                self.cleanups.pop()()
            except Exception:  # a failing cleanup must not hide the others
                pass
