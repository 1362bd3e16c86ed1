"""The diagnostics archive holds no name, ID number or birth date from a demo visit.

A whole identified visit runs first (the real card read puts the demo citizen's data
in memory, the visit is saved), then the archive is searched for that data in every
form it could take: plain, decomposed or stripped of diacritics, any case, JSON- and
UTF-16-encoded, and the birth date in the formats people and machines write it.
"""
from __future__ import annotations

import json
import tarfile
import unicodedata

from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.health.registry import run_checks
from kiosk.health.station import Station
from kiosk.maintenance import diagnostics
from tests.ui.test_flow import walk_to_measure


def _strip(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))


def forbidden() -> set[bytes]:
    c = DEMO_CITIZEN
    y, m, d = c.date_of_birth.split("-")
    texts = {c.id_number, c.can, c.id_number[:9], c.id_number[3:],
             f"{y}-{m}-{d}", f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}", f"{m}/{d}/{y}", f"{y}{m}{d}",
             f"{y[2:]}{m}{d}", f"{d}{m}{y}", f"{int(d)}/{int(m)}/{y}", f"{d} {m} {y}"}
    names = {c.full_name, *c.full_name.split()[1:], c.full_name.split()[-1] + " " + c.full_name.split()[0]}
    names = {n for n in names if len(n) >= 4}  # "Văn" alone is a common word, not this person
    for n in names:
        for form in (n, _strip(n), unicodedata.normalize("NFD", n)):
            texts |= {form, form.upper(), form.lower()}
    for place in (c.residence, c.hometown):
        texts |= {place, _strip(place)}
    out: set[bytes] = set()
    for t in texts:
        out |= {t.encode("utf-8"), t.encode("utf-16-le"), json.dumps(t).strip('"').encode("ascii")}
    return out


def test_diagnostics_archive_holds_no_personal_data(kiosk, tmp_path):
    k = kiosk
    walk_to_measure(k)
    assert k.c.machine.draft.card is not None  # the chip was read: the data was there to leak
    while k.screen == "measure":
        step = k.c.machine.draft.current_step.value
        if step == "temperature":
            k.tap("startMeasureButton")
            k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value in ("result", "fault"), timeout=60_000)
            k.tap("nextButton" if k.c.machine.draft.step_phase.value == "result" else "skipButton")
        else:
            k.tap("skipButton")
        k.qtbot.wait(50)
    k.wait_screen("results")
    k.tap("finishButton")
    k.wait_screen("done")
    assert k.c.machine.draft.visit_id
    st = Station(k.c.cfg, demo=True, store=k.c.devices.store, sensors=k.c.devices.sensors, started_monotonic=0.0)
    health = [r.as_dict() for r in run_checks(st)]
    out = tmp_path / "usb"
    out.mkdir()
    path = diagnostics.export(k.c.cfg, out, health, [])
    raw = path.read_bytes()
    with tarfile.open(path) as tar:
        contents = [(m.name.encode(), tar.extractfile(m).read()) for m in tar.getmembers() if m.isfile()]
    assert any(name.endswith(b"kiosk.log") and len(data) > 1000 for name, data in contents), "the log is in it"
    leaks = [(name, needle) for name, data in contents for needle in forbidden() if needle in name + data]
    assert not leaks, f"personal data in the archive: {leaks[:5]}"
    assert not [n for n in forbidden() if len(n) > 6 and n in raw]
