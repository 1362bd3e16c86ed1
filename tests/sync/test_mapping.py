"""The FHIR mapping rules no validator checks: LOINC codes, UCUM units, profiles, identifiers."""
from __future__ import annotations

import base64
import dataclasses
import json
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from hypothesis import given, settings as hyp_settings, strategies as st

from offline_store import fhir_mapping as fm
from offline_store.api import Measurement
from offline_store.oauth import sign_assertion
from offline_store.settings import SyncSettings
from offline_store.transport import parse_retry_after
from tests.store.visits import make_visit

S = SyncSettings(base_url="http://127.0.0.1/fhir")
DEVICES = {k: f"Device/{k}" for k in ("VN-TEST-0001", *(f"VN-TEST-0001/{d}" for d in
                                                       ("bp-cuff", "scale", "oximeter", "thermo")))}

EXPECTED = {  # LOINC -> (UCUM, profile)
    "8867-4": ("/min", "heartrate"),
    "29463-7": ("kg", "bodyweight"),
    "8302-2": ("cm", "bodyheight"),
    "39156-5": ("kg/m2", "bmi"),
    "2708-6": ("%", "oxygensat"),
    "8310-5": ("Cel", "bodytemp"),
}


def _obs(visit=None):
    return fm.observations(visit or make_visit(1), S, "Patient/p1", DEVICES)


def test_every_vital_has_its_loinc_ucum_and_profile():
    obs = _obs()
    by_code = {}
    for o in obs:
        by_code.setdefault(o["code"]["coding"][0]["code"], []).append(o)
        assert o["status"] == "final"
        assert o["category"][0]["coding"][0] == {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs",
            "display": "Vital Signs"}
        assert o["subject"] == {"reference": "Patient/p1"}
        assert o["effectiveDateTime"].endswith("+07:00")
        assert o["identifier"][0]["system"] == "urn:ietf:rfc:3986"
        assert o["identifier"][0]["value"].startswith("urn:uuid:")
    assert len(by_code["8867-4"]) == 2  # pulse from the cuff and from the oximeter
    for loinc, (ucum, profile) in EXPECTED.items():
        for o in by_code[loinc]:
            assert o["valueQuantity"]["system"] == "http://unitsofmeasure.org"
            assert o["valueQuantity"]["code"] == ucum
            assert o["meta"]["profile"] == [f"http://hl7.org/fhir/StructureDefinition/{profile}"]
    assert [c["code"] for c in by_code["2708-6"][0]["code"]["coding"]] == ["2708-6", "59408-5"]
    [bp] = by_code["85354-9"]
    assert "valueQuantity" not in bp
    assert bp["meta"]["profile"] == ["http://hl7.org/fhir/StructureDefinition/bp"]
    comps = {c["code"]["coding"][0]["code"]: c["valueQuantity"] for c in bp["component"]}
    assert set(comps) == {"8480-6", "8462-4"}
    assert all(q["code"] == "mm[Hg]" and q["system"] == "http://unitsofmeasure.org" for q in comps.values())
    assert bp["device"] == {"reference": "Device/VN-TEST-0001/bp-cuff"}


def test_half_a_blood_pressure_gets_data_absent_reason():
    v = make_visit(2)
    only_sys = make_visit(2, measurements=tuple(m for m in v.measurements if m.code == "systolic"))
    [bp] = _obs(only_sys)
    dia = next(c for c in bp["component"] if c["code"]["coding"][0]["code"] == "8462-4")
    assert "valueQuantity" not in dia and dia["dataAbsentReason"]["coding"][0]["code"] == "not-performed"


def test_identifiers_are_stable_across_replays():
    v = make_visit(3)
    assert [o["identifier"] for o in _obs(v)] == [o["identifier"] for o in _obs(v)]
    systolic = next(m for m in v.measurements if m.code == "systolic")
    bp = next(o for o in _obs(v) if o["code"]["coding"][0]["code"] == "85354-9")
    assert bp["identifier"][0]["value"] == f"urn:uuid:{systolic.id}"
    assert fm.observation_condition(bp) == f"identifier=urn:ietf:rfc:3986|urn:uuid:{systolic.id}"


def test_patient_by_national_id():
    v = make_visit(4)
    p = fm.patient(v, S)
    ident = p["identifier"][0]
    assert ident["use"] == "official" and ident["value"] == v.citizen_id
    assert ident["system"] == S.patient_identifier_system
    assert ident["type"]["coding"][0] == {"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "NI"}
    assert p["birthDate"] == "1958-03-15" and p["gender"] == "female"
    assert fm.patient_condition(v, S) == f"identifier={S.patient_identifier_system}|{v.citizen_id}"
    with pytest.raises(fm.MappingError, match="12 digits"):
        fm.patient(make_visit(4, citizen_id="12345"), S)


def test_devices_station_and_instruments():
    devs = fm.devices(make_visit(5), S)
    assert list(devs)[0] == "VN-TEST-0001"
    assert devs["VN-TEST-0001/scale"]["parent"]["identifier"]["value"] == "VN-TEST-0001"


def test_provenance_carries_identity_assurance_and_consent():
    v = make_visit(6)
    prov = fm.provenance(v, S, ["Observation/o1", "Patient/p1"], "Device/d1")
    assert prov["id"] == v.id and prov["agent"][0]["who"] == {"reference": "Device/d1"}
    ext = {e["url"]: {x["url"]: x for x in e["extension"]} for e in prov["extension"]}
    ia = ext[f"{S.extension_base_url}/identity-assurance"]
    assert ia["accessProtocol"]["valueCode"] == "PACE-CAN"
    assert ia["passiveAuthentication"]["valueCode"] == "genuine"
    assert ia["faceScore"]["valueDecimal"] == 0.71 and ia["liveness"]["valueCode"] == "passed"
    consent = ext[f"{S.extension_base_url}/consent"]
    assert consent["version"]["valueString"] == "2026-11-v1"
    assert consent["givenAt"]["valueDateTime"] == v.consent.given_at.isoformat(timespec="seconds")
    assert consent["givenAt"]["valueDateTime"].endswith("+07:00")


@pytest.mark.parametrize("change, message", [
    (dict(unit="mmHg"), "expected UCUM"),
    (dict(code="glucose"), "unknown code"),
])
def test_bad_measurements_are_mapping_errors(change, message):
    v = make_visit(7)
    bad = make_visit(7, measurements=(dataclasses.replace(v.measurements[0], **change),))
    with pytest.raises(fm.MappingError, match=message) as info:
        _obs(bad)
    assert info.value.outcome["resourceType"] == "OperationOutcome"


def test_naive_times_get_the_station_offset():
    v = make_visit(8)
    naive = dataclasses.replace(v.measurements[3], measured_at=datetime(2026, 11, 23, 9, 3))
    [o] = _obs(make_visit(8, measurements=(naive,)))
    assert o["effectiveDateTime"] == "2026-11-23T09:03:00+07:00"


@hyp_settings(max_examples=40, deadline=None)
@given(
    value=st.floats(min_value=0, max_value=500, allow_nan=False).map(lambda x: round(x, 2)),
    code=st.sampled_from(sorted(set(fm.VITALS) - set(fm.BP_PARTS))),  # BP components make a panel
    minutes=st.integers(min_value=-720, max_value=840),
)
def test_any_plausible_reading_maps_to_valid_r4(value, code, minutes):
    tz = timezone(timedelta(minutes=minutes // 15 * 15))
    m = Measurement(code, value, fm.VITALS[code].ucum, datetime(2026, 11, 23, 9, 0, tzinfo=tz), "scale")
    [o] = _obs(make_visit(9, measurements=(m,)))  # validate() inside raises on anything invalid
    assert o["valueQuantity"]["value"] == value


def test_retry_after_seconds_and_http_date():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Mon, 23 Nov 2026 10:00:30 GMT", now=datetime(
        2026, 11, 23, 10, 0, tzinfo=timezone.utc).timestamp()) == 30
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def _b64d(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def test_client_assertion_is_a_valid_es384_jwt():
    key = ec.generate_private_key(ec.SECP384R1())
    jwt = sign_assertion(key, "station-1", "https://auth.example/token", now=1_000_000)
    header, claims, sig = jwt.split(".")
    assert json.loads(_b64d(header))["alg"] == "ES384"
    c = json.loads(_b64d(claims))
    assert c["iss"] == c["sub"] == "station-1" and c["aud"] == "https://auth.example/token"
    assert 0 < c["exp"] - 1_000_000 <= 300
    raw = _b64d(sig)
    der = encode_dss_signature(int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big"))
    key.public_key().verify(der, f"{header}.{claims}".encode(), ec.ECDSA(hashes.SHA384()))
    assert c["jti"] != json.loads(_b64d(sign_assertion(key, "station-1", "x", now=1_000_000).split(".")[1]))["jti"]
