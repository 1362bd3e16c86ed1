"""A corrupt store is moved aside (never overwritten) and a fresh one starts; the kiosk is told."""
from __future__ import annotations

import os

from offline_store.database import check_health
from offline_store.sealing import Sealer
from offline_store.sqlite_store import SqliteVisitStore
from tests.store.visits import make_visit


def test_garbage_file_is_moved_aside_and_a_fresh_store_starts(tmp_path, key, caplog):
    data = tmp_path / "data"
    data.mkdir()
    junk = os.urandom(8192)
    (data / "visits.db").write_bytes(junk)
    s = SqliteVisitStore(data, Sealer(key))
    assert s.moved_aside is not None and s.moved_aside.read_bytes() == junk  # kept byte for byte
    assert any(r.name == "offline_store.alert" and r.levelname == "CRITICAL" for r in caplog.records)
    v = make_visit(30)
    s.save(v)
    assert s.state_of(v.id) == "queued"
    s.close()


def test_damaged_pages_are_detected(tmp_path, key):
    data = tmp_path / "data"
    s = SqliteVisitStore(data, Sealer(key))
    for i in range(200):
        s.save(make_visit(i))
    s.close()
    import sqlite3

    c = sqlite3.connect(data / "visits.db")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    path = data / "visits.db"
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(raw), 3 * page):  # scribble over a few b-tree pages
        raw[offset:offset + 64] = os.urandom(64)
    path.write_bytes(bytes(raw))
    assert check_health(path) is not None
    s2 = SqliteVisitStore(data, Sealer(key))
    assert s2.moved_aside is not None
    assert check_health(s2.db_path) is None
    s2.close()


def test_previous_corrupt_copies_are_never_overwritten(tmp_path, key):
    data = tmp_path / "data"
    data.mkdir()
    kept = []
    for n in range(2):
        (data / "visits.db").write_bytes(b"not a database, copy %d" % n + b"\0" * 4096)
        s = SqliteVisitStore(data, Sealer(key))
        kept.append(s.moved_aside)
        s.close()
        (data / "visits.db").unlink()
        for side in ("-wal", "-shm"):
            p = data / ("visits.db" + side)
            if p.exists():
                p.unlink()
    assert kept[0] != kept[1] and all(p.exists() for p in kept)


def test_moved_aside_is_reported_in_status(tmp_path, key):
    data = tmp_path / "data"
    data.mkdir()
    (data / "visits.db").write_bytes(b"junk" * 2048)
    s = SqliteVisitStore(data, Sealer(key))
    assert "moved aside" in s.status().last_error
    s.close()
