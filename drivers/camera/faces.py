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


class FaceEngine:
    def __init__(self, files: ModelFiles) -> None:
        self._detector = create_detector(files)
        self._recognizer = create_recognizer(files)
        self._size: tuple[int, int] | None = None

    def detect(self, image: np.ndarray) -> list[Face]:
        h, w = image.shape[:2]
        if self._size != (w, h):
            self._detector.setInputSize((w, h))
            self._size = (w, h)
        _, rows = self._detector.detect(image)
        if rows is None:
            return []
        faces = [
            Face(tuple(float(v) for v in r[:4]), r[4:14].reshape(5, 2).copy(), float(r[14]), r.copy())
            for r in rows
        ]
        faces.sort(key=lambda f: f.width, reverse=True)
        return faces

    def embed(self, image: np.ndarray, face: Face) -> np.ndarray:
        aligned = self._recognizer.alignCrop(image, face.row)
        feature = self._recognizer.feature(aligned).flatten().astype(np.float32)
        aligned.fill(0)
        return feature / (np.linalg.norm(feature) or 1.0)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine similarity of two embeddings (both already unit length)."""
    return float(np.dot(a, b))
