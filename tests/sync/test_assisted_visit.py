"""Issue 15: an assisted visit ("Someone is helping me") reaches the real FHIR server's
Provenance as a second agent; a visit without help has none; a payload queued by an
older kiosk (no "assisted" key) still reads, as not assisted."""
from __future__ import annotations

import json

from offline_store.codec import visit_from_bytes, visit_to_bytes
from offline_store.fhir_mapping import V3_PARTICIPATION
from offline_store.sync import SyncEngine
from tests.store.visits import make_visit


def _helpers(prov: dict) -> list[dict]:
    return [a for a in prov["agent"]
            if any(c.get("system") == V3_PARTICIPATION and c.get("code") == "SPRF" for c in a["type"]["coding"])]


def test_assisted_flag_travels_in_the_provenance(fhir_server, store, settings, http):
    helped, alone = make_visit(151, assisted=True), make_visit(152)
    store.save(helped)
    store.save(alone)
    SyncEngine(store, settings).run_once()
    assert store.state_of(helped.id) == "synced" and store.state_of(alone.id) == "synced"
    prov = http.get(f"{fhir_server.url}/Provenance/{helped.id}", timeout=30).json()
    (helper,) = _helpers(prov)
    assert "reference" not in helper["who"] and helper["who"]["display"]  # never who the helper is
    assert any(c["code"] == "author" for a in prov["agent"] for c in a["type"]["coding"])  # the station stays
    assert _helpers(http.get(f"{fhir_server.url}/Provenance/{alone.id}", timeout=30).json()) == []


def test_older_payload_without_the_flag_reads_as_not_assisted():
    visit = make_visit(153, assisted=True)
    raw = json.loads(visit_to_bytes(visit))
    assert raw["assisted"] is True and visit_from_bytes(visit_to_bytes(visit)).assisted
    del raw["assisted"]  # as queued before issue 15
    assert visit_from_bytes(json.dumps(raw).encode()).assisted is False
