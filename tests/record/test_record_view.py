"""What the record screens show, without Qt: today next to before, band lines from the clinical table, charts."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from drivers.sensors.api import MeasurementKind as K, Reading as VisitReading
from kiosk.services.record import view
from offline_store.history import Reading

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=timezone.utc)
TZ = view.tz_of("+07:00")


def test_today_from_the_visit_next_to_the_newest_earlier_day():
    history = [Reading("blood_pressure", NOW - timedelta(hours=1), 150, 95, "VN-HCM-Q1-0001", True),
               Reading("blood_pressure", NOW - timedelta(days=30), 132, 84, "Phòng khám", False),
               Reading("blood_pressure", NOW - timedelta(days=60), 128, 80, "VN-HCM-Q3-0002", True)]
    visit = {K.BLOOD_PRESSURE: VisitReading(K.BLOOD_PRESSURE, {"systolic": 126, "diastolic": 81, "pulse": 70})}
    rows = {r["metric"]: r for r in view.today_rows(history, visit, NOW, TZ)}
    bp = rows["blood_pressure"]
    assert (bp["value"], bp["diastolic"], bp["band"]) == (126, 81, "normal")  # this visit wins over the record
    assert (bp["prevValue"], bp["prevSource"], bp["prevStation"]) == (132, "Phòng khám", False)
    assert bp["prevDate"] == {"year": 2026, "month": 10, "day": 21}
    assert rows["pulse"]["hasToday"] and not rows["pulse"]["hasPrevious"]
    assert "spo2" not in rows  # never measured: no row


def test_band_lines_are_where_the_colour_changes():
    assert [(b["value"], b["severity"]) for b in view.band_lines("systolic")] == [
        (130.0, "caution"), (140.0, "warning"), (180.0, "critical")]
    assert [b["value"] for b in view.band_lines("spo2")] == [90.0, 95.0]
    assert view.band_lines("weight_kg") == []


def test_a_chart_of_five_hundred_readings_is_thinned_and_marks_other_sources():
    history = [Reading("pulse", NOW - timedelta(hours=17 * i), 60 + i % 30, None,
                       "Clinic" if i % 50 == 0 else "VN-HCM-Q1-0001", i % 50 != 0) for i in range(500)]
    (chart,) = view.charts("pulse", history, NOW, TZ, 60)
    points = chart["series"][0]["points"]
    assert chart["count"] == 500 and len(points) == 60
    assert all(0 <= p["x"] <= 1 for p in points) and [p["x"] for p in points] == sorted(p["x"] for p in points)
    assert chart["sources"] == ["Clinic"]
    assert chart["yMin"] < 60 and chart["yMax"] > 101 and 101.0 in [b["value"] for b in chart["bands"]]
    assert len(chart["ticks"]) == 12 and chart["grid"]
