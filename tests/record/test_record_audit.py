"""Each read of the record is one AuditEvent on the real server, exactly once, also after a replay."""
from __future__ import annotations

import os
import queue
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest
import requests

from kiosk.demo.history_seed import seed_history
from kiosk.devices.store import sync_settings
from kiosk.runner import demo_config
from kiosk.services.api import RunnerContext
from kiosk.services.record import events as ev
from kiosk.services.record.runner import RecordRunner
from offline_store.sealing import Sealer
from offline_store.sqlite_store import SqliteVisitStore
from offline_store.sync import SyncEngine

pytestmark = pytest.mark.fhir

SYSTEM = "http://fhir.ehealth.gov.vn/core/sid/national_id"


def _read(runner: RecordRunner, id_number: str) -> object:
    posted: queue.Queue = queue.Queue()
    runner.apply(ev.LoadHistory(id_number), posted.put)
    while True:
        item = posted.get(timeout=60)
        if not isinstance(item, ev.HistoryPage):
            return item


def test_each_read_is_audited_once_after_a_replay(fhir_server, tmp_path):
    seed_history(fhir_server.url, "079100000777", SYSTEM, observations=10, vaccinations=False)
    cfg = demo_config(tmp_path, fhir_server.url, None)
    store = SqliteVisitStore(tmp_path / "store", Sealer(os.urandom(32)))
    http = requests.Session()
    http.trust_env = False
    try:
        runner = RecordRunner(RunnerContext(cfg, SimpleNamespace(store=store), lambda frame: None,
                                            lambda: datetime.now(timezone.utc)))
        assert isinstance(_read(runner, "079100000777"), ev.HistoryLoaded)
        assert isinstance(_read(runner, "079100000777"), ev.HistoryLoaded)  # read twice: two events
        settings = sync_settings(cfg)
        synced = SyncEngine(store, settings).run_once().synced
        assert len(synced) == 2

        store.reschedule({i: 0 for i in synced}, "replay")  # as if the acknowledgements had been lost
        assert sorted(SyncEngine(store, settings).run_once().synced) == sorted(synced)

        for audit_id in synced:
            r = http.get(f"{fhir_server.url}/AuditEvent", params={"_id": audit_id, "_summary": "count"}, timeout=30)
            assert r.json()["total"] == 1
            event = http.get(f"{fhir_server.url}/AuditEvent/{audit_id}", timeout=30).json()
            assert event["outcomeDesc"] == "found" and event["source"]["site"] == cfg.station.id
    finally:
        http.close()
        store.close()


def test_a_read_with_the_backend_down_is_audited_too(tmp_path):
    cfg = demo_config(tmp_path, "http://127.0.0.1:9/fhir", None, {"backend": {"history_timeout_s": 2}})
    store = SqliteVisitStore(tmp_path / "store", Sealer(os.urandom(32)))
    try:
        runner = RecordRunner(RunnerContext(cfg, SimpleNamespace(store=store), lambda frame: None,
                                            lambda: datetime.now(timezone.utc)))
        assert isinstance(_read(runner, "079100000778"), ev.HistoryFailed)
        assert store.status().queued == 1  # the AuditEvent waits in the outbox for the backend
    finally:
        store.close()
