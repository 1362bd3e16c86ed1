"""SIGKILL at random points during capture and sync, over and over: nothing confirmed is lost or doubled."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from kiosk import paths
from kiosk.demo.fhir_server import start_fhir_server
from offline_store.keyfile import load_key
from offline_store.sealing import Sealer
from offline_store.settings import SyncSettings
from offline_store.sqlite_store import SqliteVisitStore
from offline_store.sync import SyncEngine

pytestmark = [pytest.mark.fhir, pytest.mark.slow]

KILLS = 22
RECORD = "urn:ietf:rfc:3986"


def _all_identifiers(http, base: str, rtype: str) -> list[str]:
    out: list[str] = []
    url, params = f"{base}/{rtype}", {"_count": 1000, "_elements": "identifier"}
    while url:
        page = http.get(url, params=params, timeout=60).json()
        for e in page.get("entry", []):
            out += [i["value"] for i in e["resource"].get("identifier", [])]
        url = next((link["url"] for link in page.get("link", []) if link["relation"] == "next"), None)
        params = None
    return out


def _run_child(data, key_file, url, first, rng) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.crash_child", str(data), str(key_file), url, str(first)],
        cwd=paths.ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.startswith("READY"):
                ready.set()
            lines.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert ready.wait(60), "the child never got ready"
    time.sleep(rng.uniform(0.05, 0.9))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    reader.join(10)
    return [line.split()[1] for line in lines if line.startswith("CONFIRMED ")]


def test_sigkill_during_capture_and_sync(tmp_path, http):
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261123")))
    server = start_fhir_server(tmp_path / "sekmet")  # its own server: every resource on it is ours
    try:
        data, key_file = tmp_path / "data", tmp_path / "store.key"
        load_key(key_file, create=True)
        confirmed: list[str] = []
        for k in range(KILLS):
            confirmed += _run_child(data, key_file, server.url, 10_000 * (k + 1), rng)
        assert len(confirmed) > KILLS

        store = SqliteVisitStore(data, Sealer(load_key(key_file)))
        assert store.integrity_check() == "ok"
        missing = [v for v in confirmed if store.state_of(v) == "unknown"]
        assert not missing, f"{len(missing)} confirmed visits are not in the store"
        synced_before = sum(store.state_of(v) == "synced" for v in confirmed)
        assert synced_before > 0, "the kills never hit a running sync"
        print(f"{len(confirmed)} confirmed visits, {synced_before} synced before the final drain")
        # Bring everything due now and drain: what the next start-up would do, minus the waiting.
        store.reset_inflight()
        store.reschedule({v: 0 for v in store.unsent_visit_ids()}, "test: due now", count_attempt=False)
        engine = SyncEngine(store, SyncSettings(base_url=server.url, batch_size=20))
        while engine.run_once().claimed:
            pass
        assert all(store.state_of(v) == "synced" for v in confirmed)

        obs = Counter(_all_identifiers(http, server.url, "Observation"))
        doubled = [i for i, n in obs.items() if n > 1]
        assert not doubled, f"{len(doubled)} Observations exist twice"
        for vid in confirmed:
            visit = store.load_visit(vid)
            for m in visit.measurements:
                if m.code != "diastolic":  # diastolic is a component of the systolic's panel
                    assert obs[f"urn:uuid:{m.id}"] == 1
        patients = Counter(_all_identifiers(http, server.url, "Patient"))
        assert max(patients.values()) == 1
        assert store.integrity_check() == "ok"
        store.close()
    finally:
        server.stop()
