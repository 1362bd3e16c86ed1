"""Device simulators that speak the real bytes on the device end of a pty.

Each device model (``drivers/sensors/models/``) names its simulator class;
every class lists its ``scenarios``. Demo mode, the CLI and the integration
tests use them.
"""
from __future__ import annotations

from drivers.sensors.simulators.base import Simulator
from drivers.sensors.simulators.pty import FdPort, PtyLink
from drivers.sensors.simulators.socat import SocatLink

__all__ = ["FdPort", "PtyLink", "Simulator", "SocatLink"]
