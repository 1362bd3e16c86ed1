"""SMART Backend Services (client credentials, private_key_jwt) against the real FHIR server."""
from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.demo.fhir_server import SmartClient, start_fhir_server
from offline_store.settings import OAuthSettings, SyncSettings
from offline_store.sync import SyncEngine
from tests.store.visits import make_visit

pytestmark = pytest.mark.fhir


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    d = tmp_path_factory.mktemp("oauth")
    out = {}
    for name in ("station", "impostor"):
        key = ec.generate_private_key(ec.SECP384R1())
        (d / f"{name}.key").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        (d / f"{name}.pub").write_bytes(key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
        out[name] = d / f"{name}.key"
    out["public"] = d / "station.pub"
    return out


@pytest.fixture(scope="module")
def smart_server(tmp_path_factory, keys):
    server = start_fhir_server(tmp_path_factory.mktemp("sekmet-smart"),
                               smart_clients=[SmartClient("station-0001", keys["public"])])
    yield server
    server.stop()


def _settings(server, key) -> SyncSettings:
    return SyncSettings(base_url=server.url, request_retries=1,
                        oauth=OAuthSettings(token_url=server.token_url, client_id="station-0001",
                                            private_key=str(key)))


def test_token_from_signed_assertion_lets_the_visit_in(smart_server, keys, store):
    visit = make_visit(600)
    store.save(visit)
    assert SyncEngine(store, _settings(smart_server, keys["station"])).run_once().synced == [visit.id]


def test_wrong_key_gets_no_token_and_the_visit_waits(smart_server, keys, store):
    visit = make_visit(601)
    store.save(visit)
    result = SyncEngine(store, _settings(smart_server, keys["impostor"])).run_once()
    assert result.error is not None and result.error.kind == "auth"
    assert store.state_of(visit.id) == "queued"


def test_without_token_the_server_refuses(smart_server, store):
    visit = make_visit(602)
    store.save(visit)
    result = SyncEngine(store, SyncSettings(base_url=smart_server.url, request_retries=1)).run_once()
    assert result.error is not None and result.error.status == 401
