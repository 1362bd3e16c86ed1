"""`kiosk run --demo --tour`: one whole visit offscreen, to the local FHIR server.

This is the README's demo command end to end: simulated card, camera and
devices, the real encrypted store, real sync to a real sekmet-fhir server.
"""
import subprocess
import sys

import pytest


@pytest.mark.parametrize("size", ["1920x1080", "1280x800"])
def test_tour_reaches_the_fhir_server(tmp_path, size):
    shots = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--demo", "--tour", str(shots), "--size", size,
         "--speed", "20", "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=400,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert f"Tour finished: screenshots in {shots}" in proc.stdout
    names = sorted(p.name for p in shots.glob("*.png"))
    for expected in ("welcome-vi", "consent", "can-entry", "measure-blood_pressure", "results", "done-synced",
                     "prescription-result-vi", "prescription-result-en", "prescription-controlled-en"):
        assert any(expected in n for n in names), names
    log = (tmp_path / "work" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    from kiosk.demo.citizen import DEMO_CITIZEN as c

    for secret in (c.id_number, c.full_name, c.date_of_birth):
        assert secret not in log
