from __future__ import annotations

import pytest

from kiosk.demo.fhir_server import start_fhir_server
from offline_store.settings import SyncSettings


@pytest.fixture(scope="session")
def fhir_server(tmp_path_factory):
    server = start_fhir_server(tmp_path_factory.mktemp("sekmet"))
    yield server
    server.stop()


@pytest.fixture
def settings(fhir_server):
    return SyncSettings(base_url=fhir_server.url, connect_timeout_s=2, read_timeout_s=10)
