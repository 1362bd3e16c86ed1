"""The one command-line entry point: ``kiosk <subcommand>``.

Each subcommand lives in its own module with a ``register(subparsers)``
function, so the areas (card, face, sensor, queue) grow independently.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from kiosk import __version__

# Each is kiosk/cli/<name>.py.
SUBCOMMANDS = ("run", "doctor", "card", "face", "sensor", "queue", "maintenance", "provision", "prescription")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every subcommand, or ``only`` that one: its module is imported only when it runs,
    so ``kiosk run`` does not wait for the card and sensor tools' imports."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Trạm Công dân số health kiosk: the citizen app, its devices and its queue.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="<command>", required=True)
    for name in SUBCOMMANDS if only is None else (only,):
        importlib.import_module(f"kiosk.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)  # the top level has only options
    parser = build_parser(command if command in SUBCOMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
