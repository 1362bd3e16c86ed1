"""The one table of clinical thresholds the kiosk uses, each row with its source.

Screening wording only: these bands decide a colour and which plain-language
advice the QML shows; they are not a diagnosis. Change a cut-off here and
nowhere else; tests/clinical checks every boundary against this table.

Bands are half-open: a band holds values with ``low <= value < below``
(``None`` = unbounded). Bands of one metric are listed from low to high.
Metrics are the vital keys of ``offline_store.vitals`` (which names each
vital's band and unit).
"""
from __future__ import annotations

from dataclasses import dataclass

# Where each figure comes from. "(unverified)" marks a figure taken from a
# secondary source that must be confirmed against the primary document.
SOURCES: dict[str, str] = {
    "vnha-2018": (
        "Vietnam National Heart Association / Vietnamese Society of Hypertension (VNHA/VSH), "
        "2018 recommendations on diagnosis and treatment of hypertension (huyetap.vn, 2018-12-28); "
        "grades identical to ESC/ESH 2018 and ESH 2023"
    ),
    "esc-esh-2018-low": "ESC/ESH 2018 guideline: hypotension below 90/60 mmHg",
    "moh-5904-urgent": (
        "Ministry of Health QD 5904/QD-BYT (2019), hypertension at commune health stations: "
        ">= 180/110 mmHg with acute signs is an emergency; emergency number 115"
    ),
    "moh-bp-protocol": (
        "Ministry of Health hypertension guidance for commune health stations (QD 5904/QD-BYT, 2019; "
        "unverified details): rest 5 minutes seated, two readings 1-2 minutes apart, report the "
        "average; take a third if the two differ by more than 10 mmHg"
    ),
    "who-wpro-2000": (
        "WHO Western Pacific Region, IASO, IOTF: The Asia-Pacific perspective: redefining obesity "
        "and its treatment (2000); WHO Expert Consultation, Lancet 2004;363:157-163; "
        "Ministry of Health QD 2892/QD-BYT (2022) as reported in the press"
    ),
    "who-covid-2020-spo2": (
        "WHO COVID-19 clinical management guidance (2020): severe illness if SpO2 < 90 % on room air; "
        ">= 95 % taken as normal at rest; 90-94 % re-measure and see a health worker"
    ),
    "fever-convention": (
        "WHO convention: fever >= 38.0 C (core); no universal cut-off for infrared body thermometers "
        "(J Glob Health 2021;11:03023); 37.5-37.9 re-measure band and >= 39.0 high fever are "
        "project choices for screening"
    ),
    "pulse-adult-rest": "Adult resting heart rate 60-100 /min (common clinical convention; unverified)",
}


@dataclass(frozen=True)
class Band:
    metric: str
    band: str
    low: float | None  # inclusive
    below: float | None  # exclusive
    severity: str  # good | caution | warning | critical
    urgent: bool
    source: str  # key into SOURCES


SEVERITIES = ("good", "caution", "warning", "critical")

# Blood pressure categories, lowest first. Systolic and diastolic are graded
# separately and the higher category wins (VNHA/ESH rule).
BP_CATEGORIES = ("optimal", "normal", "high_normal", "grade_1", "grade_2", "grade_3")

BANDS: tuple[Band, ...] = (
    # --- systolic (mmHg) ---
    Band("systolic", "optimal", None, 120, "good", False, "vnha-2018"),
    Band("systolic", "normal", 120, 130, "good", False, "vnha-2018"),
    Band("systolic", "high_normal", 130, 140, "caution", False, "vnha-2018"),
    Band("systolic", "grade_1", 140, 160, "warning", False, "vnha-2018"),
    Band("systolic", "grade_2", 160, 180, "warning", False, "vnha-2018"),
    Band("systolic", "grade_3", 180, None, "critical", True, "moh-5904-urgent"),
    # --- diastolic (mmHg) ---
    Band("diastolic", "optimal", None, 80, "good", False, "vnha-2018"),
    Band("diastolic", "normal", 80, 85, "good", False, "vnha-2018"),
    Band("diastolic", "high_normal", 85, 90, "caution", False, "vnha-2018"),
    Band("diastolic", "grade_1", 90, 100, "warning", False, "vnha-2018"),
    Band("diastolic", "grade_2", 100, 110, "warning", False, "vnha-2018"),
    Band("diastolic", "grade_3", 110, None, "critical", True, "moh-5904-urgent"),
    # --- pulse (/min); readings are whole numbers, so 100 is still normal ---
    Band("pulse", "low", None, 60, "caution", False, "pulse-adult-rest"),
    Band("pulse", "normal", 60, 101, "good", False, "pulse-adult-rest"),
    Band("pulse", "high", 101, None, "caution", False, "pulse-adult-rest"),
    # --- BMI (kg/m2), Asian cut-offs ---
    Band("bmi", "underweight", None, 18.5, "caution", False, "who-wpro-2000"),
    Band("bmi", "normal", 18.5, 23.0, "good", False, "who-wpro-2000"),
    Band("bmi", "overweight", 23.0, 25.0, "caution", False, "who-wpro-2000"),
    Band("bmi", "obese_1", 25.0, 30.0, "warning", False, "who-wpro-2000"),
    Band("bmi", "obese_2", 30.0, None, "warning", False, "who-wpro-2000"),
    # --- SpO2 (%) at rest, room air ---
    Band("spo2", "urgent", None, 90, "critical", True, "who-covid-2020-spo2"),
    Band("spo2", "low", 90, 95, "warning", False, "who-covid-2020-spo2"),
    Band("spo2", "normal", 95, None, "good", False, "who-covid-2020-spo2"),
    # --- body temperature (C), infrared body mode ---
    Band("body_temp_c", "low", None, 35.0, "caution", False, "fever-convention"),
    Band("body_temp_c", "normal", 35.0, 37.5, "good", False, "fever-convention"),
    Band("body_temp_c", "raised", 37.5, 38.0, "caution", False, "fever-convention"),
    Band("body_temp_c", "fever", 38.0, 39.0, "warning", False, "fever-convention"),
    Band("body_temp_c", "high_fever", 39.0, None, "warning", False, "fever-convention"),
)

# Isolated systolic hypertension: systolic in the hypertensive range while
# diastolic stays below this. Grade 3 systolic stays grade 3 (urgent).
ISOLATED_SYSTOLIC = {"systolic_from": 140, "diastolic_below": 90, "severity": "warning", "source": "vnha-2018"}

# Hypotension: either value below its limit (only when no hypertensive grade applies).
LOW_BP = {"systolic_below": 90, "diastolic_below": 60, "severity": "caution", "source": "esc-esh-2018-low"}

# The measurement protocol the blood-pressure step follows.
BP_PROTOCOL = {
    "rest_s": 300,  # seated rest before the first reading
    "readings": 2,
    "interval_s": 60,  # between readings
    "recheck_difference_mmhg": 10,  # a third reading when the first two differ by more
    "max_readings": 3,
    "source": "moh-bp-protocol",
}

def bands_of(metric: str) -> tuple[Band, ...]:
    return tuple(b for b in BANDS if b.metric == metric)


def band_for(metric: str, value: float) -> Band:
    for b in bands_of(metric):
        if (b.low is None or value >= b.low) and (b.below is None or value < b.below):
            return b
    raise ValueError(f"no {metric} band holds {value}")
