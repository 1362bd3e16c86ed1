"""`kiosk run --demo` leaves nothing running behind it, even when killed with SIGKILL
(no clean-up code runs then: its children must die on their own)."""
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.procs import gone_within, pids_mentioning


def _fhir_url(log, deadline: float) -> str:
    """The URL the demo logs once its FHIR server answers."""
    while time.monotonic() < deadline:
        m = log.exists() and re.search(r"demo: .* FHIR server (\S+)", log.read_text(encoding="utf-8"))
        if m:
            return m.group(1)
        time.sleep(0.2)
    raise AssertionError("the demo never logged its FHIR server")


@pytest.mark.fhir
@pytest.mark.slow
@pytest.mark.timeout(180)
def test_kill_9_of_the_demo_takes_its_fhir_server_along(tmp_path):
    work = tmp_path / "work"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--demo", "--size", "1280x800", "--workdir", str(work)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,  # QT_QPA_PLATFORM=offscreen from tests/conftest.py
    )
    try:
        url = _fhir_url(work / "logs" / "kiosk.log", time.monotonic() + 120)
        with urllib.request.urlopen(url + "/metadata", timeout=10) as r:
            assert json.load(r)["resourceType"] == "CapabilityStatement"
        [server] = pids_mentioning(str(work / "fhir"))  # started with its settings file in there
        time.sleep(2)  # let the app reach its event loop: the kill must come while the kiosk runs
        assert kiosk.poll() is None
    finally:
        kiosk.kill()
        kiosk.wait()
    try:
        assert gone_within(server, 5), "the FHIR server outlived the kiosk"
        assert pids_mentioning(str(work)) == [], "a demo child outlived the kiosk"
    finally:
        for pid in pids_mentioning(str(work)):  # never leave them running for the next tests
            os.kill(pid, signal.SIGKILL)
    # A technician can find the server a kiosk owns.
    assert f"FHIR server {url} (pid {server})" in (work / "logs" / "kiosk.log").read_text(encoding="utf-8")
