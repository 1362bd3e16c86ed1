"""A backend that lost its data (restore, reset) gets the station's Patients and Devices back.

The server is the real sekmet-fhir, restarted on the same port with a fresh data directory:
what a restore from an older backup or a reset looks like from the station.
"""
from __future__ import annotations

import dataclasses
import logging
import shutil

import pytest

from kiosk.demo.fhir_server import start_fhir_server
from offline_store.sync import SyncEngine
from tests.store.visits import make_visit

pytestmark = pytest.mark.fhir


def _references(obj) -> list[str]:
    if isinstance(obj, dict):
        out = [obj["reference"]] if isinstance(obj.get("reference"), str) else []
        return out + [r for v in obj.values() for r in _references(v)]
    if isinstance(obj, list):
        return [r for v in obj for r in _references(v)]
    return []


def dangling_references(http, base: str) -> tuple[int, list[str]]:
    """(literal references checked, those that do not resolve) over every Observation and Provenance."""
    refs: set[str] = set()
    for rtype in ("Observation", "Provenance"):
        bundle = http.get(f"{base}/{rtype}", params={"_count": 1000}, timeout=30).json()
        for e in bundle.get("entry", []):
            refs.update(_references(e["resource"]))
    assert all("/" in r and not r.startswith(("urn:", "#")) for r in refs), refs  # literal references only
    return len(refs), sorted(r for r in refs if http.get(f"{base}/{r}", timeout=30).status_code != 200)


@pytest.fixture
def own_server(tmp_path):
    """A server of this test's own, so wiping it leaves the session's server alone."""
    workdir = tmp_path / "sekmet"
    holder = {"server": start_fhir_server(workdir)}

    def wipe():
        server = holder["server"]
        server.stop()
        shutil.rmtree(workdir / "data")
        holder["server"] = start_fhir_server(workdir, port=server.port)
        return holder["server"]

    yield holder["server"], wipe
    holder["server"].stop()


def test_after_the_backend_lost_its_data_every_reference_resolves(own_server, store, settings, http, caplog):
    server, wipe = own_server
    s = dataclasses.replace(settings, base_url=server.url)
    first = make_visit(950)
    store.save(first)
    assert SyncEngine(store, s).run_once().synced == [first.id]
    assert dangling_references(http, server.url)[1] == []

    wipe()  # the backend comes back from an empty (or older) database
    assert http.get(f"{server.url}/Patient", params={"_summary": "count"}).json()["total"] == 0

    # The same citizen at the same station: every Patient and Device id the station remembers is gone.
    again = make_visit(950)
    other = make_visit(951)
    store.save(again)
    store.save(other)
    caplog.set_level(logging.ERROR, logger="offline_store.alert")
    result = SyncEngine(store, s).run_once()
    assert sorted(result.synced) == sorted([again.id, other.id])
    checked, dangling = dangling_references(http, server.url)
    assert checked >= 2 + 5 + 2 * 8  # Patients, the station and its instruments, the Observations
    assert dangling == []
    # Noticed, not only healed: the technician log says the backend lost what it had.
    assert result.recreated >= 5  # the patient, the station and its 4 instruments (the other patient is new)
    assert any(r.name == "offline_store.alert" and "no longer had" in r.getMessage() for r in caplog.records)
    assert first.citizen_id not in caplog.text


def test_a_healthy_backend_raises_no_alarm(fhir_server, store, settings, caplog):
    caplog.set_level(logging.ERROR, logger="offline_store.alert")
    for n in (960, 961):  # the same station and instruments in both rounds
        store.save(make_visit(n))
        assert SyncEngine(store, settings).run_once().recreated == 0
    assert not [r for r in caplog.records if r.name == "offline_store.alert"]
