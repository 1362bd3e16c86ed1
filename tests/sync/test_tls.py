"""Mutual TLS with a pinned fleet CA, against the real FHIR server behind uvicorn's TLS."""
from __future__ import annotations

import dataclasses

import pytest

from kiosk.demo.fhir_server import ServerTls, start_fhir_server
from offline_store.settings import SyncSettings
from offline_store.sync import SyncEngine
from offline_store.transport import ConfigurationError, FhirClient
from tests.store.visits import make_visit
from tests.sync.pki import TestCA

pytestmark = pytest.mark.fhir


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    fleet = TestCA(d, "fleet-ca")
    rogue = TestCA(d, "rogue-ca")
    return {
        "fleet": fleet, "rogue": rogue,
        "server": fleet.issue("fhir-server", server=True),
        "station": fleet.issue("station-0001", server=False),
        "stranger": rogue.issue("stranger", server=False),
    }


@pytest.fixture(scope="module")
def mtls_server(tmp_path_factory, pki):
    tls = ServerTls(pki["server"].cert, pki["server"].key, client_ca=pki["fleet"].pair.cert)
    server = start_fhir_server(tmp_path_factory.mktemp("sekmet-mtls"), tls=tls)
    yield server
    server.stop()


def _settings(server, pki, client: str | None, ca: str = "fleet") -> SyncSettings:
    return SyncSettings(
        base_url=server.url, connect_timeout_s=2, read_timeout_s=10, request_retries=1,
        client_cert=str(pki[client].cert) if client else "", client_key=str(pki[client].key) if client else "",
        ca_bundle=str(pki[ca].pair.cert),
    )


def test_station_certificate_gets_in(mtls_server, pki, store):
    visit = make_visit(500)
    store.save(visit)
    assert SyncEngine(store, _settings(mtls_server, pki, "station")).run_once().synced == [visit.id]


@pytest.mark.parametrize("client", [None, "stranger"])
def test_without_a_fleet_client_certificate_the_server_refuses(mtls_server, pki, store, client):
    visit = make_visit(501)
    store.save(visit)
    result = SyncEngine(store, _settings(mtls_server, pki, client)).run_once()
    # TLS 1.3 refuses the client after the handshake: it surfaces as TLS error or a disconnect.
    assert result.error is not None and result.error.kind in ("tls", "connection"), result
    assert store.state_of(visit.id) == "queued"


def test_server_not_signed_by_the_pinned_ca_is_refused(mtls_server, pki, store):
    visit = make_visit(502)
    store.save(visit)
    result = SyncEngine(store, _settings(mtls_server, pki, "station", ca="rogue")).run_once()
    assert result.error is not None and result.error.kind == "tls"
    assert store.state_of(visit.id) == "queued"


def test_environment_cannot_override_the_pinned_ca(mtls_server, pki, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki["rogue"].pair.cert))
    client = FhirClient(_settings(mtls_server, pki, "station"))
    assert client.request("GET", mtls_server.url + "/metadata")["resourceType"] == "CapabilityStatement"


@pytest.mark.parametrize("change, key", [
    (dict(client_cert="/nonexistent/station.crt"), "backend.client_cert"),
    (dict(ca_bundle="/nonexistent/ca.pem"), "backend.ca_bundle"),
    (dict(base_url="ftp://127.0.0.1/fhir"), "backend.url"),
    (dict(base_url="http://127.0.0.1:1/fhir"), "backend.url"),  # a client certificate needs https
    (dict(client_key=""), "backend.client_key"),
])
def test_configuration_errors_name_the_key(mtls_server, pki, change, key):
    s = dataclasses.replace(_settings(mtls_server, pki, "station"), **change)
    with pytest.raises(ConfigurationError) as info:
        FhirClient(s)
    assert info.value.key == key
