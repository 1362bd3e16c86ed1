"""The packaging tests share one build per session: `./dev package`'s own script.

Building takes a minute or two (PyInstaller reuses its cache in build/packaging),
so every test here reads the same dist/ made by the `package` fixture.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import layout  # noqa: E402

TOOLS = ("dpkg-deb", "lintian", "systemd-analyze", "cage")


@pytest.fixture(scope="session")
def package() -> dict:
    missing = [t for t in TOOLS if not shutil.which(t)]
    assert not missing, f"packaging tools missing: {missing} (./dev test installs packaging/apt-packages.txt)"
    # The system python, as `./dev package` uses: the build makes its own venv from the locks.
    python = shutil.which("python3.11") or shutil.which("python3")
    subprocess.run([python, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)
    info = json.loads((layout.DIST / "build.json").read_text())
    return {k: Path(v) if k in ("bundle", "demo_addon", "deb") else v for k, v in info.items()}


@pytest.fixture(scope="session")
def build_python() -> Path:
    return layout.WORK / "venv" / "bin" / "python"
