"""One coordinator per measurement family; ``coordinator_for`` picks it by protocol name."""
from __future__ import annotations

from drivers.sensors.coordinator import Coordinator
from drivers.sensors.coordinators.blood_pressure import BloodPressureCoordinator, BpPlan
from drivers.sensors.coordinators.body import BodyCoordinator
from drivers.sensors.coordinators.spo2 import Spo2Coordinator
from drivers.sensors.coordinators.temperature import TemperatureCoordinator


def coordinator_for(protocol: str, *, bp_plan: BpPlan | None = None, height_cm: float | None = None,
                    **kw) -> Coordinator:
    if protocol == "suntech-advantage":
        return BloodPressureCoordinator(protocol, plan=bp_plan or BpPlan(), **kw)
    if protocol == "healthometer-esc":
        return BodyCoordinator(protocol, silent_until_locked=True, stable_needed=2, height_cm=height_cm, **kw)
    if protocol == "and-standard":
        return BodyCoordinator(protocol, stable_needed=3, height_cm=height_cm, **kw)
    if protocol == "nonin-df2":
        return Spo2Coordinator(protocol, packets_per_second=3, **kw)
    if protocol == "nonin-df8":
        return Spo2Coordinator(protocol, packets_per_second=1, **kw)
    if protocol == "ir-uart":
        return TemperatureCoordinator(protocol, **kw)
    raise ValueError(f"unknown protocol {protocol!r}")


__all__ = ["BpPlan", "Coordinator", "coordinator_for"]
