"""The one table of vital signs: name, LOINC, UCUM unit, display precision, clinical band.

Every part reads it: the record (``fhir_mapping``), the visit builder, the
clinical bands and the CLI in ``kiosk``, and the QML through the view-model.
It lives in ``offline_store`` because that is the one package every reader
already depends on and that depends on nothing of ours (no Qt, no ``kiosk``);
see docs/decisions.md D16.

A vital's ``key`` is its only name: the key of a reading's values, the code
of a stored measurement, the metric of a clinical finding.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Vital:
    key: str
    loinc: str
    display: str  # the LOINC display, also the Observation's code.text
    ucum: str  # valueQuantity.code
    unit: str  # the unit as printed (valueQuantity.unit, technician output); the screen words its own
    decimals: int  # display precision only: the record keeps what the device sent
    band: str  # metric of kiosk.clinical.thresholds.BANDS, "" when the value has no bands
    profile: str  # FHIR vital-signs profile id
    extra_codings: tuple[tuple[str, str], ...] = ()


VITALS: dict[str, Vital] = {v.key: v for v in (
    Vital("systolic", "8480-6", "Systolic blood pressure", "mm[Hg]", "mmHg", 0, "systolic", "bp"),
    Vital("diastolic", "8462-4", "Diastolic blood pressure", "mm[Hg]", "mmHg", 0, "diastolic", "bp"),
    # Pulse from the cuff and from the oximeter are both heart rate.
    Vital("pulse", "8867-4", "Heart rate", "/min", "/min", 0, "pulse", "heartrate"),
    Vital("weight_kg", "29463-7", "Body weight", "kg", "kg", 1, "", "bodyweight"),
    Vital("height_cm", "8302-2", "Body height", "cm", "cm", 1, "", "bodyheight"),
    Vital("bmi", "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2", 1, "bmi", "bmi"),
    Vital("spo2", "2708-6", "Oxygen saturation in Arterial blood", "%", "%", 0, "spo2", "oxygensat",
          (("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),)),
    Vital("body_temp_c", "8310-5", "Body temperature", "Cel", "C", 1, "body_temp_c", "bodytemp"),
)}

# Systolic and diastolic of one cuff reading are the components of one panel.
BP_PANEL = ("85354-9", "Blood pressure panel with all children optional", "bp")
BP_COMPONENTS = ("systolic", "diastolic")

# Names a queued record or a reading may still carry from before this table
# (records are mapped when read, so a visit queued by an older kiosk syncs).
LEGACY_KEYS: dict[str, str] = {"body_c": "body_temp_c", "temperature": "body_temp_c",
                               "weight": "weight_kg", "height": "height_cm"}


def vital(key: str) -> Vital | None:
    """The vital a name stands for, old names included; None when it is not a vital sign."""
    return VITALS.get(LEGACY_KEYS.get(key, key))
