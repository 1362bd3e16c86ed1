"""Still photos of any size and aspect, as chip photo and as probe (drivers/camera/stills.py).

The photographs are the real public-domain ones in tests/fixtures/faces, made into
the shapes that broke the old pipeline: a 1434x2333 portrait scan with the face
upscaled to 300, 600 and 1200 px, and a 4000x3000 landscape with the face off-centre.
Genuine pairs (three photos of one person) must match and impostors (two other
people) must be rejected, whichever side is large; an image probe is decided at once.
"""
from __future__ import annotations

import json
import time

import cv2
import numpy as np
import pytest

from drivers.camera.api import FaceDecision
from drivers.camera.checker import CheckSettings, OpenCvFaceChecker
from kiosk.cli import main

from .conftest import MODELS

GENUINE = [("obama_a", "obama_b"), ("obama_a", "obama_c"), ("obama_b", "obama_c")]
IMPOSTOR = [("obama_a", "biden"), ("obama_b", "astronaut"), ("biden", "astronaut"), ("obama_c", "biden")]
# name -> (canvas width, height, face width in px, face centre as fractions of the canvas)
SHAPES = {
    "scan_face300": (1434, 2333, 300, (0.5, 0.38)),
    "scan_face600": (1434, 2333, 600, (0.5, 0.38)),
    "scan_face1200": (1434, 2333, 1200, (0.5, 0.45)),
    "landscape_face400": (4000, 3000, 400, (0.3, 0.4)),
}


def shaped(photo, name: str, shape: str) -> np.ndarray:
    """The fixture photo upscaled so its face is ``face`` px wide, on a plain canvas."""
    image, face = photo(name)
    width, height, face_px, (fx, fy) = SHAPES[shape]
    scale = face_px / face.width
    cx, cy = face.center
    m = np.float32([[scale, 0, fx * width - cx * scale], [0, scale, fy * height - cy * scale]])
    return cv2.warpAffine(image, m, (width, height), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=(226, 230, 233))


def jpeg(image: np.ndarray) -> bytes:
    return cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])[1].tobytes()


@pytest.fixture(scope="module")
def checker() -> OpenCvFaceChecker:
    return OpenCvFaceChecker(lambda: None, MODELS, CheckSettings(threshold=0.5, liveness=False))


@pytest.mark.parametrize("shape", SHAPES)
def test_large_probe_photos_match_the_chip_photo(checker, photo, card_photo, shape):
    for ref, probe in GENUINE:
        r = checker.verify_still(card_photo(ref), shaped(photo, probe, shape))
        assert r.decision is FaceDecision.MATCH, (ref, probe, r)
        assert r.liveness == "not_run"
    for ref, probe in IMPOSTOR:
        r = checker.verify_still(card_photo(ref), shaped(photo, probe, shape))
        assert r.decision is FaceDecision.NO_MATCH, (ref, probe, r)


@pytest.mark.parametrize("shape", ["scan_face600", "landscape_face400"])
def test_a_large_reference_photo_works_too(checker, photo, shape):
    for ref, probe in GENUINE:
        r = checker.verify_still(jpeg(shaped(photo, ref, shape)), shaped(photo, probe, "scan_face1200"))
        assert r.decision is FaceDecision.MATCH, (ref, probe, r)
    for ref, probe in IMPOSTOR:
        r = checker.verify_still(jpeg(shaped(photo, ref, shape)), photo(probe)[0])
        assert r.decision is FaceDecision.NO_MATCH, (ref, probe, r)


def test_a_photo_without_a_face_is_decided_at_once(checker, card_photo):
    blank = np.full((2333, 1434, 3), 200, np.uint8)
    r = checker.verify_still(card_photo("obama_a"), blank)
    assert r.decision is FaceDecision.NO_FACE and r.score is None


def test_cli_decides_a_still_probe_at_once(photo, card_photo, tmp_path, capsys):
    card = tmp_path / "card.jp2"
    card.write_bytes(card_photo("obama_a"))
    probe = tmp_path / "scan.jpg"
    probe.write_bytes(jpeg(shaped(photo, "obama_b", "scan_face300")))
    started = time.monotonic()
    code = main(["face", "verify", "--reference", str(card), "--probe", str(probe), "--timeout", "20", "--json"])
    elapsed = time.monotonic() - started
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["decision"] == "match", report
    assert elapsed < 10, "a still image must not wait for the timeout"
    assert report["liveness"] == "not_run" and "liveness does not apply to a still photo" in report["mode"]
    assert report["detection"]["photo_px"] == [1434, 2333]
    assert report["quality"] == {"ok": 1}
