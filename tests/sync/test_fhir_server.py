"""The local FHIR server helper used by demo mode and the tests."""
from __future__ import annotations

import json

import pytest

from kiosk.demo import fhir_server


def test_missing_server_venv_names_the_setup_command(tmp_path, monkeypatch):
    monkeypatch.setattr(fhir_server, "SEKMET_VENV", tmp_path / "nowhere")
    with pytest.raises(fhir_server.FhirServerError, match=r"\./dev setup"):
        fhir_server.start_fhir_server(tmp_path / "w")


@pytest.mark.fhir
def test_server_is_loopback_strict_and_quiet(fhir_server, http):
    assert fhir_server.url.startswith("http://127.0.0.1:") and fhir_server.url.endswith("/fhir")
    settings = json.loads((fhir_server.workdir / "settings.yaml").read_text())
    assert settings["host"] == "127.0.0.1"
    assert settings["simulator"] == {"enabled": False}
    assert settings["validation"] == {"inbound": "strict"}
    assert settings["log_inbound"] is False
    meta = http.get(fhir_server.url + "/metadata").json()
    assert meta["fhirVersion"].startswith("4.0")
