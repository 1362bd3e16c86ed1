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
from offline_store.vitals import VITALS


@dataclass(frozen=True)
class Finding:
    metric: str  # blood_pressure, or a vital key of offline_store.vitals (pulse, bmi, spo2, body_temp_c...)
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


def _banded(key: str, value: float) -> Finding:
    v = VITALS[key]
    if not v.band:
        return Finding(key, value, v.unit, "none", "good", False, "")
    b = t.band_for(v.band, value)
    return Finding(key, value, v.unit, b.band, b.severity, b.urgent, t.SOURCES[b.source])


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
        "blood_pressure", systolic, VITALS["systolic"].unit, band, severity,
        band == "grade_3", t.SOURCES[source], diastolic=diastolic,
    )


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
    else:
        for key in _SHOWN[kind]:
            v = _number(values, key)
            if v is not None:
                out.append(_banded(key, v))
    return out


# The vitals each step's findings show, in display order (ambient temperature is device context).
_SHOWN = {
    MeasurementKind.BODY: ("weight_kg", "height_cm", "bmi"),
    MeasurementKind.SPO2: ("spo2", "pulse"),
    MeasurementKind.TEMPERATURE: ("body_temp_c",),
}


def any_urgent(findings: list[Finding]) -> bool:
    return any(f.urgent for f in findings)
