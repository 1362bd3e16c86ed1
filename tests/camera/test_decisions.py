"""End to end through the real pipeline (real models, real photos, capture thread):
each situation a visitor can be in gives its own outcome."""
from __future__ import annotations

import threading

import cv2
import numpy as np

from drivers.camera.api import FaceDecision, Guidance
from drivers.camera.checker import CheckSettings
from drivers.camera.liveness import LivenessRules
from drivers.camera.sources import CameraSource, ImageListSource, VideoFileSource
from drivers.camera.synthetic import ActorSource, HeadModel
from tests.camera.conftest import run_check

QUICK = CheckSettings(liveness=False, timeout_s=10)


def scene(photo, name: str, **pose) -> np.ndarray:
    return HeadModel(*photo(name)).render(**pose)


def test_same_person_from_another_photo_matches_with_liveness(photo, card_photo):
    actor = ActorSource(HeadModel(*photo("obama_a")))
    # Generous limits: the machine running the suite may be busy; speed is benchmarked elsewhere.
    settings = CheckSettings(timeout_s=60, rules=LivenessRules(step_s=15))
    run = run_check(actor, card_photo("obama_c"), settings, follow=actor.follow)
    assert run.result.decision is FaceDecision.MATCH, run.result
    assert run.result.liveness == "passed"
    assert run.result.score >= 0.6
    # All three challenges were asked for, and nothing but the three.
    asked = {g for g in run.hints if g in ("turn_left", "turn_right", "come_closer")}
    assert asked == {"turn_left", "turn_right", "come_closer"}
    assert run.frames > 0


def test_third_photo_of_the_same_person_matches(photo, card_photo):
    run = run_check(ImageListSource([scene(photo, "obama_a")]), card_photo("obama_b"), QUICK)
    assert run.result.decision is FaceDecision.MATCH, run.result
    assert run.result.liveness == "not_run"


def test_different_people_do_not_match(photo, card_photo):
    for live, card in (("obama_a", "biden"), ("biden", "obama_c"), ("astronaut", "obama_b"), ("obama_a", "astronaut")):
        run = run_check(ImageListSource([scene(photo, live)]), card_photo(card), QUICK)
        assert run.result.decision is FaceDecision.NO_MATCH, (live, card, run.result)
        assert run.result.score < 0.35


def test_still_photo_held_to_the_camera_fails_liveness(photo, card_photo, tmp_path):
    # A video of one unchanging picture, as a printed photo held still would give.
    path = tmp_path / "still.avi"
    still = scene(photo, "obama_a")
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, (640, 480))
    for _ in range(150):
        writer.write(still)
    writer.release()
    settings = CheckSettings(timeout_s=15, rules=LivenessRules(step_s=1.5))
    run = run_check(VideoFileSource(path), card_photo("obama_c"), settings)
    assert run.result.decision is FaceDecision.LIVENESS_FAILED, run.result
    assert run.result.liveness == "failed"


def test_no_face(card_photo):
    empty = np.full((480, 640, 3), 140, np.uint8)
    cv2.rectangle(empty, (200, 150), (440, 330), (90, 60, 30), -1)
    run = run_check(ImageListSource([empty]), card_photo("obama_c"), CheckSettings(timeout_s=1.5))
    assert run.result.decision is FaceDecision.NO_FACE
    assert run.hints[-1] == Guidance.SEARCHING.value


def test_two_faces(photo, card_photo):
    left = scene(photo, "obama_a")[:, 160:480]
    right = scene(photo, "biden")[:, 160:480]
    both = np.hstack([left, right])
    run = run_check(ImageListSource([both]), card_photo("obama_c"), CheckSettings(timeout_s=1.5))
    assert run.result.decision is FaceDecision.MULTIPLE_FACES
    assert Guidance.ONE_PERSON.value in run.hints


def test_dark_frame(photo, card_photo):
    dark = scene(photo, "obama_a", brightness=0.15)
    run = run_check(ImageListSource([dark]), card_photo("obama_c"), CheckSettings(timeout_s=1.5))
    assert run.result.decision is FaceDecision.POOR_QUALITY
    assert Guidance.TOO_DARK.value in run.hints


def test_face_too_far_away_asks_to_move_closer(photo, card_photo):
    far = scene(photo, "obama_a", zoom=0.55)
    run = run_check(ImageListSource([far]), card_photo("obama_c"), CheckSettings(timeout_s=1.5))
    assert run.result.decision is FaceDecision.POOR_QUALITY
    assert Guidance.MOVE_CLOSER.value in run.hints


def test_cancel_stops_promptly(photo, card_photo):
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    run = run_check(ImageListSource([np.zeros((480, 640, 3), np.uint8)]), card_photo("obama_c"),
                    CheckSettings(timeout_s=30), cancel=cancel)
    assert run.result.decision is FaceDecision.CANCELLED


def test_missing_camera_is_a_camera_error(card_photo):
    run = run_check(CameraSource("/dev/no-such-camera", reconnect_s=0.2), card_photo("obama_c"),
                    CheckSettings(timeout_s=5))
    assert run.result.decision is FaceDecision.CAMERA_ERROR


def test_unusable_chip_photo_is_poor_quality_without_opening_the_camera(photo):
    ok, blank = cv2.imencode(".jpg", np.full((320, 240, 3), 200, np.uint8))
    run = run_check(ImageListSource([scene(photo, "obama_a")]), blank.tobytes(), QUICK)
    assert run.result.decision is FaceDecision.POOR_QUALITY
    assert run.frames == 0
