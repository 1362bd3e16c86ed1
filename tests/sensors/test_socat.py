"""Unplug from outside: socat killed by someone else mid-measurement (as a
cable pulled by a person), then a new socat behind the same link names.
(Every scenario also runs over socat in test_pty_scenarios.py.)"""
from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time

import pytest

from drivers.sensors.api import DeviceFault, Progress, Reading
from kiosk import paths
from tests.procs import alive, gone_within
from tests.sensors.conftest import make_device, sim_on_socat


@pytest.mark.timeout(60)
@pytest.mark.parametrize("protocol", ["suntech-advantage", "nonin-df2"])
def test_socat_killed_mid_measurement_then_restarted(socat_pair, protocol):
    pair = socat_pair(protocol)
    port, sim = sim_on_socat(pair, protocol, speed=4.0)  # slow enough to pull the plug mid-cycle
    dev = make_device(str(pair.driver_link), protocol, speed=4.0)
    events: list = []
    unplug_once = threading.Event()

    def emit(ev):
        events.append(ev)
        if isinstance(ev, Progress) and ev.phase in ("inflating", "searching") and not unplug_once.is_set():
            unplug_once.set()
            threading.Thread(target=pair.kill).start()

    try:
        first = dev.measure(emit, threading.Event())
        assert isinstance(first, DeviceFault) and first.key == "unplugged" and first.retryable
        sim.stop()
        port.close()
        time.sleep(0.3)
        pair.start()  # replug: new ptys behind the same names
        port, sim = sim_on_socat(pair, protocol)
        dev2_result = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            dev2_result = dev.measure(lambda e: None, threading.Event())
            if isinstance(dev2_result, Reading):
                break
        assert isinstance(dev2_result, Reading), dev2_result
    finally:
        dev.close()
        sim.stop()
        port.close()


OWNER = """
import sys, time
from drivers.sensors.simulators import SocatLink
link = SocatLink(sys.argv[1])
print(link.proc.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.timeout(60)
def test_socat_dies_with_its_owner_even_on_kill_9(tmp_path):
    if shutil.which("socat") is None:
        pytest.skip("socat is not installed (./dev installs it)")
    link = tmp_path / "tty-bp"
    owner = subprocess.Popen([sys.executable, "-c", OWNER, str(link)], cwd=paths.ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        socat = int(owner.stdout.readline())
        assert alive(socat) and link.exists()
    finally:
        owner.kill()
        owner.wait()
    assert gone_within(socat, 5)
    assert not link.exists() and not link.with_name("tty-bp.dev").exists()  # SIGTERM lets socat remove them
