"""`kiosk doctor`: being written (foundation issue)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="doctor (being written)")
    p.set_defaults(func=lambda a: 2)
