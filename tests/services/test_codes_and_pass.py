"""A prescription QR decoded from camera frames (straight, tilted, small); the pick-up pass verifies,
and one flipped byte or an expired pass is refused, also by `kiosk pass verify`."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import cv2
import numpy as np
import pytest
import segno

from drivers.camera.codes import read_codes
from kiosk.services.prescription import pass_key, pickup_pass
from kiosk.services.prescription.code import find_in
from offline_store.api import IdentityAssurance

CODE = "79001k000123-c"


def _qr_png(text: str, scale: int) -> np.ndarray:
    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="png", scale=scale, border=4)
    return cv2.imdecode(np.frombuffer(buf.getvalue(), np.uint8), cv2.IMREAD_COLOR)


def _camera_frame(code_img: np.ndarray, angle: float, side: int) -> np.ndarray:
    """A 1280x720 noisy frame with the code held at ``angle`` degrees, ``side`` pixels wide."""
    rng = np.random.default_rng(7)
    frame = rng.integers(60, 140, (720, 1280, 3), dtype=np.uint8)
    img = cv2.resize(code_img, (side, side), interpolation=cv2.INTER_AREA)
    m = cv2.getRotationMatrix2D((side / 2, side / 2), angle, 1.0)
    rotated = cv2.warpAffine(img, m, (side, side), borderValue=(255, 255, 255))
    y, x = 200, 500
    frame[y:y + side, x:x + side] = rotated
    return cv2.GaussianBlur(frame, (3, 3), 0)


@pytest.mark.parametrize("angle,side", [(0, 300), (25, 300), (-40, 260), (0, 90), (15, 110)])
def test_prescription_qr_read_from_a_camera_frame(angle, side):
    frame = _camera_frame(_qr_png(CODE.upper(), 10), angle, side)
    codes = [find_in(t) for t in read_codes(frame)]
    assert [c.text for c in codes if c] == [CODE]


def test_frame_without_a_code():
    assert read_codes(np.full((480, 640, 3), 128, np.uint8)) == []


@pytest.fixture
def station(tmp_path):
    key = pass_key.load_private(tmp_path / "pass.key", create=True)
    assert oct((tmp_path / "pass.key").stat().st_mode & 0o777) == "0o600"
    cert = tmp_path / "station.pem"
    cert.write_bytes(pass_key.certificate(key, "DEMO-0001", datetime.now(timezone.utc)))
    return key, cert


def _token(key, now, valid_s=1800):
    a = IdentityAssurance("PACE-CAN", "genuine", "passed", "match", 0.71, 0.5, "passed")
    c = pickup_pass.claims(CODE, "079158001234", a, "DEMO-0001", now, valid_s, os.urandom(16),
                           pickup_pass.BloodPressure(142, 91, now.timestamp()))
    return pickup_pass.sign(c, pass_key.jwk_private(key), pass_key.key_id(key.public_key()))


def _verify_cli(token: str, cert) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", "pass", "verify", token, "--cert", str(cert)],
                          capture_output=True, text=True, timeout=120)


def test_pass_verifies_and_never_holds_the_id_number(station):
    key, cert = station
    now = datetime.now(timezone.utc)
    token = _token(key, now)
    assert "079158001234" not in token
    jwk, station_id = pass_key.jwk_from_certificate(cert.read_bytes())
    claims = pickup_pass.verify(token, jwk, now)
    assert claims["rx"] == CODE and claims["st"] == station_id == "DEMO-0001"
    assert claims["exp"] - claims["iat"] <= 1800 and claims["bp"][:2] == [142, 91]
    assert pickup_pass.matches_card(claims, "079158001234") and not pickup_pass.matches_card(claims, "079158001235")
    assert "079158001234" not in str(claims)
    out = _verify_cli(token, cert)
    assert out.returncode == 0, out.stderr
    assert "valid" in out.stdout and CODE in out.stdout


def test_flipped_byte_and_expired_pass_refused(station):
    key, cert = station
    now = datetime.now(timezone.utc)
    token = _token(key, now)
    jwk, _ = pass_key.jwk_from_certificate(cert.read_bytes())
    header, payload, sig = token.split(".")
    for part in ("payload", "sig"):
        raw = bytearray(token.encode())
        i = len(header) + 1 + len(payload) // 2 if part == "payload" else len(header) + len(payload) + 2 + len(sig) // 2
        raw[i] = ord("A") if raw[i] != ord("A") else ord("B")
        with pytest.raises(pickup_pass.PassRefused) as e:
            pickup_pass.verify(raw.decode(), jwk, now)
        assert e.value.reason in ("bad_signature", "bad_format")
        assert _verify_cli(raw.decode(), cert).returncode == 1
    with pytest.raises(pickup_pass.PassRefused) as e:
        pickup_pass.verify(token, jwk, now + timedelta(minutes=30, seconds=1))
    assert e.value.reason == "expired"
    old = _token(key, now - timedelta(minutes=31))
    out = _verify_cli(old, cert)
    assert out.returncode == 1 and "expired" in out.stdout + out.stderr
