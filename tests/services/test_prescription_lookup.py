"""Prescription lookup against the real local FHIR server (MedicationRequests created through its API)."""
from __future__ import annotations

from datetime import date

import pytest
import requests

from kiosk.demo import prescriptions as demo
from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.demo.fhir_server import free_port
from kiosk.services.prescription.code import CodeProblem, parse
from kiosk.services.prescription.fhir_parse import prescription_from
from kiosk.services.prescription.lookup import FhirPrescriptionLookup
from kiosk.services.prescription.model import LookupFailed, Verdict, judge, shown_verdict
from offline_store.settings import SyncSettings
from tests.services.conftest import CODE_SYSTEM

pytestmark = pytest.mark.fhir
ME = DEMO_CITIZEN.id_number


def _verdict(settings, code: str, who: str = ME):
    lookup = FhirPrescriptionLookup(settings, CODE_SYSTEM, timeout_s=10)
    try:
        found = lookup.find(parse(code))
    finally:
        lookup.close()
    return judge(found, who, date.today()), found


def test_match_with_an_antihypertensive(rx_settings):
    verdict, found = _verdict(rx_settings, demo.ORDINARY.upper())  # any letter case
    assert verdict is Verdict.MATCH
    assert [line.name for line in found.lines] == ["Amlodipine", "Metformin"]
    assert found.lines[0].strength == "5 mg" and found.lines[0].quantity == "30 viên"
    assert found.antihypertensive and found.prescriber and found.facility == "Bệnh viện Quận 1"
    assert not found.code.controlled


def test_prescription_of_someone_else_looks_like_not_found(rx_settings):
    verdict, _ = _verdict(rx_settings, demo.SOMEONE_ELSE)
    assert verdict is Verdict.NOT_FOR_HOLDER
    assert shown_verdict(verdict) is shown_verdict(_verdict(rx_settings, "zzzzzzzzzzzz-c")[0]) is Verdict.NOT_FOUND


def test_unknown_code(rx_settings):
    assert _verdict(rx_settings, "000000000000-c") == (Verdict.NOT_FOUND, None)


def test_expired_and_dispensed(rx_settings):
    assert _verdict(rx_settings, demo.EXPIRED)[0] is Verdict.EXPIRED
    assert _verdict(rx_settings, demo.DISPENSED)[0] is Verdict.DISPENSED


def test_controlled_prescription(rx_settings):
    verdict, found = _verdict(rx_settings, demo.CONTROLLED)
    assert verdict is Verdict.MATCH and found.code.controlled and found.code.kind == "h"


@pytest.mark.parametrize("text,key", [
    ("", "code_empty"), ("79001k000123c", "code_hyphen"), ("79001k00012-c", "code_length"),
    ("79001k00012ă-c", "code_characters"), ("79001k000123-x", "code_type"), ("7-9001k000123-c", "code_hyphen"),
])
def test_malformed_code_says_which_part(text, key):
    with pytest.raises(CodeProblem) as e:
        parse(text)
    assert e.value.key == key


def test_server_down():
    settings = SyncSettings(base_url=f"http://127.0.0.1:{free_port()}/fhir", connect_timeout_s=1)
    with pytest.raises(LookupFailed) as e:
        FhirPrescriptionLookup(settings, CODE_SYSTEM, timeout_s=2).find(parse(demo.ORDINARY))
    assert e.value.key == "backend_down"


def _bundle_of(rx_settings, code: str) -> dict:
    r = requests.get(f"{rx_settings.base_url}/MedicationRequest", timeout=30,
                     params={"identifier": f"{CODE_SYSTEM}|{code}", "_include": "MedicationRequest:subject"})
    return r.json()


def test_a_request_without_patient_and_two_patients_under_one_code(rx_settings):
    bundle = _bundle_of(rx_settings, demo.ORDINARY)
    requests_ = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "MedicationRequest"]
    requests_[1]["resource"].pop("subject")
    with pytest.raises(LookupFailed) as e:
        prescription_from(bundle, parse(demo.ORDINARY), CODE_SYSTEM, rx_settings.patient_identifier_system)
    assert e.value.key == "no_patient"
    requests_[1]["resource"]["subject"] = {"reference": "Patient/somebody-else"}
    with pytest.raises(LookupFailed) as e:
        prescription_from(bundle, parse(demo.ORDINARY), CODE_SYSTEM, rx_settings.patient_identifier_system)
    assert e.value.key == "several_prescriptions"
