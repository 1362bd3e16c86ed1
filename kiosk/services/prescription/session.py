"""The prescription service's state for one visit. Plain Python: no Qt, no I/O, no clock.

Screens: ``entry`` (show the code to the camera or type it), ``looking_up``, ``result``.
Identity first: a prescription is kept only when it is the card holder's; for anyone else
it is dropped at once and the citizen sees exactly what "not found" shows.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Callable

from drivers.sensors.api import MeasurementKind
from kiosk.services.api import Holder, ServiceSession
from kiosk.services.prescription import events as rx
from kiosk.services.prescription.code import CodeProblem, find_in, parse
from kiosk.services.prescription.model import Prescription, Verdict, judge, shown_verdict

log = logging.getLogger("kiosk.prescription")


class PrescriptionSession(ServiceSession):
    def __init__(self, holder: Holder, today: Callable[[], date] = date.today) -> None:
        self._holder = holder
        self._today = today
        self.screen = "entry"
        self.error = ""
        self.verdict = ""  # what the citizen is told (never not_for_holder)
        self.prescription: Prescription | None = None  # only the holder's own
        self.token = ""  # the pick-up pass, once signed
        self.code = ""

    @property
    def busy(self) -> bool:
        return self.screen == "looking_up"

    def start(self) -> list[object]:
        return [rx.StartScan()]

    def stop(self) -> list[object]:
        return [rx.StopScan()] if self.screen == "entry" else []

    def handle(self, event: object) -> list[object] | None:
        if isinstance(event, (rx.CodeScanned, rx.CodeTyped)) and self.screen == "entry":
            return self._code(event)
        if isinstance(event, rx.ScanFailed) and self.screen == "entry":
            log.warning("prescription: camera scan unavailable (%s); the keypad stays", event.key)
            self.error = event.key
            return []
        if isinstance(event, rx.LookupDone) and self.screen == "looking_up" and event.code == self.code:
            return self._found(event.found)
        if isinstance(event, rx.LookupError_) and self.screen == "looking_up" and event.code == self.code:
            log.warning("prescription lookup failed: %s", event.key)
            self.screen, self.error = "entry", event.key
            return [rx.QueueAudit(self._holder.id_number, self.code, event.key, False), rx.StartScan()]
        if isinstance(event, rx.PassReady) and self.screen == "result":
            self.token = event.token
            return []
        if isinstance(event, rx.PassFailed) and self.screen == "result":
            log.error("prescription: the pick-up pass could not be signed (%s)", event.key)
            self.error = event.key
            return []
        if isinstance(event, rx.AnotherCode) and self.screen == "result":
            self._forget()
            self.screen = "entry"
            return [rx.StartScan()]
        return None

    def _code(self, event) -> list[object]:
        try:
            code = parse(event.text) if isinstance(event, rx.CodeTyped) else find_in(event.text)
        except CodeProblem as e:
            self.error = e.key
            return []
        if code is None:  # a code that is not a prescription's (a product barcode): keep looking
            log.info("prescription: a scanned code is not a prescription code")
            self.error = "code_unreadable"
            return []
        self.code, self.error, self.screen = code.text, "", "looking_up"
        return [rx.StopScan(), rx.Lookup(code.text)]

    def _found(self, found: Prescription | None) -> list[object]:
        verdict = judge(found, self._holder.id_number, self._today())
        # The technician log says which it was; no ID number, no drug, no code.
        log.info("prescription lookup: verdict=%s type=%s lines=%d", verdict.value,
                 self.code[-1], len(found.lines) if found and verdict is not Verdict.NOT_FOR_HOLDER else 0)
        self.verdict = shown_verdict(verdict).value
        self.prescription = found if verdict in (Verdict.MATCH, Verdict.EXPIRED, Verdict.DISPENSED) else None
        self.screen = "result"
        effects: list[object] = [rx.QueueAudit(self._holder.id_number, self.code, verdict.value, True)]
        if verdict is Verdict.MATCH:
            effects.append(rx.MakePass(self._pass_input(found)))
        return effects

    def _pass_input(self, found: Prescription) -> dict:
        bp = None
        reading = self._holder.readings().get(MeasurementKind.BLOOD_PRESSURE) if found.antihypertensive else None
        if reading is not None and "systolic" in reading.values and "diastolic" in reading.values:
            bp = (int(reading.values["systolic"]), int(reading.values["diastolic"]), reading.measured_at)
        return {"code": self.code, "id_number": self._holder.id_number, "assurance": self._holder.assurance,
                "bp": bp}

    def _forget(self) -> None:
        self.prescription, self.token, self.verdict, self.error, self.code = None, "", "", "", ""
