"""Calibration checks, due dates, use counts and cleaning (Qt-free, on a clock the test moves)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from kiosk.health.checks.calibration import calibration_due
from kiosk.health.station import Station
from kiosk.maintenance.calibration import CareBook, out_of_service, states
from kiosk.runner import demo_config


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 12, 6, 3, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def clock():
    return Clock()


def test_a_check_within_tolerance_passes_and_sets_the_due_date(tmp_path, clock):
    book = CareBook(tmp_path, clock)
    r = book.record_check("blood_pressure", {"systolic": 120, "diastolic": 80}, {"systolic": 123, "diastolic": 76},
                          interval_days=180)
    assert r.passed and r.deviations == {"systolic": 3.0, "diastolic": -4.0}
    s = book.state("blood_pressure", 180, 50)
    assert s.last_passed is True and s.due == clock.t + timedelta(days=180) and not s.out_of_service


def test_a_check_out_of_tolerance_fails_and_takes_the_device_out(tmp_path, clock):
    book = CareBook(tmp_path, clock)
    r = book.record_check("body", {"weight_kg": 50.0}, {"weight_kg": 50.3}, interval_days=365)
    assert not r.passed
    assert book.state("body", 365, 50).out_of_service


def test_a_new_device_counts_from_first_sight_then_goes_overdue(tmp_path, clock):
    book = CareBook(tmp_path, clock)
    assert book.state("spo2", 30, 50).days_left == pytest.approx(30)
    clock.t += timedelta(days=31)
    s = book.state("spo2", 30, 50)
    assert s.overdue and s.out_of_service and s.days_left == pytest.approx(-1)


def test_uses_and_cleaning(tmp_path, clock):
    book = CareBook(tmp_path, clock)
    for _ in range(3):
        book.count_use("blood_pressure")
    s = book.state("blood_pressure", 365, 3)
    assert s.uses == 3 and s.cleaning_due
    assert book.record_cleaning("blood_pressure") == 3
    s = book.state("blood_pressure", 365, 3)
    assert s.uses == 3 and s.uses_since_cleaning == 0 and not s.cleaning_due and s.last_cleaning == clock.t


def test_the_file_is_replaced_whole_and_a_damaged_one_is_not_trusted(tmp_path, clock):
    book = CareBook(tmp_path, clock)
    book.count_use("temperature")
    assert json.loads(book.path.read_text())["devices"]["temperature"]["uses"] == 1
    assert not list(tmp_path.glob(".device-care.json.*"))  # no temporary file left behind
    book.path.write_text("{ damaged")
    assert book.state("temperature", 365, 50).uses == 0


def test_the_health_check_and_the_flow_agree(tmp_path, clock):
    cfg = demo_config(tmp_path, None, 10.0, {"devices": {"spo2": {"port": "demo", "protocol": "nonin-df2", "calibration_days": 30}}})
    book = CareBook(cfg.paths.data_dir, clock)
    states(cfg, book)  # first sight of every device
    clock.t += timedelta(days=31)
    st = Station(cfg, demo=True, started_monotonic=0.0, now=clock)
    results = {r.id: r for r in calibration_due(st)}
    assert results["calibration.spo2"].status.value == "red"
    assert results["calibration.spo2"].reason == "calibration_overdue"
    assert results["calibration.spo2"].value == pytest.approx(-1)
    assert results["calibration.blood_pressure"].status.value == "green"
    assert out_of_service(cfg, book) == {"spo2"}


def test_doctor_writes_nothing(tmp_path, clock):
    cfg = demo_config(tmp_path, None, 10.0, {})
    calibration_due(Station(cfg, now=clock))
    assert not (tmp_path / "data" / "device-care.json").exists() and not list(tmp_path.rglob("device-care.json"))
