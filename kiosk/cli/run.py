"""``kiosk run``: the citizen app (fullscreen), or demo mode and its scripted tour."""
from __future__ import annotations

import argparse
import re
from pathlib import Path


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{3,5})x(\d{3,5})", text)
    if not m:
        raise argparse.ArgumentTypeError("expected WIDTHxHEIGHT, e.g. 1280x800")
    return int(m.group(1)), int(m.group(2))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="run the kiosk app (fullscreen); --demo for simulated peripherals",
        description="Run the citizen app. A station draws its welcome screen first (systemd's READY=1), then checks the "
        "configuration and starts its parts (STATUS=ready for visits). With --demo, every peripheral is simulated, visits go to a scratch "
        "store and a local FHIR server (stopped with the kiosk, even by kill -9); on a machine without a screen "
        "the scripted tour runs offscreen. Exit 2 when the configuration is invalid (one line names the key and "
        "the reason), 3 when the kiosk cannot start for another reason (one line here, the detail in kiosk.log); "
        "with --tour, 0 only if the visit reached the FHIR server. Maintenance's \"exit to the desktop\" ends with 10 "
        "(list it in the unit's RestartPreventExitStatus=); its \"restart\" re-executes the kiosk in place.",
    )
    p.add_argument("--config", help="station TOML file (default: $KIOSK_CONFIG or /etc/tram-kiosk/kiosk.toml)")
    p.add_argument("--demo", action="store_true",
                   help="simulated card, camera, devices and 58 mm receipt printer (slips saved as PNGs in "
                        "WORKDIR/printed); local store and FHIR server seeded with a year of the demo citizen's history "
                        "and their prescriptions (the camera can be shown one's QR from the code-entry page); "
                        "spoken prompts on this machine's default sound output (silent without one), rendered "
                        "into WORKDIR/speech-cache")
    p.add_argument("--tour", type=Path, metavar="DIR",
                   help="with --demo: drive one whole visit offscreen, save a PNG of every screen in DIR, print "
                        "the slip (its PNG goes in DIR too), open \"My health record\" and check the demo "
                        "prescriptions in both languages; "
                        "exit 0 only if the visit reached the FHIR server")
    p.add_argument("--size", type=_size, metavar="WxH", help="a window of this size instead of fullscreen")
    p.add_argument("--speed", type=float, help="demo simulators' time scale (default from config, 1.0)")
    p.add_argument("--workdir", type=Path, help="demo scratch directory (default: a new temporary one)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    if args.tour and not args.demo:
        raise SystemExit("kiosk run: --tour needs --demo")
    from kiosk.maintenance import power
    from kiosk.runner import run

    code = run(args)
    # Maintenance "Restart the app": the runner has shut everything down cleanly by now.
    return power.restart_in_place() if code == power.RESTART else code
