"""Frame sources (a real VideoCapture that drops and comes back) and what a check leaves behind."""
from __future__ import annotations

import dataclasses
import logging
import os
import re

import cv2
import numpy as np
import pytest

from drivers.camera.api import FaceResult
from drivers.camera.checker import CheckSettings
from drivers.camera.sources import CameraError, CameraSource, ImageListSource, LatestFrame, fit_to_preview
from drivers.camera.synthetic import HeadModel
from tests.camera.conftest import run_check


def _write_clip(path, frames: int = 5) -> None:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 30, (320, 240))
    for i in range(frames):
        writer.write(np.full((240, 320, 3), 40 * i, np.uint8))
    writer.release()


def test_camera_source_reconnects_when_the_stream_drops(tmp_path):
    # cv2.VideoCapture on a file behaves like a camera whose stream ends: the
    # source must reopen it and carry on, and give up once it is really gone.
    clip = tmp_path / "camera.avi"
    _write_clip(clip)
    source = CameraSource(str(clip), reconnect_s=2.0)
    source.open()
    frames = [source.read() for _ in range(12)]  # more than the clip holds: at least one reconnect
    assert all(f.shape == (240, 320, 3) for f in frames)
    clip.unlink()
    with pytest.raises(CameraError):
        for _ in range(12):
            source.read()
    source.close()


def test_large_frames_are_scaled_to_fit_640x480_and_grey_becomes_bgr():
    assert fit_to_preview(np.zeros((1080, 1920, 3), np.uint8)).shape == (360, 640, 3)
    assert fit_to_preview(np.zeros((240, 320), np.uint8)).shape == (240, 320, 3)


def test_mailbox_keeps_only_the_newest_frame():
    box = LatestFrame()
    for i in range(5):
        box.put(np.full((2, 2, 3), i, np.uint8), float(i))
    frame, stamp = box.take(timeout=0.1)
    assert stamp == 4.0 and frame[0, 0, 0] == 4 and box.dropped == 4
    assert box.take(timeout=0.05) is None


def test_a_check_leaves_only_decision_score_and_liveness(photo, card_photo, tmp_path, caplog, monkeypatch):
    monkeypatch.chdir(tmp_path)
    caplog.set_level(logging.DEBUG)
    before = set(os.listdir(tmp_path))
    run = run_check(ImageListSource([HeadModel(*photo("obama_a")).render()]), card_photo("obama_c"),
                    CheckSettings(liveness=False, timeout_s=10))
    assert set(os.listdir(tmp_path)) == before, "the check wrote a file"
    fields = {f.name for f in dataclasses.fields(FaceResult)}
    assert fields == {"decision", "score", "threshold", "liveness", "timings_ms", "frames"}
    assert all(isinstance(v, float) for v in run.result.timings_ms.values())
    assert all(isinstance(v, int) for v in run.result.frames.values())
    for record in caplog.records:
        message = record.getMessage()
        # No arrays (embeddings, landmarks, pixels) in any log line.
        assert not re.search(r"(-?\d+\.\d+[,\s]+){8,}", message), message
        assert "array" not in message
