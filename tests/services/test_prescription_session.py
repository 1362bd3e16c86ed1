"""The prescription service's session, without Qt, devices or clocks: identity first, errors with a way on."""
from __future__ import annotations

import logging
from datetime import date, datetime, timezone

from drivers.sensors.api import MeasurementKind, Reading
from kiosk.services.api import Holder
from kiosk.services.prescription import events as rx
from kiosk.services.prescription.code import parse
from kiosk.services.prescription.model import DrugLine, Prescription
from kiosk.services.prescription.session import PrescriptionSession
from offline_store.api import IdentityAssurance

ME, OTHER = "079158001234", "001090004321"
CODE = "79001k000123-c"


def _holder(readings=None):
    a = IdentityAssurance("PACE-CAN", "genuine", "passed", "match", 0.7, 0.5, "passed")
    return Holder(ME, "Thịnh", a, "vi", readings=lambda: readings or {})


def _rx(owner: str) -> Prescription:
    return Prescription(parse(CODE), owner, (DrugLine("Amlodipine", "5 mg", "30 viên", "1 mỗi sáng", "C08CA01"),),
                        "BS. A", "BV Q1", date(2026, 5, 1), date(2099, 1, 1), False)


def _looked_up(s: PrescriptionSession, found) -> list[object]:
    assert s.start() == [rx.StartScan()]
    assert s.handle(rx.CodeScanned(f"https://example.invalid/rx?c={CODE.upper()}")) == [rx.StopScan(), rx.Lookup(CODE)]
    assert s.busy
    return s.handle(rx.LookupDone(CODE, found))


def test_someone_elses_prescription_looks_like_not_found(caplog):
    caplog.set_level(logging.INFO, "kiosk.prescription")
    mine, theirs = PrescriptionSession(_holder()), PrescriptionSession(_holder())
    theirs_effects = _looked_up(theirs, _rx(OTHER))
    none_effects = _looked_up(mine, None)
    assert (theirs.screen, theirs.verdict, theirs.prescription) == (mine.screen, mine.verdict, mine.prescription) \
        == ("result", "not_found", None)
    assert theirs_effects == [rx.QueueAudit(ME, CODE, "not_for_holder", True)]
    assert none_effects == [rx.QueueAudit(ME, CODE, "not_found", True)]
    assert "verdict=not_for_holder" in caplog.text and ME not in caplog.text and OTHER not in caplog.text
    assert "Amlodipine" not in caplog.text and CODE not in caplog.text


def test_match_makes_a_pass_with_the_blood_pressure():
    bp = Reading(MeasurementKind.BLOOD_PRESSURE, {"systolic": 142, "diastolic": 91, "pulse": 70},
                 measured_at=datetime(2026, 5, 2, tzinfo=timezone.utc).timestamp())
    s = PrescriptionSession(_holder({MeasurementKind.BLOOD_PRESSURE: bp}))
    effects = _looked_up(s, _rx(ME))
    assert s.verdict == "match" and s.prescription is not None
    make = next(e for e in effects if isinstance(e, rx.MakePass))
    assert make.claims_input["bp"][:2] == (142, 91)
    s.handle(rx.PassReady("token"))
    assert s.token == "token"
    assert s.handle(rx.AnotherCode()) == [rx.StartScan()] and s.prescription is None and s.token == ""


def test_errors_leave_a_way_on():
    s = PrescriptionSession(_holder())
    s.start()
    assert s.handle(rx.CodeTyped("79001k00012-c")) == [] and s.error == "code_length"
    assert s.handle(rx.ScanFailed("camera_busy")) == [] and s.screen == "entry"  # the keypad stays
    s.handle(rx.CodeTyped(CODE))
    effects = s.handle(rx.LookupError_(CODE, "backend_timeout"))
    assert s.screen == "entry" and s.error == "backend_timeout" and rx.StartScan() in effects
    assert rx.QueueAudit(ME, CODE, "backend_timeout", False) in effects
    assert s.stop() == [rx.StopScan()]
