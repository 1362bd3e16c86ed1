"""The packaging tests read the session's one build: the `package` fixture of
tests/packaging_build.py, shared with tests/chroot (whichever runs first builds).

The packaging modules (layout, checks, hooks) are imported by name, as build.py does.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "packaging") not in sys.path:
    sys.path.insert(0, str(ROOT / "packaging"))

import layout  # noqa: E402


@pytest.fixture(scope="session")
def build_python() -> Path:
    return layout.WORK / "venv" / "bin" / "python"
