"""`kiosk sensor ...` end to end: a simulator process on a pty link, a reader process."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

KIOSK = [sys.executable, "-m", "kiosk"]


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([*KIOSK, "sensor", *args], capture_output=True, text=True, timeout=timeout)


def test_protocols_lists_every_configured_name():
    out = run("protocols").stdout
    for name in ("suntech-advantage", "healthometer-esc", "and-standard", "nonin-df2", "nonin-df8", "ir-uart"):
        assert name in out


@pytest.fixture
def simulator(tmp_path):
    procs = []

    def start(protocol: str, scenario: str = "normal", speed: str = "40"):
        link = tmp_path / f"tty-{protocol}"
        p = subprocess.Popen([*KIOSK, "sensor", "simulate", "--protocol", protocol, "--port-link", str(link),
                              "--scenario", scenario, "--speed", speed],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append((p, link))
        deadline = time.monotonic() + 20
        while not link.exists():
            assert p.poll() is None, p.stderr.read()
            assert time.monotonic() < deadline, "simulator link never appeared"
            time.sleep(0.05)
        return link

    yield start
    hung = []
    for p, link in procs:
        p.terminate()  # SIGTERM: the simulator removes its link
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()  # never leave a simulator behind for the rest of the suite
            p.wait(5)
            hung.append(link.name)
    assert not hung, f"simulators ignored SIGTERM: {hung}"
    assert not any(link.exists() for _, link in procs)


@pytest.mark.timeout(90)
def test_read_prints_the_reading_with_units_and_classification(simulator):
    link = simulator("suntech-advantage", "high")
    r = run("read", "--protocol", "suntech-advantage", "--port", str(link), "--speed", "40")
    assert r.returncode == 0, r.stderr
    assert "systolic 186 mmHg" in r.stdout and "grade_3" in r.stdout and "115" in r.stdout


@pytest.mark.timeout(90)
def test_read_json_and_nonzero_exit_on_device_error(simulator):
    link = simulator("nonin-df2", "normal")
    r = run("read", "--protocol", "nonin-df2", "--port", str(link), "--json", "--speed", "40")
    data = json.loads(r.stdout)
    assert r.returncode == 0 and data["ok"] and data["values"]["spo2"] == 97
    assert data["findings"][0] == {"metric": "spo2", "value": 97.0, "unit": "%", "band": "normal",
                                   "severity": "good", "urgent": False}
    link = simulator("ir-uart", "nak")
    r = run("read", "--protocol", "ir-uart", "--port", str(link), "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["fault"] == "device_error"


@pytest.mark.timeout(60)
def test_read_times_out(simulator):
    link = simulator("healthometer-esc", "silent", speed="1")
    r = run("read", "--protocol", "healthometer-esc", "--port", str(link), "--json", "--timeout", "1")
    assert r.returncode == 1 and json.loads(r.stdout)["fault"] == "timeout"
