"""``kiosk doctor``: the station's health checks (kiosk/health), as text or JSON."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check the station: configuration, assets, store and queue, card reader, devices, camera, backend",
        description="Run the station's health checks (the same ones the maintenance dashboard shows and the "
        "Prometheus metrics export): configuration, assets, paths, disk, store key, store and queue (depth, "
        "oldest unsent visit, dead letters, last successful sync), card reader, camera, each serial device, "
        "backend reachability, TLS certificate expiry (client and server), version. Each is green, amber "
        "(works, look soon) or red. Read-only: never makes a key nor moves a file. "
        "Exit 0 when nothing is red, 1 when a check is red, 2 when the configuration file itself is invalid "
        "(the message names the key and the reason).",
    )
    p.add_argument("--config", help="station TOML file (default: $KIOSK_CONFIG or /etc/tram-kiosk/kiosk.toml)")
    p.add_argument("--no-hardware", action="store_true",
                   help="skip the card reader, camera, serial devices and the network; keep configuration, "
                        "assets, paths, disk, key, store and queue")
    p.add_argument("--json", action="store_true",
                   help='machine-readable: {"status": worst, "checks": [{"id", "component", "status", "reason", '
                        '"detail", "value"}, ...]}')
    p.set_defaults(func=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError, load_config
    from kiosk.health.registry import run_checks
    from kiosk.health.result import HealthResult, Status, red
    from kiosk.health.station import Station
    from kiosk.logging_setup import command_logging
    from kiosk.runner import DEFAULT_CONFIG

    path = args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG
    try:
        cfg = load_config(path)
    except ConfigError as e:
        bad = red("config", "config", "config_invalid", str(e))
        if args.json:
            print(json.dumps({"status": "red", "checks": [{**bad.as_dict(), "key": e.key, "file": e.path}]},
                             ensure_ascii=False, indent=2))
        else:
            _print_text([bad])
        return 2
    with command_logging(Path(cfg.paths.log_dir)):  # a damaged store it finds is a technician alert
        results = run_checks(Station(cfg, hardware=not args.no_hardware))
    worst = max((r.status for r in results), key=lambda s: s.level, default=Status.GREEN)
    if args.json:
        print(json.dumps({"status": worst.value, "checks": [r.as_dict() for r in results]},
                         ensure_ascii=False, indent=2))
    else:
        _print_text(results)
    return 1 if worst is Status.RED else 0


def _print_text(results: list) -> None:
    for r in results:
        print(f"{r.status.value.upper():6} {r.id:<28} {r.detail}")
    counts = {s: sum(r.status is s for r in results) for s in type(results[0].status)}
    print(", ".join(f"{n} {s.value}" for s, n in counts.items()))


if __name__ == "__main__":
    sys.exit(_doctor(argparse.Namespace(config=None, no_hardware=False, json=False)))
