""""Check my prescription" in a real window (offscreen) on demo peripherals, against the real local
FHIR server seeded through its API: the chooser, typed and scanned codes, every verdict, the pick-up
pass read back off the screen and checked by `kiosk pass verify`, the error states, the idle wipe, and
every page in both languages at both sizes (also in large text) with no QML warning."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
import requests
from PySide6.QtGui import QImage

from drivers.camera.codes import read_codes
from kiosk.demo import prescriptions as demo
from kiosk.demo.citizen import DEMO_CITIZEN
from kiosk.demo.fhir_server import free_port, start_fhir_server
from kiosk.runner import demo_config
from kiosk.services.prescription import events as rx
from kiosk.services.prescription import pass_key
from kiosk.session import events as ev
from kiosk.ui_driver import all_named, find_item, is_shown
from tests.ui.conftest import Kiosk
from tests.ui.rx_kiosk import identified, open_prescription, rx_kiosk

pytestmark = pytest.mark.fhir

SHOTS = Path(os.environ.get("KIOSK_RX_SHOTS", "/tmp/kiosk-rx-shots"))
SEVERAL = "79001k000128-c"  # two patients' requests under one code
NO_PATIENT = "79001k000129-c"  # a request whose patient has no national ID
UNKNOWN = "79001k999999-c"


def _seed_broken(cfg) -> None:
    """Two prescriptions under one code, and one without a patient, through the API like a clinic."""
    base, system = cfg.backend.url, cfg.prescription.identifier_system
    http = requests.Session()
    http.trust_env = False

    def request(code: str, subject: str) -> dict:
        mr = {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
              "identifier": [{"system": system, "value": code}], "groupIdentifier": {"system": system, "value": code},
              "medicationCodeableConcept": {"text": "Paracetamol"}, "authoredOn": "2026-01-02",
              "subject": {"reference": subject}}
        return mr

    pids = []
    for n in (DEMO_CITIZEN.id_number, demo.OTHER_CITIZEN):
        r = http.get(f"{base}/Patient", params={"identifier": f"{cfg.backend.patient_identifier_system}|{n}"},
                     timeout=30)
        pids.append(r.json()["entry"][0]["resource"]["id"])
    for pid in pids:
        http.post(f"{base}/MedicationRequest", json=request(SEVERAL, f"Patient/{pid}"), timeout=30).raise_for_status()
    # R4 requires a subject, so the server refuses a request without one: this one names a Patient
    # the kiosk cannot tie to anybody (no national ID), the same "no patient" to the citizen.
    anonymous = http.post(f"{base}/Patient", json={"resourceType": "Patient"}, timeout=30)
    anonymous.raise_for_status()
    http.post(f"{base}/MedicationRequest", json=request(NO_PATIENT, f"Patient/{anonymous.json()['id']}"),
              timeout=30).raise_for_status()
    http.close()


@pytest.fixture(scope="module")
def rx_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rx-ui")
    server = start_fhir_server(tmp / "fhir")
    try:
        cfg = demo_config(tmp, server.url, None)
        demo.seed_for(cfg)
        _seed_broken(cfg)
        yield server
    finally:
        server.stop()


@pytest.fixture
def rxk(qapp, qtbot, tmp_path, rx_server):
    with rx_kiosk(tmp_path, rx_server.url) as (ui, c, env):
        qtbot.waitExposed(ui.window)
        k = Kiosk(ui, c, env, tmp_path / "logs" / "kiosk.log", qtbot)
        yield k
        assert list(ui.warnings) == [], "QML warnings:\n" + "\n".join(ui.warnings)


def _session(k):
    return k.c.machine.draft.service


def _type_code(k, code: str) -> None:
    for ch in code.upper():
        k.tap("codeKey" + ("Hyphen" if ch == "-" else ch))
    k.tap("codeKeyOk")


def _wait_result(k, timeout_ms: int = 20_000) -> None:
    k.qtbot.waitUntil(lambda: _session(k) is not None and _session(k).screen == "result"
                      and find_item(k.window, "prescriptionResultScreen") is not None, timeout=timeout_ms)
    k.qtbot.wait(100)  # the page's layout settles before the next frame


def _look_up(k, code: str) -> None:
    """Open "Check my prescription", type ``code`` on its keypad and wait for the result page."""
    open_prescription(k.c)
    _type_code(k, code)
    _wait_result(k)


def _shown(k, name: str) -> bool:
    item = find_item(k.window, name)
    return item is not None and is_shown(item)


def _qr_on_screen(k) -> list[str]:
    """What a phone would read off the screen: the codes in a grab of the window."""
    img = k.window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    frame = np.frombuffer(img.constBits(), np.uint8, bpl * h).reshape(h, bpl)[:, : w * 3].reshape(h, w, 3)
    return read_codes(frame[:, :, ::-1].copy())


def _english(k) -> None:
    k.tap("language_en")
    k.qtbot.waitUntil(lambda: k.c.machine.draft.language == "en", timeout=5000)


def test_chooser_after_identification_and_guests_only_measure(rxk):
    k = rxk
    k.tap("startButton")
    k.wait_screen("consent")
    k.tap("agreeButton")
    k.wait_screen("can_entry")
    k.type_can(DEMO_CITIZEN.can)
    k.wait_screen("services", timeout_ms=120_000)  # the face check is slow on a loaded host
    k.qtbot.waitUntil(lambda: _shown(k, "service_measure") and _shown(k, "service_prescription"), timeout=5000)
    k.tap("service_prescription")
    k.qtbot.waitUntil(lambda: _shown(k, "prescriptionEntryScreen"), timeout=10_000)
    k.tap("endVisitButton")
    k.wait_screen("welcome")
    # A guest (no card) is never offered the prescription check: straight to measuring.
    k.tap("startButton")
    k.tap("agreeButton")
    k.qtbot.waitUntil(lambda: k.screen in ("card_wait", "can_entry"), timeout=10_000)
    if k.screen == "can_entry":  # the demo card lies on the reader: lift it, then go on as a guest
        k.c.handle(ev.CardRemoved())
    k.tap("noCardButton")
    k.wait_screen("measure")
    assert k.c.machine.offered_services() == ["measure"]


def test_typed_code_shows_the_medicines_and_a_pass_the_verifier_accepts(rxk, tmp_path):
    k = rxk
    _english(k)
    _look_up(k, demo.ORDINARY)
    assert k.text("prescriptionVerdict") == "Your prescription"
    assert k.text("drugName0") == "Amlodipine 5 mg" and k.text("drugQuantity0") == "30 viên"
    assert k.text("drugName1") == "Metformin 500 mg"
    assert not _shown(k, "prescriptionControlled") and not _shown(k, "prescriptionNotFound")
    k.qtbot.waitUntil(lambda: _shown(k, "prescriptionPass") and _session(k).token != "", timeout=20_000)
    k.qtbot.wait(300)  # the QR image is decoded and painted
    codes = [c for c in _qr_on_screen(k) if c.count(".") == 2]
    assert codes == [_session(k).token], "the pass QR on screen is not the session's pass"
    key = pass_key.load_private(Path(k.c.cfg.prescription.pass_key_file))
    cert = tmp_path / "DEMO-0001.pem"
    cert.write_bytes(pass_key.certificate(key, k.c.cfg.station.id, datetime.now(timezone.utc)))
    out = subprocess.run([sys.executable, "-m", "kiosk", "pass", "verify", codes[0], "--cert", str(cert)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "valid pick-up pass" in out.stdout and demo.ORDINARY in out.stdout


def test_controlled_prescription_says_counter_only(rxk):
    k = rxk
    _english(k)
    _look_up(k, demo.CONTROLLED)
    assert k.text("drugName0") == "Diazepam 5 mg"
    assert _shown(k, "prescriptionControlled")
    assert "only at the pharmacy counter" in k.text("prescriptionControlled")


def _not_found_page(k, code: str) -> tuple[list[str], dict[str, str]]:
    _look_up(k, code)
    names = [n for n in all_named(k.window) if _shown(k, n)]
    texts = {n: k.text(n) for n in names if n != "prescriptionCode"}
    k.tap("endVisitButton")
    k.wait_screen("welcome")
    return names, texts


def test_someone_elses_code_looks_exactly_like_not_found(rxk):
    k = rxk
    _english(k)
    theirs = _not_found_page(k, demo.SOMEONE_ELSE)
    unknown = _not_found_page(k, UNKNOWN)
    assert theirs == unknown
    assert theirs[1]["prescriptionVerdict"] == "Prescription not found"
    assert not any(n.startswith("drug") for n in theirs[0]) and "prescriptionPass" not in theirs[0]
    log = k.log_file.read_text(encoding="utf-8")
    assert "verdict=not_for_holder" in log and "verdict=not_found" in log
    assert demo.SOMEONE_ELSE not in log and "Paracetamol" not in log and DEMO_CITIZEN.id_number not in log


@pytest.mark.parametrize("typed,key,words", [
    ("79001K00012-C", "code_length", "exactly 12 letters or digits"),
    ("79001K000123C", "code_hyphen", "hyphen"),
    ("79001K000123-X", "code_type", "C, N, H or Y"),
])
def test_malformed_code_names_the_wrong_part(rxk, typed, key, words):
    k = rxk
    _english(k)
    open_prescription(k.c)
    _type_code(k, typed)
    k.qtbot.waitUntil(lambda: _session(k).error == key, timeout=5000)
    assert _session(k).screen == "entry"
    assert words in k.text("prescriptionError")
    # The typed code stays, to be corrected rather than typed again.
    assert k.text("codeTyped") == typed


def test_malformed_code_in_vietnamese(rxk):
    k = rxk
    open_prescription(k.c)
    _type_code(k, "79001K00012-C")
    k.qtbot.waitUntil(lambda: _session(k).error == "code_length", timeout=5000)
    assert "đúng 12 chữ cái hoặc chữ số" in k.text("prescriptionError")


def test_backend_down_says_so_and_offers_a_way_on(qapp, qtbot, tmp_path):
    down = f"http://127.0.0.1:{free_port()}/fhir"  # nothing listens there
    with rx_kiosk(tmp_path, down, overrides={"prescription": {"lookup_timeout_s": 3}}) as (ui, c, env):
        k = Kiosk(ui, c, env, tmp_path / "logs" / "kiosk.log", qtbot)
        open_prescription(c)
        _type_code(k, demo.ORDINARY)
        qtbot.waitUntil(lambda: _session(k).error in ("backend_down", "backend_timeout"), timeout=20_000)
        assert _session(k).screen == "entry" and _session(k).prescription is None
        assert "hệ thống đơn thuốc" in k.text("prescriptionError")  # Vietnamese, the station's language
        # Ways on: try again, type another code, go back; never a dead end.
        assert _shown(k, "prescriptionRetryButton") and _shown(k, "codeKeyA") and _shown(k, "prescriptionBackButton")
        k.tap("prescriptionRetryButton")
        qtbot.waitUntil(lambda: _session(k).screen == "entry" and _session(k).error != "", timeout=20_000)
        k.tap("prescriptionBackButton")
        k.wait_screen("services")
        log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
        assert "prescription lookup: backend_down" in log or "prescription lookup: backend_timeout" in log
        assert list(ui.warnings) == []


def test_a_slow_backend_shows_the_wait_then_says_so(qapp, qtbot, tmp_path):
    """A server that takes the connection and never answers: the busy panel, then the timeout message."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/fhir"
    out = SHOTS / "slow"
    out.mkdir(parents=True, exist_ok=True)
    try:
        with rx_kiosk(tmp_path, url, overrides={"prescription": {"lookup_timeout_s": 3}}) as (ui, c, env):
            k = Kiosk(ui, c, env, tmp_path / "logs" / "kiosk.log", qtbot)
            open_prescription(c)
            _type_code(k, demo.ORDINARY)
            qtbot.waitUntil(lambda: _shown(k, "prescriptionBusy"), timeout=5000)
            assert not c.machine.idle_applies  # the kiosk itself is working: no idle countdown
            qtbot.wait(200)
            ui.window.grabWindow().save(str(out / "looking_up-vi.png"))
            qtbot.waitUntil(lambda: _session(k).error == "backend_timeout", timeout=20_000)
            qtbot.waitUntil(lambda: not _shown(k, "prescriptionBusy"), timeout=5000)
            assert "không trả lời kịp" in k.text("prescriptionError")
            assert _shown(k, "prescriptionRetryButton") and _shown(k, "prescriptionBackButton")
            qtbot.wait(200)
            ui.window.grabWindow().save(str(out / "backend_timeout-vi.png"))
            assert list(ui.warnings) == []
    finally:
        silent.close()


def test_a_pass_that_cannot_be_signed_says_so_and_still_shows_the_medicines(rxk):
    k = rxk
    key = Path(k.c.cfg.prescription.pass_key_file)
    key.write_text("not a key")
    key.chmod(0o644)  # readable by others: the station refuses to sign with it
    _look_up(k, demo.ORDINARY)
    k.qtbot.waitUntil(lambda: _session(k).error == "pass_key", timeout=20_000)
    k.qtbot.wait(200)
    assert k.text("drugName0") == "Amlodipine 5 mg"
    assert not _shown(k, "prescriptionPass") and _shown(k, "prescriptionPassError")
    assert "thẻ căn cước" in k.text("prescriptionPassError")
    out = SHOTS / "pass_key"
    out.mkdir(parents=True, exist_ok=True)
    k.window.grabWindow().save(str(out / "result-pass_key-vi.png"))
    assert "pass key file" in k.log_file.read_text(encoding="utf-8")


def test_a_qr_shown_to_the_demo_camera_is_read(rxk):
    k = rxk
    open_prescription(k.c)
    k.qtbot.waitUntil(lambda: _shown(k, "demoShowCode") and _shown(k, "prescriptionCamera"), timeout=10_000)
    k.tap("demoShowCode")
    _wait_result(k, timeout_ms=30_000)
    assert _session(k).code == demo.ORDINARY
    assert k.text("drugName0").startswith("Amlodipine")


def test_the_idle_wipe_clears_the_prescription(rxk):
    from kiosk.viewmodels import prescription_vm

    k = rxk
    _look_up(k, demo.ORDINARY)
    k.qtbot.waitUntil(lambda: bool(_session(k).token), timeout=20_000)
    vm = prescription_vm._instance
    assert vm.property("lines") and vm.property("passImage")
    k.c.handle(ev.IdleExpired())  # what the idle guard sends when its countdown runs out
    k.wait_screen("welcome")
    assert k.c.machine.draft.service is None
    assert vm.property("lines") == [] and vm.property("passImage") == "" and vm.property("code") == ""
    assert vm._qr == "" and vm._qr_for == ""
    assert find_item(k.window, "prescriptionResultScreen") is None


# -- every page, in both languages, at both sizes -----------------------------------------------------
def _states(k):
    """(name, how to get there) for every look of the service's pages; each starts on the entry page."""
    def code(c):
        return lambda: k.c.handle(rx.CodeTyped(c))

    def fail(key):
        return lambda: k.c.handle(rx.ScanFailed(key))

    return [
        ("entry", lambda: None),
        ("entry-code_length", code("79001k00012-c")),
        ("entry-camera_busy", fail("camera_busy")),
        ("entry-several", code(SEVERAL)),
        ("entry-no_patient", code(NO_PATIENT)),
        ("result-match", code(demo.ORDINARY)),
        ("result-controlled", code(demo.CONTROLLED)),
        ("result-not_found", code(demo.SOMEONE_ELSE)),
        ("result-expired", code(demo.EXPIRED)),
        ("result-dispensed", code(demo.DISPENSED)),
    ]


def _settled(k, name: str) -> bool:
    s = _session(k)
    if s is None or s.busy:
        return False
    if name.startswith("result"):
        return s.screen == "result" and (name != "result-match" and name != "result-controlled" or bool(s.token))
    if name in ("entry-several", "entry-no_patient"):
        return s.error in ("several_prescriptions", "no_patient")
    return True


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_in_both_languages_and_sizes(rxk, language, size):
    from tests.ui.layout_check import problems

    k = rxk
    k.ui.show_sized(*size)
    if language == "en":
        _english(k)
    out = SHOTS / f"{language}-{size[0]}x{size[1]}"
    out.mkdir(parents=True, exist_ok=True)
    identified(k.c)
    k.qtbot.waitUntil(lambda: _shown(k, "service_prescription"), timeout=5000)
    k.qtbot.wait(100)
    k.window.grabWindow().save(str(out / "chooser.png"))
    failures: list[str] = []
    for large in (False, True) if size == (1280, 800) else (False,):
        for name, go in _states(k):
            k.c.handle(ev.Cancel())
            open_prescription(k.c)
            if large != k.ui.access.property("largeText"):  # A+ lasts one visit
                k.ui.access.toggleLargeText()
            go()
            k.qtbot.waitUntil(lambda: _settled(k, name), timeout=20_000)
            k.qtbot.waitUntil(lambda: _shown(k, "prescriptionResultScreen" if name.startswith("result")
                                             else "prescriptionEntryScreen"), timeout=5000)
            k.qtbot.wait(250)
            shot = f"{name}{'-large' if large else ''}"
            k.window.grabWindow().save(str(out / f"{shot}.png"))
            failures += [f"{shot}: {p}" for p in problems(k.window)]
    assert not failures, "\n".join(failures)


def test_every_wording_has_a_vietnamese_translation():
    import xml.etree.ElementTree as ET

    from kiosk import paths

    root = ET.parse(paths.TRANSLATIONS / "kiosk_vi.ts").getroot()
    mine = {"CodeKeypad", "PrescriptionEntryScreen", "PrescriptionResultScreen", "PrescriptionTile", "PrescriptionWords"}
    missing = [(c.findtext("name"), m.findtext("source")) for c in root.iter("context") if c.findtext("name") in mine
               for m in c.iter("message") if not "".join(m.find("translation").itertext()).strip()]
    seen = {c.findtext("name") for c in root.iter("context")}
    assert mine <= seen and not missing, missing
