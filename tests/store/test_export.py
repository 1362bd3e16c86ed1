"""The technician's export holds every unsent visit and is never plaintext."""
from __future__ import annotations

import pytest

from offline_store.export import ExportError, read_export, write_export
from tests.store.visits import make_visit

PASS = "correct horse battery staple"


def test_export_roundtrip_and_no_plaintext(store, tmp_path):
    sent, queued, dead = make_visit(50), make_visit(51), make_visit(52)
    for v in (sent, queued, dead):
        store.save(v)
    store.mark_synced([sent.id])
    store.mark_dead(dead.id, "HTTP 400 (invalid)", {"resourceType": "OperationOutcome", "issue": []})
    out = tmp_path / "export.bin"
    assert write_export(store, out, PASS) == 2
    raw = out.read_bytes()
    assert queued.citizen_id.encode() not in raw and queued.id.encode() not in raw
    assert (out.stat().st_mode & 0o777) == 0o600
    doc = read_export(out, PASS)
    assert {i["visit"]["id"] for i in doc["visits"]} == {queued.id, dead.id}
    assert next(i for i in doc["visits"] if i["visit"]["id"] == dead.id)["state"] == "dead"
    with pytest.raises(ExportError, match="wrong passphrase"):
        read_export(out, PASS + "x")
    with pytest.raises(FileExistsError):
        write_export(store, out, PASS)  # never overwrites


def test_short_passphrase_is_refused(store, tmp_path):
    with pytest.raises(ExportError, match="at least"):
        write_export(store, tmp_path / "e.bin", "short")
