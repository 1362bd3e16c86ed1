"""An offline period: 1,000 visits queue up while the server is unreachable, then drain once it is back."""
from __future__ import annotations

import dataclasses
import time

import pytest

from offline_store.worker import SyncWorker
from tests.store.visits import make_visit
from tests.sync.conftest import search_total
from tests.sync.fault_proxy import FaultProxy

pytestmark = [pytest.mark.fhir, pytest.mark.slow]

N = 1000


def test_thousand_visits_queued_offline_then_drained(fhir_server, store, settings, http):
    proxy = FaultProxy(fhir_server.url)
    proxy.always = "down"
    s = dataclasses.replace(settings, base_url=proxy.url, batch_size=20, sync_interval_s=1, request_retries=1)
    worker = SyncWorker(store, s).start()
    try:
        visits = [make_visit(10_000 + i, full=False) for i in range(N)]
        for v in visits:
            store.save(v)
            worker.kick()
        deadline = time.monotonic() + 20
        while not store.status().last_error and time.monotonic() < deadline:
            time.sleep(0.05)  # the worker's failed round may still be in flight
        st = store.status()
        assert st.queued == N and st.last_error and st.accepting
        before = search_total(http, fhir_server.url, "Observation")

        t_back = time.monotonic()
        proxy.always = None  # the network is back
        worker.kick()
        deadline = time.monotonic() + 150
        while store.status().queued and time.monotonic() < deadline:
            time.sleep(0.2)
        print(f"drained {N} visits in {time.monotonic() - t_back:.1f} s")
        st = store.status()
        assert st.queued == 0 and st.dead_letters == 0 and st.last_error is None
        assert all(store.state_of(v.id) == "synced" for v in visits)
        # Two Observations per visit (BP panel, heart rate), each exactly once.
        assert search_total(http, fhir_server.url, "Observation") - before == 2 * N
    finally:
        worker.stop()
        proxy.stop()
