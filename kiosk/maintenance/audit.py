"""The maintenance audit log: JSON lines, each record chained to the one before it.

Every record holds ``seq`` (1, 2, 3 ...), ``time`` (UTC), ``action``, ``result``,
the action's own fields, ``prev`` (the SHA-256 of the record before it; 64 zeros
for the first) and ``sha256`` (of the record itself without this field, as
canonical JSON). A head file next to the log keeps the count and the last hash,
so removing the newest records is caught too. ``verify()`` names the first record
at which the chain breaks.

A chain without a key shows that a record was changed, removed or reordered by
someone who did not rebuild every later hash; it is evidence against accidents
and casual edits, not against someone who rewrites the whole file.

Usage from any maintenance screen's view-model (no Qt needed)::

    from kiosk.maintenance import audit
    audit.append("self_test", "ok", device="blood_pressure")

Records never hold personal data: fields are short values from our own code
(device ids, config keys, counts, error codes), and every string also passes
through the technician log's personal-data mask.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from kiosk.logging_setup import redact

log = logging.getLogger("kiosk.maintenance.audit")

FILE_NAME = "maintenance-audit.jsonl"
HEAD_NAME = "maintenance-audit.head"
GENESIS = "0" * 64

# Every action a record may name: a typo fails at once instead of making an unfindable record.
ACTIONS = frozenset({
    "entry",              # right PIN: maintenance opened
    "entry_refused",      # the gesture was made but no PIN is configured
    "pin_failed",         # wrong PIN (fields: failures, delay_s)
    "lockout",            # a wrong PIN made the wait reach lockout.LOCKOUT_DELAY_S
    "pin_set",            # `kiosk maintenance set-pin`
    "config_change",      # fields: key, old, new (secrets shown only as changed)
    "self_test",
    "calibration",
    "cleaning",
    "forced_sync",
    "dead_letter_retry",
    "export",
    "exit",               # maintenance closed (result: closed, idle); or "desktop": the app left
    "restart",
})
_RESERVED = {"seq", "time", "action", "result", "prev", "sha256"}
Scalar = (str, int, float, bool, type(None))


@dataclass(frozen=True)
class BadRecord:
    number: int  # 1-based line number in the file (= seq when intact)
    reason: str

    def __str__(self) -> str:
        return f"record {self.number}: {self.reason}"


def _digest(record: dict) -> str:
    body = {k: v for k, v in record.items() if k != "sha256"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                     ensure_ascii=False).encode("utf-8")).hexdigest()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)[:200]
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value if isinstance(v, Scalar)]
    if isinstance(value, Scalar):
        return value
    return redact(str(value))[:200]


class AuditLog:
    def __init__(self, log_dir: Path, clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self.path = Path(log_dir) / FILE_NAME
        self.head_path = Path(log_dir) / HEAD_NAME
        self._clock = clock
        self._lock = threading.Lock()

    # -- writing -------------------------------------------------------------------
    def append(self, action: str, result: str, **fields: Any) -> dict:
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r} (known: {', '.join(sorted(ACTIONS))})")
        bad = _RESERVED & set(fields)
        if bad:
            raise ValueError(f"audit field name(s) reserved: {sorted(bad)}")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a+", encoding="utf-8") as f:
                # Another process (a CLI command) may append too: the tail is read under the lock.
                fcntl.flock(f, fcntl.LOCK_EX)
                seq, prev = self._tail(f)
                record = {"seq": seq + 1, "time": self._clock().astimezone(timezone.utc).isoformat(timespec="seconds"),
                          "action": action, "result": _clean(result),
                          **{k: _clean(v) for k, v in fields.items()}, "prev": prev}
                record["sha256"] = _digest(record)
                f.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
                f.flush()
                os.fsync(f.fileno())
                self._write_head(record["seq"], record["sha256"])
        log.info("audit: %s %s (record %d)", action, record["result"], record["seq"])
        return record

    def _tail(self, f) -> tuple[int, str]:
        """(seq, sha256) of the last record, from the end of the open file."""
        f.seek(0, os.SEEK_END)
        size = f.tell()
        if size == 0:
            return 0, GENESIS
        f.seek(max(0, size - 8192))
        lines = [line for line in f.read().splitlines() if line.strip()]
        try:
            last = json.loads(lines[-1])
            return int(last["seq"]), str(last["sha256"])
        except (IndexError, ValueError, KeyError, TypeError):
            # Keep recording, linked to what is there; verify() will point at the damage.
            log.error("audit log %s: last record unreadable; new records still chain to it", self.path)
            return len(lines), hashlib.sha256((lines[-1] if lines else "").encode("utf-8")).hexdigest()

    def _write_head(self, seq: int, sha: str) -> None:
        tmp = self.head_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"records": seq, "last": sha}), encoding="utf-8")
        os.replace(tmp, self.head_path)

    # -- reading -------------------------------------------------------------------
    def records(self) -> Iterator[dict]:
        """Every readable record, oldest first (unreadable lines are skipped: use verify())."""
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError:
                        continue

    def recent(self, n: int) -> list[dict]:
        out: list[dict] = []
        for r in self.records():
            out.append(r)
            if len(out) > n:
                out.pop(0)
        return out

    def verify(self) -> BadRecord | None:
        """The first record at which the chain breaks, or None when it is whole."""
        prev, count = GENESIS, 0
        if self.path.exists():
            with open(self.path, encoding="utf-8") as f:
                for number, line in enumerate(f, start=1):
                    bad = self._check(number, line, prev)
                    if bad:
                        return bad
                    record = json.loads(line)
                    prev, count = record["sha256"], number
        return self._check_head(count, prev)

    @staticmethod
    def _check(number: int, line: str, prev: str) -> BadRecord | None:
        try:
            record = json.loads(line)
        except ValueError:
            return BadRecord(number, "not a JSON record (edited or cut short)")
        if not isinstance(record, dict) or not {"seq", "sha256", "prev"} <= set(record):
            return BadRecord(number, "not an audit record (fields missing)")
        if record["sha256"] != _digest(record):
            return BadRecord(number, "its content was changed after it was written")
        if record["seq"] != number:
            return BadRecord(number, f"numbered {record['seq']}, expected {number}: a record before it was removed or moved")
        if record["prev"] != prev:
            return BadRecord(number, "the record before it was changed, removed or replaced")
        return None

    def _check_head(self, count: int, last: str) -> BadRecord | None:
        try:
            head = json.loads(self.head_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None if count == 0 else BadRecord(count, f"{HEAD_NAME} is missing")
        except (OSError, ValueError):
            return BadRecord(count, f"{HEAD_NAME} is unreadable")
        if head.get("records") != count or head.get("last") != last:
            expected = head.get("records")
            if isinstance(expected, int) and expected > count:
                return BadRecord(count + 1, f"missing: the log ends at record {count} but {expected} were written")
            return BadRecord(count, f"{HEAD_NAME} does not match the log's last record")
        return None


# -- the station's one log, for screens that only want to append ---------------------
_default: AuditLog | None = None


def install(log_dir: Path, clock: Callable[[], datetime] | None = None) -> AuditLog:
    """Set the log that ``append``/``verify`` use (the app does this at start)."""
    global _default
    _default = AuditLog(log_dir, clock) if clock else AuditLog(log_dir)
    return _default


def current() -> AuditLog:
    if _default is None:
        raise RuntimeError("kiosk.maintenance.audit.install(log_dir) has not run")
    return _default


def append(action: str, result: str, **fields: Any) -> dict:
    return current().append(action, result, **fields)


def verify() -> BadRecord | None:
    return current().verify()


def config_change(key: str, old: Any, new: Any) -> dict:
    """A changed setting, ``section.key``: secret values are never written, only that they changed."""
    from kiosk.config.schema import is_secret

    if is_secret(key):
        return append("config_change", "ok", key=key, old="<secret>", new="<secret, changed>")
    return append("config_change", "ok", key=key, old=old, new=new)
