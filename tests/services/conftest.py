"""The real local FHIR server, seeded with the demo prescriptions through its API."""
from __future__ import annotations

import pytest

from kiosk.demo.fhir_server import start_fhir_server
from kiosk.demo.prescriptions import seed
from offline_store.settings import SyncSettings

CODE_SYSTEM = "urn:tram-kiosk:prescription-code"


@pytest.fixture(scope="session")
def rx_server(tmp_path_factory):
    server = start_fhir_server(tmp_path_factory.mktemp("sekmet-rx"))
    s = SyncSettings(base_url=server.url)
    seed(server.url, CODE_SYSTEM, s.patient_identifier_system, s.extension_base_url)
    yield server
    server.stop()


@pytest.fixture
def rx_settings(rx_server):
    return SyncSettings(base_url=rx_server.url, connect_timeout_s=2, read_timeout_s=10)
