"""The demo server's prescriptions (invented): the demo citizen's ordinary one with an
antihypertensive and their controlled one, one for somebody else, and (for tests) an expired
and a dispensed one. Created through the server's FHIR API, like a clinic would."""
from __future__ import annotations

from datetime import date, timedelta

import requests

from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.services.prescription.fhir_parse import ATC_SYSTEM, FACILITY_EXT, STRENGTH_EXT

ORDINARY = "79001k000123-c"
CONTROLLED = "79001k000124-h"
SOMEONE_ELSE = "79001k000125-c"
EXPIRED = "79001k000126-c"
DISPENSED = "79001k000127-c"
OTHER_CITIZEN = "001090004321"
# What the demo visitor can hold up to the camera (kiosk/demo/held_code.py): the demo citizen's own.
HELD_UP = {"ordinary": ORDINARY, "controlled": CONTROLLED}

_LINES = {
    ORDINARY: [("Amlodipine", "5 mg", "C08CA01", 30, "viên", "Uống 1 viên mỗi sáng"),
               ("Metformin", "500 mg", "A10BA02", 60, "viên", "Uống 1 viên sau ăn sáng và tối")],
    CONTROLLED: [("Diazepam", "5 mg", "N05BA01", 10, "viên", "Uống 1 viên trước khi ngủ")],
    SOMEONE_ELSE: [("Paracetamol", "500 mg", "N02BE01", 20, "viên", "Uống 1 viên khi sốt")],
    EXPIRED: [("Losartan", "50 mg", "C09CA01", 30, "viên", "Uống 1 viên mỗi sáng")],
    DISPENSED: [("Atorvastatin", "10 mg", "C10AA05", 30, "viên", "Uống 1 viên buổi tối")],
}


def _patient(http: requests.Session, base: str, id_system: str, id_number: str) -> str:
    r = http.post(f"{base}/Patient", json={"resourceType": "Patient", "identifier": [
        {"system": id_system, "value": id_number}]},
        headers={"If-None-Exist": f"identifier={id_system}|{id_number}"}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


def seed(base: str, code_system: str, id_system: str, ext_base: str, today: date | None = None) -> dict[str, str]:
    """Create the prescriptions (idempotent per code); returns code -> whose."""
    today = today or date.today()
    ext = ext_base.rstrip("/")
    http = requests.Session()
    http.trust_env = False
    owners = {ORDINARY: DEMO_CITIZEN.id_number, CONTROLLED: DEMO_CITIZEN.id_number, EXPIRED: DEMO_CITIZEN.id_number,
              DISPENSED: DEMO_CITIZEN.id_number, SOMEONE_ELSE: OTHER_CITIZEN}
    try:
        pids = {n: _patient(http, base, id_system, n) for n in set(owners.values())}
        for code, owner in owners.items():
            found = http.get(f"{base}/MedicationRequest", params={"identifier": f"{code_system}|{code}"}, timeout=30)
            if found.ok and found.json().get("total", 0):
                continue
            written = today - timedelta(days=40 if code == EXPIRED else 2)
            for name, strength, atc, qty, unit, directions in _LINES[code]:
                mr = {
                    "resourceType": "MedicationRequest",
                    "status": "completed" if code == DISPENSED else "active",
                    "intent": "order",
                    "identifier": [{"system": code_system, "value": code}],
                    "groupIdentifier": {"system": code_system, "value": code},
                    "medicationCodeableConcept": {"coding": [{"system": ATC_SYSTEM, "code": atc}], "text": name},
                    "authoredOn": written.isoformat(),
                    "requester": {"display": "BS. Trần Thị Mai"},
                    "extension": [{"url": f"{ext}/{FACILITY_EXT}", "valueString": "Bệnh viện Quận 1"},
                                  {"url": f"{ext}/{STRENGTH_EXT}", "valueString": strength}],
                    "dosageInstruction": [{"text": directions}],
                    "dispenseRequest": {"quantity": {"value": qty, "unit": unit},
                                        "validityPeriod": {"start": written.isoformat(),
                                                           "end": (written + timedelta(days=30)).isoformat()}},
                }
                mr["subject"] = {"reference": f"Patient/{pids[owner]}"}
                http.post(f"{base}/MedicationRequest", json=mr, timeout=30).raise_for_status()
    finally:
        http.close()
    return owners


def seed_for(cfg) -> dict[str, str]:
    """Seed the configured backend (the demo's own server) under the configuration's systems."""
    b = cfg.backend
    return seed(b.url, cfg.prescription.identifier_system, b.patient_identifier_system, b.extension_base_url)
