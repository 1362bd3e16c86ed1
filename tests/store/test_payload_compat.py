"""Visits queued by an older kiosk still sync: their payloads have none of the newer measurement
fields and may name a vital by an older name (offline_store.vitals.LEGACY_KEYS)."""
from __future__ import annotations

import json

from offline_store import fhir_mapping as fm
from offline_store.codec import visit_from_bytes, visit_to_bytes
from offline_store.settings import SyncSettings
from tests.store.visits import make_visit

S = SyncSettings(base_url="http://127.0.0.1/fhir")


def old_payload(**renames) -> bytes:
    """The bytes the kiosk wrote before measurements had groups, derivations and flags."""
    d = json.loads(visit_to_bytes(make_visit(3)))
    for m in d["measurements"]:
        assert set(m) == {"id", "code", "value", "unit", "measured_at", "device_id"}  # nothing new written
        m["code"] = renames.get(m["code"], m["code"])
    return json.dumps(d).encode()


def test_an_old_payload_reads_with_defaults_and_maps():
    visit = visit_from_bytes(old_payload())
    assert all(m.group == "" and m.derived_from == () and m.flags == () and m.started_at is None
               for m in visit.measurements)
    refs = {k: f"Device/{i}" for i, k in enumerate(fm.devices(visit, S))}
    obs = fm.observations(visit, S, "Patient/p1", refs)
    assert len(obs) == 8 and all(o["effectiveDateTime"].endswith("+07:00") for o in obs)


def test_older_names_of_a_vital_are_read_as_its_one_name():
    visit = visit_from_bytes(old_payload(body_temp_c="body_c"))
    assert "body_temp_c" in {m.code for m in visit.measurements}
    refs = {k: f"Device/{i}" for i, k in enumerate(fm.devices(visit, S))}
    assert "8310-5" in {o["code"]["coding"][0]["code"] for o in fm.observations(visit, S, "Patient/p1", refs)}
