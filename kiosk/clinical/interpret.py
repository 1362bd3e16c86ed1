"""Turn a reading's values into findings: a band, a severity and the urgent flag.

Pure Python, no Qt. The cut-offs come from :mod:`kiosk.clinical.thresholds`;
this module only applies them (including the "higher category wins" rule for
blood pressure).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

from drivers.sensors.api import MeasurementKind
from kiosk.clinical import thresholds as t


@dataclass(frozen=True)
class Finding:
    metric: str  # blood_pressure, pulse, bmi, spo2, temperature, weight, height
    value: float  # the systolic pressure for blood_pressure
    unit: str
    band: str  # "none" for values that have no bands (weight, height)
    severity: str  # good | caution | warning | critical
    urgent: bool  # show the emergency guidance and 115
    source: str  # citation text from thresholds.SOURCES; empty for "none"
    diastolic: float | None = None  # blood_pressure only


def _number(values: Mapping[str, float], key: str) -> float | None:
    v = values.get(key)
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _banded(metric: str, value: float) -> Finding:
    b = t.band_for(metric, value)
    return Finding(metric, value, t.UNITS[metric], b.band, b.severity, b.urgent, t.SOURCES[b.source])


def blood_pressure_finding(systolic: float, diastolic: float) -> Finding:
    s = t.band_for("systolic", systolic)
    d = t.band_for("diastolic", diastolic)
    worst = max((s, d), key=lambda b: t.BP_CATEGORIES.index(b.band))
    band, severity, source = worst.band, worst.severity, worst.source
    isolated = t.ISOLATED_SYSTOLIC
    if (
        systolic >= isolated["systolic_from"]
        and diastolic < isolated["diastolic_below"]
        and band != "grade_3"
    ):
        band, severity, source = "isolated_systolic", isolated["severity"], isolated["source"]
    low = t.LOW_BP
    if band in ("optimal", "normal") and (systolic < low["systolic_below"] or diastolic < low["diastolic_below"]):
        band, severity, source = "low", low["severity"], low["source"]
    return Finding(
        "blood_pressure", systolic, t.UNITS["blood_pressure"], band, severity,
        band == "grade_3", t.SOURCES[source], diastolic=diastolic,
    )


def _plain(metric: str, value: float) -> Finding:
    return Finding(metric, value, t.UNITS[metric], "none", "good", False, "")


def interpret(kind: MeasurementKind | str, values: Mapping[str, float]) -> list[Finding]:
    """Findings for one reading, in display order. Missing or non-numeric values are skipped."""
    kind = MeasurementKind(kind)
    out: list[Finding] = []
    if kind is MeasurementKind.BLOOD_PRESSURE:
        sys_, dia = _number(values, "systolic"), _number(values, "diastolic")
        if sys_ is not None and dia is not None:
            out.append(blood_pressure_finding(sys_, dia))
        pulse = _number(values, "pulse")
        if pulse is not None:
            out.append(_banded("pulse", pulse))
    elif kind is MeasurementKind.BODY:
        for key, metric in (("weight_kg", "weight"), ("height_cm", "height")):
            v = _number(values, key)
            if v is not None:
                out.append(_plain(metric, v))
        bmi = _number(values, "bmi")
        if bmi is not None:
            out.append(_banded("bmi", bmi))
    elif kind is MeasurementKind.SPO2:
        spo2 = _number(values, "spo2")
        if spo2 is not None:
            out.append(_banded("spo2", spo2))
        pulse = _number(values, "pulse")
        if pulse is not None:
            out.append(_banded("pulse", pulse))
    elif kind is MeasurementKind.TEMPERATURE:
        body = _number(values, "body_c")
        if body is not None:
            out.append(_banded("temperature", body))
    return out


def any_urgent(findings: list[Finding]) -> bool:
    return any(f.urgent for f in findings)
