"""Unit conversions and BMI, shared by codecs and devices."""
from __future__ import annotations

LB_TO_KG = 0.45359237
INCH_TO_CM = 2.54
KPA_TO_MMHG = 7.50062


def bmi_of(weight_kg: float, height_cm: float) -> float:
    """Body-mass index to one decimal."""
    m = height_cm / 100
    return round(weight_kg / (m * m), 1)
