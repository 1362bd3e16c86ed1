"""Turn a finished visit draft into the immutable record the store keeps."""
from __future__ import annotations

from datetime import datetime

from drivers.sensors.api import MeasurementKind
from kiosk.session.machine import VisitDraft
from offline_store.api import Consent, IdentityAssurance, Measurement, Visit

# Reading value key -> (record code, UCUM unit). Ambient temperature is device
# context, not a vital sign, so it is not recorded.
_CODES: dict[MeasurementKind, dict[str, tuple[str, str]]] = {
    MeasurementKind.BLOOD_PRESSURE: {
        "systolic": ("systolic", "mm[Hg]"),
        "diastolic": ("diastolic", "mm[Hg]"),
        "pulse": ("pulse", "/min"),
    },
    MeasurementKind.BODY: {
        "weight_kg": ("weight_kg", "kg"),
        "height_cm": ("height_cm", "cm"),
        "bmi": ("bmi", "kg/m2"),
    },
    MeasurementKind.SPO2: {"spo2": ("spo2", "%"), "pulse": ("pulse", "/min")},
    MeasurementKind.TEMPERATURE: {"body_c": ("body_temp_c", "Cel")},
}


def build_visit(draft: VisitDraft, station_id: str, consent_version: str, now: datetime) -> Visit:
    if draft.card is None or draft.guest:
        raise ValueError("only an identified, non-guest visit is recorded")
    card, face = draft.card, draft.face
    measurements = tuple(
        Measurement(code, float(reading.values[key]), unit, now, reading.device_id)
        for kind, reading in draft.readings.items()
        for key, (code, unit) in _CODES[kind].items()
        if key in reading.values
    )
    assurance = IdentityAssurance(
        access_protocol=card.access_protocol,
        passive_auth=card.passive_auth,
        chip_auth=card.chip_auth,
        face_decision=face.decision.value if face else "skipped",
        face_score=face.score if face else None,
        face_threshold=face.threshold if face else None,
        liveness=face.liveness if face else "not_run",
    )
    consent = Consent(consent_version, draft.consent_sha256, draft.language, draft.consent_at or now)
    return Visit(
        station_id=station_id,
        citizen_id=card.holder.id_number,
        started_at=draft.started_at or now,
        finished_at=now,
        measurements=measurements,
        assurance=assurance,
        consent=consent,
        citizen_name=card.holder.full_name,
        citizen_birth_date=card.holder.date_of_birth,
        citizen_sex=card.holder.sex,
    )
