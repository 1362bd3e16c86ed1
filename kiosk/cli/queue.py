"""`kiosk queue ...`: the technician's view of the visit queue.

    kiosk queue status [--json]        queued count, oldest unsent age, last success, last error
    kiosk queue sync [--once]          send now (one round with --once, else until nothing is due)
    kiosk queue dead-letters [--retry ID]
    kiosk queue export --out FILE      encrypted export of every visit not yet acknowledged

Each takes --config FILE (default $KIOSK_CONFIG or /etc/tram-kiosk/kiosk.toml).
Output names visits by UUID only; no personal data is printed.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from datetime import datetime, timezone

DEFAULT_CONFIG = "/etc/tram-kiosk/kiosk.toml"
PASSPHRASE_ENV = "KIOSK_EXPORT_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queue", help="inspect and drive the offline visit queue")
    p.add_argument("--config", help=f"station config (default $KIOSK_CONFIG or {DEFAULT_CONFIG})")
    qs = p.add_subparsers(dest="queue_command", metavar="<action>", required=True)

    s = qs.add_parser("status", help="queue depth, oldest unsent visit, last success and error")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=_status)

    y = qs.add_parser("sync", help="send queued visits now")
    y.add_argument("--once", action="store_true", help="one round (up to backend.batch_size visits)")
    y.add_argument("--timeout", type=float, default=600, help="give up draining after this many seconds")
    y.set_defaults(func=_sync)

    d = qs.add_parser("dead-letters", help="visits the server refused, with its reasons")
    d.add_argument("--retry", metavar="ID", help="queue this dead letter again")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=_dead)

    e = qs.add_parser("export", help="write an encrypted export of every unsent visit")
    e.add_argument("--out", required=True, help="file to create (never overwritten)")
    e.add_argument("--passphrase-file", help=f"read the passphrase from this file (else ${PASSPHRASE_ENV}, else ask)")
    e.set_defaults(func=_export)


def _open(args, key_required: bool = True):
    from kiosk.config import ConfigError, load_config
    from kiosk.devices.store import open_visit_store

    try:
        cfg = load_config(args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG)
    except ConfigError as e:
        print(f"kiosk queue: bad configuration: {e}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        return cfg, open_visit_store(cfg, key_required=key_required)
    except Exception as e:
        print(f"kiosk queue: cannot open the visit store: {e}", file=sys.stderr)
        raise SystemExit(3) from None


def _iso(ts) -> str | None:
    if ts is None:
        return None
    if isinstance(ts, datetime):
        return ts.isoformat(timespec="seconds")
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


def _status(args) -> int:
    _, store = _open(args, key_required=False)  # counts and ages need no key
    st = store.status()
    data = {
        "queued": st.queued,
        "dead_letters": st.dead_letters,
        "oldest_unsent_age_s": None if st.oldest_unsent_age_s is None else round(st.oldest_unsent_age_s, 1),
        "last_success_at": _iso(st.last_success_at),
        "last_error": st.last_error,
        "accepting": st.accepting,
        "store": str(store.db_path),
    }
    store.close()
    if args.json:
        print(json.dumps(data))
    else:
        age = "-" if data["oldest_unsent_age_s"] is None else f"{data['oldest_unsent_age_s']:.0f} s"
        print(f"queued:           {data['queued']}")
        print(f"dead letters:     {data['dead_letters']}")
        print(f"oldest unsent:    {age}")
        print(f"last success:     {data['last_success_at'] or '-'}")
        print(f"last error:       {data['last_error'] or '-'}")
        print(f"accepting visits: {'yes' if data['accepting'] else 'NO'}")
    return 0


def _sync(args) -> int:
    from kiosk.devices.store import sync_settings
    from offline_store.sync import SyncEngine
    from offline_store.worker import SyncLock, SyncLockBusy
    from offline_store.transport import ConfigurationError

    cfg, store = _open(args)
    lock = SyncLock(store.data_dir)
    try:
        lock.acquire()
    except SyncLockBusy:
        print("kiosk queue sync: the kiosk's own sync worker is running; it sends on its own", file=sys.stderr)
        return 4
    try:
        engine = SyncEngine(store, sync_settings(cfg))
    except ConfigurationError as e:
        print(f"kiosk queue sync: bad setting {e}", file=sys.stderr)
        lock.release()
        return 2
    try:
        store.reset_inflight()
        totals = {"synced": 0, "retried": 0, "dead": 0}
        deadline = time.monotonic() + args.timeout
        while True:
            r = engine.run_once()
            totals["synced"] += len(r.synced)
            totals["retried"] += len(r.retried)
            totals["dead"] += len(r.dead)
            if r.error is not None:
                print(f"kiosk queue sync: server not reachable or refusing: {r.error}", file=sys.stderr)
                break
            if args.once or not r.claimed or time.monotonic() > deadline:
                break
        print(f"synced {totals['synced']}, to retry {totals['retried']}, dead letters {totals['dead']}")
        return 1 if r.error is not None else 0
    finally:
        engine.client.close()
        lock.release()
        store.close()


def _dead(args) -> int:
    _, store = _open(args)
    try:
        if args.retry:
            if store.retry_dead(args.retry):
                print(f"visit {args.retry} queued again")
                return 0
            print(f"kiosk queue: no dead letter with id {args.retry}", file=sys.stderr)
            return 1
        letters = store.dead_letters()
        if args.json:
            # The OperationOutcome may quote record content: shown to the technician, never logged.
            print(json.dumps([{"visit_id": d.visit_id, "attempts": d.attempts, "dead_at": _iso(d.dead_at),
                               "error": d.last_error, "outcome": d.outcome} for d in letters], ensure_ascii=False))
            return 0
        if not letters:
            print("no dead letters")
        for d in letters:
            print(f"{d.visit_id}  {_iso(d.dead_at)}  attempts {d.attempts}  {d.last_error}")
            for issue in (d.outcome or {}).get("issue", [])[:5]:
                print(f"    {issue.get('severity')}/{issue.get('code')}: {issue.get('diagnostics', '')}")
        return 0
    finally:
        store.close()


def _passphrase(args) -> str:
    if args.passphrase_file:
        with open(args.passphrase_file, encoding="utf-8") as f:
            return f.readline().rstrip("\n")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    first = getpass.getpass("export passphrase: ")
    if getpass.getpass("again: ") != first:
        print("kiosk queue export: the passphrases differ", file=sys.stderr)
        raise SystemExit(2)
    return first


def _export(args) -> int:
    from offline_store.export import ExportError, write_export

    _, store = _open(args)
    try:
        n = write_export(store, args.out, _passphrase(args))
    except ExportError as e:
        print(f"kiosk queue export: {e}", file=sys.stderr)
        return 2
    except FileExistsError:
        print(f"kiosk queue export: {args.out} exists; choose a new file", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"wrote {n} visits to {args.out} (encrypted)")
    return 0
