"""Compile the Qt translation sources (.ts) into .qm files when they are newer.

Run by ``./dev`` at every set-up; ``--update`` also re-extracts the strings
from the QML with pyside6-lupdate (for developers adding wording).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk import paths

QML_DIR = paths.QML_IMPORT_PATH / "Kiosk"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: is PySide6-Essentials installed in this venv?")
    return found


def update_sources() -> None:
    qml = sorted(str(p) for p in QML_DIR.rglob("*.qml"))
    for ts in sorted(paths.TRANSLATIONS.glob("kiosk_*.ts")):
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *qml, "-ts", str(ts)], check=True)


def compile_all(quiet: bool) -> None:
    for ts in sorted(paths.TRANSLATIONS.glob("kiosk_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        args = [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
        if quiet:
            args.insert(1, "-silent")
        subprocess.run(args, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-extract strings from QML first")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    compile_all(args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
