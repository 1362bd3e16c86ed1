"""The citizen's history from the FHIR backend: plain R4 searches, read page by page, kept in memory only.

1. ``Patient?identifier=<national-ID system>|<number>``;
2. ``Observation?patient=..&category=vital-signs&date=ge<12 months ago>&_sort=-date``,
   following ``Bundle.link`` ``next`` (newest first);
3. ``Immunization?patient=..``.

Any R4 server answers these. Nothing is written to disk: the caller holds the
result and the idle wipe drops it. Errors say how far the read got and never
carry the query (it holds the ID number).
"""
from __future__ import annotations

import dataclasses
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable
from urllib.parse import quote

from offline_store.settings import SyncSettings
from offline_store.transport import FhirClient, TransportError
from offline_store.vitals import BP_PANEL, VITALS

log = logging.getLogger("offline_store.history")

MONTHS = 12
PAGE_SIZE = 100
_BY_LOINC = {v.loinc: v.key for v in VITALS.values()}


@dataclass(frozen=True)
class Reading:
    key: str  # a vital key of offline_store.vitals, or "blood_pressure" (value = systolic)
    at: datetime
    value: float
    diastolic: float | None = None
    source: str = ""  # a station code for kiosk readings, else what the record names (clinic, device)
    station: bool = False  # measured at a Trạm Công dân số (a Device of our identifier system)


@dataclass(frozen=True)
class Vaccination:
    at: str  # occurrenceDateTime/String as recorded (a date, or a date and time)
    vaccine: str
    source: str = ""
    dose: str = ""


@dataclass(frozen=True)
class History:
    patient_found: bool
    readings: tuple[Reading, ...] = ()  # newest first
    vaccinations: tuple[Vaccination, ...] = ()


class HistoryError(Exception):
    """The history could not be read in full: ``kind`` is the transport's (timeout, connection, http, ...)."""

    def __init__(self, kind: str, detail: str, pages_read: int) -> None:
        super().__init__(f"{kind} after {pages_read} page(s): {detail}")
        self.kind = kind
        self.detail = detail
        self.pages_read = pages_read


class HistoryReader:
    def __init__(self, settings: SyncSettings, timeout_s: float = 8.0, page_size: int = PAGE_SIZE,
                 months: int = MONTHS, stop: threading.Event | None = None) -> None:
        # One quick try per request: a person is waiting, and a slow server should show "not now" soon.
        self.settings = dataclasses.replace(settings, read_timeout_s=timeout_s,
                                            connect_timeout_s=min(settings.connect_timeout_s, timeout_s),
                                            request_retries=1)
        self.page_size = page_size
        self.months = months
        self._stop = stop or threading.Event()

    def read(self, national_id: str, now: datetime | None = None,
             on_page: Callable[[list[Reading]], None] | None = None) -> History:
        """The history; ``on_page`` gets each page's readings as it arrives (the screen draws early)."""
        now = now or datetime.now(timezone.utc)
        client = FhirClient(self.settings, self._stop)
        pages = 0
        try:
            s = self.settings
            found = client.request("GET", f"{client.base}/Patient?identifier="
                                   + quote(f"{s.patient_identifier_system}|{national_id}", safe=""))
            ids = [e["resource"]["id"] for e in found.get("entry", ())
                   if e.get("resource", {}).get("resourceType") == "Patient"]
            if not ids:
                return History(False)
            patient = ",".join(ids)  # a merged record may exist twice: read both
            since = (now - timedelta(days=round(self.months * 30.44))).date().isoformat()
            url = (f"{client.base}/Observation?patient={patient}&category=vital-signs&date=ge{since}"
                   f"&_sort=-date&_count={self.page_size}")
            devices: dict[str, tuple[str, bool]] = {}
            readings: list[Reading] = []
            derived: set[str] = set()
            while url and not self._stop.is_set():
                bundle = client.request("GET", url)
                pages += 1
                page: list[Reading] = []
                for e in bundle.get("entry", ()):
                    r = e.get("resource", {})
                    if r.get("resourceType") != "Observation":
                        continue
                    for d in r.get("derivedFrom", ()):
                        derived.add(d.get("identifier", {}).get("value", "") or d.get("reference", ""))
                    if _identifier(r) in derived:
                        continue  # one reading of a mean already shown
                    page += _readings(r, self._source(client, r, devices))
                readings += page
                if on_page is not None and page:
                    on_page(page)
                url = next((ln["url"] for ln in bundle.get("link", ()) if ln.get("relation") == "next"), "")
            imm = client.request("GET", f"{client.base}/Immunization?patient={patient}&_count=100")
            pages += 1
            vaccinations = tuple(sorted((_vaccination(e["resource"]) for e in imm.get("entry", ())
                                         if e.get("resource", {}).get("resourceType") == "Immunization"),
                                        key=lambda v: v.at, reverse=True))
            return History(True, tuple(readings), vaccinations)
        except TransportError as e:
            raise HistoryError(e.kind, e.detail, pages) from None
        finally:
            client.close()

    def _source(self, client: FhirClient, obs: dict, cache: dict[str, tuple[str, bool]]) -> tuple[str, bool]:
        """Where a reading was taken: our station's code (from its Device), else what the record says."""
        ref = obs.get("device", {}).get("reference", "")
        if ref.startswith("Device/"):
            if ref not in cache:
                cache[ref] = _device_source(client.request("GET", f"{client.base}/{ref}"),
                                            self.settings.device_identifier_system)
            return cache[ref]
        for p in obs.get("performer", ()):
            if p.get("display"):
                return p["display"], False
        return obs.get("meta", {}).get("source", ""), False


def _identifier(r: dict) -> str:
    ids = r.get("identifier") or [{}]
    return ids[0].get("value", "")


def _device_source(device: dict, system: str) -> tuple[str, bool]:
    for ident in device.get("identifier", ()):
        if ident.get("system") == system:
            return ident.get("value", "").split("/", 1)[0], True  # "<station>/<instrument>" -> station
    names = device.get("deviceName") or [{}]
    return names[0].get("name", "") or device.get("manufacturer", ""), False


def _when(r: dict) -> datetime | None:
    raw = r.get("effectiveDateTime") or r.get("effectivePeriod", {}).get("end") or r.get("effectivePeriod", {}).get("start")
    if not raw:
        return None
    try:
        dt = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _value(q: dict | None) -> float | None:
    v = (q or {}).get("value")
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _readings(r: dict, source: tuple[str, bool]) -> list[Reading]:
    at = _when(r)
    if at is None:
        return []
    codes = {c.get("code") for c in r.get("code", {}).get("coding", ()) if c.get("system") == "http://loinc.org"}
    if BP_PANEL[0] in codes:
        comp = {}
        for c in r.get("component", ()):
            for coding in c.get("code", {}).get("coding", ()):
                key = _BY_LOINC.get(coding.get("code"))
                if key:
                    comp[key] = _value(c.get("valueQuantity"))
        if comp.get("systolic") is None or comp.get("diastolic") is None:
            return []
        return [Reading("blood_pressure", at, comp["systolic"], comp["diastolic"], *source)]
    for code in codes:
        key = _BY_LOINC.get(code)
        v = _value(r.get("valueQuantity"))
        if key and v is not None and key not in ("systolic", "diastolic"):
            return [Reading(key, at, v, None, *source)]
    return []


def _vaccination(r: dict) -> Vaccination:
    code = r.get("vaccineCode", {})
    name = code.get("text") or next((c.get("display", "") for c in code.get("coding", ()) if c.get("display")), "")
    when = r.get("occurrenceDateTime") or r.get("occurrenceString") or ""
    performer = next((p.get("actor", {}).get("display", "") for p in r.get("performer", ())), "")
    dose = next((str(p.get("doseNumberPositiveInt") or p.get("doseNumberString") or "")
                 for p in r.get("protocolApplied", ())), "")
    return Vaccination(when, name, performer or r.get("location", {}).get("display", ""), dose)
