"""A store written by a newer kiosk is refused, clearly, and left exactly as it was."""
from __future__ import annotations

import hashlib
import logging

import pytest

from kiosk.demo.env import DemoEnv
from kiosk.devices.store import open_store
from kiosk.runner import demo_config
from offline_store import database
from offline_store.sealing import Sealer
from offline_store.sqlite_store import SqliteVisitStore, StoreNotReadable
from tests.store.visits import make_visit

FUTURE = "9999_from_a_newer_kiosk"


def _stamp_future(store: SqliteVisitStore) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    store.close()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def future_store(tmp_path, key):
    s = SqliteVisitStore(tmp_path / "data", Sealer(key))
    s.save(make_visit(1))
    _stamp_future(s)
    return tmp_path / "data" / "visits.db"


def test_older_app_refuses_a_newer_schema_and_changes_nothing(future_store, key):
    before = _digest(future_store)
    with pytest.raises(database.SchemaTooNew) as e:
        SqliteVisitStore(future_store.parent, Sealer(key))
    msg = str(e.value)
    assert FUTURE in msg and database.head_revision() in msg and "newer kiosk" in msg
    assert _digest(future_store) == before
    assert not list(future_store.parent.glob("visits.db.corrupt-*"))  # refused, not "repaired"


def test_reports_say_newer_not_outdated(future_store, key):
    with pytest.raises(StoreNotReadable) as e:
        SqliteVisitStore(future_store.parent, Sealer(key), readonly=True)
    assert e.value.reason == "newer" and FUTURE in str(e.value)


def test_kiosk_keeps_running_refuses_visits_and_tells_the_technician(tmp_path, future_store, caplog):
    cfg = demo_config(tmp_path, None, None)
    (tmp_path / "store.key").write_bytes(b"k" * 32)
    (tmp_path / "store.key").chmod(0o600)
    before = _digest(future_store)
    with caplog.at_level(logging.CRITICAL, logger="offline_store.alert"):
        store, sync = open_store(cfg, DemoEnv(workdir=tmp_path))
    assert not store.status().accepting
    alerts = [r.getMessage() for r in caplog.records if r.name == "offline_store.alert"]
    assert any("visit store refused" in m and FUTURE in m for m in alerts), alerts
    assert "Traceback" not in caplog.text
    assert _digest(future_store) == before
    sync.stop()
