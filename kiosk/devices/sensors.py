"""Build the measurement devices. PLACEHOLDER until the sensors issue lands:
in-process simulated readings behind the real interface, no byte protocol yet."""
from __future__ import annotations

import threading
from typing import Callable

from drivers.sensors.api import DeviceFault, MeasurementDevice, MeasurementKind, Progress, Reading, SensorEvent
from kiosk.config import Config
from kiosk.demo.env import DemoEnv

_VALUES = {
    MeasurementKind.BLOOD_PRESSURE: {"systolic": 128, "diastolic": 82, "pulse": 72},
    MeasurementKind.BODY: {"weight_kg": 61.5, "height_cm": 162.0, "bmi": 23.4},
    MeasurementKind.SPO2: {"spo2": 97, "pulse": 74},
    MeasurementKind.TEMPERATURE: {"body_c": 36.6, "ambient_c": 26.1},
}


class _SimulatedDevice(MeasurementDevice):
    def __init__(self, kind: MeasurementKind, speed: float) -> None:
        self.kind = kind
        self._speed = speed

    def measure(self, emit: Callable[[SensorEvent], None], cancel: threading.Event) -> Reading | DeviceFault:
        phases = [("inflating", float(p)) for p in range(0, 160, 20)] + [("deflating", float(p)) for p in range(160, 60, -20)] \
            if self.kind is MeasurementKind.BLOOD_PRESSURE else [("measuring", None)] * 6
        for phase, value in phases:
            emit(Progress(self.kind, phase, value))
            if cancel.wait(0.25 / self._speed):
                fault = DeviceFault(self.kind, "cancelled", retryable=True)
                return fault
        reading = Reading(self.kind, dict(_VALUES[self.kind]), device_id=f"sim-{self.kind.value}")
        emit(reading)
        return reading


def make_measurement_devices(cfg: Config, demo: DemoEnv | None) -> dict[MeasurementKind, MeasurementDevice]:
    if demo is None:
        raise NotImplementedError("the serial drivers arrive with the sensors issue")
    return {MeasurementKind(k): _SimulatedDevice(MeasurementKind(k), demo.speed) for k in cfg.flow.measurements}
