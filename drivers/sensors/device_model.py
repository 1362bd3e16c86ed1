"""What the kiosk knows about one device model, in one frozen record.

Each file in ``drivers/sensors/models/`` defines one ``MODEL = DeviceModel(...)``;
``drivers.sensors.registry`` collects them. The configuration's protocol check
and line-setting defaults, the device factory, demo mode and ``kiosk sensor``
all read the registry, so a new model is one new file (plus its tests).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from drivers.sensors.api import MeasurementKind
from drivers.sensors.coordinator import Coordinator
from drivers.sensors.protocols.base import Codec
from drivers.sensors.selftest import SelfTest
from drivers.sensors.simulators.base import Simulator
from drivers.sensors.transport import LineSettings


@dataclass(frozen=True)
class DeviceModel:
    device: str  # what a technician would call it, e.g. "SunTech Advantage OEM NIBP"
    # The codec class: its ``name`` is the protocol name of the configuration, its ``kind`` the measurement.
    codec: type[Codec]
    # Called as coordinator(protocol, **options): the measurement family's coordinator with
    # this model's own settings bound (functools.partial), e.g. how many locked frames confirm.
    coordinator: Callable[..., Coordinator]
    simulator: type[Simulator]  # the device end on a pty: demo mode, `kiosk sensor simulate`, tests
    line: LineSettings  # the serial settings the device ships with: the configuration's defaults
    demo: bool = False  # the one model demo mode runs for its measurement
    # True when the codec takes ``error_keys``, so `[devices.<kind>] error_codes` may replace its table.
    error_codes: bool = False
    # The maintenance self-test: a status or test command where the protocol has one
    # (drivers/sensors/selftest.py); None = port opens and frames arrive.
    self_test: SelfTest | None = None

    @property
    def protocol(self) -> str:
        return self.codec.name

    @property
    def kind(self) -> MeasurementKind:
        return self.codec.kind

    def make_codec(self, **options) -> Codec:
        return self.codec(**options)
