"""The chip photo (DG2): find the image inside the record, decode it, embed its face.

DG2 holds an ISO/IEC 19794-5 (or 39794-5) record with a JPEG or JPEG2000 image
inside. We locate the image by its signature rather than parse every header
field, because only the picture matters here and card vendors vary the headers.
"""
from __future__ import annotations

import logging

import cv2
import numpy as np

from drivers.camera.faces import Face, FaceEngine
from drivers.camera.stills import analysis_frame

log = logging.getLogger("drivers.camera.reference")

# JPEG SOI+marker, JP2 signature box, raw JPEG2000 codestream (SOC + SIZ).
SIGNATURES = (b"\xff\xd8\xff", b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")


class ReferenceError(ValueError):
    """The chip photo cannot be used; the message names the reason, never the content."""

    key = "face_reference_unusable"


def image_bytes(record: bytes) -> bytes:
    """The embedded image: from the first image signature to the end of the record."""
    found = [i for i in (record.find(sig) for sig in SIGNATURES) if i >= 0]
    if not found:
        raise ReferenceError("no JPEG or JPEG2000 image in the photo record")
    return record[min(found):]


def decode_reference(record: bytes) -> np.ndarray:
    data = np.frombuffer(image_bytes(record), np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    if image is None:
        raise ReferenceError("photo record does not decode")
    return image


def find_reference_face(engine: FaceEngine, image: np.ndarray) -> tuple[np.ndarray, Face]:
    """The largest face of the card photo, and the image it was found in.

    ICAO crops put the head close to the edges, where detectors are weakest, so
    a second try adds a plain border around the photo.
    """
    faces = engine.detect(image)
    if not faces:
        h, w = image.shape[:2]
        pad = max(h, w) // 4
        image = cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(128, 128, 128))
        faces = engine.detect(image)
    if not faces:
        raise ReferenceError("no face found in the photo")
    return image, faces[0]


def reference_embedding(engine: FaceEngine, record: bytes) -> np.ndarray:
    decoded = decode_reference(record)
    framed = searched = decoded
    try:
        # A chip photo (about 240x320) is used as it is; a larger portrait, a scan say, is
        # framed around its face first, or its face would be split or missed (stills.py).
        framed = analysis_frame(engine, decoded)
        searched, face = find_reference_face(engine, framed)
        return engine.embed(searched, face)
    finally:
        # The portrait is personal data: zero it (and its framed and padded copies), do not leave it to the allocator.
        decoded.fill(0)
        framed.fill(0)
        searched.fill(0)
