"""Enqueue latency of one visit, and how it holds up with a queue of 100,000.

    .venv/bin/python benchmarks/store_enqueue.py [--n 400] [--queue 100000] [--dir DIR] [--json]

Measured: ``SqliteVisitStore.save`` (encode + AES-GCM seal + visit row + outbox
row, one BEGIN IMMEDIATE ... COMMIT, WAL, synchronous=FULL) against the floor,
a raw ``sqlite3`` insert of the same visit bytes into a one-table file with the
same durability settings (WAL, synchronous=FULL, foreign keys on), one commit
per visit. Rounds interleave store and floor so disk noise hits both alike.
Goal: p50 and p99 ratio <= 1.5.

A second store, filled beforehand to ``--queue`` unsent visits (bulk, sealed
rows), is timed in the same rounds: save() and status() must not slow down
with the queue.
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


def measure(stores: dict[str, SqliteVisitStore], raw: sqlite3.Connection, n: int, start: int) -> dict[str, list]:
    """Interleaved: each round saves one visit in every store and inserts its bytes raw."""
    times: dict[str, list[float]] = {name: [] for name in (*stores, "floor")}
    for i in range(n):
        for k, (name, store) in enumerate(stores.items()):
            visit = make_visit(start + i * 10 + k)
            t0 = time.perf_counter()
            store.save(visit)
            times[name].append(time.perf_counter() - t0)
        body = visit_to_bytes(visit)
        t0 = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO v VALUES (?, ?)", (visit.id, body))
        raw.execute("COMMIT")
        times["floor"].append(time.perf_counter() - t0)
    return times


def status_times(stores: dict[str, SqliteVisitStore], n: int = 300) -> dict[str, list]:
    out: dict[str, list[float]] = {name: [] for name in stores}
    for _ in range(n):
        for name, store in stores.items():
            t0 = time.perf_counter()
            store.status()
            out[name].append(time.perf_counter() - t0)
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


def p50(xs: list[float]) -> float:
    return statistics.median(xs) * 1e3


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--queue", type=int, default=100_000)
    ap.add_argument("--dir", help="where to put the files (same disk as the kiosk's data_dir); default /var/tmp")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="store-bench-", dir=args.dir or "/var/tmp"))
    stores = {"store": SqliteVisitStore(work / "small", Sealer(os.urandom(32))),
              "store_100k": SqliteVisitStore(work / "big", Sealer(os.urandom(32)))}
    raw = raw_floor(work / "floor.db")
    t0 = time.perf_counter()
    fill(stores["store_100k"], args.queue)
    fill_s = time.perf_counter() - t0
    conn = stores["store_100k"].engine.raw_connection()  # a settled WAL, as after the backlog built up
    conn.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    measure(stores, raw, 30, 0)  # warm-up: connections, page cache, first WAL frames
    t = measure(stores, raw, args.n, 1_000)
    st = status_times(stores)
    result = {
        "n": args.n, "queue": stores["store_100k"].status().queued, "fill_s": fill_s,
        "p50_ms": {k: p50(v) for k, v in t.items()},
        "p99_ms": {k: pct(v, 99) * 1e3 for k, v in t.items()},
        "ratio_p50": p50(t["store"]) / p50(t["floor"]),
        "ratio_p99": pct(t["store"], 99) / pct(t["floor"], 99),
        "enqueue_100k_vs_small_p50": p50(t["store_100k"]) / p50(t["store"]),
        "status_p50_ms": {k: p50(v) for k, v in st.items()},
        "status_100k_vs_small_p50": p50(st["store_100k"]) / p50(st["store"]),
    }
    for s in stores.values():
        s.close()
    raw.close()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k in t:
            print(f"{k:10s} save p50 {result['p50_ms'][k]:.3f} ms  p99 {result['p99_ms'][k]:.3f} ms")
        print(f"store vs raw sqlite3: ratio p50 {result['ratio_p50']:.2f}, p99 {result['ratio_p99']:.2f} (goal <= 1.5)")
        print(f"queue of {result['queue']}: enqueue p50 x{result['enqueue_100k_vs_small_p50']:.2f}, "
              f"status p50 {result['status_p50_ms']['store_100k']:.2f} ms vs {result['status_p50_ms']['store']:.2f} ms "
              f"(x{result['status_100k_vs_small_p50']:.2f})")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
