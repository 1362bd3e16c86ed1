"""Fixtures for the sensor integration tests: simulators on real ptys, and socat pairs."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from drivers import lifeline
from drivers.sensors import registry
from drivers.sensors.coordinators import BpPlan, coordinator_for
from drivers.sensors.device import SerialMeasurementDevice
from drivers.sensors.simulators import FdPort, PtyLink, SocatLink
from kiosk.clinical import bp_protocol

SPEED = 40.0  # simulators run 40x real time; a two-reading BP visit takes ~2 s
SILENCE_S = 1.0


def make_device(port: str, protocol: str, *, plan: BpPlan | None = None, speed: float = SPEED):
    plan = plan or BpPlan(rest_s=1, interval_s=1, needs_another=bp_protocol.needs_another_reading,
                          combine=bp_protocol.average)
    return SerialMeasurementDevice(
        port, protocol, registry.get(protocol).line,
        lambda: coordinator_for(protocol, bp_plan=plan, silence_timeout_s=SILENCE_S, time_scale=speed),
    )


@pytest.fixture(params=["openpty", "socat"])
def sim_on_pty(request, tmp_path):
    """Start a simulator on a pty pair linked in tmp_path, made by os.openpty or
    by socat (the simulator's "unplug" then kills and restarts socat);
    returns (link, simulator, device)."""
    started = []
    if request.param == "socat" and shutil.which("socat") is None:
        pytest.skip("socat is not installed (./dev installs it)")

    def start(protocol: str, scenario: str = "normal", speed: float = SPEED, **kw):
        where = tmp_path / f"tty-{protocol}-{scenario}"
        link = PtyLink(where) if request.param == "openpty" else SocatLink(where)
        sim = registry.get(protocol).simulator(link, scenario, speed, seed=7)
        sim.start()
        dev = make_device(link.device_path, protocol, speed=speed, **kw)
        started.append((link, sim, dev))
        return link, sim, dev

    yield start
    for link, sim, dev in started:
        dev.close()
        sim.stop()
        link.close()


class SocatPair:
    """`socat pty,link=driver pty,link=device`: the driver opens one end, the simulator the other."""

    def __init__(self, workdir: Path, name: str) -> None:
        self.driver_link = workdir / f"{name}-driver"
        self.device_link = workdir / f"{name}-device"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "SocatPair":
        # Tied to the test process, so a killed test run leaves no socat behind.
        self.proc = lifeline.popen(
            ["socat", f"pty,raw,echo=0,link={self.driver_link}", f"pty,raw,echo=0,link={self.device_link}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, death_signal=signal.SIGTERM,
        )
        deadline = time.monotonic() + 5
        while not (self.driver_link.exists() and self.device_link.exists()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("socat did not create its links")
            time.sleep(0.01)
        return self

    def kill(self) -> None:
        """An unplug: the driver's next read fails and the links disappear."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None


@pytest.fixture
def socat_pair(tmp_path):
    if shutil.which("socat") is None:
        pytest.skip("socat is not installed (./dev installs it)")
    pairs = []

    def make(name: str) -> SocatPair:
        p = SocatPair(tmp_path, name).start()
        pairs.append(p)
        return p

    yield make
    for p in pairs:
        p.kill()


def sim_on_socat(pair: SocatPair, protocol: str, scenario: str = "normal", speed: float = SPEED):
    port = FdPort(os.fspath(pair.device_link))
    sim = registry.get(protocol).simulator(port, scenario, speed, seed=7)
    sim.start()
    return port, sim
