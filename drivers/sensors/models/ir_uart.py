"""UART infrared body-temperature module: body mode, then measure on command."""
from drivers.sensors.coordinators.temperature import TemperatureCoordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.ir_uart import SET_BODY_MODE, IrUartCodec
from drivers.sensors.selftest import SelfTest, ack_ok
from drivers.sensors.simulators.ir_uart import IrUartSimulator
from drivers.sensors.transport import LineSettings

MODEL = DeviceModel(
    device="UART IR body-temperature module",
    codec=IrUartCodec,
    coordinator=TemperatureCoordinator,
    simulator=IrUartSimulator,
    line=LineSettings(38400, 8, "N", 1),
    demo=True,
    # Setting body mode is harmless (the kiosk sets it anyway) and the module acknowledges it.
    self_test=SelfTest(SET_BODY_MODE, ack_ok, what="set body mode"),
)
