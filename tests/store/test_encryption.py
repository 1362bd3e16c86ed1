"""Personal data is sealed at rest; the key lives in a root-only file outside the database."""
from __future__ import annotations

import os

import pytest

from offline_store.keyfile import KeyFileError, load_key
from offline_store.sealing import Sealer, SealError
from offline_store.sqlite_store import SqliteVisitStore
from tests.store.visits import make_visit


def test_no_personal_data_in_the_database_files(store):
    v = make_visit(20, citizen_name="Phạm Văn Bímật")
    store.save(v)
    store.mark_dead(v.id, "test", {"resourceType": "OperationOutcome",
                                   "issue": [{"diagnostics": f"duplicate {v.citizen_id}"}]})
    raw = b"".join(p.read_bytes() for p in store.data_dir.iterdir() if p.name.startswith("visits.db"))
    for secret in (v.citizen_id, v.citizen_name, v.citizen_birth_date, "Bímật"):
        assert secret.encode() not in raw
    assert v.id.encode() in raw  # the UUID is not personal and is what technicians see


def test_wrong_key_cannot_read(tmp_path, store):
    v = make_visit(21)
    store.save(v)
    other = SqliteVisitStore(store.data_dir, Sealer(os.urandom(32)))
    with pytest.raises(SealError):
        other.load_visit(v.id)
    other.close()


def test_a_payload_moved_to_another_row_does_not_open(store):
    a, b = make_visit(22), make_visit(23)
    store.save(a)
    store.save(b)
    with store.engine.begin() as conn:
        blob = conn.exec_driver_sql("select payload from visits where id=?", (a.id,)).scalar()
        conn.exec_driver_sql("update visits set payload=? where id=?", (blob, b.id))
    with pytest.raises(SealError):
        store.load_visit(b.id)


def test_key_file_is_made_root_only_and_checked(tmp_path):
    path = tmp_path / "etc" / "store.key"
    with pytest.raises(KeyFileError, match="does not exist"):
        load_key(path)
    key = load_key(path, create=True)
    assert len(key) == 32 and (path.stat().st_mode & 0o777) == 0o600
    assert load_key(path) == key
    path.chmod(0o644)
    with pytest.raises(KeyFileError, match="readable by others") as info:
        load_key(path)
    assert key.hex() not in str(info.value)
    path.chmod(0o600)
    path.write_bytes(b"short")
    with pytest.raises(KeyFileError, match="32 bytes"):
        load_key(path)


def test_lookup_hash_hides_the_id_number():
    s = Sealer(os.urandom(32))
    h = s.lookup_hash("patient", "079158001234")
    assert "079158001234" not in h and h == s.lookup_hash("patient", "079158001234")
    assert h != Sealer(os.urandom(32)).lookup_hash("patient", "079158001234")
