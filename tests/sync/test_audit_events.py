"""Audit records go through the visits' outbox and reach the real server exactly once, also after a replay."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from offline_store.audit import AuditRecord
from offline_store.sync import SyncEngine
from tests.store.visits import make_visit
from tests.sync.conftest import search_total

pytestmark = pytest.mark.fhir


def _record(outcome: str = "match") -> AuditRecord:
    return AuditRecord(station_id="TEST-AUDIT", citizen_id="079158009876",
                       recorded_at=datetime(2026, 5, 2, 3, 4, 5, tzinfo=timezone.utc),
                       action="prescription-lookup", outcome=outcome, succeeded=True,
                       entity_system="urn:tram-kiosk:prescription-code", entity_value="40618r001935-c",
                       entity_type="MedicationRequest")


def test_audit_event_synced_exactly_once_after_replay(fhir_server, store, settings, http):
    record = _record()
    store.queue_audit_event(record)
    store.queue_audit_event(record)  # a second call is a no-op
    visit = make_visit(301)
    store.save(visit)  # in the same round as a visit
    engine = SyncEngine(store, settings)
    assert sorted(engine.run_once().synced) == sorted([record.id, visit.id])
    assert store.state_of(record.id) == "synced"

    store.reschedule({record.id: 0}, "replay")  # as if the acknowledgement had been lost
    assert SyncEngine(store, settings).run_once().synced == [record.id]

    base = fhir_server.url
    event = http.get(f"{base}/AuditEvent/{record.id}", timeout=30).json()
    assert event["outcomeDesc"] == "match" and event["source"]["site"] == "TEST-AUDIT"
    assert event["entity"][0]["what"]["identifier"]["value"] == "40618r001935-c"
    pid = http.get(f"{base}/Patient", params={"identifier": f"{settings.patient_identifier_system}|079158009876"},
                   timeout=30).json()["entry"][0]["resource"]["id"]
    assert event["agent"][0]["who"]["reference"] == f"Patient/{pid}"
    assert search_total(http, base, "AuditEvent", _id=record.id) == 1
    # The visit's Provenance is still a Provenance, not an AuditEvent.
    assert http.get(f"{base}/Provenance/{visit.id}", timeout=30).status_code == 200


def test_audit_record_survives_reopening_the_store(store):
    record = _record("not_for_holder")
    store.queue_audit_event(record)
    loaded = store.load_visits([record.id])[record.id]
    assert loaded == record
