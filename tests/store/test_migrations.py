"""Alembic runs at start-up; a store made with the first schema upgrades with its visits intact."""
from __future__ import annotations

import sqlite3

from offline_store import database
from offline_store.sealing import Sealer
from offline_store.sqlite_store import SqliteVisitStore
from tests.store.visits import make_visit


def test_fresh_store_is_at_head(store):
    assert database.current_revision(store.engine) == database.head_revision()


def test_upgrade_from_the_first_schema_keeps_queued_visits(tmp_path, key):
    data = tmp_path / "data"
    data.mkdir()
    engine = database.make_engine(data / "visits.db")
    database.migrate(engine, "0001")
    assert database.current_revision(engine) == "0001"
    # A visit as the first release stored it: sealed payload plus an outbox row, no outcome column yet.
    sealer = Sealer(key)
    v = make_visit(40)
    from offline_store.codec import visit_to_bytes

    blob = sealer.seal(visit_to_bytes(v), f"visit:{v.id}:payload".encode())
    with engine.begin() as conn:
        conn.exec_driver_sql("insert into visits (id, station_id, created_at, payload) values (?,?,?,?)",
                             (v.id, v.station_id, 1.0, blob))
        conn.exec_driver_sql("insert into outbox (id, visit_id, state, attempts, next_attempt_at, created_at) "
                             "values ('o1', ?, 'queued', 0, 1.0, 1.0)", (v.id,))
    engine.dispose()

    s = SqliteVisitStore(data, sealer)  # start-up runs the remaining migrations
    assert database.current_revision(s.engine) == database.head_revision()
    assert s.state_of(v.id) == "queued" and s.load_visit(v.id) == v
    assert s.status().queued == 1  # counts carried over by migration 0003
    cols = [r[1] for r in sqlite3.connect(s.db_path).execute("PRAGMA table_info(outbox)")]
    assert "outcome" in cols and "dead_at" in cols
    s.mark_dead(v.id, "after upgrade", {"resourceType": "OperationOutcome", "issue": []})
    assert s.dead_letters()[0].visit_id == v.id
    assert s.integrity_check() == "ok"
    s.close()
