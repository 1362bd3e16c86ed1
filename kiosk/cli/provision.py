"""``kiosk provision``: set up a new station once (identity, backend, certificate, PIN, store and pass keys), then doctor."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
import tomllib
from pathlib import Path

from kiosk.cli.maintenance import CONFIG_HELP


def register(sub: argparse._SubParsersAction) -> None:
    from kiosk.provision import CERT_NAME, DEFAULT_OWNER, KEY_NAME

    p = sub.add_parser(
        "provision",
        help="set up a new station once: station id, backend URL, client certificate, maintenance PIN, store key, "
        "pick-up pass key",
        description="Run once on a new station, as root, after installing the package. It sets [station] id, "
        f"[backend] url, copies the client certificate and its key beside the configuration ({CERT_NAME}, mode "
        f"644; {KEY_NAME}, mode 600, owned by the kiosk's system user) and points backend.client_cert and "
        "client_key at them, stores the maintenance PIN as an Argon2id hash ([maintenance] pin_hash, as "
        "`kiosk maintenance set-pin` does), and makes the store key (paths.key_file, mode 600, owned by the "
        "kiosk's user; an existing key is kept, never replaced) and the pick-up pass signing key "
        "(prescription.pass_key_file, the same way; `kiosk pass cert` prints its certificate for pharmacies). "
        "Then it runs `kiosk doctor` and shows the result. "
        "It enables the kiosk's systemd unit so that it starts at the next boot. Every value is checked before anything is written: a refused value changes nothing. Comments and other "
        "keys of the configuration file stay as they were. On a terminal it asks for what the options do not "
        "give (Enter keeps the current value); with --non-interactive, or without a terminal, it only uses the "
        "options. Exit 0 when provisioned and doctor reports nothing red, 1 when provisioned but doctor reports "
        "a red check, 2 when a value was refused (nothing changed), 3 when writing failed part-way (the message "
        "says what was done).",
    )
    p.add_argument("--config", help=CONFIG_HELP)
    p.add_argument("--station-id", metavar="ID", help="station code, e.g. VN-HCM-Q1-0001 ([station] id)")
    p.add_argument("--backend-url", metavar="URL", help="FHIR R4 base URL of the backend ([backend] url)")
    p.add_argument("--client-cert", type=Path, metavar="PEM", help="the station's mTLS client certificate")
    p.add_argument("--client-key", type=Path, metavar="PEM", help="its unencrypted private key")
    p.add_argument("--pin-stdin", action="store_true",
                   help="read the maintenance PIN (6-12 digits) from the first line of standard input")
    p.add_argument("--owner", default=DEFAULT_OWNER, metavar="USER",
                   help=f"system user the kiosk runs as, owner of the keys (default {DEFAULT_OWNER})")
    p.add_argument("--non-interactive", action="store_true", help="never prompt (scripted fleets)")
    p.add_argument("--no-hardware", action="store_true",
                   help="doctor skips the card reader, camera, serial devices and network (devices not yet plugged)")
    p.add_argument("--no-enable", action="store_true", help="leave the systemd unit as it is (images, tests)")
    p.set_defaults(func=_provision)


def _provision(args: argparse.Namespace) -> int:
    from kiosk.cli.maintenance import _config_path
    from kiosk.provision import ProvisionError, apply, plan

    path = Path(_config_path(args))
    interactive = not args.non_interactive and sys.stdin.isatty()
    try:
        current = _current(path)
        station_id = args.station_id or (_ask("Station id", current.get("station", {}).get("id")) if interactive else None)
        url = args.backend_url or (_ask("Backend URL", current.get("backend", {}).get("url")) if interactive else None)
        cert, key = args.client_cert, args.client_key
        if interactive and cert is None and key is None:
            cert = _path_or_none(_ask("Client certificate (PEM; Enter: keep the current one)", None))
            key = _path_or_none(_ask("Its private key (PEM)", None)) if cert else None
        pin = _pin(args, interactive, bool(current.get("maintenance", {}).get("pin_hash")))
        p = plan(path, station_id=station_id, backend_url=url, cert=cert, key=key, pin=pin, owner=args.owner)
    except ProvisionError as e:
        print(f"kiosk provision: {e}; nothing was changed", file=sys.stderr)
        return 2
    done: list[str] = []
    try:
        apply(p, done)
    except (ProvisionError, OSError) as e:
        print(f"kiosk provision: {e}", file=sys.stderr)
        print("done before the failure: " + ("; ".join(done) or "nothing"), file=sys.stderr)
        return 3
    for line in done:
        print(line)
    if p.pin_changed:
        _audit(p)
    print(f"\nkiosk doctor --config {path}{' --no-hardware' if args.no_hardware else ''}:")
    from kiosk.cli.doctor import _doctor

    code = _doctor(argparse.Namespace(config=str(path), no_hardware=args.no_hardware, json=False))
    if not args.no_enable:
        _enable_unit()
    print("\nStation provisioned." if code == 0 else
          "\nStation provisioned, but doctor reports a red check above: fix it before opening the station.")
    return 0 if code == 0 else 1


def _enable_unit() -> None:
    """The package installs the unit disabled; a provisioned station starts the kiosk at its next boot."""
    import subprocess

    from kiosk.provision import UNIT

    if not Path("/run/systemd/system").is_dir():
        print(f"(systemd is not running here: enable {UNIT} on the station)")
        return
    r = subprocess.run(["systemctl", "enable", UNIT], capture_output=True, text=True)
    print(f"{UNIT} enabled: the kiosk starts at the next boot (or now: systemctl start {UNIT})" if r.returncode == 0
          else f"warning: could not enable {UNIT}: {r.stderr.strip()}")


def _current(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # plan() reports the file's problem in full


def _ask(prompt: str, current: str | None) -> str | None:
    answer = input(f"{prompt}{f' [{current}]' if current else ''}: ").strip()
    return answer or None  # Enter keeps what the file has


def _path_or_none(text: str | None) -> Path | None:
    return Path(text) if text else None


def _pin(args: argparse.Namespace, interactive: bool, has_pin: bool) -> str | None:
    from kiosk.provision import ProvisionError

    if args.pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not interactive:
        if not has_pin:
            raise ProvisionError("no maintenance PIN yet: give one with --pin-stdin")
        return None
    first = getpass.getpass("Maintenance PIN, 6-12 digits" + (" (Enter: keep the current one)" if has_pin else "") + ": ")
    if not first and has_pin:
        return None
    if getpass.getpass("The same PIN again: ") != first:
        raise ProvisionError("the two PINs differ")
    return first


def _audit(p) -> None:
    from kiosk.maintenance import audit

    log_dir = Path(p.cfg.paths.log_dir)
    try:
        log = audit.AuditLog(log_dir)
        new = not log.path.exists()
        log.append("pin_set", "ok", by="provision")
        if new:  # made by root here, appended to by the kiosk's user from now on
            for f in (log.path, log.head_path):
                if f.exists():
                    os.chown(f, p.owner_uid, p.owner_gid)
    except OSError as e:
        print(f"warning: the PIN change is not in the audit log ({e.__class__.__name__}: {e})", file=sys.stderr)
