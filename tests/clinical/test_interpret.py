"""Clinical bands: every boundary of the threshold table, and the BP rules."""
import pytest
from hypothesis import given, strategies as st

from drivers.sensors.api import MeasurementKind
from kiosk.clinical import Finding, interpret
from kiosk.clinical import thresholds as t
from kiosk.clinical.bp_protocol import average, needs_another_reading


def bp(s, d, p=72):
    return interpret(MeasurementKind.BLOOD_PRESSURE, {"systolic": s, "diastolic": d, "pulse": p})[0]


@pytest.mark.parametrize("s,d,band", [
    (119, 79, "optimal"), (120, 79, "normal"), (119, 80, "normal"), (129, 84, "normal"),
    (130, 70, "high_normal"), (110, 85, "high_normal"), (139, 89, "high_normal"),
    (140, 90, "grade_1"), (159, 99, "grade_1"), (120, 95, "grade_1"),
    (160, 100, "grade_2"), (179, 109, "grade_2"), (125, 105, "grade_2"),
    (180, 110, "grade_3"), (180, 60, "grade_3"), (120, 110, "grade_3"),
    (140, 89, "isolated_systolic"), (175, 85, "isolated_systolic"),
    (89, 70, "low"), (110, 59, "low"), (135, 55, "high_normal"),
])
def test_blood_pressure_categories(s, d, band):
    assert bp(s, d).band == band


def test_higher_category_wins_and_urgent_only_for_grade_3():
    f = bp(125, 104)
    assert (f.band, f.severity, f.urgent) == ("grade_2", "warning", False)
    f = bp(182, 95)
    assert (f.band, f.severity, f.urgent) == ("grade_3", "critical", True)
    assert f.diastolic == 95 and f.unit == "mmHg" and "5904" in f.source


@pytest.mark.parametrize("metric,value,band", [
    ("bmi", 18.4, "underweight"), ("bmi", 18.5, "normal"), ("bmi", 22.9, "normal"),
    ("bmi", 23.0, "overweight"), ("bmi", 24.9, "overweight"), ("bmi", 25.0, "obese_1"),
    ("bmi", 29.9, "obese_1"), ("bmi", 30.0, "obese_2"),
    ("spo2", 89, "urgent"), ("spo2", 90, "low"), ("spo2", 94, "low"), ("spo2", 95, "normal"),
    ("body_temp_c", 34.9, "low"), ("body_temp_c", 35.0, "normal"), ("body_temp_c", 37.4, "normal"),
    ("body_temp_c", 37.5, "raised"), ("body_temp_c", 37.9, "raised"), ("body_temp_c", 38.0, "fever"),
    ("body_temp_c", 38.9, "fever"), ("body_temp_c", 39.0, "high_fever"),
    ("pulse", 59, "low"), ("pulse", 60, "normal"), ("pulse", 100, "normal"), ("pulse", 101, "high"),
])
def test_band_boundaries(metric, value, band):
    assert t.band_for(metric, value).band == band


def test_urgent_flags_follow_the_contract():
    spo2 = interpret("spo2", {"spo2": 89, "pulse": 80})
    assert spo2[0].urgent and spo2[0].severity == "critical"
    assert not interpret("spo2", {"spo2": 90})[0].urgent
    fever = interpret("temperature", {"body_temp_c": 39.5, "ambient_c": 25.0})
    assert [(f.metric, f.band, f.severity, f.urgent) for f in fever] == [("body_temp_c", "high_fever", "warning", False)]


def test_body_findings_include_plain_weight_and_height():
    fs = interpret(MeasurementKind.BODY, {"weight_kg": 61.5, "height_cm": 162.0, "bmi": 23.4})
    assert [(f.metric, f.band) for f in fs] == [("weight_kg", "none"), ("height_cm", "none"), ("bmi", "overweight")]
    assert all(isinstance(f, Finding) for f in fs)


def test_missing_or_bad_values_are_skipped():
    assert interpret("spo2", {"spo2": float("nan")}) == []
    assert interpret("blood_pressure", {"systolic": 120}) == []


def test_table_is_contiguous_and_cited():
    for metric in {b.metric for b in t.BANDS}:
        bands = t.bands_of(metric)
        assert bands[0].low is None and bands[-1].below is None
        for a, b in zip(bands, bands[1:]):
            assert a.below == b.low
    for b in t.BANDS:
        assert b.source in t.SOURCES and b.severity in t.SEVERITIES


@given(st.floats(30, 300), st.floats(20, 200))
def test_every_pressure_gets_exactly_one_known_band(s, d):
    f = bp(s, d)
    assert f.band in (*t.BP_CATEGORIES, "isolated_systolic", "low")
    assert f.urgent == (s >= 180 or d >= 110)


def test_moh_protocol_two_readings_averaged_third_when_far_apart():
    assert needs_another_reading([(130, 80, 70)])
    assert not needs_another_reading([(130, 80, 70), (126, 78, 74)])
    assert average([(130, 80, 70), (126, 77, 74)]) == {"systolic": 128, "diastolic": 79, "pulse": 72}
    far = [(150, 80, 70), (132, 80, 70)]
    assert needs_another_reading(far)
    assert not needs_another_reading(far + [(134, 82, 72)])
    assert average(far + [(134, 82, 72)]) == {"systolic": 133, "diastolic": 81, "pulse": 71}
