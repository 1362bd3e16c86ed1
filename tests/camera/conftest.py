"""Shared pieces of the face-check tests: the real models, real public-domain faces
(tests/fixtures/faces/PROVENANCE.md) and a helper that runs one whole check."""
from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.camera.api import FaceProgress, FaceResult
from drivers.camera.checker import CheckSettings, OpenCvFaceChecker
from drivers.camera.faces import Face, FaceEngine
from drivers.camera.models import checked_model_files
from drivers.camera.sources import FrameSource
from drivers.camera.synthetic import card_portrait, encode_jp2

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "assets" / "models"
FACES = ROOT / "tests" / "fixtures" / "faces"


@pytest.fixture(scope="session")
def engine() -> FaceEngine:
    return FaceEngine(checked_model_files(MODELS))


@pytest.fixture(scope="session")
def photo():
    """Load a fixture photo and its largest face: photo("obama_a") -> (image, face)."""
    cache: dict[str, tuple[np.ndarray, Face]] = {}
    engine = FaceEngine(checked_model_files(MODELS))

    def load(name: str) -> tuple[np.ndarray, Face]:
        if name not in cache:
            image = cv2.imread(str(FACES / f"{name}.jpg"))
            assert image is not None, name
            cache[name] = (image, engine.detect(image)[0])
        image, face = cache[name]
        return image.copy(), face

    return load


@pytest.fixture(scope="session")
def card_photo(photo):
    """The chip photo of a fixture person: a 240x320 ICAO-style crop as JPEG2000."""
    def make(name: str) -> bytes:
        return encode_jp2(card_portrait(*photo(name)))
    return make


class Run:
    def __init__(self, result: FaceResult, progress: list[FaceProgress], frames: int) -> None:
        self.result, self.progress, self.frames = result, progress, frames

    @property
    def hints(self) -> list[str]:
        return [p.guidance.value for p in self.progress]


def run_check(source: FrameSource, reference: bytes, settings: CheckSettings, follow=None,
              cancel: threading.Event | None = None, on_frame=None) -> Run:
    checker = OpenCvFaceChecker(lambda: source, MODELS, settings)
    progress: list[FaceProgress] = []
    frames = [0]

    def counted(frame) -> None:
        frames[0] += 1
        if on_frame is not None:
            on_frame(frame)

    on_progress = progress.append if follow is None else follow(progress.append)
    result = checker.verify(reference, counted, on_progress, cancel or threading.Event())
    return Run(result, progress, frames[0])
