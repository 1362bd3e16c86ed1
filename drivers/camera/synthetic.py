"""A simulated person in front of the camera, made from one still photo.

For demo mode and tests only. The photo is placed in a 640x480 scene and moved
with a rough 2.5-D head model: the head is a paraboloid with a bump at the nose,
so a "turn" shifts the nose more than the eyes and mouth (parallax), as a real
head does and a flat picture cannot. ``ActorSource`` follows the face check's
guidance (turn left, turn right, come closer) like a cooperative visitor.
"""
from __future__ import annotations

import math
import threading
from typing import Callable

import cv2
import numpy as np

from drivers.camera.api import FaceProgress, Guidance
from drivers.camera.faces import Face
from drivers.camera.sources import PacedSource

SCENE = (640, 480)


class HeadModel:
    """Renders the scene for a pose: yaw in degrees (+ = the subject's left), zoom, shift."""

    def __init__(self, photo: np.ndarray, face: Face, face_px: float = 180.0,
                 center: tuple[float, float] = (320.0, 230.0)) -> None:
        fx, fy = face.center
        s = face_px / face.width
        place = np.float32([[s, 0, center[0] - s * fx], [0, s, center[1] - s * fy]])
        self.base = cv2.warpAffine(photo, place, SCENE, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
        self.center = center
        w, h = face.width * s, face.box[3] * s
        nose = face.landmarks[2] * s + place[:, 2]
        xs, ys = np.meshgrid(np.arange(SCENE[0], dtype=np.float32), np.arange(SCENE[1], dtype=np.float32))
        self._xs, self._ys = xs, ys
        # Head: an ellipse a bit wider and taller than the detector's box.
        a, b = 0.62 * w, 0.72 * h
        r2 = ((xs - center[0]) / a) ** 2 + ((ys - center[1]) / b) ** 2
        inside = np.clip(1.0 - r2, 0.0, 1.0)
        nose_bump = np.exp(-(((xs - nose[0]) ** 2 + (ys - nose[1]) ** 2) / (2 * (0.2 * w) ** 2)))
        # Gentle slopes (< 1 px per px at the largest turn) so the warp never folds over.
        self._depth = (0.35 * w * inside + 0.3 * w * nose_bump).astype(np.float32)
        self._mask = inside.astype(np.float32)

    def render(self, yaw_deg: float = 0.0, zoom: float = 1.0, shift: tuple[float, float] = (0.0, 0.0),
               brightness: float = 1.0) -> np.ndarray:
        t = math.radians(yaw_deg)
        shift_x = self._depth * math.sin(t) + (self._xs - self.center[0]) * (math.cos(t) - 1) * self._mask
        # Backward mapping: find where each output pixel came from (a few fixed-point steps).
        src_x = self._xs - shift_x
        for _ in range(2):
            src_x = self._xs - cv2.remap(shift_x, src_x, self._ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        frame = cv2.remap(self.base, src_x, self._ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        if zoom != 1.0 or shift != (0.0, 0.0):
            cx, cy = self.center
            m = np.float32([[zoom, 0, cx - zoom * cx + shift[0]], [0, zoom, cy - zoom * cy + shift[1]]])
            frame = cv2.warpAffine(frame, m, SCENE, borderMode=cv2.BORDER_REPLICATE)
        if brightness != 1.0:
            frame = cv2.convertScaleAbs(frame, alpha=brightness)
        return frame


def _out_and_back(p: float) -> float:
    """0 -> 1 -> 0 over p in 0..1, holding the far pose for the middle third."""
    return min(1.0, 1.6 * math.sin(math.pi * min(max(p, 0.0), 1.0)))


# Each motion: (seconds, progress 0..1 -> (yaw degrees, zoom)).
MOTIONS = {
    Guidance.TURN_LEFT: (1.8, lambda p: (38.0 * _out_and_back(p), 1.0)),
    Guidance.TURN_RIGHT: (1.8, lambda p: (-38.0 * _out_and_back(p), 1.0)),
    Guidance.COME_CLOSER: (1.8, lambda p: (0.0, 1.0 + 0.4 * _out_and_back(p))),
}


class ActorSource(PacedSource):
    """A cooperative visitor: stands still, and performs each challenge it is told.

    Tell it through :meth:`follow` (wraps an ``on_progress`` callback). Frames
    come at ``fps``; ``speed`` makes the motions quicker, as demo.speed does.
    """

    def __init__(self, head: HeadModel, fps: float = 30.0, speed: float = 1.0) -> None:
        super().__init__(fps)
        self._head, self._speed = head, speed
        self._lock = threading.Lock()
        self._wanted: Guidance | None = None  # the latest instruction heard
        self._motion: Guidance | None = None  # the one being performed
        self._done: Guidance | None = None  # performed already; wait for the next instruction
        self._started = 0.0
        self._t = 0.0  # the actor's own clock, scaled by speed

    def open(self) -> None:
        pass

    def hear(self, guidance: Guidance) -> None:
        with self._lock:
            self._wanted = guidance

    def follow(self, on_progress: Callable[[FaceProgress], None]) -> Callable[[FaceProgress], None]:
        """Wrap a progress callback so the actor also hears each instruction."""
        def relay(progress: FaceProgress) -> None:
            self.hear(progress.guidance)
            on_progress(progress)
        return relay

    def _pose(self) -> tuple[float, float]:
        with self._lock:
            if self._motion is None and self._wanted in MOTIONS and self._wanted != self._done:
                self._motion, self._started = self._wanted, self._t
            if self._motion is None:
                return 0.0, 1.0
            seconds, curve = MOTIONS[self._motion]
            p = (self._t - self._started) / seconds
            if p >= 1.0:
                self._done, self._motion = self._motion, None
                return 0.0, 1.0
            return curve(p)

    def read(self) -> np.ndarray:
        self._wait_turn()
        self._t += self._period * self._speed
        yaw, zoom = self._pose()
        # A living person is never perfectly still: a slow, small sway.
        sway = (2.0 * math.sin(self._t * 1.3), 1.5 * math.sin(self._t * 0.9))
        return self._head.render(yaw + 1.5 * math.sin(self._t * 0.7), zoom, sway)


def card_portrait(photo: np.ndarray, face: Face, size: tuple[int, int] = (240, 320)) -> np.ndarray:
    """An ICAO-style crop like a chip photo: face about 55 % of the width, eyes a
    little above the middle."""
    w, h = size
    s = 0.55 * w / face.width
    eyes = face.landmarks[:2].mean(axis=0)
    m = np.float32([[s, 0, w / 2 - s * eyes[0]], [0, s, 0.45 * h - s * eyes[1]]])
    return cv2.warpAffine(photo, m, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)


def encode_jp2(image: np.ndarray, ratio_x1000: int = 60) -> bytes:
    """JPEG2000 (JP2 box format) as chips store DG2 portraits; 60 gives about 14 KB at 240x320."""
    ok, data = cv2.imencode(".jp2", image, [cv2.IMWRITE_JPEG2000_COMPRESSION_X1000, ratio_x1000])
    if not ok:
        raise ValueError("JPEG2000 encoding failed")
    return data.tobytes()
