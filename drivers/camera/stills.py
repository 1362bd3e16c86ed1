"""Photos of any size and aspect brought to the 640x480 analysis frame the gates expect.

A camera frame is already 640x480. A photo (a 1434x2333 portrait scan, a phone
picture, a large chip photo) shrunk whole into that frame leaves the face too small
for the gates, and YuNet, trained on faces of about 10-300 px, misses or splits
faces much larger than that at native resolution. So: find the face on bounded
copies (big faces on the small one, small faces on the large one), then cut the
640x480 window around it at the scale that makes it about ``TARGET_FACE_PX`` wide.
The face is only ever shrunk: enlarging a small face would invent the detail the
size gate exists to demand.
"""
from __future__ import annotations

import cv2
import numpy as np

from drivers.camera.faces import Face, FaceEngine

FRAME_W, FRAME_H = 640, 480
# Between the gates' 150 and 330 px, about the face of a person 50 cm from the kiosk camera.
TARGET_FACE_PX = 200.0
# Longest side of the copies searched, in turn; a face found on one is not looked for on the next.
SEARCH_SIDES = (640, 1280, 2560)
# A face under this on a search copy has landmarks too coarse to place the window by.
MIN_SEARCH_FACE_PX = 40.0
PAD_GREY = (128, 128, 128)


def fits_frame(image: np.ndarray) -> bool:
    h, w = image.shape[:2]
    return w <= FRAME_W and h <= FRAME_H


def locate(engine: FaceEngine, image: np.ndarray) -> Face | None:
    """The largest face, in the image's own pixels, found on a bounded copy."""
    h, w = image.shape[:2]
    for side in SEARCH_SIDES:
        scale = min(1.0, side / max(h, w))
        small = image if scale == 1.0 else cv2.resize(
            image, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
        faces = engine.detect(small)
        if faces and faces[0].width >= MIN_SEARCH_FACE_PX:
            return _rescaled(faces[0], 1.0 / scale)
        if scale == 1.0:
            return _rescaled(faces[0], 1.0) if faces else None
    return None


def analysis_frame(engine: FaceEngine, image: np.ndarray) -> np.ndarray:
    """The 640x480 frame to analyse: the image itself if it already fits, else the
    window around its largest face, the face shrunk to about TARGET_FACE_PX (never
    enlarged). With no face anywhere, the whole image shrunk to fit (the gates then
    say "no face")."""
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if fits_frame(image):
        return image
    face = locate(engine, image)
    h, w = image.shape[:2]
    if face is None:
        scale = min(FRAME_W / w, FRAME_H / h)
        return cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    scale = min(1.0, TARGET_FACE_PX / face.width)
    if scale < 1.0:
        image = cv2.resize(image, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    h, w = image.shape[:2]
    cx, cy = face.center
    x0, y0 = int(round(cx * scale - FRAME_W / 2)), int(round(cy * scale - FRAME_H / 2))
    # A portrait's head often sits near an edge: pad with grey rather than move the face off-centre.
    frame = np.empty((FRAME_H, FRAME_W, 3), np.uint8)
    frame[:] = PAD_GREY
    sx0, sy0, sx1, sy1 = max(0, x0), max(0, y0), min(w, x0 + FRAME_W), min(h, y0 + FRAME_H)
    frame[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0] = image[sy0:sy1, sx0:sx1]
    return frame


def _rescaled(face: Face, factor: float) -> Face:
    if factor == 1.0:
        return face
    row = face.row.astype(np.float32).copy()
    row[:14] *= factor
    return Face(tuple(float(v) for v in row[:4]), row[4:14].reshape(5, 2).copy(), face.score, row)
