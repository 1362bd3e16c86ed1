"""Nonin oximeter in Data Format #8: one 4-byte packet a second."""
from functools import partial

from drivers.sensors.coordinators.spo2 import Spo2Coordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.nonin import NoninDf8Codec
from drivers.sensors.simulators.nonin import NoninDf8Simulator
from drivers.sensors.transport import LineSettings

MODEL = DeviceModel(
    device="Nonin pulse oximeter (Data Format #8)",
    codec=NoninDf8Codec,
    coordinator=partial(Spo2Coordinator, packets_per_second=1),
    simulator=NoninDf8Simulator,
    line=LineSettings(9600, 8, "N", 1),
)
