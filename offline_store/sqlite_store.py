"""The durable visit queue: one SQLite file, personal data sealed with the station key.

``save`` writes the visit and its outbox entry in ONE ``BEGIN IMMEDIATE ...
COMMIT`` (WAL, synchronous=FULL); the kiosk may say "saved" only after it
returns. The sync worker drives the rest through the methods below the line.
Nothing unsent is ever deleted: the only purge drops the payload of visits the
server acknowledged more than the grace period ago.
"""
from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError

from offline_store import database
from offline_store.api import QueueStatus, StoreUnavailable, Visit, VisitState, VisitStore, new_id
from offline_store.audit import AuditRecord, audit_to_bytes
from offline_store.codec import record_from_bytes, visit_from_bytes, visit_to_bytes
from offline_store.schema import outbox, queue_counts, server_refs, sync_meta, visits
from offline_store.sealing import MissingKey, Sealer, SealError

log = logging.getLogger("offline_store.store")
alert = logging.getLogger("offline_store.alert")

DB_NAME = "visits.db"
FREE_SPACE_TTL_S = 0.5
UNSENT = ("queued", "sending")
_INSERT_VISIT = "INSERT INTO visits (id, station_id, created_at, payload) VALUES (?, ?, ?, ?)"
_INSERT_OUTBOX = ("INSERT INTO outbox (id, visit_id, state, attempts, next_attempt_at, created_at) "
                  "VALUES (?, ?, 'queued', 0, ?, ?)")


@dataclass(frozen=True)
class DeadLetter:
    visit_id: str
    attempts: int
    dead_at: float | None
    last_error: str | None  # technician text
    outcome: dict | None  # the server's (or our validator's) OperationOutcome; may hold personal data


class StoreNotReadable(Exception):
    """A read-only open found no store, a damaged one, or one a newer kiosk must upgrade first."""

    def __init__(self, reason: str, detail: str) -> None:  # reason: absent, damaged, outdated, newer
        super().__init__(detail)
        self.reason = reason


def _is_corruption(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return "malformed" in msg or "not a database" in msg or "corrupt" in msg


def _is_disk_full(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return "disk is full" in msg or "disk i/o error" in msg or "no space" in msg


class SqliteVisitStore(VisitStore):
    def __init__(
        self,
        data_dir: Path,
        sealer: Sealer | MissingKey,
        *,
        min_free_bytes: int = 64 * 1024 * 1024,
        retention_grace_s: float = 7 * 86400,
        clock=time.time,
        readonly: bool = False,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self._sealer = sealer
        self._min_free = min_free_bytes
        self._grace = retention_grace_s
        self._clock = clock
        self._broken: str | None = None  # reason key once the store cannot be trusted until restart
        self.moved_aside: Path | None = None
        self._free = 0
        # One connection for all saves, whatever thread they run on: each visit is saved from a new
        # job thread, and a connection per thread kept two descriptors open per visit for ever.
        # SQLite lets one writer in at a time anyway, so the lock costs no concurrency.
        self._write_lock = threading.Lock()
        self._writer_cur: sqlite3.Cursor | None = None
        self._free_checked_at = -1e9
        if readonly:
            self._open_readonly()
            return
        if not self.data_dir.exists():
            self.data_dir.mkdir(parents=True, mode=0o700)  # metadata too is nobody else's business
        problem = database.check_health(self.db_path)
        if problem:
            self.moved_aside = database.move_aside(self.db_path, problem)
        self.engine = database.make_engine(self.db_path)
        try:
            database.migrate(self.engine)
        except database.SchemaTooNew:
            self.engine.dispose()  # refused before any change; release the file for the newer kiosk
            raise
        self._ro = self.engine.execution_options(readonly=True)
        if self.moved_aside:  # shown by `kiosk queue status` until the next sync success
            self.record_error(f"store was damaged at start-up; moved aside to {self.moved_aside.name}")

    def _open_readonly(self) -> None:
        """For reports (`kiosk queue status`, `kiosk doctor`): nothing is made, moved or migrated.

        Moving a damaged file aside is the kiosk's job at its start: it then starts a fresh store at
        once, where a report would leave the station without one while the kiosk has the old open.
        """
        if not self.db_path.exists():
            raise StoreNotReadable("absent", f"no store at {self.db_path} yet (the kiosk makes it at its first start)")
        problem = database.check_health(self.db_path, readonly=True)
        if problem:
            alert.critical("store %s failed its check (%s); left in place, the kiosk moves it aside at its next "
                           "start", self.db_path, problem)
            raise StoreNotReadable("damaged", f"store {self.db_path} is damaged ({problem})")
        self.engine = database.make_engine(self.db_path, readonly=True).execution_options(readonly=True)
        self._ro = self.engine
        rev = database.current_revision(self.engine)
        if rev != database.head_revision():
            self.engine.dispose()
            if rev is not None and rev not in database.known_revisions():
                raise StoreNotReadable("newer", f"store at revision {rev}, newer than this kiosk knows (its newest "
                                                f"is {database.head_revision()}): a newer version wrote it")
            raise StoreNotReadable("outdated", f"store at revision {rev}; the kiosk upgrades it at its next start")

    # ---- what the kiosk uses ---------------------------------------------------------

    def save(self, visit: Visit) -> None:
        if self._broken:
            raise StoreUnavailable(self._broken, "the store failed earlier; restart after the technician check")
        if self.free_bytes() < self._min_free:
            alert.error("disk nearly full under %s (%d MiB free); refusing new visits",
                        self.data_dir, self.free_bytes() // 2**20)
            raise StoreUnavailable("disk_full", "not enough free space to store a visit durably")
        try:
            payload = self._sealer.seal(visit_to_bytes(visit), self._aad(visit.id))
        except SealError:
            raise StoreUnavailable("store_error", "the store key is not available") from None
        now = self._clock()
        try:
            self._insert(visit.id, visit.station_id, now, payload)
        except sqlite3.IntegrityError:
            if self.state_of(visit.id) != "unknown":
                log.info("visit %s was already saved; the second save is a no-op", visit.id)
                return
            raise StoreUnavailable("store_error", "integrity error while saving") from None
        except sqlite3.Error as e:
            raise self._unavailable(e, "saving visit " + visit.id) from None
        log.info("visit %s saved and queued", visit.id)

    def queue_audit_event(self, record: AuditRecord) -> None:
        """Seal and queue an audit record in the visits' outbox (offline_store/audit.py); the
        sync sends it exactly once as an AuditEvent. Raises StoreUnavailable like save()."""
        if self._broken:
            raise StoreUnavailable(self._broken, "the store failed earlier")
        try:
            payload = self._sealer.seal(audit_to_bytes(record), self._aad(record.id))
        except SealError:
            raise StoreUnavailable("store_error", "the store key is not available") from None
        try:
            self._insert(record.id, record.station_id, self._clock(), payload)
        except sqlite3.IntegrityError:
            return  # already queued: a second call is a no-op, like save()
        except sqlite3.Error as e:
            raise self._unavailable(e, "queueing audit record " + record.id) from None
        log.info("audit record %s (%s) queued", record.id, record.action)

    def _insert(self, visit_id: str, station_id: str, now: float, payload: bytes) -> None:
        """Visit row and outbox row in one BEGIN IMMEDIATE ... COMMIT, on the shared writer connection.

        The hot path skips SQLAlchemy's statement layer and its pool: with fsync at ~0.3 ms,
        their overhead would be a large part of a save (benchmarks/store_enqueue.py).
        """
        with self._write_lock:
            cur = self._writer()
            cur.execute("BEGIN IMMEDIATE")
            try:
                cur.execute(_INSERT_VISIT, (visit_id, station_id, now, payload))
                cur.execute(_INSERT_OUTBOX, (new_id(), visit_id, now, now))
                cur.execute("COMMIT")
            except BaseException:
                if cur.connection.in_transaction:
                    cur.execute("ROLLBACK")
                raise

    def _writer(self) -> sqlite3.Cursor:
        """The saves' connection (same pragmas as the engine's; see database.py); use under _write_lock."""
        if self._writer_cur is None:
            conn = sqlite3.connect(self.db_path, isolation_level=None, check_same_thread=False,
                                   timeout=database.BUSY_TIMEOUT_MS / 1000)
            database.configure_connection(conn)
            self._writer_cur = conn.cursor()
        return self._writer_cur

    def state_of(self, visit_id: str) -> VisitState:
        try:
            with self._ro.connect() as conn:
                state = conn.execute(select(outbox.c.state).where(outbox.c.visit_id == visit_id)).scalar()
        except DBAPIError as e:
            log.error("cannot read state of visit %s: %s", visit_id, e.__class__.__name__)
            return "unknown"
        return state if state in ("queued", "sending", "synced", "dead") else "unknown"

    def status(self) -> QueueStatus:
        now = self._clock()
        try:
            with self._ro.connect() as conn:
                # Counts come from max(rowid) and a trigger-kept table, the oldest entry from an index seek
                # per state: status costs the same with 10 or 100,000 queued visits.
                counts = dict(conn.execute(select(queue_counts.c.state, queue_counts.c.n)).all())
                ever = conn.exec_driver_sql("SELECT max(rowid) FROM outbox").scalar() or 0
                counts["queued"] = ever - sum(counts.values())  # see migration 0003
                firsts = [conn.execute(select(func.min(outbox.c.created_at)).where(outbox.c.state == st)).scalar()
                          for st in UNSENT]
                oldest = min((f for f in firsts if f is not None), default=None)
                meta = dict(conn.execute(select(sync_meta.c.key, sync_meta.c.value)).all())
        except DBAPIError as e:
            return QueueStatus(0, 0, None, None, f"store unreadable: {e.__class__.__name__}", accepting=False)
        last_ok = meta.get("last_success_at")

        return QueueStatus(
            queued=counts.get("queued", 0) + counts.get("sending", 0),
            dead_letters=counts.get("dead", 0),
            oldest_unsent_age_s=(now - oldest) if oldest is not None else None,
            last_success_at=datetime.fromtimestamp(float(last_ok), timezone.utc) if last_ok else None,
            last_error=meta.get("last_error") or None,
            accepting=self.accepting(),
        )

    def accepting(self) -> bool:
        return self._broken is None and self.free_bytes() >= self._min_free

    def free_bytes(self) -> int:
        # statvfs at most every FREE_SPACE_TTL_S: a disk does not fill between two citizens,
        # and SQLite's own "disk is full" still maps to disk_full if it does.
        now = time.monotonic()
        if now - self._free_checked_at > FREE_SPACE_TTL_S:
            try:
                self._free = shutil.disk_usage(self.data_dir).free
            except OSError:
                self._free = 0
            self._free_checked_at = now
        return self._free

    def close(self) -> None:
        with self._write_lock:
            if self._writer_cur is not None:
                self._writer_cur.connection.close()
                self._writer_cur = None
        self.engine.dispose()

    # ---- what the sync worker uses ---------------------------------------------------

    def reset_inflight(self) -> int:
        """After a crash, entries left "sending" go back to "queued" (the server dedupes replays)."""
        with self.engine.begin() as conn:
            return conn.execute(update(outbox).where(outbox.c.state == "sending").values(state="queued")).rowcount

    def claim(self, limit: int) -> list[str]:
        """Mark up to ``limit`` due entries "sending", oldest first; return their visit ids."""
        now = self._clock()
        with self.engine.begin() as conn:
            ids = list(conn.execute(
                select(outbox.c.visit_id).where(outbox.c.state == "queued", outbox.c.next_attempt_at <= now)
                .order_by(outbox.c.created_at).limit(limit)).scalars())
            if ids:
                conn.execute(update(outbox).where(outbox.c.visit_id.in_(ids)).values(state="sending"))
        return ids

    def next_due_in(self) -> float | None:
        """Seconds until the next queued entry is due (0 if one is due now), None if none queued."""
        with self._ro.connect() as conn:
            nxt = conn.execute(select(func.min(outbox.c.next_attempt_at)).where(outbox.c.state == "queued")).scalar()
        return None if nxt is None else max(0.0, nxt - self._clock())

    def load_visit(self, visit_id: str) -> Visit:
        with self._ro.connect() as conn:
            blob = conn.execute(select(visits.c.payload).where(visits.c.id == visit_id)).scalar()
        if blob is None:
            raise LookupError(f"visit {visit_id} has no payload")
        return visit_from_bytes(self._sealer.open(blob, self._aad(visit_id)))

    def load_visits(self, visit_ids: list[str]) -> dict[str, Visit | Exception]:
        """Several visits in one read; a payload that cannot be opened comes back as its exception."""
        with self._ro.connect() as conn:
            blobs = dict(conn.execute(select(visits.c.id, visits.c.payload).where(visits.c.id.in_(visit_ids))).all())
        out: dict[str, Visit | Exception] = {}
        for vid in visit_ids:
            blob = blobs.get(vid)
            try:
                if blob is None:
                    raise LookupError(f"visit {vid} has no payload")
                out[vid] = record_from_bytes(self._sealer.open(blob, self._aad(vid)))
            except (SealError, LookupError, ValueError, KeyError, TypeError) as e:
                out[vid] = e
        return out

    def mark_synced(self, visit_ids: list[str], refs: dict[tuple[str, str], str] | None = None) -> None:
        """Acknowledged entries, and the server ids learnt on the way, in one transaction (one fsync)."""
        if not visit_ids and not refs:
            return
        now = self._clock()
        with self.engine.begin() as conn:
            if visit_ids:
                conn.execute(update(outbox).where(outbox.c.visit_id.in_(visit_ids))
                             .values(state="synced", synced_at=now, last_error=None))
                self._put_meta(conn, last_success_at=repr(now), last_error="")
            self._write_refs(conn, refs or {})

    def reschedule(self, delays: dict[str, float], error: str, *, count_attempt: bool = True,
                   note_error: bool = True) -> None:
        """Put entries back in the queue, each due after its own delay (backoff, Retry-After)."""
        if not delays:
            return
        now = self._clock()
        with self.engine.begin() as conn:
            for visit_id, delay in delays.items():
                values = dict(state="queued", next_attempt_at=now + delay, last_error=error)
                if count_attempt:
                    values["attempts"] = outbox.c.attempts + 1
                conn.execute(update(outbox).where(outbox.c.visit_id == visit_id).values(**values))
            if note_error:
                self._put_meta(conn, last_error=error)

    def release_outage_waits(self) -> int:
        """Make due now every queued entry that waits only because the server was unreachable."""
        now = self._clock()
        with self.engine.begin() as conn:
            return conn.execute(update(outbox).where(outbox.c.state == "queued", outbox.c.attempts == 0,
                                                     outbox.c.next_attempt_at > now)
                                .values(next_attempt_at=now)).rowcount

    def attempts_of(self, visit_id: str) -> int:
        with self._ro.connect() as conn:
            return conn.execute(select(outbox.c.attempts).where(outbox.c.visit_id == visit_id)).scalar() or 0

    def mark_dead(self, visit_id: str, error: str, outcome: dict | None) -> None:
        """Park an entry the server (or our validator) refuses; a technician sees and retries it."""
        now = self._clock()
        sealed = self._sealer.seal(json.dumps(outcome).encode(), self._aad(visit_id, "outcome")) if outcome else None
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.visit_id == visit_id).values(
                state="dead", dead_at=now, last_error=error, outcome=sealed, attempts=outbox.c.attempts + 1))
            self._put_meta(conn, last_error=error)
        alert.error("visit %s parked as a dead letter: %s", visit_id, error)

    def record_error(self, error: str) -> None:
        with self.engine.begin() as conn:
            self._put_meta(conn, last_error=error)

    def get_meta(self, key: str) -> str | None:
        with self._ro.connect() as conn:
            return conn.execute(select(sync_meta.c.value).where(sync_meta.c.key == key)).scalar()

    def set_meta(self, **values: str) -> None:
        with self.engine.begin() as conn:
            self._put_meta(conn, **values)

    def dead_letters(self) -> list[DeadLetter]:
        with self._ro.connect() as conn:
            rows = conn.execute(
                select(outbox.c.visit_id, outbox.c.attempts, outbox.c.dead_at, outbox.c.last_error, outbox.c.outcome)
                .where(outbox.c.state == "dead").order_by(outbox.c.dead_at)).all()
        out = []
        for r in rows:
            outcome = json.loads(self._sealer.open(r.outcome, self._aad(r.visit_id, "outcome"))) if r.outcome else None
            out.append(DeadLetter(r.visit_id, r.attempts, r.dead_at, r.last_error, outcome))
        return out

    def retry_dead(self, visit_id: str) -> bool:
        """Put a dead letter back in the queue, due now, with a fresh attempt count."""
        with self.engine.begin() as conn:
            n = conn.execute(update(outbox).where(outbox.c.visit_id == visit_id, outbox.c.state == "dead").values(
                state="queued", next_attempt_at=self._clock(), attempts=0)).rowcount
        if n:
            log.info("dead letter %s queued again by a technician", visit_id)
        return bool(n)

    def purge_acknowledged(self) -> int:
        """Drop the payload of visits acknowledged more than the grace period ago; only those."""
        cutoff = self._clock() - self._grace
        acked = select(outbox.c.visit_id).where(outbox.c.state == "synced", outbox.c.synced_at < cutoff)
        with self.engine.begin() as conn:
            n = conn.execute(update(visits).where(visits.c.id.in_(acked), visits.c.payload.is_not(None))
                             .values(payload=None, purged_at=self._clock())).rowcount
        if n:
            log.info("purged the payload of %d acknowledged visits", n)
        return n

    def get_ref(self, kind: str, natural_key: str) -> str | None:
        lookup = self._sealer.lookup_hash(kind, natural_key)
        with self._ro.connect() as conn:
            return conn.execute(select(server_refs.c.server_id).where(server_refs.c.lookup == lookup)).scalar()

    def get_refs(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        if not keys:
            return {}
        by_lookup = {self._sealer.lookup_hash(*k): k for k in keys}
        with self._ro.connect() as conn:
            rows = conn.execute(select(server_refs.c.lookup, server_refs.c.server_id)
                                .where(server_refs.c.lookup.in_(list(by_lookup)))).all()
        return {by_lookup[r.lookup]: r.server_id for r in rows}

    def put_refs(self, refs: dict[tuple[str, str], str]) -> None:
        if refs:
            with self.engine.begin() as conn:
                self._write_refs(conn, refs)

    def _write_refs(self, conn, refs: dict[tuple[str, str], str]) -> None:
        if refs:
            now = self._clock()
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO server_refs (lookup, server_id, created_at) VALUES (?, ?, ?)",
                [(self._sealer.lookup_hash(kind, key), sid, now) for (kind, key), sid in refs.items()])

    def forget_refs(self) -> int:
        """Drop the remembered server ids (`kiosk queue forget-server-ids`); returns how many there were.

        Sync never builds references from them (see docs/sync.md, "A backend that lost data"),
        so this only resets what the next rounds compare the server's answers against.
        """
        with self.engine.begin() as conn:
            return conn.execute(server_refs.delete()).rowcount

    def unsent_visit_ids(self) -> list[str]:
        with self._ro.connect() as conn:
            return list(conn.execute(select(outbox.c.visit_id).where(outbox.c.state.in_((*UNSENT, "dead")))
                                     .order_by(outbox.c.created_at)).scalars())

    def integrity_check(self) -> str:
        with self._ro.connect() as conn:
            return ";".join(r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall())

    # ---- helpers -------------------------------------------------------------------

    @staticmethod
    def _aad(visit_id: str, column: str = "payload") -> bytes:
        return f"visit:{visit_id}:{column}".encode()

    @staticmethod
    def _put_meta(conn, **values: str) -> None:
        for key, value in values.items():
            conn.execute(sync_meta.delete().where(sync_meta.c.key == key))
            conn.execute(sync_meta.insert().values(key=key, value=value))

    def _unavailable(self, exc: Exception, doing: str) -> StoreUnavailable:
        orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        if _is_disk_full(orig):
            alert.error("disk full while %s: %s", doing, orig.__class__.__name__)
            return StoreUnavailable("disk_full", "the disk is full")
        if isinstance(orig, sqlite3.DatabaseError) and _is_corruption(orig):
            self._broken = "store_corrupt"
            alert.critical("store %s is corrupt (%s while %s); refusing visits until restart",
                           self.db_path, orig, doing)
            return StoreUnavailable("store_corrupt", "the store file is damaged")
        alert.error("store error while %s: %s: %s", doing, orig.__class__.__name__, orig)
        return StoreUnavailable("store_error", orig.__class__.__name__)
