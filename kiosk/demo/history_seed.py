"""A year of a citizen's readings from two stations, and their vaccinations, posted through the FHIR API.

Demo mode seeds the demo citizen with it so that "My health record" has
something to show; the tests seed their histories the same way. Values are
invented, drift slowly and stay plausible.
"""
from __future__ import annotations

import math
import random
from datetime import datetime, timedelta, timezone

import requests

from offline_store.vitals import BP_PANEL, VITALS

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CVX = "http://hl7.org/fhir/sid/cvx"
STATIONS = ("VN-HCM-Q1-0001", "VN-HCM-Q3-0002")
OTHER_SOURCE = "Phòng khám Đa khoa Quận 1"  # now and then a clinic's reading: the screen marks its source
VACCINES = (("213", "COVID-19 vaccine (SARS-CoV-2)", 400), ("88", "Influenza vaccine", 60),
            ("115", "Tetanus, diphtheria, pertussis (Tdap)", 900))


def _obs(patient: str, device: str, at: datetime, key: str, value: float, diastolic: float | None = None) -> dict:
    obs = {
        "resourceType": "Observation", "status": "final",
        "category": [{"coding": [{"system": CATEGORY, "code": "vital-signs"}]}],
        "subject": {"reference": patient}, "device": {"reference": device},
        "effectiveDateTime": at.isoformat(timespec="seconds"),
    }
    if key == "blood_pressure":
        sysv, diav = VITALS["systolic"], VITALS["diastolic"]
        obs["code"] = {"coding": [{"system": LOINC, "code": BP_PANEL[0], "display": BP_PANEL[1]}]}
        obs["component"] = [
            {"code": {"coding": [{"system": LOINC, "code": v.loinc}]},
             "valueQuantity": {"value": x, "unit": v.unit, "system": UCUM, "code": v.ucum}}
            for v, x in ((sysv, value), (diav, diastolic))]
    else:
        v = VITALS[key]
        obs["code"] = {"coding": [{"system": LOINC, "code": v.loinc, "display": v.display}]}
        obs["valueQuantity"] = {"value": value, "unit": v.unit, "system": UCUM, "code": v.ucum}
    return obs


def _post_batch(http: requests.Session, base: str, resources: list[dict]) -> list[dict]:
    out: list[dict] = []
    for i in range(0, len(resources), 100):
        chunk = resources[i:i + 100]
        r = http.post(base, json={"resourceType": "Bundle", "type": "batch", "entry": [
            {"resource": res, "request": {"method": "POST", "url": res["resourceType"]}} for res in chunk]},
            headers={"Content-Type": "application/fhir+json"}, timeout=60)
        r.raise_for_status()
        for e in r.json()["entry"]:
            if not e["response"]["status"].startswith("201"):
                raise RuntimeError(f"seeding refused: {e['response']}")
            out.append(e.get("resource") or {})
    return out


def seed_history(base: str, national_id: str, identifier_system: str, observations: int = 500,
                 vaccinations: bool = True, now: datetime | None = None,
                 device_system: str = "urn:tram-kiosk:device", seed: int = 14) -> str:
    """Create the Patient (if absent), two station Devices, ``observations`` readings over 12 months and
    vaccinations; return the Patient reference."""
    now = now or datetime.now(timezone.utc)
    rng = random.Random(seed)
    http = requests.Session()
    http.trust_env = False
    try:
        found = http.get(f"{base}/Patient", params={"identifier": f"{identifier_system}|{national_id}"},
                         timeout=30).json()
        if found.get("entry"):
            patient = f"Patient/{found['entry'][0]['resource']['id']}"
        else:
            made = _post_batch(http, base, [{"resourceType": "Patient",
                                             "identifier": [{"system": identifier_system, "value": national_id}]}])
            patient = f"Patient/{made[0]['id']}" if made[0].get("id") else _find(http, base, identifier_system, national_id)
        devices = [f"Device/{d['id']}" for d in _post_batch(http, base, [
            {"resourceType": "Device", "identifier": [{"system": device_system, "value": s}]} for s in STATIONS])]
        kinds = ("blood_pressure", "pulse", "weight_kg", "bmi", "spo2")
        resources = []
        for i in range(observations):
            at = now - timedelta(days=1 + 360 * (i // len(kinds)) / max(1, observations // len(kinds)),
                                 minutes=rng.randrange(0, 600))
            t = (now - at).days / 365.0  # 0 today .. 1 a year ago: a slow improvement towards today
            key = kinds[i % len(kinds)]
            device = devices[(i // len(kinds)) % 2]
            if key == "blood_pressure":
                sysv = round(128 + 14 * t + 6 * math.sin(i / 9) + rng.uniform(-6, 6))
                resources.append(_obs(patient, device, at, key, sysv, round(sysv * 0.63 + rng.uniform(-4, 4))))
            elif key == "pulse":
                resources.append(_obs(patient, device, at, key, round(72 + rng.uniform(-8, 10))))
            elif key == "weight_kg":
                resources.append(_obs(patient, device, at, key, round(66 + 3 * t + rng.uniform(-0.6, 0.6), 1)))
            elif key == "bmi":
                resources.append(_obs(patient, device, at, key, round((66 + 3 * t) / 1.65 ** 2, 1)))
            else:
                resources.append(_obs(patient, device, at, key, round(min(100, 97 + rng.uniform(-2, 2)))))
        for i, res in enumerate(resources):
            if i % 5 == 0 and (i // len(kinds)) % 12 == 5:
                del res["device"]
                res["performer"] = [{"display": OTHER_SOURCE}]
        _post_batch(http, base, resources)
        if vaccinations:
            _post_batch(http, base, [{
                "resourceType": "Immunization", "status": "completed",
                "vaccineCode": {"coding": [{"system": CVX, "code": code, "display": name}], "text": name},
                "patient": {"reference": patient},
                "occurrenceDateTime": (now - timedelta(days=days)).date().isoformat(),
                "performer": [{"actor": {"display": "Trạm Y tế Phường Bến Nghé"}}],
            } for code, name, days in VACCINES])
        return patient
    finally:
        http.close()


def _find(http: requests.Session, base: str, system: str, value: str) -> str:
    found = http.get(f"{base}/Patient", params={"identifier": f"{system}|{value}"}, timeout=30).json()
    return f"Patient/{found['entry'][0]['resource']['id']}"


def seed_demo(cfg, citizen, observations: int = 300) -> str:
    """The demo citizen's year of readings and vaccinations on the demo server, dated in the station's
    offset like the kiosk's own Observations."""
    from kiosk.services.record.view import tz_of

    b = cfg.backend
    return seed_history(b.url, citizen.id_number, b.patient_identifier_system, observations=observations,
                        now=datetime.now(tz_of(cfg.station.timezone_offset)),
                        device_system=b.device_identifier_system)
