"""Enqueue latency of one visit, and how it holds up with a queue of 100,000.

    .venv/bin/python benchmarks/store_enqueue.py [--n 400] [--queue 100000] [--dir DIR] [--json]

Measured: ``SqliteVisitStore.save`` (encode + AES-GCM seal + visit row + outbox
row, one BEGIN IMMEDIATE ... COMMIT, WAL, synchronous=FULL) against the floor,
a raw ``sqlite3`` insert of the same visit bytes into a one-table file with the
same durability settings (WAL, synchronous=FULL, foreign keys on), one commit
per visit. Rounds interleave store and floor so disk noise hits both alike.
Goal: p50 and p99 ratio <= 1.5.

Then the store is filled to ``--queue`` unsent visits (bulk, sealed rows) and
save() and status() are timed again: they must not slow down with the queue.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from offline_store.codec import visit_to_bytes  # noqa: E402
from offline_store.sealing import Sealer  # noqa: E402
from offline_store.sqlite_store import SqliteVisitStore  # noqa: E402
from tests.store.visits import make_visit  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def raw_floor(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("CREATE TABLE IF NOT EXISTS v (id TEXT PRIMARY KEY, payload BLOB NOT NULL)")
    return conn


def measure(store: SqliteVisitStore, raw: sqlite3.Connection, n: int, start: int) -> tuple[list, list]:
    ours, floor = [], []
    for i in range(n):
        visit = make_visit(start + i)
        body = visit_to_bytes(visit)
        t0 = time.perf_counter()
        store.save(visit)
        t1 = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO v VALUES (?, ?)", (visit.id, body))
        raw.execute("COMMIT")
        t2 = time.perf_counter()
        ours.append(t1 - t0)
        floor.append(t2 - t1)
    return ours, floor


def status_times(store: SqliteVisitStore, n: int = 50) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        store.status()
        out.append(time.perf_counter() - t0)
    return out


def fill(store: SqliteVisitStore, target: int) -> None:
    """Bulk-load sealed, queued visits (one transaction per 5,000) up to ``target``."""
    from offline_store.api import new_id

    have = store.status().queued
    now = time.time()
    while have < target:
        rows_v, rows_o = [], []
        for i in range(have, min(target, have + 5000)):
            v = make_visit(1_000_000 + i)
            rows_v.append((v.id, v.station_id, now, store._sealer.seal(visit_to_bytes(v), store._aad(v.id))))
            rows_o.append((new_id(), v.id, now))
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO visits (id, station_id, created_at, payload) VALUES (?,?,?,?)", rows_v)
            conn.exec_driver_sql("INSERT INTO outbox (id, visit_id, state, attempts, next_attempt_at, created_at) "
                                 "VALUES (?,?,'queued',0,?,?)", [(o, v, t, t) for o, v, t in rows_o])
        have += len(rows_v)


def summary(ours, floor) -> dict:
    return {
        "store_p50_ms": statistics.median(ours) * 1e3, "store_p99_ms": pct(ours, 99) * 1e3,
        "floor_p50_ms": statistics.median(floor) * 1e3, "floor_p99_ms": pct(floor, 99) * 1e3,
        "ratio_p50": statistics.median(ours) / statistics.median(floor),
        "ratio_p99": pct(ours, 99) / pct(floor, 99),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--queue", type=int, default=100_000)
    ap.add_argument("--dir", help="where to put the files (same disk as the kiosk's data_dir); default /var/tmp")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="store-bench-", dir=args.dir or "/var/tmp"))
    store = SqliteVisitStore(work / "data", Sealer(os.urandom(32)))
    raw = raw_floor(work / "floor.db")
    measure(store, raw, 20, 0)  # warm-up: connections, page cache, first WAL frames
    empty = summary(*measure(store, raw, args.n, 100))
    empty["status_p50_ms"] = statistics.median(status_times(store)) * 1e3
    t0 = time.perf_counter()
    fill(store, args.queue)
    fill_s = time.perf_counter() - t0
    raw_conn = store.engine.raw_connection()  # start from a settled WAL, as a kiosk would after the backlog grew
    raw_conn.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw_conn.close()
    measure(store, raw, 20, 150_000)
    full = summary(*measure(store, raw, args.n, 200_000))
    full["status_p50_ms"] = statistics.median(status_times(store)) * 1e3
    result = {"n": args.n, "queue": store.status().queued, "fill_s": fill_s, "empty": empty, "full": full,
              "enqueue_slowdown_p50": full["store_p50_ms"] / empty["store_p50_ms"],
              "status_slowdown_p50": full["status_p50_ms"] / empty["status_p50_ms"]}
    store.close()
    raw.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name in ("empty", "full"):
            r = result[name]
            print(f"{name:5s} queue: save p50 {r['store_p50_ms']:.2f} ms p99 {r['store_p99_ms']:.2f} ms | "
                  f"raw sqlite3 p50 {r['floor_p50_ms']:.2f} ms p99 {r['floor_p99_ms']:.2f} ms | "
                  f"ratio p50 {r['ratio_p50']:.2f} p99 {r['ratio_p99']:.2f} | status p50 {r['status_p50_ms']:.2f} ms")
        print(f"queue {result['queue']}: enqueue p50 x{result['enqueue_slowdown_p50']:.2f}, "
              f"status p50 x{result['status_slowdown_p50']:.2f} vs empty")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
