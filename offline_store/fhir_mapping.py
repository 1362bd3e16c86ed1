"""Visit -> FHIR R4 resources (plain dicts), validated against the fhir.resources R4B models.

Pure functions, no I/O. Codes and units follow docs/sync.md ("FHIR mapping"):
vital-signs Observations with LOINC codes and UCUM units, a Patient found by
the 12-digit ID number, a Device per station and per instrument, and a
Provenance carrying how the citizen was identified and what they consented to.

Every resource we create carries a client identifier derived from our UUIDs,
so a replayed conditional create finds the first copy instead of adding one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from offline_store.api import Measurement, Visit
from offline_store.settings import SyncSettings

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
PROFILE = "http://hl7.org/fhir/StructureDefinition/"


@dataclass(frozen=True)
class Vital:
    loinc: str
    display: str
    ucum: str
    unit: str  # human-readable unit
    profile: str
    extra_codings: tuple[tuple[str, str], ...] = ()


# Measurement.code -> vital sign. Pulse from the BP cuff and from the oximeter are both heart rate.
VITALS: dict[str, Vital] = {
    "pulse": Vital("8867-4", "Heart rate", "/min", "beats/minute", "heartrate"),
    "weight_kg": Vital("29463-7", "Body weight", "kg", "kg", "bodyweight"),
    "height_cm": Vital("8302-2", "Body height", "cm", "cm", "bodyheight"),
    "bmi": Vital("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2", "bmi"),
    "spo2": Vital("2708-6", "Oxygen saturation in Arterial blood", "%", "%", "oxygensat",
                  (("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),)),
    "body_temp_c": Vital("8310-5", "Body temperature", "Cel", "C", "bodytemp"),
}
BP_PANEL = Vital("85354-9", "Blood pressure panel with all children optional", "", "", "bp")
BP_PARTS = {
    "systolic": ("8480-6", "Systolic blood pressure"),
    "diastolic": ("8462-4", "Diastolic blood pressure"),
}
MMHG = "mm[Hg]"

ID_NUMBER = re.compile(r"^\d{12}$")


class MappingError(Exception):
    """The visit cannot become valid FHIR; ``outcome`` is an OperationOutcome dict for the dead letter."""

    def __init__(self, message: str, outcome: dict | None = None) -> None:
        super().__init__(message)
        self.outcome = outcome or operation_outcome(message)


def operation_outcome(diagnostics: str, code: str = "invalid") -> dict:
    return {"resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": code, "diagnostics": diagnostics}]}


def validate(resource: dict) -> dict:
    """Check a resource against the R4B model; raise MappingError with the problems (no values)."""
    model = get_fhir_model_class(resource["resourceType"])
    try:
        model.model_validate(resource)
    except ValidationError as e:
        issues = [{"severity": "error", "code": "structure",
                   "diagnostics": f"{err.get('msg')} ({resource['resourceType']}."
                                  f"{'.'.join(str(p) for p in err.get('loc', ()))})"}
                  for err in e.errors()]
        raise MappingError(f"{resource['resourceType']} failed R4B validation: {issues[0]['diagnostics']}",
                           {"resourceType": "OperationOutcome", "issue": issues}) from None
    return resource


def if_none_exist(system: str, value: str) -> str:
    return "identifier=" + quote(f"{system}|{value}", safe=":/|")


def record_identifier(s: SyncSettings, uuid: str) -> dict:
    return {"system": s.record_identifier_system, "value": f"urn:uuid:{uuid}"}


def _fhir_datetime(dt: datetime, s: SyncSettings) -> str:
    if dt.tzinfo is None:  # a naive time is station-local time
        sign = -1 if s.timezone_offset.startswith("-") else 1
        hh, mm = s.timezone_offset.lstrip("+-").split(":")
        dt = dt.replace(tzinfo=timezone(sign * timedelta(hours=int(hh), minutes=int(mm))))
    return dt.isoformat(timespec="seconds")


# ---- Patient and Devices (conditional creates, server ids cached) ------------------------


def patient(visit: Visit, s: SyncSettings) -> dict:
    if not ID_NUMBER.match(visit.citizen_id):
        raise MappingError("the citizen ID number is not 12 digits")
    res: dict = {
        "resourceType": "Patient",
        "identifier": [{
            "use": "official",
            "type": {"coding": [{"system": V2_0203, "code": "NI"}]},
            "system": s.patient_identifier_system,
            "value": visit.citizen_id,
        }],
    }
    if visit.citizen_name:
        res["name"] = [{"use": "official", "text": visit.citizen_name}]
    if re.match(r"^\d{4}-\d{2}-\d{2}$", visit.citizen_birth_date or ""):
        res["birthDate"] = visit.citizen_birth_date
    gender = {"M": "male", "F": "female", "male": "male", "female": "female"}.get(visit.citizen_sex)
    if gender:
        res["gender"] = gender
    return validate(res)


def patient_condition(visit: Visit, s: SyncSettings) -> str:
    return if_none_exist(s.patient_identifier_system, visit.citizen_id)


def device_key(visit: Visit, device_id: str = "") -> str:
    """Natural key of a Device: the station code, or station code / instrument id."""
    return f"{visit.station_id}/{device_id}" if device_id else visit.station_id


def devices(visit: Visit, s: SyncSettings) -> dict[str, dict]:
    """Device resources by natural key: the station, then one per instrument that measured."""
    out = {
        device_key(visit): validate({
            "resourceType": "Device",
            "identifier": [{"system": s.device_identifier_system, "value": visit.station_id}],
            "status": "active",
            "deviceName": [{"name": f"Station {visit.station_id}", "type": "user-friendly-name"}],
            "type": {"text": "health kiosk station"},
        })
    }
    for m in visit.measurements:
        if m.device_id and device_key(visit, m.device_id) not in out:
            out[device_key(visit, m.device_id)] = validate({
                "resourceType": "Device",
                "identifier": [{"system": s.device_identifier_system, "value": device_key(visit, m.device_id)}],
                "status": "active",
                "deviceName": [{"name": m.device_id, "type": "user-friendly-name"}],
                # A logical reference: the station's server id may not exist yet in the same round.
                "parent": {"identifier": {"system": s.device_identifier_system, "value": visit.station_id}},
            })
    return out


def device_condition(key: str, s: SyncSettings) -> str:
    return if_none_exist(s.device_identifier_system, key)


# ---- Observations ------------------------------------------------------------------------


def _quantity(value: float, unit: str, code: str) -> dict:
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


def _observation_base(vital: Vital, record_id: str, s: SyncSettings, patient_ref: str, device_ref: str,
                      when: datetime) -> dict:
    codings = [{"system": LOINC, "code": vital.loinc, "display": vital.display}]
    codings += [{"system": LOINC, "code": c, "display": d} for c, d in vital.extra_codings]
    return {
        "resourceType": "Observation",
        "meta": {"profile": [PROFILE + vital.profile]},
        "identifier": [record_identifier(s, record_id)],
        "status": "final",
        "category": [{"coding": [{"system": CATEGORY, "code": "vital-signs", "display": "Vital Signs"}],
                      "text": "Vital Signs"}],
        "code": {"coding": codings, "text": vital.display},
        "subject": {"reference": patient_ref},
        "effectiveDateTime": _fhir_datetime(when, s),
        "device": {"reference": device_ref},
    }


def _check_unit(m: Measurement, expected: str) -> None:
    if m.unit != expected:
        raise MappingError(f"measurement {m.id} ({m.code}) has unit {m.unit!r}, expected UCUM {expected!r}")


def observations(visit: Visit, s: SyncSettings, patient_ref: str, device_refs: dict[str, str]) -> list[dict]:
    """One Observation per vital sign; systolic and diastolic of one cuff become one BP panel."""
    out: list[dict] = []
    bp: dict[str, dict[str, Measurement]] = {}
    for m in visit.measurements:
        if m.code in BP_PARTS:
            _check_unit(m, MMHG)
            bp.setdefault(m.device_id, {})[m.code] = m
            continue
        vital = VITALS.get(m.code)
        if vital is None:
            raise MappingError(f"measurement {m.id} has an unknown code {m.code!r}")
        _check_unit(m, vital.ucum)
        obs = _observation_base(vital, m.id, s, patient_ref, device_refs[device_key(visit, m.device_id)],
                                m.measured_at)
        obs["valueQuantity"] = _quantity(m.value, vital.unit, vital.ucum)
        out.append(obs)
    for device_id, parts in bp.items():
        first = parts.get("systolic") or parts["diastolic"]
        # The panel's identifier is the systolic reading's UUID: stable across replays.
        obs = _observation_base(BP_PANEL, first.id, s, patient_ref, device_refs[device_key(visit, device_id)],
                                first.measured_at)
        obs["component"] = []
        for code, (loinc, display) in BP_PARTS.items():
            comp: dict = {"code": {"coding": [{"system": LOINC, "code": loinc, "display": display}], "text": display}}
            if code in parts:
                comp["valueQuantity"] = _quantity(parts[code].value, "mmHg", MMHG)
            else:
                comp["dataAbsentReason"] = {"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-performed"}]}
            obs["component"].append(comp)
        out.append(obs)
    return [validate(o) for o in out]


def observation_condition(obs: dict) -> str:
    ident = obs["identifier"][0]
    return if_none_exist(ident["system"], ident["value"])


# ---- Provenance (no identifier in R4: PUT with our UUID as the id, idempotent) ------------


def _ext(url: str, kind: str, value) -> dict | None:
    return None if value is None or value == "" else {"url": url, f"value{kind}": value}


def provenance(visit: Visit, s: SyncSettings, target_refs: list[str], station_ref: str) -> dict:
    a, c = visit.assurance, visit.consent
    base = s.extension_base_url.rstrip("/")
    assurance = [e for e in (
        _ext("accessProtocol", "Code", a.access_protocol),
        _ext("passiveAuthentication", "Code", a.passive_auth),
        _ext("chipAuthentication", "Code", a.chip_auth),
        _ext("faceDecision", "Code", a.face_decision),
        _ext("faceScore", "Decimal", a.face_score),
        _ext("faceThreshold", "Decimal", a.face_threshold),
        _ext("liveness", "Code", a.liveness),
    ) if e]
    consent = [e for e in (
        _ext("version", "String", c.version),
        _ext("textSha256", "String", c.text_sha256),
        _ext("language", "Code", c.language),
        _ext("givenAt", "DateTime", _fhir_datetime(c.given_at, s)),
    ) if e]
    res = {
        "resourceType": "Provenance",
        "id": visit.id,
        "target": [{"reference": r} for r in target_refs],
        "occurredPeriod": {"start": _fhir_datetime(visit.started_at, s), "end": _fhir_datetime(visit.finished_at, s)},
        "recorded": _fhir_datetime(visit.finished_at, s),
        "agent": [{
            "type": {"coding": [{"system": PARTICIPANT, "code": "author", "display": "Author"}]},
            "who": {"reference": station_ref},
        }],
        "extension": [
            {"url": f"{base}/identity-assurance", "extension": assurance},
            {"url": f"{base}/consent", "extension": consent},
        ],
    }
    return validate(res)
