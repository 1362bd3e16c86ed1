"""Device simulators that speak the real bytes on the device end of a pty.

``SIMULATORS`` maps each protocol name to its simulator class; every class
lists its ``scenarios``. Demo mode, the CLI and the integration tests use them.
"""
from __future__ import annotations

from drivers.sensors.simulators.base import Simulator
from drivers.sensors.simulators.ir_uart import IrUartSimulator
from drivers.sensors.simulators.nonin import NoninDf2Simulator, NoninDf8Simulator
from drivers.sensors.simulators.pty import FdPort, PtyLink
from drivers.sensors.simulators.scales import AndStandardSimulator, HealthometerSimulator
from drivers.sensors.simulators.socat import SocatLink
from drivers.sensors.simulators.suntech import SuntechSimulator

SIMULATORS: dict[str, type[Simulator]] = {
    cls.protocol: cls
    for cls in (SuntechSimulator, HealthometerSimulator, AndStandardSimulator, NoninDf2Simulator,
                NoninDf8Simulator, IrUartSimulator)
}

__all__ = ["SIMULATORS", "FdPort", "PtyLink", "Simulator", "SocatLink"]
