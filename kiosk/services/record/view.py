"""What the "My health record" screens show, as plain data: today next to before, charts, vaccinations.

No Qt, no wording: numbers, dates as (year, month, day), band and severity keys
and positions in [0, 1]; QML words and draws them. The view-model calls these on
every change of the session, so they stay cheap (a few ms for 500 readings).
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Mapping

from drivers.sensors.api import MeasurementKind, Reading as VisitReading
from kiosk.clinical import thresholds
from kiosk.clinical.interpret import blood_pressure_finding
from kiosk.services.record.trend import lttb
from offline_store.history import MONTHS, Reading
from offline_store.vitals import VITALS

# The rows of "today": a metric (Advice.qml's names) and the visit step whose reading gives it.
TODAY = (("blood_pressure", MeasurementKind.BLOOD_PRESSURE), ("pulse", None),
         ("weight_kg", MeasurementKind.BODY), ("bmi", MeasurementKind.BODY),
         ("spo2", MeasurementKind.SPO2), ("body_temp_c", MeasurementKind.TEMPERATURE))

# Tab -> its charts, each (chart key, [(series name, history key, which value)]).
CHARTS: dict[str, tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...]] = {
    "bp": (("bp", (("systolic", "blood_pressure", "value"), ("diastolic", "blood_pressure", "diastolic"))),),
    "weight": (("weight_kg", (("weight_kg", "weight_kg", "value"),)), ("bmi", (("bmi", "bmi", "value"),))),
    "spo2": (("spo2", (("spo2", "spo2", "value"),)),),
    "pulse": (("pulse", (("pulse", "pulse", "value"),)),),
}
Y_PADDING = 0.08  # of the value range, above and below, so a dot on the edge stays whole


def tz_of(offset: str) -> timezone:
    """``"+07:00"`` -> the station's fixed offset (Vietnam has no daylight saving)."""
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset.lstrip("+-").partition(":")
    return timezone(sign * timedelta(hours=int(hours or 0), minutes=int(minutes or 0)))


def ymd(d: date) -> dict:
    return {"year": d.year, "month": d.month, "day": d.day}


def _visit_values(readings: Mapping[MeasurementKind, VisitReading]) -> dict[str, dict]:
    """This visit's readings by metric: {"value", "diastolic"}."""
    out: dict[str, dict] = {}
    for kind, r in readings.items():
        v = r.values
        if kind is MeasurementKind.BLOOD_PRESSURE and "systolic" in v and "diastolic" in v:
            out["blood_pressure"] = {"value": float(v["systolic"]), "diastolic": float(v["diastolic"])}
        for key in ("pulse", "weight_kg", "bmi", "spo2", "body_temp_c"):
            if key in v and key not in out:
                out[key] = {"value": float(v[key]), "diastolic": None}
    return out


def _band(metric: str, value: float, diastolic: float | None) -> tuple[str, str]:
    if metric == "blood_pressure":
        f = blood_pressure_finding(value, diastolic if diastolic is not None else 0.0)
        return f.band, f.severity
    vital = VITALS[metric]
    if not vital.band:
        return "", ""
    b = thresholds.band_for(vital.band, value)
    return b.band, b.severity


def today_rows(history: Iterable[Reading], visit: Mapping[MeasurementKind, VisitReading],
               now: datetime, tz: timezone) -> list[dict]:
    """One row per metric measured today or before: today's value (this visit's, else one the record
    holds from today) next to the newest one from an earlier day, with its date and source."""
    today = now.astimezone(tz).date()
    mine = _visit_values(visit)
    latest_today: dict[str, Reading] = {}
    before: dict[str, Reading] = {}
    for r in history:  # newest first
        day = r.at.astimezone(tz).date()
        target = latest_today if day == today else before
        target.setdefault(r.key, r)
    rows = []
    for metric, _ in TODAY:
        now_v = mine.get(metric)
        if now_v is None and metric in latest_today:
            r = latest_today[metric]
            now_v = {"value": r.value, "diastolic": r.diastolic}
        prev = before.get(metric)
        if now_v is None and prev is None:
            continue
        row = {"metric": metric, "hasToday": now_v is not None, "value": 0.0, "diastolic": 0.0,
               "band": "", "severity": "", "hasPrevious": prev is not None, "prevValue": 0.0,
               "prevDiastolic": 0.0, "prevDate": {}, "prevSource": "", "prevStation": False,
               "prevBand": "", "prevSeverity": ""}
        if now_v is not None:
            row["value"], row["diastolic"] = now_v["value"], now_v["diastolic"] or 0.0
            row["band"], row["severity"] = _band(metric, now_v["value"], now_v["diastolic"])
        if prev is not None:
            row.update(prevValue=prev.value, prevDiastolic=prev.diastolic or 0.0,
                       prevDate=ymd(prev.at.astimezone(tz).date()), prevSource=prev.source,
                       prevStation=prev.station)
            row["prevBand"], row["prevSeverity"] = _band(metric, prev.value, prev.diastolic)
        rows.append(row)
    return rows


def band_lines(metric: str) -> list[dict]:
    """The clinical table's cut-offs where the colour changes, each with the severity above it."""
    out = []
    bands = thresholds.bands_of(metric)
    for lower, upper in zip(bands, bands[1:]):
        if lower.severity != upper.severity and upper.low is not None:
            worse = upper if thresholds.SEVERITIES.index(upper.severity) > thresholds.SEVERITIES.index(lower.severity) else lower
            out.append({"metric": metric, "value": float(upper.low), "severity": worse.severity})
    return out


def _months(start: datetime, end: datetime, tz: timezone) -> list[dict]:
    """Tick marks at the first of each month inside [start, end], as fractions of the span."""
    span = (end - start).total_seconds()
    out = []
    d = start.astimezone(tz).date().replace(day=1)
    while True:
        d = (d + timedelta(days=32)).replace(day=1)
        at = datetime(d.year, d.month, 1, tzinfo=tz)
        if at > end:
            return out
        out.append({"x": (at - start).total_seconds() / span, "year": d.year, "month": d.month})


def charts(tab: str, history: Iterable[Reading], now: datetime, tz: timezone, limit: int) -> list[dict]:
    """The charts of a tab: thinned series (x in [0, 1] over the last 12 months), y range, band lines,
    month ticks. A point from another source than a station is marked ``other``."""
    start = now - timedelta(days=round(MONTHS * 30.44))
    span = (now - start).total_seconds()
    history = [r for r in history if r.at >= start]
    out = []
    for chart_key, series_spec in CHARTS.get(tab, ()):
        series, values = [], []
        for name, key, field in series_spec:
            pts = sorted(((r.at - start).total_seconds() / span, float(getattr(r, field)), r.station)
                         for r in history if r.key == key and getattr(r, field) is not None)
            kept = lttb([(x, y) for x, y, _ in pts], limit)
            station = {(x, y): s for x, y, s in pts}
            series.append({"name": name, "count": len(pts),
                           "points": [{"x": x, "y": y, "other": not station[(x, y)]} for x, y in kept]})
            values += [y for _, y, _ in pts]
        lines = [ln for name, _, _ in series_spec for ln in band_lines(name)]
        if values:
            low, high = min(values), max(values)
            # The band lines near the readings are shown; far-off ones would squash the curve.
            near = [ln for ln in lines if low - (high - low + 10) <= ln["value"] <= high + (high - low + 10)]
            lines = near
            low, high = min([low] + [ln["value"] for ln in near]), max([high] + [ln["value"] for ln in near])
        else:
            low, high = 0.0, 1.0
        pad = max((high - low) * Y_PADDING, 1.0)
        sources = sorted({r.source for r in history if not r.station and r.source
                          and r.key in {key for _, key, _ in series_spec}})
        out.append({"key": chart_key, "series": series, "bands": lines, "yMin": low - pad, "yMax": high + pad,
                    "grid": grid(low - pad, high + pad), "ticks": _months(start, now, tz),
                    "count": sum(s["count"] for s in series), "sources": sources,
                    "other": any(p["other"] for s in series for p in s["points"])})
    return out


def grid(low: float, high: float, lines: int = 5) -> list[float]:
    """Round values for the horizontal grid: steps of 1, 2 or 5 times a power of ten."""
    raw = (high - low) / lines
    step = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for m in (1, 2, 5, 10):
        if step * m >= raw:
            step *= m
            break
    first = math.ceil(low / step) * step
    return [round(first + i * step, 6) for i in range(int((high - first) // step) + 1)]


def vaccinations(items) -> list[dict]:
    out = []
    for v in items:
        try:
            d = date.fromisoformat(v.at[:10])
            when = ymd(d)
        except ValueError:
            when = {}
        out.append({"vaccine": v.vaccine, "date": when, "source": v.source, "dose": v.dose})
    return out
