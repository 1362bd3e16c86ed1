"""A&D standard weighing format (and CAS-style indicators): one line per reading."""
from functools import partial

from drivers.sensors.coordinators.body import BodyCoordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.and_standard import AndStandardCodec
from drivers.sensors.simulators.scales import AndStandardSimulator
from drivers.sensors.transport import LineSettings

MODEL = DeviceModel(
    device="A&D standard weighing format",
    codec=AndStandardCodec,
    # It streams while unstable too, so three stable lines confirm.
    coordinator=partial(BodyCoordinator, stable_needed=3),
    simulator=AndStandardSimulator,
    # Indicators are set from their menu; 2400 is a common factory rate and 7E1 is also
    # common (unverified): match bytesize/parity in the configuration to the indicator.
    line=LineSettings(2400, 8, "N", 1),
)
