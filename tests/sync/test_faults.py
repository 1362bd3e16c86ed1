"""Network and server faults, injected by a loopback proxy in front of the real FHIR server."""
from __future__ import annotations

import dataclasses
import time

import pytest

from offline_store.sync import SyncEngine
from tests.store.visits import make_visit
from tests.sync.conftest import search_total
from tests.sync.fault_proxy import FaultProxy

pytestmark = pytest.mark.fhir


@pytest.fixture
def proxy(fhir_server):
    p = FaultProxy(fhir_server.url)
    yield p
    p.stop()


@pytest.fixture
def via_proxy(settings, proxy):
    return dataclasses.replace(settings, base_url=proxy.url, read_timeout_s=1.0, request_retries=3,
                               max_inline_wait_s=5.0)


def observations_of(http, base, visit) -> int:
    return sum(search_total(http, base, "Observation", identifier=f"urn:ietf:rfc:3986|urn:uuid:{m.id}")
               for m in visit.measurements if m.code != "diastolic")


@pytest.mark.parametrize("fault", ["drop", "reset", "stall:1.5"])
def test_lost_answer_is_retried_without_duplicates(fault, fhir_server, store, via_proxy, proxy, http):
    visit = make_visit(300 + len(fault))
    store.save(visit)
    # Patients/Devices pass, then the Observations batch is applied but its answer lost (or never sent).
    proxy.inject("pass", fault)
    result = SyncEngine(store, via_proxy).run_once()
    assert result.synced == [visit.id], result
    assert observations_of(http, fhir_server.url, visit) == 8  # one per vital sign, not two
    assert search_total(http, fhir_server.url, "Patient",
                        identifier=f"{via_proxy.patient_identifier_system}|{visit.citizen_id}") == 1


def test_500_puts_the_round_back_in_the_queue(fhir_server, store, via_proxy, proxy):
    visit = make_visit(310)
    store.save(visit)
    proxy.inject("500")
    result = SyncEngine(store, via_proxy).run_once()
    assert result.error is not None and result.error.status == 500
    assert store.state_of(visit.id) == "queued"
    status = store.status()
    assert status.queued == 1 and "500" in status.last_error
    assert store.next_due_in() > 0.5  # backoff, not a hot loop
    store.reschedule({visit.id: 0}, "test: due now", count_attempt=False)
    assert SyncEngine(store, via_proxy).run_once().synced == [visit.id]


def test_503_with_short_retry_after_is_waited_for(fhir_server, store, via_proxy, proxy):
    visit = make_visit(311)
    store.save(visit)
    proxy.inject("503:1")
    t0 = time.monotonic()
    assert SyncEngine(store, via_proxy).run_once().synced == [visit.id]
    assert time.monotonic() - t0 >= 1.0


def test_503_with_long_retry_after_goes_to_the_outbox(fhir_server, store, via_proxy, proxy):
    visit = make_visit(312)
    store.save(visit)
    proxy.inject("503:120")
    result = SyncEngine(store, via_proxy).run_once()
    assert result.error.retry_after == 120
    assert 100 < store.next_due_in() <= 120


def test_server_down_then_back(fhir_server, store, via_proxy, proxy):
    visit = make_visit(313)
    store.save(visit)
    proxy.always = "down"
    result = SyncEngine(store, via_proxy).run_once()
    assert result.error is not None and result.error.kind == "connection"
    assert store.state_of(visit.id) == "queued"
    proxy.always = None
    store.reschedule({visit.id: 0}, "test: due now", count_attempt=False)
    assert SyncEngine(store, via_proxy).run_once().synced == [visit.id]


def test_worker_honours_a_long_retry_after_and_still_stops_at_once(fhir_server, store, via_proxy, proxy):
    from offline_store.worker import SyncWorker

    visit = make_visit(314)
    store.save(visit)
    proxy.inject("503:120")
    worker = SyncWorker(store, dataclasses.replace(via_proxy, sync_interval_s=1)).start()
    try:
        deadline = time.monotonic() + 10
        while proxy.requests < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        seen = proxy.requests
        worker.kick()  # a new visit must not make it knock before the server said so
        time.sleep(0.5)
        assert proxy.requests == seen
        assert store.state_of(visit.id) == "queued"
    finally:
        t0 = time.monotonic()
        worker.stop()
        assert time.monotonic() - t0 < 5


def test_gzip_bodies_where_the_server_side_accepts_them(fhir_server, store, via_proxy, proxy, http):
    visit = make_visit(315)
    store.save(visit)
    proxy.gunzip = True
    result = SyncEngine(store, dataclasses.replace(via_proxy, gzip_requests=True)).run_once()
    assert result.synced == [visit.id]
    assert proxy.gzipped_bodies == 3  # Patient/Devices, Observations, Provenance
    assert observations_of(http, fhir_server.url, visit) == 8


def test_gzip_to_a_server_that_cannot_read_it_keeps_the_visit(fhir_server, store, settings):
    """sekmet answers a gzip body with 500: why backend.gzip_requests is off by default."""
    visit = make_visit(316)
    store.save(visit)
    result = SyncEngine(store, dataclasses.replace(settings, gzip_requests=True, request_retries=1)).run_once()
    assert result.error is not None and result.error.status == 500
    assert store.state_of(visit.id) == "queued"


def test_a_bundle_refused_as_a_whole_is_narrowed_down_to_its_culprit(fhir_server, store, via_proxy, proxy):
    good = [make_visit(320), make_visit(322)]
    bad = make_visit(321)
    for v in (good[0], bad, good[1]):
        store.save(v)
    proxy.refuse_if = bad.citizen_id.encode()  # this server rejects any Bundle carrying that Patient
    engine = SyncEngine(store, dataclasses.replace(via_proxy, batch_size=3, dead_after_attempts=1))
    for _ in range(12):
        if not engine.run_once().claimed:
            due = [v for v in (good[0], bad, good[1]) if store.state_of(v.id) == "queued"]
            if not due:
                break
            store.reschedule({v.id: 0 for v in due}, "test: due now", count_attempt=False)
    assert [store.state_of(v.id) for v in good] == ["synced", "synced"]
    assert store.state_of(bad.id) == "dead"
    assert "400" in store.dead_letters()[0].last_error


def test_server_without_batch_gets_single_requests_with_if_none_exist(fhir_server, store, via_proxy, proxy, http):
    visit = make_visit(330)
    store.save(visit)
    proxy.no_batch = True
    engine = SyncEngine(store, via_proxy)
    assert engine.run_once().synced == [visit.id]
    # A lost answer mid-way, then a replay: If-None-Exist keeps it to one copy each.
    store.reschedule({visit.id: 0}, "replay", count_attempt=False)
    proxy.inject("pass", "pass", "drop")
    assert engine.run_once().synced == [visit.id]
    assert observations_of(http, fhir_server.url, visit) == 8
    assert search_total(http, fhir_server.url, "Patient",
                        identifier=f"{via_proxy.patient_identifier_system}|{visit.citizen_id}") == 1


def test_wrong_url_is_an_outage_named_after_its_key_not_the_visits_fault(fhir_server, store, settings):
    visit = make_visit(340)
    store.save(visit)
    wrong = dataclasses.replace(settings, base_url=fhir_server.url.replace("/fhir", "/fhirx"), dead_after_attempts=1)
    engine = SyncEngine(store, wrong)
    for _ in range(3):
        result = engine.run_once()
        assert result.error is not None and result.error.status == 404
        store.reschedule({visit.id: 0}, "test: due now", count_attempt=False, note_error=False)
    assert store.state_of(visit.id) == "queued" and store.attempts_of(visit.id) == 0
    assert "backend.url" in store.status().last_error


def test_a_batch_halved_by_timeouts_stays_halved_for_the_next_run(fhir_server, store, via_proxy, proxy):
    s = dataclasses.replace(via_proxy, batch_size=4)
    for i in range(2):
        store.save(make_visit(340 + i))
    proxy.inject(*["stall:1.5"] * (s.request_retries + 1))
    assert SyncEngine(store, s).run_once().error.kind == "timeout"
    # A restarted kiosk (or the next `kiosk queue sync`) does not start with the batch that timed out.
    engine = SyncEngine(store, s)
    assert engine.batch_size == 2
    store.reschedule({v: 0 for v in store.unsent_visit_ids()}, "test: due now", count_attempt=False)
    assert len(engine.run_once().synced) == 2 and engine.batch_size == 4
