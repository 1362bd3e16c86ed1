"""Nonin oximeter in Data Format #2: 75 checksummed frames a second, 25 to a packet."""
from functools import partial

from drivers.sensors.coordinators.spo2 import Spo2Coordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.nonin import NoninDf2Codec
from drivers.sensors.simulators.nonin import NoninDf2Simulator
from drivers.sensors.transport import LineSettings

MODEL = DeviceModel(
    device="Nonin pulse oximeter (Data Format #2)",
    codec=NoninDf2Codec,
    coordinator=partial(Spo2Coordinator, packets_per_second=3),
    simulator=NoninDf2Simulator,
    line=LineSettings(9600, 8, "N", 1),
    demo=True,
)
