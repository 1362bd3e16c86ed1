"""What the health checks look at: the configuration, and the running kiosk's parts when there is one.

`kiosk doctor` builds a Station from the configuration alone: the checks then open
the store read-only and probe ports, reader and camera themselves. The running kiosk
hands over its own store and devices, so a check never opens a second handle on a
port or the camera while a citizen uses it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Mapping

from kiosk.config import Config


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Station:
    cfg: Config
    hardware: bool = True  # False: `doctor --no-hardware`, no peripheral and no network is touched
    demo: bool = False  # simulated card, camera and devices
    store: Any = None  # the running kiosk's VisitStore; None: reports open the store read-only
    sensors: Mapping[Any, Any] | None = None  # the running kiosk's MeasurementDevices by kind
    printer: Any = None  # the running kiosk's SlipPrinter (its lock keeps a status read out of a job)
    started_monotonic: float | None = None  # the running kiosk's start; None in a report
    now: Callable[[], datetime] = field(default=_utcnow)

    @property
    def live(self) -> bool:
        """Checks run inside the kiosk app (dashboard, metrics), not from `kiosk doctor`."""
        return self.started_monotonic is not None

    def uptime_s(self) -> float | None:
        return None if self.started_monotonic is None else time.monotonic() - self.started_monotonic
