"""One bad record never blocks the queue: it is parked, visible, retryable, never dropped."""
from __future__ import annotations

import dataclasses

import pytest

from offline_store.sync import SyncEngine
from tests.store.visits import make_visit

pytestmark = pytest.mark.fhir


def test_unmappable_visit_is_parked_and_the_rest_go_through(store, settings):
    good = [make_visit(400), make_visit(401)]
    m = good[0].measurements[0]
    # A unit the mapping refuses (not UCUM): the visit can never become valid FHIR.
    wrong_unit = dataclasses.replace(m, unit="mmHg", id="d2c0c1a4-0000-4000-8000-000000000402")
    bad = make_visit(402, measurements=(wrong_unit,))
    for v in (good[0], bad, good[1]):
        store.save(v)
    result = SyncEngine(store, settings).run_once()
    assert sorted(result.synced) == sorted(v.id for v in good)
    assert result.dead == [bad.id]
    assert store.state_of(bad.id) == "dead"
    [letter] = store.dead_letters()
    assert letter.visit_id == bad.id
    assert letter.outcome["resourceType"] == "OperationOutcome"
    assert "mm[Hg]" in letter.outcome["issue"][0]["diagnostics"]
    assert store.status().dead_letters == 1


def test_server_refusal_keeps_its_operation_outcome(fhir_server, store, settings, http):
    """Two Patients already share the ID number: the conditional create gets 412; the visit is parked."""
    visit = make_visit(410)
    ident = {"system": settings.patient_identifier_system, "value": visit.citizen_id}
    for _ in range(2):  # plain creates, as a careless other system might have done
        http.post(f"{fhir_server.url}/Patient", json={"resourceType": "Patient", "identifier": [ident]},
                  headers={"Content-Type": "application/fhir+json"}).raise_for_status()
    other = make_visit(411)
    store.save(visit)
    store.save(other)
    result = SyncEngine(store, settings).run_once()
    assert result.synced == [other.id]
    assert result.dead == [visit.id]
    [letter] = store.dead_letters()
    assert "412" in letter.last_error
    assert letter.outcome["resourceType"] == "OperationOutcome"  # the server's own words
    assert visit.citizen_id not in letter.last_error  # the technician line carries no ID number


def test_dead_letter_retry_puts_it_back(store, settings):
    m = make_visit(420).measurements[0]
    bad = make_visit(420, measurements=(dataclasses.replace(m, code="glucose"),))
    store.save(bad)
    SyncEngine(store, settings).run_once()
    assert store.state_of(bad.id) == "dead"
    assert store.retry_dead(bad.id)
    assert store.state_of(bad.id) == "queued"
    assert not store.retry_dead(bad.id)  # only dead letters can be retried


def test_no_personal_data_in_any_log_line(fhir_server, store, settings, http, caplog):
    visit = make_visit(430, citizen_name="Lê Thị Riêngtư")
    refused = make_visit(431, citizen_name="Đỗ Văn Kínđáo")
    ident = {"system": settings.patient_identifier_system, "value": refused.citizen_id}
    for _ in range(2):  # makes the server answer 412, with diagnostics that may quote the number
        http.post(f"{fhir_server.url}/Patient", json={"resourceType": "Patient", "identifier": [ident]},
                  headers={"Content-Type": "application/fhir+json"}).raise_for_status()
    caplog.set_level("DEBUG")
    store.save(visit)
    store.save(refused)
    SyncEngine(store, settings).run_once()
    assert store.state_of(refused.id) == "dead"
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert visit.id in text and refused.id in text
    for v in (visit, refused):
        for secret in (v.citizen_id, v.citizen_name, v.citizen_birth_date):
            assert secret not in text
