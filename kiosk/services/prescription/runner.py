"""Carries out the prescription service's effects on job threads (no Qt): the camera scan,
the lookup, the pick-up pass and the audit record."""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from drivers.camera.codes import read_codes
from kiosk.services.api import RunnerContext, ServiceRunner
from kiosk.services.prescription import events as rx
from kiosk.services.prescription import pass_key, pickup_pass
from kiosk.services.prescription.lookup import FhirPrescriptionLookup, PrescriptionLookup
from kiosk.services.prescription.model import LookupFailed
from offline_store.audit import AuditRecord

log = logging.getLogger("kiosk.prescription")


class PrescriptionRunner(ServiceRunner):
    def __init__(self, ctx: RunnerContext, lookup: PrescriptionLookup | None = None) -> None:
        from kiosk.devices.store import sync_settings

        self._ctx = ctx
        p = ctx.cfg.prescription
        self._lookup = lookup or FhirPrescriptionLookup(sync_settings(ctx.cfg), p.identifier_system,
                                                        float(p.lookup_timeout_s))
        self._scan_stop: threading.Event | None = None
        self._scan_thread: threading.Thread | None = None

    def apply(self, effect: object, post) -> None:
        if isinstance(effect, rx.StartScan):
            self._start_scan(post)
        elif isinstance(effect, rx.StopScan):
            self.stop()
        elif isinstance(effect, rx.Lookup):
            threading.Thread(target=self._find, args=(effect.code, post), name="rx-lookup", daemon=True).start()
        elif isinstance(effect, rx.MakePass):
            threading.Thread(target=self._make_pass, args=(effect.claims_input, post), name="rx-pass",
                             daemon=True).start()
        elif isinstance(effect, rx.QueueAudit):
            self._audit(effect)

    def _start_scan(self, post) -> None:
        self.stop()
        scan = getattr(self._ctx.devices.face, "scan", None)
        if scan is None:
            post(rx.ScanFailed("camera_error"))
            return
        stop = self._scan_stop = threading.Event()
        previous = self._scan_thread

        def run() -> None:
            # The scan stopped for the last lookup may still be letting go of the camera; without
            # waiting, this one would find it "busy" and hide the lookup's own message.
            if previous is not None:
                previous.join(timeout=5.0)
            if stop.is_set():
                return
            try:
                problem = scan(self._ctx.publish_frame, lambda codes: post(rx.CodeScanned(codes[0])), stop, read_codes)
            except Exception:  # a camera fault must leave the keypad usable, not a dead screen
                log.exception("prescription: camera scan failed")
                problem = "camera_error"
            if problem and not stop.is_set():
                post(rx.ScanFailed("camera_busy" if problem == "busy" else "camera_error"))

        self._scan_thread = threading.Thread(target=run, name="rx-scan", daemon=True)
        self._scan_thread.start()

    def _find(self, code: str, post) -> None:
        from kiosk.services.prescription.code import parse

        try:
            post(rx.LookupDone(code, self._lookup.find(parse(code))))
        except LookupFailed as e:
            log.warning("prescription lookup: %s (%s)", e.key, e.detail)
            post(rx.LookupError_(code, e.key))
        except Exception:
            log.exception("prescription lookup crashed")
            post(rx.LookupError_(code, "bad_answer"))

    def _make_pass(self, x: dict, post) -> None:
        cfg = self._ctx.cfg
        try:
            # A station's key is made by `kiosk provision`; demo mode makes its scratch one on first use.
            key = pass_key.load_private(Path(cfg.prescription.pass_key_file), create=_is_demo(cfg))
            bp = pickup_pass.BloodPressure(*x["bp"]) if x.get("bp") else None
            claims = pickup_pass.claims(x["code"], x["id_number"], x["assurance"], cfg.station.id, self._ctx.clock(),
                                        int(cfg.prescription.pass_valid_min) * 60, os.urandom(16), bp)
            post(rx.PassReady(pickup_pass.sign(claims, pass_key.jwk_private(key), pass_key.key_id(key.public_key()))))
        except pass_key.PassKeyError as e:
            log.error("pick-up pass: %s", e)
            post(rx.PassFailed("pass_key"))

    def _audit(self, e: rx.QueueAudit) -> None:
        record = AuditRecord(station_id=self._ctx.cfg.station.id, citizen_id=e.citizen_id,
                             recorded_at=self._ctx.clock(), action="prescription-lookup", outcome=e.outcome,
                             succeeded=e.succeeded, entity_system=self._ctx.cfg.prescription.identifier_system,
                             entity_value=e.code, entity_type="MedicationRequest")
        try:
            self._ctx.devices.store.queue_audit_event(record)
            self._ctx.devices.sync.kick()
        except Exception:  # the citizen's check goes on; the technician must know the record is missing
            log.exception("prescription: audit record %s could not be queued", record.id)

    def stop(self) -> None:
        if self._scan_stop is not None:
            self._scan_stop.set()
            self._scan_stop = None

    def close(self) -> None:
        self.stop()
        self._lookup.close()


def _is_demo(cfg) -> bool:
    from kiosk import paths

    return Path(cfg.source) == paths.ROOT / "config" / "demo.toml"


def make_runner(ctx: RunnerContext) -> ServiceRunner:
    return PrescriptionRunner(ctx)
