"""kiosk.devices.store.open_store in demo mode: a saved visit reaches the server quickly."""
from __future__ import annotations

import time

import pytest

from kiosk.demo.env import DemoEnv
from kiosk.devices.store import open_store
from kiosk.runner import demo_config
from tests.store.visits import make_visit

pytestmark = pytest.mark.fhir


def test_demo_store_saves_and_syncs(tmp_path, fhir_server):
    demo = DemoEnv(workdir=tmp_path, fhir_url=fhir_server.url)
    cfg = demo_config(tmp_path, fhir_server.url, None)
    store, sync = open_store(cfg, demo)
    try:
        assert (tmp_path / "store.key").stat().st_mode & 0o077 == 0
        visit = make_visit(201)
        store.save(visit)
        sync.kick()
        deadline = time.monotonic() + 20
        while store.state_of(visit.id) != "synced" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.state_of(visit.id) == "synced"
        st = store.status()
        assert st.queued == 0 and st.last_success_at is not None and st.accepting
    finally:
        sync.stop()
