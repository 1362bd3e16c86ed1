"""``kiosk doctor``: check configuration, assets, devices and backend."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check the station: configuration, assets, card reader, devices, camera, backend",
        description="Check a station before opening it. Exit 0 when nothing failed, 1 when a check failed, "
        "2 when the configuration file itself is invalid (the message names the key and the reason).",
    )
    p.add_argument("--config", help="station TOML file (default: $KIOSK_CONFIG or /etc/tram-kiosk/kiosk.toml)")
    p.add_argument("--no-hardware", action="store_true", help="only the configuration, assets and paths")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError, load_config
    from kiosk.doctor import run_checks
    from kiosk.logging_setup import command_logging
    from kiosk.runner import DEFAULT_CONFIG

    path = args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG
    try:
        cfg = load_config(path)
    except ConfigError as e:
        if args.json:
            print(json.dumps({"config": {"status": "fail", "key": e.key, "reason": e.reason, "file": e.path}}))
        else:
            print(f"{'FAIL':5} {'config':<30} {e}")
        return 2
    with command_logging(Path(cfg.paths.log_dir)):  # a damaged store it finds is a technician alert
        results = run_checks(cfg, hardware=not args.no_hardware)
    if args.json:
        print(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=2))
    else:
        print(f"{'OK':5} {'config':<30} {cfg.source}")
        for r in results:
            print(f"{r.status.upper():5} {r.name:<30} {r.message}")
    return 1 if any(r.status == "fail" for r in results) else 0


if __name__ == "__main__":
    sys.exit(_doctor(argparse.Namespace(config=None, no_hardware=False, json=False)))
