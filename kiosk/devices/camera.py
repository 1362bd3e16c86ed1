"""Build the face checker. PLACEHOLDER until the face issue lands: synthetic frames
and a fixed decision behind the real interface."""
from __future__ import annotations

import threading
from typing import Callable

import cv2
import numpy as np

from drivers.camera.api import FaceChecker, FaceDecision, FaceProgress, FaceResult, Frame, Guidance
from kiosk.config import Config
from kiosk.demo.env import DemoEnv


class _SimulatedFace(FaceChecker):
    def __init__(self, demo: DemoEnv, threshold: float) -> None:
        self._demo = demo
        self._threshold = threshold

    def verify(self, reference_image: bytes, on_frame: Callable[[Frame], None],
               on_progress: Callable[[FaceProgress], None], cancel: threading.Event) -> FaceResult:
        steps = [Guidance.LOOK_AT_CAMERA, Guidance.TURN_LEFT, Guidance.TURN_RIGHT, Guidance.CHECKING]
        n = 45
        for i in range(n):
            frame = np.full((480, 640, 3), 60, np.uint8)
            cv2.ellipse(frame, (320 + int(30 * np.sin(i / 7)), 240), (110, 140), 0, 0, 360, (150, 180, 220), -1)
            on_frame(frame)
            on_progress(FaceProgress(steps[min(len(steps) - 1, i * len(steps) // n)], i / n))
            if cancel.wait(1 / 15 / self._demo.speed):
                return FaceResult(FaceDecision.CANCELLED, None, self._threshold, "not_run")
        return FaceResult(FaceDecision.MATCH, 0.72, self._threshold, "passed")


def make_face_checker(cfg: Config, demo: DemoEnv | None) -> FaceChecker:
    if demo is None:
        raise NotImplementedError("the camera pipeline arrives with the face issue")
    return _SimulatedFace(demo, cfg.face.threshold)
