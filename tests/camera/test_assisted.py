"""Issue 15, assisted visit: with "Someone is helping me" on, a helper's face beside the
citizen does not fail the one-person gate, and the face that is checked is the largest one,
so the helper can never be the one that matches. Real models, real fixture photos composed
into one 640x480 two-face frame."""
from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from drivers.camera.api import FaceDecision
from drivers.camera.checker import CheckSettings, OpenCvFaceChecker
from drivers.camera.sources import ImageListSource
from drivers.camera.synthetic import HeadModel
from tests.camera.conftest import MODELS

QUICK = CheckSettings(liveness=False, timeout_s=10)


def two_faces(photo, near: str, far: str) -> np.ndarray:
    """`near` sits in front of the camera (face about 160 px), `far` stands behind to the right (about 80 px)."""
    citizen = HeadModel(*photo(near)).render()[:, 120:520]
    helper = cv2.resize(HeadModel(*photo(far)).render()[:, 160:480], (160, 240), interpolation=cv2.INTER_AREA)
    side = np.full((480, 240, 3), 128, np.uint8)
    side[40:280, 40:200] = helper
    return np.ascontiguousarray(np.hstack([citizen, side]))


@pytest.fixture(scope="module")
def checker():
    return OpenCvFaceChecker(lambda: None, MODELS, QUICK)


def test_frame_really_holds_two_people(photo, card_photo, checker):
    frame = two_faces(photo, "obama_a", "biden")
    assert frame.shape == (480, 640, 3)
    # Without assisted mode the same frame fails the one-person gate.
    assert checker.verify_still(card_photo("obama_c"), frame).decision is FaceDecision.MULTIPLE_FACES


def test_citizen_in_front_with_a_helper_matches(photo, card_photo, checker):
    frame = two_faces(photo, "obama_a", "biden")
    r = checker.verify_still(card_photo("obama_c"), frame, assisted=True)
    assert r.decision is FaceDecision.MATCH, r


def test_helper_in_front_never_matches_the_citizen_behind(photo, card_photo, checker):
    # The citizen (Obama, the card) is the smaller face; the helper (Biden) is largest.
    frame = two_faces(photo, "biden", "obama_a")
    r = checker.verify_still(card_photo("obama_c"), frame, assisted=True)
    assert r.decision is not FaceDecision.MATCH, r
    assert r.decision is FaceDecision.NO_MATCH and r.score < 0.35  # the helper's face was the one checked


def _live(frame: np.ndarray, reference: bytes, assisted: bool):
    checker = OpenCvFaceChecker(lambda: ImageListSource([frame]), MODELS, QUICK)
    return checker.verify(reference, lambda f: None, lambda p: None, threading.Event(), assisted=assisted)


def test_live_check_through_verify(photo, card_photo):
    """The same through verify(), the capture thread and the analysis loop the kiosk runs."""
    assert _live(two_faces(photo, "obama_a", "biden"), card_photo("obama_c"), True).decision is FaceDecision.MATCH
    assert _live(two_faces(photo, "obama_a", "biden"), card_photo("obama_c"), False).decision \
        is FaceDecision.MULTIPLE_FACES
    wrong = _live(two_faces(photo, "biden", "obama_a"), card_photo("obama_c"), True)
    assert wrong.decision is FaceDecision.NO_MATCH, wrong
