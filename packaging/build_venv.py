"""The build venv: exactly lock/app.txt plus PyInstaller at lock/dev.txt's pins.

Never the dev venv: its test extras (pytest, hypothesis...) would be found by
PyInstaller's hooks, and two builds of one commit must hold the same packages.
Both locks are installed with --require-hashes --no-deps, like ./dev does.
"""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

from layout import ROOT, WORK

VENV = WORK / "venv"
APP_LOCK = ROOT / "lock" / "app.txt"
DEV_LOCK = ROOT / "lock" / "dev.txt"
# PyInstaller and what it needs at build time on Linux; `pip check` below proves the list complete.
BUILD_TOOLS = ("pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging", "setuptools")


def lock_blocks(lock: Path) -> dict[str, str]:
    """name -> its block of the lock (the pin line and its hash lines)."""
    blocks: dict[str, str] = {}
    name = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9._-]+)==", line)
        if m:
            name = m.group(1).lower()
            blocks[name] = line + "\n"
        elif name and line.startswith("    --hash="):
            blocks[name] += line + "\n"
        elif not line.startswith(" "):
            name = None
    return blocks


def build_tools_requirements() -> str:
    dev, app = lock_blocks(DEV_LOCK), lock_blocks(APP_LOCK)
    missing = [n for n in BUILD_TOOLS if n not in dev]
    if missing:
        raise SystemExit(f"lock/dev.txt has no pin for {', '.join(missing)}")
    return "".join(dev[n] for n in BUILD_TOOLS if n not in app)


def ensure_venv(log=print) -> Path:
    """The build venv's python, rebuilt from empty when a lock changed."""
    tools = build_tools_requirements()
    stamp = hashlib.sha256(APP_LOCK.read_bytes() + tools.encode()).hexdigest()
    stamp_file = VENV / ".lock-stamp"
    python = VENV / "bin" / "python"
    if stamp_file.exists() and stamp_file.read_text().strip() == stamp and python.exists():
        return python
    log(f"building the build venv {VENV} from lock/app.txt and PyInstaller's pins in lock/dev.txt")
    VENV.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    req = VENV / "build-tools.txt"
    req.write_text(tools, encoding="utf-8")
    for lock in (APP_LOCK, req):
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "--require-hashes", "--no-deps", "-r", str(lock)], check=True)
    subprocess.run([str(python), "-m", "pip", "check"], check=True)
    stamp_file.write_text(stamp + "\n")
    return python
