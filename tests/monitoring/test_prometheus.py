"""Fleet monitoring for real: Debian's Prometheus scrapes a running demo kiosk, and promtool
checks the shipped alert rules (deploy/prometheus)."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from kiosk import paths
from tests.procs import pids_mentioning

RULES = paths.ROOT / "deploy" / "prometheus" / "kiosk-rules.yml"
RULES_TESTS = paths.ROOT / "tests" / "monitoring" / "kiosk-rules-test.yml"

needs_prometheus = pytest.mark.skipif(
    shutil.which("prometheus") is None or shutil.which("promtool") is None,
    reason="Debian's prometheus package is not installed (./dev installs it)")


@needs_prometheus
def test_promtool_accepts_the_shipped_rules():
    r = subprocess.run(["promtool", "check", "rules", str(RULES)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "SUCCESS: 7 rules found" in r.stdout


@needs_prometheus
def test_the_rules_fire_on_the_conditions_they_promise():
    # promtool replays hand-written series through the rules (tests/monitoring/kiosk-rules-test.yml).
    r = subprocess.run(["promtool", "test", "rules", str(RULES_TESTS)], capture_output=True, text=True,
                       timeout=60, cwd=RULES_TESTS.parent)
    assert r.returncode == 0, r.stdout + r.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(pattern: str, log, deadline: float) -> str:
    while time.monotonic() < deadline:
        m = log.exists() and re.search(pattern, log.read_text(encoding="utf-8"))
        if m:
            return m.group(1)
        time.sleep(0.2)
    raise AssertionError(f"kiosk.log never said {pattern!r}")


def _query(api: str, expr: str) -> list:
    url = f"{api}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(url, timeout=10) as r:
        body = json.load(r)
    assert body["status"] == "success", body
    return body["data"]["result"]


def _value_when_scraped(api: str, expr: str, deadline: float) -> float:
    while time.monotonic() < deadline:
        try:
            result = _query(api, expr)
        except OSError:  # the server is still starting
            result = []
        if result:
            [sample] = result
            return float(sample["value"][1])
        time.sleep(0.5)
    raise AssertionError(f"Prometheus never had {expr}")


@needs_prometheus
@pytest.mark.fhir
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_prometheus_scrapes_queue_depth_and_device_states_from_a_running_demo_kiosk(tmp_path):
    work = tmp_path / "kiosk"
    log = work / "logs" / "kiosk.log"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--demo", "--size", "1280x800", "--workdir", str(work)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,  # QT_QPA_PLATFORM=offscreen from tests/conftest.py
    )
    prometheus = None
    try:
        # config/demo.toml asks for a free loopback port; the kiosk names it in its log.
        target = _wait_for(r"metrics: serving http://(127\.0\.0\.1:\d+)/metrics", log, time.monotonic() + 150)
        port = _free_port()
        (tmp_path / "prometheus.yml").write_text(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
            f"rule_files: ['{RULES}']\n"
            "scrape_configs:\n  - job_name: tram-kiosk\n    static_configs:\n"
            f"      - targets: ['{target}']\n", encoding="utf-8")
        prometheus = subprocess.Popen(
            ["prometheus", f"--config.file={tmp_path / 'prometheus.yml'}",
             f"--storage.tsdb.path={tmp_path / 'tsdb'}", f"--web.listen-address=127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=(tmp_path / "prometheus.log").open("wb"))
        api = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60

        assert _value_when_scraped(api, 'up{job="tram-kiosk"}', deadline) == 1
        # A fresh demo store: nothing queued, nothing refused.
        assert _value_when_scraped(api, "kiosk_queue_depth", deadline) == 0
        assert _value_when_scraped(api, "kiosk_dead_letters", deadline) == 0
        # The simulated devices' ports are open (the real serial transport on ptys): green is 0.
        for device in ("device:blood_pressure", "device:body", "device:spo2", "device:temperature",
                       "card_reader", "camera"):
            assert _value_when_scraped(api, f'kiosk_component_status{{component="{device}"}}', deadline) == 0, device
        assert _value_when_scraped(api, 'kiosk_check_status{check="backend"}', deadline) == 0  # its FHIR server
        assert _value_when_scraped(api, 'kiosk_visits_abandoned_total{step="consent"}', deadline) == 0
        info = _query(api, "kiosk_info")[0]["metric"]
        assert info["station"] == "DEMO-0001"
        # The shipped rules load into the server and none fires on a healthy station.
        with urllib.request.urlopen(f"{api}/api/v1/rules", timeout=10) as r:
            groups = json.load(r)["data"]["groups"]
        assert {rule["name"] for g in groups for rule in g["rules"]} >= {"KioskDown", "KioskDeviceRed"}
        assert _query(api, 'ALERTS{alertstate="firing"}') == []
    finally:
        if prometheus is not None:
            prometheus.terminate()
            prometheus.wait(timeout=30)
        kiosk.terminate()  # SIGTERM: the kiosk stops its metrics server, devices and FHIR server
        try:
            kiosk.wait(timeout=30)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            kiosk.wait()
        for pid in pids_mentioning(str(work)):  # never leave a demo child for the next tests
            os.kill(pid, 9)
