"""Health o meter Professional 500KL/600KL: ESC-field frames, streams only once locked."""
from functools import partial

from drivers.sensors.coordinators.body import BodyCoordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.healthometer import HealthometerCodec
from drivers.sensors.selftest import SelfTest
from drivers.sensors.simulators.scales import HealthometerSimulator
from drivers.sensors.transport import LineSettings

MODEL = DeviceModel(
    device="Health o meter Professional 500KL/600KL",
    codec=HealthometerCodec,
    # Silent while settling, then one frame a second: two locked frames confirm.
    coordinator=partial(BodyCoordinator, silent_until_locked=True, stable_needed=2),
    simulator=HealthometerSimulator,
    line=LineSettings(9600, 8, "N", 1),
    demo=True,
    # No command exists and an empty platform sends nothing: silence is not a fault here.
    self_test=SelfTest(quiet_when_idle=True),
)
