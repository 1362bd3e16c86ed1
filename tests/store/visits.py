"""Fictitious visits for the store and sync tests (invented people, plausible readings)."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from offline_store.api import Consent, IdentityAssurance, Measurement, Visit

ICT = timezone(timedelta(hours=7))


def citizen_id(n: int) -> str:
    """A 12-digit number in the CCCD layout (province 079, century/sex digit 1)."""
    return f"0791{58000000 + n:08d}"


def make_visit(n: int = 0, *, station: str = "VN-TEST-0001", full: bool = True, rng: random.Random | None = None,
               **overrides) -> Visit:
    rng = rng or random.Random(n)
    t0 = datetime(2026, 11, 23, 9, 0, tzinfo=ICT) + timedelta(minutes=n)
    ms = [
        Measurement("systolic", rng.randint(105, 150), "mm[Hg]", t0 + timedelta(minutes=2), "bp-cuff"),
        Measurement("diastolic", rng.randint(65, 95), "mm[Hg]", t0 + timedelta(minutes=2), "bp-cuff"),
        Measurement("pulse", rng.randint(55, 95), "/min", t0 + timedelta(minutes=2), "bp-cuff"),
    ]
    if full:
        ms += [
            Measurement("weight_kg", round(rng.uniform(45, 85), 1), "kg", t0 + timedelta(minutes=3), "scale"),
            Measurement("height_cm", round(rng.uniform(150, 180), 1), "cm", t0 + timedelta(minutes=3), "scale"),
            Measurement("bmi", round(rng.uniform(18, 30), 1), "kg/m2", t0 + timedelta(minutes=3), "scale"),
            Measurement("spo2", rng.randint(94, 99), "%", t0 + timedelta(minutes=4), "oximeter"),
            Measurement("pulse", rng.randint(55, 95), "/min", t0 + timedelta(minutes=4), "oximeter"),
            Measurement("body_temp_c", round(rng.uniform(36.1, 37.4), 1), "Cel", t0 + timedelta(minutes=5), "thermo"),
        ]
    fields = dict(
        station_id=station,
        citizen_id=citizen_id(n),
        started_at=t0,
        finished_at=t0 + timedelta(minutes=6),
        measurements=tuple(ms),
        assurance=IdentityAssurance("PACE-CAN", "genuine", "passed", "match", 0.71, 0.5, "passed"),
        consent=Consent("2026-11-v1", "9f2c" * 16, "vi", t0 + timedelta(minutes=1)),
        citizen_name="Trần Thị Thử Nghiệm",
        citizen_birth_date="1958-03-15",
        citizen_sex="F",
    )
    fields.update(overrides)
    return Visit(**fields)
