"""One coordinator per measurement family. Which family, with which settings,
serves a protocol is a fact of its device model (``drivers/sensors/models/``)."""
from __future__ import annotations

from drivers.sensors.coordinator import Coordinator
from drivers.sensors.coordinators.blood_pressure import BpPlan


def coordinator_for(protocol: str, **options) -> Coordinator:
    """A fresh coordinator for ``protocol``; see ``registry.coordinator_for`` for the options."""
    from drivers.sensors import registry  # the models import these coordinators: ask at call time

    return registry.coordinator_for(protocol, **options)


__all__ = ["BpPlan", "Coordinator", "coordinator_for"]
