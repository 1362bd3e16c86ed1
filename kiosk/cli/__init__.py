"""The one command-line entry point: ``kiosk <subcommand>``.

Each subcommand lives in its own module with a ``register(subparsers)``
function, so the areas (card, face, sensor, queue) grow independently.
"""
from __future__ import annotations

import argparse
import sys

from kiosk import __version__
from kiosk.cli import card, doctor, face, maintenance, prescription, provision, queue, run, sensor

SUBCOMMANDS = (run, doctor, card, face, sensor, queue, maintenance, provision, prescription)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Trạm Công dân số health kiosk: the citizen app, its devices and its queue.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="<command>", required=True)
    for module in SUBCOMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
