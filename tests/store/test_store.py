"""The durable queue: one transaction per visit, states, status, purge that never touches unsent visits."""
from __future__ import annotations

import sqlite3

import pytest

from offline_store.api import StoreUnavailable
from offline_store.sealing import Sealer
from offline_store.sqlite_store import SqliteVisitStore
from tests.store.visits import make_visit


def test_save_commits_visit_and_outbox_together(store):
    v = make_visit(1)
    store.save(v)
    assert store.state_of(v.id) == "queued"
    assert store.load_visit(v.id) == v
    conn = sqlite3.connect(store.db_path)
    assert conn.execute("select count(*) from visits").fetchone() == (1,)
    assert conn.execute("select state from outbox where visit_id=?", (v.id,)).fetchone() == ("queued",)
    conn.close()


def test_pragmas_are_durable(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_saving_the_same_visit_twice_is_a_no_op(store):
    v = make_visit(2)
    store.save(v)
    store.save(v)
    assert store.status().queued == 1


def test_state_and_status_follow_the_queue(store):
    a, b = make_visit(3), make_visit(4)
    store.save(a)
    store.save(b)
    assert store.state_of("no-such-visit") == "unknown"
    st = store.status()
    assert (st.queued, st.dead_letters, st.accepting) == (2, 0, True)
    assert st.oldest_unsent_age_s is not None and st.last_success_at is None
    claimed = store.claim(1)
    assert store.state_of(claimed[0]) == "sending"
    assert store.status().queued == 2  # sending still counts as unsent
    store.mark_synced(claimed)
    st = store.status()
    assert st.queued == 1 and st.last_success_at is not None
    store.mark_dead(b.id, "test", {"resourceType": "OperationOutcome", "issue": []})
    assert store.status().dead_letters == 1


def test_interrupted_sends_go_back_to_the_queue(store):
    v = make_visit(5)
    store.save(v)
    store.claim(10)
    assert store.reset_inflight() == 1
    assert store.state_of(v.id) == "queued"


def test_purge_drops_only_acknowledged_visits_after_the_grace_period(tmp_path, key):
    now = [1_000_000.0]
    s = SqliteVisitStore(tmp_path / "d", Sealer(key), retention_grace_s=3600, clock=lambda: now[0])
    sent, queued, dead = make_visit(6), make_visit(7), make_visit(8)
    for v in (sent, queued, dead):
        s.save(v)
    s.mark_synced([sent.id])
    s.mark_dead(dead.id, "test", None)
    now[0] += 3599
    assert s.purge_acknowledged() == 0  # still within the grace period
    now[0] += 2
    assert s.purge_acknowledged() == 1
    assert s.state_of(sent.id) == "synced"  # the tombstone stays; the personal payload is gone
    with pytest.raises(LookupError):
        s.load_visit(sent.id)
    now[0] += 10 * 365 * 86400  # however long it waits, nothing unsent is ever purged
    assert s.purge_acknowledged() == 0
    assert s.load_visit(queued.id) == queued and s.load_visit(dead.id) == dead
    s.close()


def test_disk_nearly_full_refuses_new_visits(tmp_path, key, caplog):
    s = SqliteVisitStore(tmp_path / "d", Sealer(key), min_free_bytes=1 << 62)
    with pytest.raises(StoreUnavailable) as info:
        s.save(make_visit(9))
    assert info.value.reason == "disk_full"
    assert not s.status().accepting
    assert any(r.name == "offline_store.alert" for r in caplog.records)
    s.close()


def test_disk_full_during_the_write(tmp_path, key):
    """SQLite's own SQLITE_FULL, forced with max_page_count, maps to disk_full and keeps nothing half-written."""
    s = SqliteVisitStore(tmp_path / "d", Sealer(key))
    s.save(make_visit(10))
    cur = s._writer()  # the connection saves go through
    pages = cur.execute("PRAGMA page_count").fetchone()[0]
    cur.execute(f"PRAGMA max_page_count={pages}")
    big = make_visit(11, citizen_name="x" * 200_000)
    with pytest.raises(StoreUnavailable) as info:
        s.save(big)
    assert info.value.reason == "disk_full"
    assert s.state_of(big.id) == "unknown"
    assert s.status().queued == 1
    s.close()


def test_outbox_entries_cannot_be_deleted(store):
    v = make_visit(12)
    store.save(v)
    with pytest.raises(Exception, match="never deleted"):
        with store.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM outbox")
    assert store.state_of(v.id) == "queued"


def test_counts_stay_exact_through_every_transition(store):
    vs = [make_visit(100 + i) for i in range(6)]
    for v in vs:
        store.save(v)
    store.claim(3)
    store.mark_synced([vs[0].id])
    store.mark_dead(vs[1].id, "x", None)
    store.reschedule({vs[2].id: 0}, "x")
    store.retry_dead(vs[1].id)
    from sqlalchemy import text
    with store.engine.connect() as conn:
        real = dict(conn.execute(text("select state, count(*) from outbox group by state")).all())
    st = store.status()
    assert st.queued == real.get("queued", 0) + real.get("sending", 0) == 5
    assert st.dead_letters == real.get("dead", 0) == 0


def test_a_failed_outbox_insert_leaves_no_half_visit(store):
    """Visit and outbox entry commit together or not at all."""
    store.save(make_visit(13))  # the writer connection exists now
    cur = store._writer()
    cur.execute("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'boom'); END")
    v = make_visit(14)
    with pytest.raises(StoreUnavailable):
        store.save(v)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from visits where id=?", (v.id,)).scalar() == 0
    cur.execute("DROP TRIGGER fail_outbox")
    store.save(v)
    assert store.state_of(v.id) == "queued"
