"""The process the crash test kills: captures visits and syncs them, like a kiosk, until SIGKILL.

Prints ``READY`` once the store is open and the worker runs, then ``CONFIRMED <uuid>``
after each ``save`` returns: the moment the kiosk would tell the citizen "saved".
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from offline_store.keyfile import load_key
from offline_store.sealing import Sealer
from offline_store.settings import SyncSettings
from offline_store.sqlite_store import SqliteVisitStore
from offline_store.worker import SyncWorker
from tests.store.visits import make_visit


def main() -> None:
    data_dir, key_file, url, first = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    store = SqliteVisitStore(data_dir, Sealer(load_key(key_file)))
    worker = SyncWorker(store, SyncSettings(base_url=url, batch_size=5, sync_interval_s=1,
                                            connect_timeout_s=2, read_timeout_s=20)).start()
    print("READY", flush=True)
    n = first
    while True:
        visit = make_visit(n, full=False)
        store.save(visit)
        print(f"CONFIRMED {visit.id}", flush=True)
        worker.kick()
        n += 1
        time.sleep(0.005)


if __name__ == "__main__":
    main()
