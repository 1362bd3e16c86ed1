"""`kiosk queue ...`: placeholder until its issue lands."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queue", help="queue tools (not yet available)")
    p.set_defaults(func=_todo)


def _todo(args: argparse.Namespace) -> int:
    print("kiosk queue: not available in this build yet")
    return 2
