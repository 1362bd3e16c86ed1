"""`kiosk queue ...`: the technician's view of the visit queue.

    kiosk queue status [--json]        queued count, oldest unsent age, last success, last error
    kiosk queue sync [--once]          send now (one round with --once, else while rounds make progress)
    kiosk queue dead-letters [--retry ID]
    kiosk queue export --out FILE      encrypted export of every visit not yet acknowledged
    kiosk queue forget-server-ids      forget the Patient/Device ids remembered from the backend

Each takes --config FILE (default $KIOSK_CONFIG or /etc/tram-kiosk/kiosk.toml).
Output names visits by UUID only; no personal data is printed. What a command logs
(a damaged store, a backend that lost data) also goes to kiosk.log under paths.log_dir.
Reports (status, dead-letters without --retry, export) open the store read-only:
they never make a key, move a file or migrate.
"""
from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_CONFIG = "/etc/tram-kiosk/kiosk.toml"
PASSPHRASE_ENV = "KIOSK_EXPORT_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queue", help="inspect and drive the offline visit queue")
    p.add_argument("--config", help=f"station config (default $KIOSK_CONFIG or {DEFAULT_CONFIG})")
    qs = p.add_subparsers(dest="queue_command", metavar="<action>", required=True)

    s = qs.add_parser("status", help="queue depth, oldest unsent visit, last success and error",
                      description="Read-only: reports a missing key file or a damaged store (exit 1) and changes "
                      "nothing; the kiosk moves a damaged store aside at its next start.")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=_with_config(_status))

    y = qs.add_parser("sync", help="send queued visits now",
                      description="Send now, visits waiting out a connection backoff included (a dead letter "
                      "needs dead-letters --retry; a visit the server refused keeps its backoff). Rounds go on "
                      "while they make progress: a round the server answered, or one that timed out and halved "
                      "the batch; a round that fails as a whole with nothing learnt ends the run. The batch size "
                      "timeouts taught is kept for the next run and the kiosk. Exit 1 if the run ended on an "
                      "unreachable or refusing server.")
    y.add_argument("--once", action="store_true", help="one round (up to backend.batch_size visits)")
    y.add_argument("--timeout", type=float, default=600, help="give up draining after this many seconds")
    y.set_defaults(func=_with_config(_sync))

    d = qs.add_parser("dead-letters", help="visits the server refused, with its reasons")
    d.add_argument("--retry", metavar="ID", help="queue this dead letter again")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=_with_config(_dead))

    e = qs.add_parser("export", help="write an encrypted export of every unsent visit")
    e.add_argument("--out", required=True, help="file to create (never overwritten)")
    e.add_argument("--passphrase-file", help=f"read the passphrase from this file (else ${PASSPHRASE_ENV}, else ask)")
    e.set_defaults(func=_with_config(_export))

    f = qs.add_parser("forget-server-ids", help="forget the Patient/Device ids remembered from the backend",
                      description="For a station moved to another backend, or a backend reset on purpose. Sync "
                      "does not need it: every round re-asserts its Patients and Devices by conditional create. "
                      "The remembered ids only serve to notice a backend that lost them (an alert in kiosk.log, "
                      "once per record); forgetting them keeps an expected loss from raising that alert. "
                      "Nothing queued is touched; the key is not needed.")
    f.set_defaults(func=_with_config(_forget))


def _with_config(command):
    """Load the config, then run the command with its log lines going to kiosk.log as well."""

    def run(args) -> int:
        from kiosk.config import ConfigError, load_config
        from kiosk.logging_setup import command_logging

        try:
            cfg = load_config(args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG)
        except ConfigError as e:
            print(f"kiosk queue: bad configuration: {e}", file=sys.stderr)
            return 2
        with command_logging(Path(cfg.paths.log_dir)):
            return command(args, cfg)

    return run


def _open(cfg, key_required: bool = True):
    from kiosk.devices.store import open_visit_store

    try:
        return open_visit_store(cfg, key_required=key_required)
    except Exception as e:
        print(f"kiosk queue: cannot open the visit store: {e}", file=sys.stderr)
        raise SystemExit(3) from None


def _open_readonly(cfg):
    """For reports that need the key: the store read-only, or exit 3 naming what is wrong."""
    from kiosk.devices.store import open_store_readonly
    from offline_store.sqlite_store import StoreNotReadable

    try:
        store, key_problem = open_store_readonly(cfg)
    except (StoreNotReadable, OSError) as e:
        print(f"kiosk queue: cannot open the visit store: {e}", file=sys.stderr)
        raise SystemExit(3) from None
    if key_problem:
        store.close()
        print(f"kiosk queue: cannot open the visit store: {key_problem}", file=sys.stderr)
        raise SystemExit(3)
    return store


def _iso(ts) -> str | None:
    if ts is None:
        return None
    if isinstance(ts, datetime):
        return ts.isoformat(timespec="seconds")
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


def _status(args, cfg) -> int:
    from kiosk.devices.store import open_store_readonly, store_key_problem
    from offline_store.sqlite_store import DB_NAME, StoreNotReadable

    data = {"store": str(Path(cfg.paths.data_dir) / DB_NAME), "store_problem": None, "key_problem": None,
            "queued": 0, "dead_letters": 0, "oldest_unsent_age_s": None, "last_success_at": None,
            "last_error": None, "accepting": None}
    try:
        store, data["key_problem"] = open_store_readonly(cfg)  # counts and ages need no key
    except StoreNotReadable as e:
        data["store_problem"], data["key_problem"] = f"{e.reason}: {e}", store_key_problem(cfg)
        if e.reason != "absent":
            data["queued"] = data["dead_letters"] = None  # unknown, not zero
        store = None
    if store is not None:
        try:
            st = store.status()
        finally:
            store.close()
        data.update(queued=st.queued, dead_letters=st.dead_letters,
                    oldest_unsent_age_s=None if st.oldest_unsent_age_s is None else round(st.oldest_unsent_age_s, 1),
                    last_success_at=_iso(st.last_success_at), last_error=st.last_error, accepting=st.accepting)
    damaged = (data["store_problem"] or "").startswith("damaged")
    if args.json:
        print(json.dumps(data))
    else:
        age = "-" if data["oldest_unsent_age_s"] is None else f"{data['oldest_unsent_age_s']:.0f} s"
        print(f"store:            {data['store_problem'] or 'ok'}")
        print(f"store key:        {data['key_problem'] or 'ok'}")
        print(f"queued:           {'?' if data['queued'] is None else data['queued']}")
        print(f"dead letters:     {'?' if data['dead_letters'] is None else data['dead_letters']}")
        print(f"oldest unsent:    {age}")
        print(f"last success:     {data['last_success_at'] or '-'}")
        print(f"last error:       {data['last_error'] or '-'}")
        accepting = {True: "yes", False: "NO", None: "-"}[data["accepting"]]
        print(f"accepting visits: {accepting}")
    return 1 if damaged else 0


def _sync(args, cfg) -> int:
    from kiosk.devices.store import sync_settings
    from offline_store.sync import SyncEngine
    from offline_store.worker import SyncLock, SyncLockBusy
    from offline_store.transport import ConfigurationError

    store = _open(cfg)
    lock = SyncLock(store.data_dir)
    try:
        lock.acquire()
    except SyncLockBusy:
        print("kiosk queue sync: the kiosk's own sync worker is running; it sends on its own", file=sys.stderr)
        store.close()
        return 4
    try:
        engine = SyncEngine(store, sync_settings(cfg))
    except ConfigurationError as e:
        print(f"kiosk queue sync: bad setting {e}", file=sys.stderr)
        lock.release()
        store.close()
        return 2
    try:
        store.reset_inflight()
        # "Send now": a wait left by an outage ends here. A visit the server refused keeps its own
        # backoff (each refusal counts towards a dead letter), and dead letters have --retry.
        released = store.release_outage_waits()
        synced, dead, retried, recreated = set(), set(), set(), 0
        deadline = time.monotonic() + args.timeout
        while True:
            batch = engine.batch_size
            r = engine.run_once()
            synced.update(r.synced)
            dead.update(r.dead)
            retried.update(r.retried)
            recreated += r.recreated
            if args.once or not r.claimed or time.monotonic() > deadline:
                break
            if r.error is not None:
                if engine.batch_size >= batch:  # nothing learnt: the server is down or refuses; stop
                    break
                store.release_outage_waits()  # a smaller batch may get through: try it now
        return _report_sync(store, r.error, released, synced, retried - synced - dead, dead, recreated)
    finally:
        engine.client.close()
        lock.release()
        store.close()


def _report_sync(store, error, released: int, synced: set, retry: set, dead: set, recreated: int) -> int:
    if released:
        print(f"{released} visits waiting out a connection backoff were made due now")
    print(f"synced {len(synced)}, to retry {len(retry)}, dead letters {len(dead)}")
    if recreated:
        print(f"the backend had lost {recreated} Patient/Device records of this station; they were created again "
              "(see kiosk.log)")
    left = store.status().queued
    if left:
        due = store.next_due_in()
        when = "due now" if not due else f"the next is due in {due:.0f} s"
        print(f"{left} visits still queued ({when})")
    if error is not None:
        print(f"kiosk queue sync: server not reachable or refusing: {error}", file=sys.stderr)
        return 1
    return 0


def _dead(args, cfg) -> int:
    store = _open(cfg) if args.retry else _open_readonly(cfg)
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


def _export(args, cfg) -> int:
    from offline_store.export import ExportError, write_export

    store = _open_readonly(cfg)
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


def _forget(args, cfg) -> int:
    from offline_store.sqlite_store import DB_NAME

    if not (Path(cfg.paths.data_dir) / DB_NAME).exists():
        print("no store yet: nothing remembered")
        return 0
    store = _open(cfg, key_required=False)
    try:
        n = store.forget_refs()
    finally:
        store.close()
    logging.getLogger("kiosk.cli.queue").warning("a technician made the station forget %d server ids", n)
    print(f"forgot {n} Patient/Device server ids; the next rounds learn them again")
    return 0
