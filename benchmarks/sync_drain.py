"""Drain throughput: 10,000 queued visits into the local FHIR server, against raw POSTs of the same bodies.

    .venv/bin/python benchmarks/sync_drain.py [--visits 10000] [--compact] [--batch 10] [--json]

Ours: ``SyncEngine.drain()`` from a store holding ``--visits`` queued visits
(read, decrypt, map, validate against R4B, three batch Bundles per round,
outbox updates with fsync) into a fresh sekmet-fhir on 127.0.0.1.
Floor: the very Bundles ours sent, recorded in memory and POSTed again in the
same order with a plain ``requests.Session`` into a second fresh server.
The two alternate in chunks of ``--chunk`` visits (saving is not timed).
Goal: throughput ratio (floor time / our time) >= 0.8.

``--compact`` uses visits with blood pressure and pulse only (2 Observations
instead of 8); full visits are the default.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from kiosk.demo.fhir_server import start_fhir_server  # noqa: E402
from offline_store.sealing import Sealer  # noqa: E402
from offline_store.settings import SyncSettings  # noqa: E402
from offline_store.sqlite_store import SqliteVisitStore  # noqa: E402
from offline_store.sync import SyncEngine  # noqa: E402
from tests.store.visits import make_visit  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--visits", type=int, default=10_000)
    ap.add_argument("--compact", action="store_true")
    ap.add_argument("--batch", type=int, default=10)
    ap.add_argument("--chunk", type=int, default=250, help="visits per alternation of ours and floor")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="drain-bench-", dir="/var/tmp"))
    store = SqliteVisitStore(work / "data", Sealer(os.urandom(32)))
    server = start_fhir_server(work / "ours")
    floor_server = start_fhir_server(work / "floor")
    ours = floor = 0.0
    rounds = requests_sent = 0
    try:
        engine = SyncEngine(store, SyncSettings(base_url=server.url, batch_size=args.batch))
        post = engine.client.post_bundle
        sent: list[dict] = []

        def recording(bundle: dict) -> dict:
            sent.append(bundle)  # a reference: recording costs nothing measurable
            return post(bundle)

        engine.client.post_bundle = recording
        session = requests.Session()
        session.trust_env = False
        headers = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
        # Chunks alternate ours and floor, so load from other processes on the machine hits both alike.
        for start in range(0, args.visits, args.chunk):
            for i in range(start, min(args.visits, start + args.chunk)):
                store.save(make_visit(i, full=not args.compact))
            sent.clear()
            t0 = time.perf_counter()
            rounds += sum(1 for _ in engine.drain())
            ours += time.perf_counter() - t0
            bodies = [json.dumps(b, separators=(",", ":"), ensure_ascii=False).encode() for b in sent]
            requests_sent += len(bodies)
            t0 = time.perf_counter()
            for body in bodies:
                r = session.post(floor_server.url, data=body, headers=headers, timeout=(3.05, 60))
                r.raise_for_status()
                r.json()
            floor += time.perf_counter() - t0
        st = store.status()
        assert st.queued == 0 and st.dead_letters == 0, st
    finally:
        server.stop()
        floor_server.stop()
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    result = {
        "visits": args.visits, "observations_per_visit": 2 if args.compact else 8, "batch": args.batch,
        "rounds": rounds, "requests": requests_sent,
        "ours_s": ours, "floor_s": floor,
        "ours_visits_per_s": args.visits / ours, "floor_visits_per_s": args.visits / floor,
        "throughput_ratio": floor / ours,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{args.visits} visits ({result['observations_per_visit']} Observations each), batch {args.batch}, "
              f"{requests_sent} requests")
        print(f"ours:  {ours:.1f} s  ({result['ours_visits_per_s']:.0f} visits/s)")
        print(f"floor: {floor:.1f} s  ({result['floor_visits_per_s']:.0f} visits/s, raw requests, same bodies)")
        print(f"throughput ratio {result['throughput_ratio']:.2f} (goal >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
