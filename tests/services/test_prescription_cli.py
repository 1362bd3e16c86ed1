"""`kiosk prescription lookup` against the real server: verdicts, drug lines only for a match."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.demo import prescriptions as demo
from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.runner import DEMO_CONFIG
from tests.services.conftest import CODE_SYSTEM

pytestmark = pytest.mark.fhir


@pytest.fixture
def config(rx_server, tmp_path):
    text = DEMO_CONFIG.read_text(encoding="utf-8").replace("http://127.0.0.1:8090/fhir", rx_server.url)
    text += (f'\n[paths]\ndata_dir = "{tmp_path}/data"\nlog_dir = "{tmp_path}/logs"\nkey_file = "{tmp_path}/k"\n'
             f'\n[prescription]\nidentifier_system = "{CODE_SYSTEM}"\n')
    f = tmp_path / "kiosk.toml"
    f.write_text(text, encoding="utf-8")
    return f


def _run(config, code, who=DEMO_CITIZEN.id_number, *extra):
    return subprocess.run([sys.executable, "-m", "kiosk", "prescription", "lookup", "--code", code,
                           "--citizen-id", who, "--config", str(config), *extra],
                          capture_output=True, text=True, timeout=120)


def test_cli_verdicts(config):
    out = _run(config, demo.ORDINARY, DEMO_CITIZEN.id_number, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["verdict"] == "match" and [x["name"] for x in data["lines"]] == ["Amlodipine", "Metformin"]
    other = _run(config, demo.SOMEONE_ELSE)
    assert other.stdout.split() == ["not_for_holder"]  # no drug line
    assert _run(config, "000000000000-c").stdout.strip() == "not_found"
    assert _run(config, demo.EXPIRED).stdout.strip() == "expired"
    bad = _run(config, "12-c")
    assert bad.returncode == 2 and "code_length" in bad.stderr
