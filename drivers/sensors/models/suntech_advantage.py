"""SunTech Advantage OEM NIBP module: host-driven blood pressure and pulse."""
from drivers.sensors.coordinators.blood_pressure import BloodPressureCoordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.suntech import GET_CUFF_PRESSURE, SuntechCodec
from drivers.sensors.selftest import SelfTest, cuff_pressure_at_rest
from drivers.sensors.simulators.suntech import SuntechSimulator
from drivers.sensors.transport import LineSettings

MODEL = DeviceModel(
    device="SunTech Advantage OEM NIBP",
    codec=SuntechCodec,
    coordinator=BloodPressureCoordinator,
    simulator=SuntechSimulator,
    line=LineSettings(9600, 8, "N", 1),  # 8N1 is inferred (shared reference §2)
    demo=True,
    error_codes=True,  # the module's error codes are not public: a station may supply the real table
    # "Get cuff pressure" is the module's one status query: it answers at once, and at rest the cuff is vented.
    self_test=SelfTest(GET_CUFF_PRESSURE, cuff_pressure_at_rest, what="get cuff pressure"),
)
