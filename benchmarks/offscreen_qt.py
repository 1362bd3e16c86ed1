"""What the kiosk-window benchmarks (prescription.py, record.py) set up before any Qt or kiosk import:
an offscreen window drawn by the software Quick backend, so that a run needs no display and draws
the same way on every host, and the repository on the import path; and a loop that lets Qt work
until a step of the round is done.

Import it first: Qt reads the platform when the application is made, and the kiosk's modules are
found only through the path set here.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import PySide6.QtQuick  # noqa: E402,F401  (rootObjects() is a QQuickWindow)
from PySide6.QtCore import QCoreApplication  # noqa: E402


def pump_until(cond, timeout_s: float = 30.0) -> None:
    end = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("benchmark step timed out")
        QCoreApplication.processEvents()
        time.sleep(0.001)
