"""A made-up face photo for virtual cards when no picture file is given.

Not a person: an oval on a plain background with a little noise, so the JPEG
has a realistic size (CCCD photos are 15-30 KB).
"""
from __future__ import annotations

import cv2
import numpy as np


def synthetic_photo(target_bytes: int = 20_000, seed: int = 0) -> bytes:
    """A 240x320 JPEG close to ``target_bytes`` (within a few percent)."""
    rng = np.random.default_rng(seed)
    img = np.full((320, 240, 3), (235, 225, 215), np.uint8)
    cv2.ellipse(img, (120, 150), (70, 95), 0, 0, 360, (150, 175, 205), -1)
    cv2.ellipse(img, (120, 300), (110, 60), 0, 180, 360, (90, 80, 70), -1)
    best = b""
    for amplitude in range(2, 120, 2):
        noisy = np.clip(img.astype(np.int16) + rng.integers(-amplitude, amplitude + 1, img.shape), 0, 255)
        ok, buf = cv2.imencode(".jpg", noisy.astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 85])
        best = buf.tobytes()
        if len(best) >= target_bytes:
            break
    return best
