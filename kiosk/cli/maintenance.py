"""``kiosk maintenance``: the maintenance PIN (for deployers) and the audit log (for technicians)."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tomllib
from pathlib import Path

CONFIG_HELP = "station TOML file (default: $KIOSK_CONFIG or /etc/tram-kiosk/kiosk.toml)"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "maintenance",
        help="set the maintenance PIN; list and verify the maintenance audit log",
        description="Maintenance mode is opened on the touchscreen with a hidden gesture (hold the top-left "
        "corner 2 s, then the bottom-right corner 2 s) and a PIN. The PIN is kept in the configuration only as "
        "an Argon2id hash; with none set, maintenance cannot be entered. Every maintenance action is recorded "
        "in a hash-chained audit log in paths.log_dir. See docs/maintenance.md.",
    )
    msub = p.add_subparsers(dest="action", metavar="<action>", required=True)

    s = msub.add_parser(
        "set-pin",
        help="set the maintenance PIN (stored as an Argon2id hash in the configuration file)",
        description="Ask for the new PIN twice on the terminal (not echoed) or read it from the first line of "
        "standard input with --stdin, and write its Argon2id hash as [maintenance] pin_hash into the TOML file, "
        "leaving every other line as it was. The PIN is 6 to 12 digits (the keypad has no letters), not one digit "
        "repeated nor a run like 123456. A running kiosk reads it at its next start. Exit 0 when written, 1 when "
        "the PIN was refused, 2 when the file cannot be read, parsed or written.",
    )
    s.add_argument("--config", help=CONFIG_HELP)
    s.add_argument("--stdin", action="store_true", help="read the PIN from standard input (scripts), once")
    s.set_defaults(func=_set_pin)

    a = msub.add_parser(
        "audit",
        help="list the newest audit records, or verify the hash chain with --verify",
        description="List the newest maintenance audit records (time, action, result, fields), or with --verify "
        "check the whole hash chain: exit 0 when it is intact, 1 when a record was changed, removed or reordered "
        "(the message names the first bad record), 2 when the configuration cannot be read.",
    )
    a.add_argument("--config", help=CONFIG_HELP)
    a.add_argument("--log-dir", type=Path, help="read the audit log in this directory instead (e.g. a copy "
                                                "from a diagnostics archive)")
    a.add_argument("--verify", action="store_true", help="check the hash chain")
    a.add_argument("-n", "--last", type=int, default=20, metavar="N", help="how many records to list (default 20)")
    a.add_argument("--json", action="store_true", help="records as JSON lines")
    a.set_defaults(func=_audit)


def _config_path(args: argparse.Namespace) -> str:
    from kiosk.runner import DEFAULT_CONFIG

    return args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG


def _read_pin(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New maintenance PIN (6-12 digits): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        print("kiosk maintenance set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
        return None
    return first


def _set_pin(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError, parse_config
    from kiosk.maintenance import audit, pin
    from kiosk.maintenance.config_edit import replace_file, set_string

    path = Path(_config_path(args))
    try:
        text = path.read_text(encoding="utf-8-sig")
        tomllib.loads(text)
    except FileNotFoundError:
        print(f"kiosk maintenance set-pin: {path}: file not found", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        print(f"kiosk maintenance set-pin: {path}: cannot read it as TOML ({e}); nothing was changed",
              file=sys.stderr)
        return 2
    entered = _read_pin(args.stdin)
    if entered is None:
        return 1
    reason = pin.pin_problem(entered)
    if reason:
        print(f"kiosk maintenance set-pin: {reason}; nothing was changed", file=sys.stderr)
        return 1
    pin_hash = pin.hash_pin(entered)
    new_text = set_string(text, "maintenance", "pin_hash", pin_hash)
    try:
        data = tomllib.loads(new_text)
        if data.get("maintenance", {}).get("pin_hash") != pin_hash:
            raise ValueError("the written key does not read back")
    except (tomllib.TOMLDecodeError, ValueError, AttributeError) as e:
        # e.g. a dotted `maintenance.pin_hash = ...` elsewhere in the file: better refuse than guess.
        print(f"kiosk maintenance set-pin: {path}: could not place [maintenance] pin_hash ({e}); edit the file "
              "by hand; nothing was changed", file=sys.stderr)
        return 2
    cfg = None
    try:
        cfg = parse_config(data, str(path))
    except ConfigError as e:
        if e.key.startswith("maintenance."):
            print(f"kiosk maintenance set-pin: {e}; nothing was changed", file=sys.stderr)
            return 2
        print(f"warning: the file has another problem that will stop the kiosk: {e}", file=sys.stderr)
    try:
        replace_file(path, new_text)
    except OSError as e:
        print(f"kiosk maintenance set-pin: cannot write {path} ({e.__class__.__name__}: {e}); nothing was changed",
              file=sys.stderr)
        return 2
    print(f"Maintenance PIN set in {path} (Argon2id hash). The kiosk uses it from its next start.")
    if cfg is not None:
        try:
            audit.AuditLog(Path(cfg.paths.log_dir)).append("pin_set", "ok")
        except OSError as e:
            print(f"warning: not recorded in the audit log ({e.__class__.__name__}: {e})", file=sys.stderr)
    return 0


def _audit(args: argparse.Namespace) -> int:
    from kiosk.maintenance.audit import AuditLog

    log_dir = args.log_dir
    if log_dir is None:
        from kiosk.config import ConfigError, load_config

        try:
            log_dir = Path(load_config(_config_path(args)).paths.log_dir)
        except ConfigError as e:
            print(f"kiosk maintenance audit: bad configuration: {e}", file=sys.stderr)
            return 2
    log = AuditLog(log_dir)
    if args.verify:
        try:
            bad = log.verify()
        except OSError as e:
            print(f"kiosk maintenance audit: cannot read {log.path} ({e.__class__.__name__}: {e})", file=sys.stderr)
            return 2
        if bad:
            print(f"{log.path}: chain BROKEN at {bad}")
            return 1
        count = sum(1 for _ in log.records())
        print(f"{log.path}: {count} record(s), chain intact")
        return 0
    if not log.path.exists():
        print(f"{log.path}: no maintenance action recorded yet")
        return 0
    for r in log.recent(max(1, args.last)):
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
            continue
        extra = " ".join(f"{k}={v}" for k, v in r.items()
                         if k not in ("seq", "time", "action", "result", "prev", "sha256"))
        print(f"{r.get('seq', '?'):>5} {r.get('time', '?')} {r.get('action', '?'):<18} {r.get('result', '?'):<10} {extra}".rstrip())
    return 0
