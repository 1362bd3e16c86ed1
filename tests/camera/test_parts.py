"""The pipeline's parts on their own: model integrity, chip-photo decoding, liveness geometry."""
from __future__ import annotations

import io
import shutil

import cv2
import numpy as np
import pytest
from PIL import Image

from drivers.camera.api import Guidance
from drivers.camera.faces import cosine
from drivers.camera.liveness import Liveness, LivenessRules, State, parallax
from drivers.camera.models import DETECTOR_FILE, RECOGNIZER_FILE, ModelError, checked_model_files
from drivers.camera.reference import ReferenceError, decode_reference, reference_embedding
from drivers.camera.synthetic import HeadModel, card_portrait
from tests.camera.conftest import MODELS


def test_models_load_only_when_their_digest_matches(tmp_path):
    for name in (DETECTOR_FILE, RECOGNIZER_FILE):
        shutil.copy(MODELS / name, tmp_path / name)
    assert checked_model_files(tmp_path).detector.name == DETECTOR_FILE
    data = bytearray((tmp_path / DETECTOR_FILE).read_bytes())
    data[1000] ^= 0xFF
    (tmp_path / DETECTOR_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="altered"):
        checked_model_files(tmp_path)
    shutil.copy(MODELS / DETECTOR_FILE, tmp_path / DETECTOR_FILE)
    (tmp_path / RECOGNIZER_FILE).unlink()
    with pytest.raises(ModelError, match="missing"):
        checked_model_files(tmp_path)


def _encodings(portrait: np.ndarray) -> dict[str, bytes]:
    jp2 = cv2.imencode(".jp2", portrait, [cv2.IMWRITE_JPEG2000_COMPRESSION_X1000, 60])[1].tobytes()
    raw = io.BytesIO()  # a bare codestream (no JP2 boxes); OpenCV cannot write one, Pillow can
    Image.fromarray(cv2.cvtColor(portrait, cv2.COLOR_BGR2RGB)).save(raw, "JPEG2000", no_jp2=True,
                                                                    quality_mode="rates", quality_layers=[20])
    j2k = raw.getvalue()
    assert j2k[:4] == b"\xff\x4f\xff\x51"
    jpg = cv2.imencode(".jpg", portrait, [cv2.IMWRITE_JPEG_QUALITY, 80])[1].tobytes()
    # A facial record header in front of the image, as DG2 wraps it (content irrelevant here).
    record = b"\x75\x82\x01\x00\x7f\x61" + b"FAC\x00010\x00" + bytes(40) + jp2
    return {"jp2": jp2, "j2k": j2k, "jpeg": jpg, "dg2-record": record}


def test_chip_photo_decodes_from_every_encoding_to_the_same_identity(engine, photo):
    portrait = card_portrait(*photo("obama_c"))
    embeddings = {}
    for kind, data in _encodings(portrait).items():
        assert decode_reference(data).shape == (320, 240, 3), kind
        embeddings[kind] = reference_embedding(engine, data)
    for kind, e in embeddings.items():
        assert cosine(e, embeddings["jp2"]) > 0.9, kind


def test_chip_photo_without_an_image_is_refused(engine):
    with pytest.raises(ReferenceError):
        decode_reference(b"\x75\x10not an image at all")
    with pytest.raises(ReferenceError):
        decode_reference(b"\xff\xd8\xff\xe0 truncated jpeg")


def _turned(engine, head: HeadModel, **pose):
    # Liveness runs on the tracking detections, as in the check.
    faces = engine.detect_tracking(head.render(**pose))
    assert faces
    return faces[0]


def _tilted_flat(frame: np.ndarray, degrees: float) -> np.ndarray:
    """The whole picture rotated about a vertical axis: what a tilted photo or phone shows."""
    h, w = frame.shape[:2]
    k = np.array([[600.0, 0, w / 2], [0, 600.0, h / 2], [0, 0, 1]])
    r = cv2.Rodrigues(np.array([0.0, np.radians(degrees), 0.0]))[0]
    return cv2.warpPerspective(frame, k @ r @ np.linalg.inv(k), (w, h), borderMode=cv2.BORDER_REPLICATE)


def test_a_turning_head_shows_parallax_and_a_tilted_picture_does_not(engine, photo):
    head = HeadModel(*photo("obama_a"))
    front = _turned(engine, head)
    for yaw in (-38, 38):
        assert parallax(front, _turned(engine, head, yaw_deg=yaw)) >= LivenessRules().min_parallax
    flat = engine.detect_tracking(_tilted_flat(head.render(), 15))[0]
    assert parallax(front, flat) < LivenessRules().min_parallax


def test_a_flat_picture_moved_about_never_completes_a_turn(engine, photo):
    head = HeadModel(*photo("obama_a"))
    still = head.render()
    moves = [_tilted_flat(still, d) for d in (-15, -10, -5, 5, 10, 15)]
    moves += [cv2.warpAffine(still, cv2.getRotationMatrix2D((320, 240), angle, zoom), (640, 480),
                             borderMode=cv2.BORDER_REPLICATE)
              for angle in (-8, -4, 4, 8) for zoom in (0.9, 1.1, 1.2)]
    start = _turned(engine, head)
    for i, frame in enumerate(moves):
        faces = engine.detect_tracking(frame)
        for challenge in (Guidance.TURN_LEFT, Guidance.TURN_RIGHT):
            # Each pose held for a while, reached smoothly (no track jump).
            live = Liveness([challenge], start, 0.0, LivenessRules(step_s=100, max_jump=5, max_resize=2))
            for t in (0.1, 0.2, 0.3):
                live.feed(faces[0], t)
            assert live.state is State.RUNNING and live.step == 0, (i, challenge)


def test_tracking_detection_agrees_with_full_resolution(engine, photo):
    frame = HeadModel(*photo("obama_a")).render(yaw_deg=10)
    full, tracked = engine.detect(frame)[0], engine.detect_tracking(frame)[0]
    assert np.abs(full.landmarks - tracked.landmarks).max() < 0.1 * full.eye_distance
    assert abs(full.width - tracked.width) < 0.1 * full.width


def test_liveness_follows_the_order_and_fails_on_a_swapped_face(engine, photo):
    head = HeadModel(*photo("obama_a"))
    front = _turned(engine, head)
    order = [Guidance.TURN_LEFT, Guidance.COME_CLOSER]
    live = Liveness(order, front, 0.0)
    assert live.guidance is Guidance.TURN_LEFT
    live.feed(_turned(engine, head, zoom=1.3), 0.1)  # the wrong challenge does not count
    assert live.step == 0
    for t, yaw in ((0.2, 15), (0.3, 30), (0.4, 38), (0.45, 38)):
        live.feed(_turned(engine, head, yaw_deg=yaw), t)
    assert live.guidance is Guidance.COME_CLOSER
    for t, yaw in ((0.46, 25), (0.47, 10), (0.48, 0)):  # back to the front, smoothly
        live.feed(_turned(engine, head, yaw_deg=yaw), t)
    for t, zoom in ((0.5, 1.1), (0.6, 1.25), (0.7, 1.4), (0.75, 1.4)):
        live.feed(_turned(engine, head, zoom=zoom), t)
    assert live.state is State.PASSED, live.reason

    jump = Liveness(order, front, 0.0)
    jump.feed(_turned(engine, head, shift=(200.0, 0.0)), 0.1)  # another face somewhere else
    assert jump.state is State.FAILED and "track" in jump.reason

    lost = Liveness(order, front, 0.0)
    lost.feed(None, 0.5)
    assert lost.state is State.RUNNING
    lost.feed(None, 1.6)
    assert lost.state is State.FAILED and "lost" in lost.reason


def test_quality_gates_name_the_first_problem(engine, photo):
    from drivers.camera.quality import Issue, assess

    head = HeadModel(*photo("obama_a"))

    def issue(frame):
        return assess(frame, engine.detect_tracking(frame))

    good = head.render()
    assert issue(good) is Issue.OK
    assert issue(cv2.GaussianBlur(good, (0, 0), 6)) is Issue.BLUR
    assert issue(head.render(brightness=0.2)) is Issue.DARK
    assert issue(head.render(zoom=0.6)) is Issue.SMALL
    assert issue(head.render(zoom=2.0)) is Issue.LARGE
    assert issue(cv2.warpAffine(good, cv2.getRotationMatrix2D((320, 230), 25, 1.0), (640, 480))) is Issue.POSE
    assert issue(np.full((480, 640, 3), 10, np.uint8)) is Issue.DARK
    assert issue(np.full((480, 640, 3), 128, np.uint8)) is Issue.NO_FACE
