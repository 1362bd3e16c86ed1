"""The history reader against the real local FHIR server, seeded through its API."""
from __future__ import annotations

import socket
import threading
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.demo.fhir_server import start_fhir_server
from kiosk.demo.history_seed import OTHER_SOURCE, STATIONS, seed_history
from offline_store.history import HistoryError, HistoryReader
from offline_store.settings import SyncSettings

SYSTEM = "http://fhir.ehealth.gov.vn/core/sid/national_id"
NOW = datetime.now(timezone.utc)


def test_five_hundred_readings_over_a_year_from_two_stations(settings, fhir_server):
    seed_history(fhir_server.url, "079100000500", SYSTEM, observations=500, now=NOW)
    pages = []
    h = HistoryReader(settings, page_size=100).read("079100000500", now=NOW, on_page=pages.append)
    assert h.patient_found
    assert len(h.readings) == 500
    assert len(pages) == 5  # paged through Bundle.link next
    times = [r.at for r in h.readings]
    assert times == sorted(times, reverse=True)  # newest first
    assert times[-1] >= NOW - timedelta(days=366)
    assert {r.source for r in h.readings if r.station} == set(STATIONS)
    others = [r for r in h.readings if not r.station]
    assert others and {r.source for r in others} == {OTHER_SOURCE}
    bp = [r for r in h.readings if r.key == "blood_pressure"]
    assert bp and all(r.diastolic is not None and 90 < r.value < 200 for r in bp)
    assert {r.key for r in h.readings} == {"blood_pressure", "pulse", "weight_kg", "bmi", "spo2"}
    assert [v.vaccine for v in h.vaccinations][:1] == ["Influenza vaccine"]
    assert len(h.vaccinations) == 3


def test_readings_older_than_twelve_months_are_left_out(settings, fhir_server):
    seed_history(fhir_server.url, "079100000013", SYSTEM, observations=25, vaccinations=False,
                 now=NOW - timedelta(days=300))
    h = HistoryReader(settings).read("079100000013", now=NOW)
    assert 0 < len(h.readings) < 25
    assert h.vaccinations == ()


def test_unknown_citizen_is_an_empty_history(settings):
    h = HistoryReader(settings).read("079199999999", now=NOW)
    assert h.patient_found is False and h.readings == () and h.vaccinations == ()


def test_known_citizen_with_nothing_recorded(settings, fhir_server):
    seed_history(fhir_server.url, "079100000000", SYSTEM, observations=0, vaccinations=False, now=NOW)
    h = HistoryReader(settings).read("079100000000", now=NOW)
    assert h.patient_found and h.readings == () and h.vaccinations == ()


def test_server_down_mid_paging(tmp_path):
    server = start_fhir_server(tmp_path / "sekmet")
    try:
        seed_history(server.url, "079100000250", SYSTEM, observations=250, now=NOW)
        reader = HistoryReader(SyncSettings(base_url=server.url, connect_timeout_s=2), timeout_s=5, page_size=100)
        got = []

        def first_page_then_down(page):
            got.append(page)
            if len(got) == 1:
                server.stop()

        with pytest.raises(HistoryError) as err:
            reader.read("079100000250", now=NOW, on_page=first_page_then_down)
        assert err.value.kind == "connection" and err.value.pages_read == 1
        assert len(got) == 1 and len(got[0]) == 100
        assert "079100000250" not in str(err.value)  # the query holds the ID number: never in a message
    finally:
        server.stop()


def test_slow_server_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)  # accepts, never answers
    done = threading.Event()
    try:
        reader = HistoryReader(SyncSettings(base_url=f"http://127.0.0.1:{listener.getsockname()[1]}/fhir"),
                               timeout_s=1)
        with pytest.raises(HistoryError) as err:
            reader.read("079100000001", now=NOW)
        assert err.value.kind == "timeout" and err.value.pages_read == 0
    finally:
        done.set()
        listener.close()
