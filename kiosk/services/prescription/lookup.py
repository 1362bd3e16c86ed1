"""Where prescriptions come from: an interface, and the FHIR R4 adapter built and tested now.

The national e-prescription system's adapter is not built (docs/prescription.md says what it
would need); it would implement :class:`PrescriptionLookup` the same way.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod

import requests

from kiosk.services.prescription.code import Code
from kiosk.services.prescription.fhir_parse import prescription_from
from kiosk.services.prescription.model import LookupFailed, Prescription
from offline_store.fhir_mapping import if_none_exist
from offline_store.settings import SyncSettings

log = logging.getLogger("kiosk.prescription")


class PrescriptionLookup(ABC):
    @abstractmethod
    def find(self, code: Code) -> Prescription | None:
        """The prescription under the code, None if there is none; LookupFailed otherwise.
        Nothing is cached: every answer is asked for again."""

    def close(self) -> None:
        pass


class FhirPrescriptionLookup(PrescriptionLookup):
    """``GET MedicationRequest?identifier=<system>|<code>&_include=MedicationRequest:subject``.

    R4 has no search parameter on ``groupIdentifier`` (R5 adds one), so the requests carry the
    code as an identifier too (as VN Core's MedicationRequest does) and every returned request's
    groupIdentifier is checked (fhir_parse.py)."""

    def __init__(self, settings: SyncSettings, code_system: str, timeout_s: float) -> None:
        self._s, self._system, self._timeout = settings, code_system, timeout_s
        self._http = requests.Session()
        self._http.trust_env = False  # REQUESTS_CA_BUNDLE would silently replace the fleet CA (docs/sync.md)
        if settings.client_cert:
            self._http.cert = (settings.client_cert, settings.client_key or None)
        if settings.ca_bundle:
            self._http.verify = settings.ca_bundle
        self._http.headers.update({"Accept": "application/fhir+json", "Cache-Control": "no-store"})

    def find(self, code: Code) -> Prescription | None:
        url = (f"{self._s.base_url.rstrip('/')}/MedicationRequest?{if_none_exist(self._system, code.text)}"
               f"&_include=MedicationRequest:subject&_count=100")
        try:
            r = self._http.get(url, timeout=(min(self._s.connect_timeout_s, self._timeout), self._timeout))
        except requests.Timeout:
            raise LookupFailed("backend_timeout", f"no answer within {self._timeout:g} s "
                                                  "(prescription.lookup_timeout_s)") from None
        except requests.RequestException as e:
            raise LookupFailed("backend_down", f"{e.__class__.__name__} reaching the backend") from None
        if r.status_code != 200:
            raise LookupFailed("backend_down", f"MedicationRequest search answered HTTP {r.status_code}")
        try:
            bundle = r.json()
        except ValueError:
            raise LookupFailed("bad_answer", "the search answer is not JSON") from None
        if bundle.get("resourceType") != "Bundle":
            raise LookupFailed("bad_answer", "the search answer is not a Bundle")
        return prescription_from(bundle, code, self._system, self._s.patient_identifier_system)

    def close(self) -> None:
        self._http.close()
