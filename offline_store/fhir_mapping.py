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
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from offline_store.api import Measurement, Visit
from offline_store.settings import SyncSettings
from offline_store.vitals import BP_COMPONENTS, BP_PANEL, VITALS, Vital

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
PARTICIPANT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
V3_PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
PROFILE = "http://hl7.org/fhir/StructureDefinition/"


# Every vital's LOINC, UCUM and profile come from the one table; the BP components
# are mapped into one panel Observation, the others into one Observation each.
BP_PARTS = {k: (VITALS[k].loinc, VITALS[k].display) for k in BP_COMPONENTS}
MMHG = VITALS["systolic"].ucum

# How a value was got, worded for the clinician reading the record (Observation.note).
FLAG_NOTES = {
    "third_reading": "A third reading was taken because the first two differed by more than the protocol "
                     "allows; the value is the mean of the last two.",
    "low_perfusion": "The device reported low perfusion during the measurement; the value may be less reliable.",
    "motion": "The device reported movement during the measurement; the value may be less reliable.",
    "artifact": "The device reported a signal artefact during the measurement; the value may be less reliable.",
}

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


def station_zone(s: SyncSettings) -> timezone:
    sign = -1 if s.timezone_offset.startswith("-") else 1
    hh, mm = s.timezone_offset.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))


def _fhir_datetime(dt: datetime, s: SyncSettings) -> str:
    """Every time in the record is written in the station's offset: the store keeps UTC,
    a naive time is station-local time."""
    zone = station_zone(s)
    dt = dt.replace(tzinfo=zone) if dt.tzinfo is None else dt.astimezone(zone)
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


def _observation_base(code: tuple[str, str, str], extra_codings: tuple[tuple[str, str], ...], m: Measurement,
                      record_id: str, s: SyncSettings, patient_ref: str, device_ref: str,
                      observation_ids: dict[str, str]) -> dict:
    loinc, display, profile = code
    codings = [{"system": LOINC, "code": loinc, "display": display}]
    codings += [{"system": LOINC, "code": c, "display": d} for c, d in extra_codings]
    obs = {
        "resourceType": "Observation",
        "meta": {"profile": [PROFILE + profile]},
        "identifier": [record_identifier(s, record_id)],
        "status": "final",
        "category": [{"coding": [{"system": CATEGORY, "code": "vital-signs", "display": "Vital Signs"}],
                      "text": "Vital Signs"}],
        "code": {"coding": codings, "text": display},
        "subject": {"reference": patient_ref},
        "device": {"reference": device_ref},
    }
    obs.update(_how_obtained(m, s, observation_ids))
    return obs


def _how_obtained(m: Measurement, s: SyncSettings, observation_ids: dict[str, str]) -> dict:
    """When and how the value was got (docs/sync.md, "How a value was obtained"): its own time, or
    for a mean of readings the period they span, the method, and references to each reading's
    Observation; device flags and protocol events as notes."""
    out: dict = {}
    if m.derived_from and m.started_at is not None:
        out["effectivePeriod"] = {"start": _fhir_datetime(m.started_at, s), "end": _fhir_datetime(m.measured_at, s)}
    else:
        out["effectiveDateTime"] = _fhir_datetime(m.measured_at, s)
    if m.derived_from:
        out["method"] = {"text": f"Mean of {len(m.derived_from)} readings"}
        # Logical references (our identifiers): the readings are created in the same batch, so
        # their server ids are not known yet; the identifier finds them on any server.
        refs = dict.fromkeys(observation_ids.get(i, i) for i in m.derived_from)
        out["derivedFrom"] = [{"type": "Observation", "identifier": record_identifier(s, r)} for r in refs]
    if m.flags:
        out["note"] = [{"text": FLAG_NOTES.get(f, f"The device reported {f!r} during the measurement.")}
                       for f in m.flags]
    return out


def _check_unit(m: Measurement, expected: str) -> None:
    if m.unit != expected:
        raise MappingError(f"measurement {m.id} ({m.code}) has unit {m.unit!r}, expected UCUM {expected!r}")


def observations(visit: Visit, s: SyncSettings, patient_ref: str, device_refs: dict[str, str]) -> list[dict]:
    """One Observation per vital sign; systolic and diastolic of one cuff reading become one BP panel."""
    out: list[dict] = []
    panels: dict[str, dict[str, Measurement]] = {}
    for m in visit.measurements:
        if m.code in BP_PARTS:
            _check_unit(m, MMHG)
            # Older records have no group: one panel per cuff, as they were written.
            panels.setdefault(m.group or f"device:{m.device_id}", {})[m.code] = m
        elif m.code not in VITALS:
            raise MappingError(f"measurement {m.id} has an unknown code {m.code!r}")
    # A BP component's Observation is its panel, identified by the systolic reading's UUID
    # (stable across replays); derivedFrom refers to the panel.
    observation_ids = {m.id: (parts.get("systolic") or parts["diastolic"]).id
                       for parts in panels.values() for m in parts.values()}
    for m in visit.measurements:
        if m.code in BP_PARTS:
            continue
        vital: Vital = VITALS[m.code]
        _check_unit(m, vital.ucum)
        obs = _observation_base((vital.loinc, vital.display, vital.profile), vital.extra_codings, m, m.id, s,
                                patient_ref, device_refs[device_key(visit, m.device_id)], observation_ids)
        obs["valueQuantity"] = _quantity(m.value, vital.unit, vital.ucum)
        out.append(obs)
    for parts in panels.values():
        first = parts.get("systolic") or parts["diastolic"]
        obs = _observation_base(BP_PANEL, (), first, first.id, s, patient_ref,
                                device_refs[device_key(visit, first.device_id)], observation_ids)
        obs["component"] = []
        for code, (loinc, display) in BP_PARTS.items():
            comp: dict = {"code": {"coding": [{"system": LOINC, "code": loinc, "display": display}], "text": display}}
            if code in parts:
                comp["valueQuantity"] = _quantity(parts[code].value, VITALS[code].unit, MMHG)
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


# An assisted visit ("Someone is helping me"): the helper is a second agent. SPRF (secondary
# performer) is the v3 participation for "a person assisting in an act through his substantial
# presence" and is in R4's extensible ProvenanceAgentType set; the kiosk never learns who the
# helper is, so the reference has a display only (docs/sync.md).
HELPER_AGENT = {
    "type": {"coding": [{"system": V3_PARTICIPATION, "code": "SPRF", "display": "secondary performer"}]},
    "who": {"display": "Helper at the station (relative or staff member), not identified"},
}


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
        }] + ([HELPER_AGENT] if visit.assisted else []),
        "extension": [
            {"url": f"{base}/identity-assurance", "extension": assurance},
            {"url": f"{base}/consent", "extension": consent},
        ],
    }
    return validate(res)


# ---- AuditEvent (offline_store/audit.py; no identifier in R4: PUT with our UUID) --------------

DCM = "http://dicom.nema.org/resources/ontology/DCM"
AUDIT_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type"


def audit_event(r, s: SyncSettings, patient_ref: str, station_ref: str) -> dict:
    """An AuditRecord as an AuditEvent: a query (DICOM 110112) by the citizen at the station."""
    base = s.extension_base_url.rstrip("/")
    res = {
        "resourceType": "AuditEvent",
        "id": r.id,
        "type": {"system": DCM, "code": "110112", "display": "Query"},
        "subtype": [{"system": f"{base}/audit-action", "code": r.action}],
        "action": "E",
        "recorded": _fhir_datetime(r.recorded_at, s),
        "outcome": "0" if r.succeeded else "4",
        "outcomeDesc": r.outcome,
        "agent": [
            {"who": {"reference": patient_ref}, "requestor": True},
            {"who": {"reference": station_ref}, "requestor": False},
        ],
        "source": {"site": r.station_id, "observer": {"reference": station_ref}},
    }
    if r.entity_value:
        entity = {"what": {"identifier": {"system": r.entity_system, "value": r.entity_value}}}
        if r.entity_type:
            entity["type"] = {"system": AUDIT_ENTITY_TYPE, "code": "2", "display": "System Object"}
            entity["name"] = r.entity_type
        res["entity"] = [entity]
    return validate(res)
