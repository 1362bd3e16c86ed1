"""The background sync worker: drains the outbox to any FHIR R4 server, exactly once.

One round takes up to ``batch_size`` due visits and sends them in three batch
Bundles of independent, idempotent requests:

1. Patients and Devices not yet cached: conditional creates (``ifNoneExist``
   on the ID number / station code); their server ids are cached.
2. Observations: conditional creates on their client identifier
   (``urn:uuid:<measurement UUID>``), with literal references to step 1.
3. Provenance: ``PUT Provenance/<visit UUID>`` (R4 gives it no identifier).

A replay after a lost acknowledgement finds what the first try created, so
nothing is ever duplicated. Each entry is judged on its own: a refused one
makes only its visit wait or, after ``dead_after_attempts`` refusals, a dead
letter with the server's OperationOutcome; the others go through.
"""
from __future__ import annotations

import fcntl
import logging
import os
import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from offline_store import fhir_mapping as fm
from offline_store.api import SyncTrigger, Visit
from offline_store.sealing import SealError
from offline_store.settings import SyncSettings
from offline_store.sqlite_store import SqliteVisitStore
from offline_store.transport import FhirClient, TransportError

log = logging.getLogger("offline_store.sync")

PURGE_EVERY_S = 3600.0
MIN_BATCH = 1


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


class SyncEngine:
    """One round of sync at a time; no thread of its own (SyncWorker adds that)."""

    def __init__(self, store: SqliteVisitStore, settings: SyncSettings, client: FhirClient | None = None,
                 stop: threading.Event | None = None) -> None:
        self.store = store
        self.s = settings
        self.stop_event = stop or threading.Event()
        self.client = client or FhirClient(settings, self.stop_event)
        self.batch_size = max(MIN_BATCH, settings.batch_size)

    # ---- one round ---------------------------------------------------------------

    def run_once(self, limit: int | None = None) -> RoundResult:
        ids = self.store.claim(limit or self.batch_size)
        result = RoundResult(claimed=len(ids))
        if not ids:
            return result
        failures: dict[str, Failure] = {}
        try:
            synced = self._send(ids, failures)
        except TransportError as e:
            result.error = e
            self._whole_round_failed(ids, e, failures, result)
            return result
        except Exception:
            # A bug must not leave entries "sending" until the next restart.
            log.exception("sync round crashed; its visits go back to the queue")
            self.store.reschedule({v: self._backoff(v) for v in ids}, "internal error in the sync worker")
            raise
        self.store.mark_synced(synced)
        result.synced = synced
        self._settle(failures, result)
        if synced and self.batch_size < self.s.batch_size:
            self.batch_size = min(self.s.batch_size, self.batch_size * 2)
        for v in synced:
            log.info("visit %s synced", v)
        return result

    def _send(self, ids: list[str], failures: dict[str, Failure]) -> list[str]:
        visits: dict[str, Visit] = {}
        for vid in ids:
            try:
                visits[vid] = self.store.load_visit(vid)
            except (SealError, LookupError, ValueError, KeyError) as e:
                failures[vid] = Failure("dead", f"stored payload unreadable ({e.__class__.__name__})",
                                        fm.operation_outcome("the stored visit could not be read", "exception"))
        refs = self._resolve_refs(visits, failures)
        obs_refs = self._send_observations(visits, refs, failures)
        return self._send_provenance(visits, refs, obs_refs, failures)

    def _resolve_refs(self, visits: dict[str, Visit], failures: dict[str, Failure]) -> dict[tuple[str, str], str]:
        """Server ids of each visit's Patient and Devices: from the cache, else conditional creates."""
        refs: dict[tuple[str, str], str] = {}
        needed: dict[tuple[str, str], tuple[dict, str]] = {}  # key -> (resource, ifNoneExist); dedupes the bundle
        users: dict[tuple[str, str], list[str]] = {}
        for vid, v in visits.items():
            try:
                wanted = {("patient", v.citizen_id): (fm.patient(v, self.s), fm.patient_condition(v, self.s))}
                for key, dev in fm.devices(v, self.s).items():
                    wanted[("device", key)] = (dev, fm.device_condition(key, self.s))
            except fm.MappingError as e:
                failures[vid] = Failure("dead", f"mapping: {e}", e.outcome)
                continue
            for key, item in wanted.items():
                users.setdefault(key, []).append(vid)
                if key in refs or key in needed:
                    continue
                cached = self.store.get_ref(*key)
                if cached:
                    refs[key] = cached
                else:
                    needed[key] = item
        if not needed:
            return refs
        keys = list(needed)
        entries = [{"resource": res, "request": {"method": "POST", "url": res["resourceType"], "ifNoneExist": cond}}
                   for res, cond in (needed[k] for k in keys)]
        response = self._post(entries)
        new_refs = {}
        for key, entry in zip(keys, response):
            rtype = "Patient" if key[0] == "patient" else "Device"
            sid = _server_id(entry, rtype) if 200 <= _status_code(entry) < 300 else None
            if sid:
                new_refs[key] = sid
                continue
            fail = _entry_failure(rtype, entry)
            for vid in users[key]:
                failures.setdefault(vid, fail)
        self.store.put_refs(new_refs)
        refs.update(new_refs)
        return refs

    def _send_observations(self, visits, refs, failures) -> dict[str, list[str]]:
        entries: list[dict] = []
        owner: list[str] = []
        out: dict[str, list[str]] = {}
        for vid, v in visits.items():
            if vid in failures:
                continue
            try:
                device_refs = {key: f"Device/{sid}" for (kind, key), sid in refs.items() if kind == "device"}
                obs = fm.observations(v, self.s, f"Patient/{refs[('patient', v.citizen_id)]}", device_refs)
            except fm.MappingError as e:
                failures[vid] = Failure("dead", f"mapping: {e}", e.outcome)
                continue
            out[vid] = []
            for o in obs:
                entries.append({"resource": o, "request": {"method": "POST", "url": "Observation",
                                                           "ifNoneExist": fm.observation_condition(o)}})
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

    def _send_provenance(self, visits, refs, obs_refs, failures) -> list[str]:
        entries, owner = [], []
        for vid, v in visits.items():
            if vid in failures:
                continue
            try:
                prov = fm.provenance(v, self.s, [*obs_refs.get(vid, []), f"Patient/{refs[('patient', v.citizen_id)]}"],
                                     f"Device/{refs[('device', fm.device_key(v))]}")
            except fm.MappingError as e:
                failures[vid] = Failure("dead", f"mapping: {e}", e.outcome)
                continue
            entries.append({"resource": prov, "request": {"method": "PUT", "url": f"Provenance/{vid}"}})
            owner.append(vid)
        synced = []
        if entries:
            for vid, entry in zip(owner, self._post(entries)):
                if 200 <= _status_code(entry) < 300:
                    synced.append(vid)
                else:
                    failures.setdefault(vid, _entry_failure("Provenance", entry))
        return synced

    def _post(self, entries: list[dict]) -> list[dict]:
        response = self.client.post_bundle(_batch(entries))
        got = response.get("entry") or []
        if response.get("resourceType") != "Bundle" or len(got) != len(entries):
            raise TransportError("http", f"batch answer has {len(got)} entries for {len(entries)} requests")
        return got

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
            self.batch_size = max(MIN_BATCH, self.batch_size // 2)  # smaller bodies get through slow links
        if e.kind == "http" and e.status and 400 <= e.status < 500 and e.status not in (408, 413, 429):
            if len(ids) == 1:  # the server refuses this one visit's bundle as a whole
                failures.setdefault(ids[0], Failure("invalid", f"batch refused: {e}", e.outcome))
            else:  # find the culprit: smaller rounds until it is alone
                self.batch_size = max(MIN_BATCH, min(self.batch_size, len(ids)) // 2)
        # Visits already judged (unreadable, unmappable) are parked; the rest wait.
        judged = {v: f for v, f in failures.items() if f.kind in ("dead", "invalid")}
        self._settle(judged, result)
        rest = [v for v in ids if v not in judged]
        delays = {v: self._backoff(v, e.retry_after) for v in rest}
        self.store.reschedule(delays, str(e))
        result.retried.extend(rest)


class SyncLockBusy(Exception):
    """Another sync worker (the kiosk's, or a CLI run) holds this store's sync lock."""


class SyncLock:
    """One sync worker per store: replays are safe, but two workers would race for nothing."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "sync.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise SyncLockBusy(f"{self.path} is held by another sync worker") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class SyncWorker(SyncTrigger):
    """A plain Python thread (no Qt) around SyncEngine: wakes on kick(), on a timer, and when due."""

    def __init__(self, store: SqliteVisitStore, settings: SyncSettings, client: FhirClient | None = None) -> None:
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.engine = SyncEngine(store, settings, client, self._stop)
        self.store = store
        self.s = settings
        self._lock = SyncLock(store.data_dir)
        self._thread = threading.Thread(target=self._run, name="sync-worker", daemon=True)
        self._pause_until = 0.0
        self._pause_is_server_request = False
        self._last_purge = 0.0

    def start(self) -> "SyncWorker":
        self._lock.acquire()
        self._thread.start()
        return self

    def kick(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.engine.client.close()
        self._lock.release()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        n = self.store.reset_inflight()
        if n:
            log.info("%d visits were in flight at the last stop; queued again", n)
        while not self._stop.is_set():
            woke_by_kick = self._wake.is_set()
            self._wake.clear()
            self._maybe_purge()
            now = time.monotonic()
            if now < self._pause_until and (self._pause_is_server_request or not woke_by_kick):
                self._wake.wait(self._pause_until - now)
                continue
            try:
                result = self.engine.run_once()
            except Exception:
                log.exception("sync round failed")
                self._pause(self.s.sync_interval_s, False)
                continue
            if result.error is not None:
                e = result.error
                self._pause(e.retry_after if e.retry_after is not None else self._outage_wait(),
                            e.retry_after is not None)
                continue
            self._pause_until = 0.0
            if result.claimed:
                continue  # more may be due: drain without waiting
            due = self.store.next_due_in()
            wait = self.s.sync_interval_s if due is None else min(self.s.sync_interval_s, max(due, 0.05))
            self._wake.wait(wait)

    def _outage_wait(self) -> float:
        return min(self.s.sync_interval_s, 5.0) * random.uniform(0.5, 1.0)

    def _pause(self, seconds: float, server_asked: bool) -> None:
        self._pause_until = time.monotonic() + seconds
        self._pause_is_server_request = server_asked

    def _maybe_purge(self) -> None:
        now = time.monotonic()
        if now - self._last_purge >= PURGE_EVERY_S or not self._last_purge:
            self._last_purge = now
            try:
                self.store.purge_acknowledged()
            except Exception:
                log.exception("purge of acknowledged visits failed")
