"""Sync against the real local FHIR server: read back, replay without duplicates, dead letters."""
from __future__ import annotations

import pytest

from offline_store.sync import SyncEngine
from tests.store.visits import make_visit
from tests.sync.conftest import search_total

pytestmark = pytest.mark.fhir

RECORD = "urn:ietf:rfc:3986"


def test_visit_synced_and_read_back(fhir_server, store, settings, http):
    visit = make_visit(101)
    store.save(visit)
    assert store.state_of(visit.id) == "queued"
    result = SyncEngine(store, settings).run_once()
    assert result.synced == [visit.id]
    assert store.state_of(visit.id) == "synced"

    base = fhir_server.url
    ident = f"{settings.patient_identifier_system}|{visit.citizen_id}"
    pats = http.get(f"{base}/Patient", params={"identifier": ident}).json()
    assert len(pats["entry"]) == 1
    pid = pats["entry"][0]["resource"]["id"]
    obs = http.get(f"{base}/Observation", params={"subject": f"Patient/{pid}", "_count": 50}).json()["entry"]
    codes = sorted(c["code"] for e in obs for c in e["resource"]["code"]["coding"])
    assert codes == sorted(["85354-9", "8867-4", "8867-4", "29463-7", "8302-2", "39156-5", "2708-6", "59408-5",
                            "8310-5"])
    systolic = next(m for m in visit.measurements if m.code == "systolic")
    bp = http.get(f"{base}/Observation", params={"identifier": f"{RECORD}|urn:uuid:{systolic.id}"}).json()["entry"]
    comps = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in bp[0]["resource"]["component"]}
    assert comps["8480-6"] == {"value": systolic.value, "unit": "mmHg", "system": "http://unitsofmeasure.org",
                               "code": "mm[Hg]"}
    prov = http.get(f"{base}/Provenance/{visit.id}").json()
    assert {"reference": f"Patient/{pid}"} in prov["target"]
    ext = {e["url"].rsplit("/", 1)[1]: {x["url"]: next(v for k, v in x.items() if k.startswith("value"))
                                        for x in e["extension"]} for e in prov["extension"]}
    assert ext["identity-assurance"]["passiveAuthentication"] == "genuine"
    assert ext["identity-assurance"]["faceScore"] == 0.71
    assert ext["consent"]["version"] == "2026-11-v1"


def test_replay_of_a_synced_visit_adds_nothing(fhir_server, store, settings, http):
    visit = make_visit(102)
    store.save(visit)
    engine = SyncEngine(store, settings)
    engine.run_once()
    before = search_total(http, fhir_server.url, "Observation")
    # As if the acknowledgement had been lost: the same visit goes out again.
    store.reschedule({visit.id: 0}, "replay")
    assert engine.run_once().synced == [visit.id]
    assert search_total(http, fhir_server.url, "Observation") == before
    assert search_total(http, fhir_server.url, "Patient",
                        identifier=f"{settings.patient_identifier_system}|{visit.citizen_id}") == 1
