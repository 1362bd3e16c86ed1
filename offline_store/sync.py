"""The background sync worker: drains the outbox to any FHIR R4 server, exactly once.

One round takes up to ``batch_size`` due visits and sends them in three batch
Bundles of independent, idempotent requests:

1. Every Patient and Device the round refers to: conditional creates
   (``ifNoneExist`` on the ID number / station code), every round, so a backend
   that lost them (a restore, a reset) gets them back before anything points
   at them. An id that differs from the one remembered is that loss, noticed.
2. Observations: conditional creates on their client identifier
   (``urn:uuid:<measurement UUID>``), with literal references to step 1.
3. Provenance: ``PUT Provenance/<visit UUID>`` (R4 gives it no identifier); for a queued
   audit record (offline_store/audit.py) its AuditEvent, ``PUT AuditEvent/<UUID>``.

A replay after a lost acknowledgement finds what the first try created, so
nothing is ever duplicated. Each entry is judged on its own: a refused one
makes only its visit wait or, after ``dead_after_attempts`` refusals, a dead
letter with the server's OperationOutcome; the others go through.
"""
from __future__ import annotations

import logging
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Iterator

from offline_store import fhir_mapping as fm
from offline_store.api import Visit
from offline_store.audit import AuditRecord
from offline_store.settings import SyncSettings
from offline_store.sqlite_store import SqliteVisitStore
from offline_store.transport import WRONG_PLACE, FhirClient, TransportError

log = logging.getLogger("offline_store.sync")
alert = logging.getLogger("offline_store.alert")

MIN_BATCH = 1
BATCH_META = "batch_size"  # sync_meta key: the batch size timeouts taught us, kept across runs


@dataclass
class Failure:
    kind: str  # transient, invalid, dead (dead = park now: local mapping error, 412, unreadable payload)
    error: str  # technician text, no personal data
    outcome: dict | None = None
    retry_after: float | None = None


@dataclass
class RoundResult:
    claimed: int = 0
    synced: list[str] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)
    error: TransportError | None = None  # the whole round failed on this
    recreated: int = 0  # Patients/Devices the server had lost and made again this round


def _status_code(entry: dict) -> int:
    try:
        return int(str(entry["response"]["status"]).split()[0])
    except (KeyError, ValueError, IndexError, TypeError):
        return 0


def _server_id(entry: dict, rtype: str) -> str | None:
    resource = entry.get("resource") or {}
    if resource.get("resourceType") == rtype and resource.get("id"):
        return resource["id"]
    location = (entry.get("response") or {}).get("location") or ""
    parts = location.split("?")[0].rstrip("/").split("/")
    if rtype in parts:
        i = parts.index(rtype)
        if i + 1 < len(parts):
            return parts[i + 1]
    return None


def _issue_code(outcome: dict | None) -> str:
    try:
        return outcome["issue"][0]["code"]
    except (TypeError, KeyError, IndexError):
        return "unknown"


def _entry_failure(what: str, entry: dict) -> Failure:
    status = _status_code(entry)
    outcome = (entry.get("response") or {}).get("outcome")
    text = f"{what}: HTTP {status or '?'} ({_issue_code(outcome)})"
    if status == 412:  # several resources match our identifier: a human must look
        return Failure("dead", text + ": several matches on the server", outcome)
    if status in (0, 408, 429) or status >= 500:
        return Failure("transient", text, outcome)
    return Failure("invalid", text, outcome)


def _batch(entries: list[dict]) -> dict:
    return {"resourceType": "Bundle", "type": "batch", "entry": entries}


PLACEHOLDER = "urn:placeholder:"


def _bind(obj, refs: dict[str, str]):
    """A copy of ``obj`` with every placeholder reference replaced by the server's literal one."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str) and v.startswith(PLACEHOLDER):
                out[k] = refs[v]
            else:
                out[k] = _bind(v, refs)
        return out
    if isinstance(obj, list):
        return [_bind(x, refs) for x in obj]
    return obj


@dataclass
class PreparedVisit:
    visit: Visit
    ref_keys: list[tuple[str, str]]  # ("patient", ID number) first, then ("device", key)...
    observations: list[dict]  # validated, with placeholder references
    provenance: dict  # validated, with placeholder references; an audit record's AuditEvent


@dataclass
class Prepared:
    """A claimed round, mapped and validated, waiting only for the server."""

    ids: list[str]
    visits: dict[str, PreparedVisit] = field(default_factory=dict)
    failures: dict[str, Failure] = field(default_factory=dict)
    # Every Patient and Device of the round, once each: (resource, ifNoneExist condition).
    ref_resources: dict[tuple[str, str], tuple[dict, str]] = field(default_factory=dict)


def pv_type(p: Prepared, vid: str) -> str:
    return p.visits[vid].provenance["resourceType"]


class SyncEngine:
    """Rounds of sync; no thread of its own (SyncWorker adds that).

    Mapping and R4B validation happen in ``prepare`` with placeholder references,
    so ``drain`` can prepare the next round while the current one is on the wire.
    """

    def __init__(self, store: SqliteVisitStore, settings: SyncSettings, client: FhirClient | None = None,
                 stop: threading.Event | None = None) -> None:
        self.store = store
        self.s = settings
        self.stop_event = stop or threading.Event()
        self.client = client or FhirClient(settings, self.stop_event)
        self.batch_size = max(MIN_BATCH, settings.batch_size)
        learned = store.get_meta(BATCH_META)
        if learned and learned.isdigit():  # a slow link does not get faster because the process restarted
            self.batch_size = max(MIN_BATCH, min(self.batch_size, int(learned)))
        self.consecutive_outages = 0
        self._devices: dict[tuple[str, str], tuple[dict, str]] = {}  # pure function of key and settings
        self._batch_ok = True  # until the server says it has no batch endpoint
        self._new_refs: dict[tuple[str, str], str] = {}
        self._recreated = 0

    # ---- rounds ------------------------------------------------------------------

    def run_once(self, limit: int | None = None) -> RoundResult:
        return self.send(self.prepare(self.store.claim(limit or self.batch_size)))

    def drain(self) -> Iterator[RoundResult]:
        """Rounds back to back until nothing is due or a round fails as a whole."""
        with ThreadPoolExecutor(1, thread_name_prefix="sync-prepare") as pool:
            upcoming = pool.submit(lambda: self.prepare(self.store.claim(self.batch_size)))
            while True:
                current = upcoming.result()
                if not current.ids:
                    return
                upcoming = pool.submit(lambda: self.prepare(self.store.claim(self.batch_size)))
                try:
                    result = self.send(current)
                except BaseException:
                    self._put_back(upcoming.result(), 0.0)
                    raise
                yield result
                if result.error is not None or self.stop_event.is_set():
                    self._put_back(upcoming.result(), 0.0 if result.error is None else self._round_delay(result.error))
                    return

    def _put_back(self, ahead: Prepared, delay: float) -> None:
        """Claimed ahead but not sent: back to the queue as they were, due with the others."""
        if ahead.ids:
            self.store.reschedule({v: delay for v in ahead.ids}, "not sent: round stopped", count_attempt=False,
                                  note_error=False)

    def prepare(self, ids: list[str]) -> Prepared:
        p = Prepared(ids)
        for vid, loaded in self.store.load_visits(ids).items():
            if isinstance(loaded, Exception):
                p.failures[vid] = Failure("dead", f"stored payload unreadable ({loaded.__class__.__name__})",
                                          fm.operation_outcome("the stored visit could not be read", "exception"))
                continue
            try:
                p.visits[vid] = self._prepare_visit(loaded)
            except fm.MappingError as e:
                p.failures[vid] = Failure("dead", f"mapping: {e}", e.outcome)
        for pv in p.visits.values():
            for key in pv.ref_keys:
                if key in p.ref_resources:
                    continue
                try:
                    p.ref_resources[key] = self._ref_resource(pv.visit, key)
                except fm.MappingError as e:
                    p.failures[pv.visit.id] = Failure("dead", f"mapping: {e}", e.outcome)
        for vid in p.failures:
            p.visits.pop(vid, None)
        return p

    def _prepare_visit(self, v: Visit | AuditRecord) -> PreparedVisit:
        if isinstance(v, AuditRecord):
            keys = [("patient", v.citizen_id), ("device", fm.device_key(v))]
            event = fm.audit_event(v, self.s, f"{PLACEHOLDER}patient", f"{PLACEHOLDER}device:{fm.device_key(v)}")
            return PreparedVisit(v, keys, [], event)
        keys = [("patient", v.citizen_id), ("device", fm.device_key(v))]
        keys += [("device", fm.device_key(v, m.device_id)) for m in v.measurements if m.device_id]
        keys = list(dict.fromkeys(keys))
        device_refs = {k[1]: f"{PLACEHOLDER}device:{k[1]}" for k in keys if k[0] == "device"}
        obs = fm.observations(v, self.s, f"{PLACEHOLDER}patient", device_refs)
        targets = [f"{PLACEHOLDER}obs:{i}" for i in range(len(obs))] + [f"{PLACEHOLDER}patient"]
        prov = fm.provenance(v, self.s, targets, f"{PLACEHOLDER}device:{fm.device_key(v)}")
        return PreparedVisit(v, keys, obs, prov)

    def _ref_resource(self, v: Visit, key: tuple[str, str]) -> tuple[dict, str]:
        if key[0] == "patient":
            return fm.patient(v, self.s), fm.patient_condition(v, self.s)
        if key not in self._devices:
            for k, res in fm.devices(v, self.s).items():
                self._devices[("device", k)] = (res, fm.device_condition(k, self.s))
        return self._devices[key]

    def _set_batch(self, n: int) -> None:
        n = max(MIN_BATCH, min(self.s.batch_size, n))
        if n != self.batch_size:
            self.batch_size = n
            self.store.set_meta(**{BATCH_META: str(n)})

    def send(self, p: Prepared) -> RoundResult:
        result = RoundResult(claimed=len(p.ids))
        if not p.ids:
            return result
        failures = dict(p.failures)
        self._new_refs = {}
        self._recreated = 0
        try:
            synced = self._send(p, failures)
        except TransportError as e:
            result.error = e
            result.recreated = self._recreated
            self.store.put_refs(self._new_refs)
            self._whole_round_failed(p.ids, e, failures, result)
            return result
        except Exception:
            # A bug must not leave entries "sending" until the next restart.
            log.exception("sync round crashed; its visits go back to the queue")
            self.store.reschedule({v: self._backoff(v) for v in p.ids}, "internal error in the sync worker")
            raise
        self.store.mark_synced(synced, self._new_refs)
        result.synced = synced
        result.recreated = self._recreated
        if self.consecutive_outages:
            # The server is back: everything held back only by the outage is due now.
            self.consecutive_outages = 0
            released = self.store.release_outage_waits()
            if released:
                log.info("server reachable again; %d waiting visits are due now", released)
        self._settle(failures, result)
        if synced and self.batch_size < self.s.batch_size:
            self._set_batch(self.batch_size * 2)
        for v in synced:
            log.info("visit %s synced", v)
        return result

    def _send(self, p: Prepared, failures: dict[str, Failure]) -> list[str]:
        refs = self._resolve_refs(p, failures)
        obs_refs = self._send_observations(p, refs, failures)
        return self._send_provenance(p, refs, obs_refs, failures)

    def _resolve_refs(self, p: Prepared, failures: dict[str, Failure]) -> dict[tuple[str, str], str]:
        """Server ids of the round's Patients and Devices, from conditional creates sent every round.

        Never from the remembered ids alone: after a restore or a reset the backend may no longer
        have them, and a server that does not check references would accept Observations pointing
        at nothing. The remembered ids only tell us when that happened.
        """
        keys = list(p.ref_resources)  # dict order: one entry per key, no in-bundle duplicates
        if not keys:
            return {}
        known = self.store.get_refs(keys)
        entries = [{"resource": res, "request": {"method": "POST", "url": res["resourceType"], "ifNoneExist": cond}}
                   for res, cond in (p.ref_resources[k] for k in keys)]
        refs: dict[tuple[str, str], str] = {}
        lost = 0
        for key, entry in zip(keys, self._post(entries)):
            rtype = "Patient" if key[0] == "patient" else "Device"
            sid = _server_id(entry, rtype) if 200 <= _status_code(entry) < 300 else None
            if sid:
                refs[key] = sid
                # Created (201) or under a new id, though the server had it before: it lost it.
                lost += key in known and (_status_code(entry) == 201 or sid != known[key])
                continue
            fail = _entry_failure(rtype, entry)
            for vid, pv in p.visits.items():
                if key in pv.ref_keys:
                    failures.setdefault(vid, fail)
        if lost:
            self._recreated += lost
            alert.error("the backend no longer had %d Patient/Device resources this station created there "
                        "(restored from a backup, or reset?); they were created again and new visits refer to "
                        "them. Visits synced earlier may be missing on the backend.", lost)
        # Written with the round's acknowledgements (one fsync); if the round fails first,
        # the next round's conditional creates simply find them again.
        self._new_refs.update({k: sid for k, sid in refs.items() if known.get(k) != sid})
        for vid, pv in p.visits.items():
            if vid not in failures and any(k not in refs for k in pv.ref_keys):
                failures[vid] = Failure("transient", "a Patient or Device reference is not resolved yet")
        return refs

    @staticmethod
    def _ref_map(pv: PreparedVisit, refs: dict[tuple[str, str], str]) -> dict[str, str]:
        out = {f"{PLACEHOLDER}patient": f"Patient/{refs[pv.ref_keys[0]]}"}
        for kind, key in pv.ref_keys[1:]:
            out[f"{PLACEHOLDER}device:{key}"] = f"Device/{refs[(kind, key)]}"
        return out

    def _send_observations(self, p: Prepared, refs, failures) -> dict[str, list[str]]:
        entries: list[dict] = []
        owner: list[str] = []
        out: dict[str, list[str]] = {}
        for vid, pv in p.visits.items():
            if vid in failures:
                continue
            ref_map = self._ref_map(pv, refs)
            out[vid] = []
            for o in pv.observations:
                entries.append({"resource": _bind(o, ref_map), "request": {
                    "method": "POST", "url": "Observation", "ifNoneExist": fm.observation_condition(o)}})
                owner.append(vid)
        if not entries:
            return out
        for vid, entry in zip(owner, self._post(entries)):
            sid = _server_id(entry, "Observation") if 200 <= _status_code(entry) < 300 else None
            if sid:
                out[vid].append(f"Observation/{sid}")
            else:
                failures.setdefault(vid, _entry_failure("Observation", entry))
        return out

    def _send_provenance(self, p: Prepared, refs, obs_refs, failures) -> list[str]:
        entries, owner = [], []
        for vid, pv in p.visits.items():
            if vid in failures:
                continue
            ref_map = self._ref_map(pv, refs)
            ref_map.update({f"{PLACEHOLDER}obs:{i}": r for i, r in enumerate(obs_refs.get(vid, []))})
            entries.append({"resource": _bind(pv.provenance, ref_map),
                            "request": {"method": "PUT", "url": f"{pv.provenance['resourceType']}/{vid}"}})
            owner.append(vid)
        synced = []
        if entries:
            for vid, entry in zip(owner, self._post(entries)):
                if 200 <= _status_code(entry) < 300:
                    synced.append(vid)
                else:
                    failures.setdefault(vid, _entry_failure(pv_type(p, vid), entry))
        return synced

    def _post(self, entries: list[dict]) -> list[dict]:
        if not self._batch_ok:
            return self._post_singly(entries)
        try:
            response = self.client.post_bundle(_batch(entries))
        except TransportError as e:
            if e.kind == "http" and e.status in (404, 405, 501):  # batch is optional in R4
                log.warning("the server does not take batch Bundles (HTTP %s); sending requests one by one",
                            e.status)
                self._batch_ok = False
                return self._post_singly(entries)
            raise
        got = response.get("entry") or []
        if response.get("resourceType") != "Bundle" or len(got) != len(entries):
            raise TransportError("http", f"batch answer has {len(got)} entries for {len(entries)} requests")
        return got

    def _post_singly(self, entries: list[dict]) -> list[dict]:
        try:
            return [self.client.send_entry(e) for e in entries]
        except TransportError as e:
            if e.status in WRONG_PLACE:
                self._batch_ok = True  # no batch and no resource endpoint either: the URL is wrong
            raise

    # ---- after the round -----------------------------------------------------------

    def _backoff(self, visit_id: str, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(self.s.max_backoff_s, retry_after)
        attempts = self.store.attempts_of(visit_id)
        return min(self.s.max_backoff_s, 5.0 * 2 ** attempts) * random.uniform(0.5, 1.0)

    def _settle(self, failures: dict[str, Failure], result: RoundResult) -> None:
        later: dict[str, float] = {}
        last_error = None
        for vid, f in failures.items():
            attempts = self.store.attempts_of(vid) + 1
            if f.kind == "dead" or (f.kind == "invalid" and attempts >= self.s.dead_after_attempts):
                self.store.mark_dead(vid, f.error, f.outcome)
                result.dead.append(vid)
            else:
                later[vid] = self._backoff(vid, f.retry_after)
                last_error = f.error
                log.warning("visit %s not accepted this time (%s); retry in %.0f s", vid, f.error, later[vid])
        if later:
            self.store.reschedule(later, last_error or "retry")
            result.retried.extend(later)

    def _whole_round_failed(self, ids, e: TransportError, failures, result: RoundResult) -> None:
        log.warning("sync round of %d visits failed: %s", len(ids), e)
        if e.kind == "timeout" or e.status == 413:
            self._set_batch(self.batch_size // 2)  # smaller bodies get through slow links
        # 400/409/422 on the whole Bundle: something in it. (404, 405, 415... mean a wrong URL or a
        # server that does not take batches: a setting to fix, never the visits' fault.)
        if e.kind == "http" and e.status in (400, 409, 422):  # (WRONG_PLACE answers are outages)
            if len(ids) == 1:  # the server refuses this one visit's bundle as a whole
                failures.setdefault(ids[0], Failure("invalid", f"batch refused: {e}", e.outcome))
            else:  # find the culprit: smaller rounds until it is alone
                self._set_batch(min(self.batch_size, len(ids)) // 2)
        # Visits already judged (unreadable, unmappable) are parked; the rest wait for the server,
        # without an attempt counted against them: an outage is not their fault.
        judged = {v: f for v, f in failures.items() if f.kind in ("dead", "invalid")}
        self._settle(judged, result)
        rest = [v for v in ids if v not in judged]
        self.consecutive_outages += 1
        self.store.reschedule({v: self._round_delay(e) for v in rest}, str(e), count_attempt=False)
        result.retried.extend(rest)

    def _round_delay(self, e: TransportError) -> float:
        return e.retry_after if e.retry_after is not None else self.outage_delay()

    def outage_delay(self) -> float:
        """Wait before probing a server that failed as a whole: doubling, capped at the sync interval."""
        n = max(1, self.consecutive_outages)
        return min(self.s.sync_interval_s, 2.0 * 2 ** (n - 1)) * random.uniform(0.5, 1.0)
