"""Face detection (YuNet) and embeddings (SFace) behind one small object.

A :class:`FaceEngine` is not thread-safe (OpenCV's model objects keep state);
each analysis thread owns one. Embeddings stay in memory only.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from drivers.camera.models import ModelFiles, create_detector, create_recognizer


@dataclass(frozen=True)
class Face:
    """One detection in frame pixels. Landmarks: the subject's right eye, left eye,
    nose tip, right and left mouth corners (YuNet's order)."""

    box: tuple[float, float, float, float]  # x, y, w, h
    landmarks: np.ndarray  # shape (5, 2), float32
    score: float
    row: np.ndarray  # the raw 15-value YuNet row that SFace's alignCrop expects

    @property
    def width(self) -> float:
        return self.box[2]

    @property
    def center(self) -> tuple[float, float]:
        x, y, w, h = self.box
        return x + w / 2, y + h / 2

    @property
    def eye_distance(self) -> float:
        (rx, ry), (lx, ly) = self.landmarks[0], self.landmarks[1]
        return math.hypot(lx - rx, ly - ry)

    @property
    def roll_deg(self) -> float:
        (rx, ry), (lx, ly) = self.landmarks[0], self.landmarks[1]
        return math.degrees(math.atan2(ly - ry, lx - rx))

    @property
    def yaw_ratio(self) -> float:
        """Nose offset from the eye midpoint along the eye line, in eye distances.
        About 0 when frontal; positive when the nose moves towards the image's +x
        (the subject turning to their own left, as the raw camera sees it)."""
        eyes = self.landmarks[:2]
        mid = eyes.mean(axis=0)
        axis = eyes[1] - eyes[0]
        iod = float(np.hypot(*axis)) or 1.0
        return float(np.dot(self.landmarks[2] - mid, axis / iod) / iod)


def _face(row: np.ndarray, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> Face:
    """A Face from a YuNet row, mapped back by ``scale`` and offset (for resized crops)."""
    r = row.astype(np.float32).copy()
    r[:14] *= scale
    r[[0, 4, 6, 8, 10, 12]] += dx  # box x and landmark x (r[2:4] is the box size)
    r[[1, 5, 7, 9, 11, 13]] += dy
    return Face(tuple(float(v) for v in r[:4]), r[4:14].reshape(5, 2).copy(), float(r[14]), r)


class _Detector:
    def __init__(self, files: ModelFiles) -> None:
        self._net = create_detector(files)
        self._size: tuple[int, int] | None = None

    def __call__(self, image: np.ndarray) -> list[np.ndarray]:
        h, w = image.shape[:2]
        if self._size != (w, h):
            self._net.setInputSize((w, h))
            self._size = (w, h)
        _, rows = self._net.detect(image)
        return [] if rows is None else list(rows)


class FaceEngine:
    # Tracking: the whole frame at half size finds everybody; the main face is then
    # re-detected on a crop scaled so that it is about this wide. Landmarks from the
    # half-size frame alone jitter too much for the liveness geometry (docs/face.md).
    TRACK_FACE_PX = 130.0
    TRACK_MARGIN = 0.35  # of the face width, around the box

    def __init__(self, files: ModelFiles) -> None:
        self._full = _Detector(files)
        self._half = _Detector(files)
        self._crop = _Detector(files)
        self._recognizer = create_recognizer(files)

    def detect(self, image: np.ndarray) -> list[Face]:
        """Every face at full resolution, largest first (chip photo, frames to embed)."""
        faces = [_face(r) for r in self._full(image)]
        faces.sort(key=lambda f: f.width, reverse=True)
        return faces

    def detect_tracking(self, frame: np.ndarray) -> list[Face]:
        """Every face, largest first, at about a third of the cost of :meth:`detect`
        on a 640x480 frame; the largest face's landmarks are as steady as at full size."""
        h, w = frame.shape[:2]
        small = cv2.resize(frame, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        faces = [_face(r, w / (w // 2)) for r in self._half(small)]
        if not faces:
            return []
        faces.sort(key=lambda f: f.width, reverse=True)
        x, y, fw, fh = faces[0].box
        margin = self.TRACK_MARGIN * fw
        x0, y0 = max(0, int(x - margin)), max(0, int(y - margin))
        x1, y1 = min(w, int(x + fw + margin)), min(h, int(y + fh + margin))
        if x1 - x0 < 16 or y1 - y0 < 16:
            return faces
        scale = min(1.0, self.TRACK_FACE_PX / max(fw, 1.0))
        crop = frame[y0:y1, x0:x1]
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1.0 \
            else np.ascontiguousarray(crop)
        rows = self._crop(crop)
        if not rows:
            return faces
        main = max(rows, key=lambda r: r[2])
        return [_face(main, 1.0 / scale, x0, y0)] + faces[1:]

    def embed(self, image: np.ndarray, face: Face) -> np.ndarray:
        aligned = self._recognizer.alignCrop(image, face.row)
        feature = self._recognizer.feature(aligned).flatten().astype(np.float32)
        aligned.fill(0)
        return feature / (np.linalg.norm(feature) or 1.0)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine similarity of two embeddings (both already unit length)."""
    return float(np.dot(a, b))
