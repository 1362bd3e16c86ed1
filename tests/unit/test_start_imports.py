"""What a station has imported when its welcome screen is drawn (docs/architecture.md, "Start-up").

The first frame waits for every module imported before it, so the flow, drivers, store and
services come after it. A real offscreen first frame is drawn in a fresh interpreter, then
its sys.modules is read.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Of our own packages, only these may be loaded by the first frame.
ALLOWED_OWN = {
    "kiosk", "kiosk.app", "kiosk.cli", "kiosk.cli.run", "kiosk.config", "kiosk.config.errors",
    "kiosk.flow", "kiosk.flow.bridge", "kiosk.i18n", "kiosk.memory",
    "kiosk.paths", "kiosk.runner", "kiosk.sdnotify",
    "kiosk.viewmodels", "kiosk.viewmodels.tools_base", "kiosk.watchdog",
}
# The view-models are all imported before the first engine (kiosk/app.py says why).
VIEW_MODEL = "kiosk.viewmodels."
# Each of these alone would cost the first frame tens of milliseconds or more.
HEAVY = ("numpy", "cv2", "sqlalchemy", "alembic", "requests", "urllib3", "cryptography", "pydantic",
         "fhir", "prometheus_client", "smartcard", "serial", "segno", "zxingcpp", "joserfc", "argon2",
         "PIL", "hashlib", "ctypes")

PROBE = """
import json, sys
sys.argv = ["kiosk", "run"]
from kiosk import cli
parser = cli.build_parser("run")  # as cli.main() does for `kiosk run`
from kiosk import runner
ui = runner.show_first_frame((640, 400))
import PySide6.QtCore
loaded = sorted(sys.modules)
# PySide6 makes a type on its first use; the Qt namespace alone (its hundreds of enums) takes
# about 15 ms, so nothing before the first frame may touch it from Python.
if "Qt" in vars(PySide6.QtCore):
    loaded.append("PySide6.QtCore.Qt")
print(json.dumps(loaded))
"""


def test_first_frame_imports_only_qt_and_a_few_modules(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("NOTIFY_SOCKET", None)
    proc = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    loaded = set(json.loads(proc.stdout.strip().splitlines()[-1]))
    own = {m for m in loaded if m.split(".")[0] in ("kiosk", "drivers", "offline_store")}
    unexpected = sorted(m for m in own if m not in ALLOWED_OWN and not m.startswith(VIEW_MODEL))
    assert not unexpected, f"imported before the first frame: {unexpected}"
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m == "PySide6.QtCore.Qt")
    assert not heavy, f"heavy modules imported before the first frame: {heavy}"
