"""A real sekmet-fhir server on 127.0.0.1 (free port) for the whole sync test session."""
from __future__ import annotations

import os

import pytest
import requests

from kiosk.demo.fhir_server import start_fhir_server
from offline_store.sealing import Sealer
from offline_store.settings import SyncSettings
from offline_store.sqlite_store import SqliteVisitStore


@pytest.fixture(scope="session")
def fhir_server(tmp_path_factory):
    server = start_fhir_server(tmp_path_factory.mktemp("sekmet"))
    yield server
    server.stop()


@pytest.fixture
def store(tmp_path):
    s = SqliteVisitStore(tmp_path / "data", Sealer(os.urandom(32)))
    yield s
    s.close()


@pytest.fixture
def settings(fhir_server):
    return SyncSettings(base_url=fhir_server.url, connect_timeout_s=2, read_timeout_s=10)


@pytest.fixture
def http():
    s = requests.Session()
    s.trust_env = False
    yield s
    s.close()


def search_total(http, base: str, rtype: str, **params) -> int:
    r = http.get(f"{base}/{rtype}", params={**params, "_summary": "count"}, timeout=30)
    r.raise_for_status()
    return r.json()["total"]
