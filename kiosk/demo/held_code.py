"""Demo mode: the simulated visitor holds a printed prescription's QR code up to the camera.

A control (the demo button on the code-entry page, the tour, a test, the benchmark) calls
:meth:`HeldCode.hold_up`; for the next few seconds every camera frame shows a white slip
with the code's QR (segno), slightly tilted as a hand holds it. The frames then go through
the same capture thread and zxing-cpp reader as a real camera's.
"""
from __future__ import annotations

import threading
import time

import cv2
import numpy as np

from drivers.camera.sources import FrameSource

HOLD_S = 6.0  # long enough to be read on a loaded machine, short enough not to be read twice
TILT_DEG = 9.0  # a hand never holds a slip perfectly level


def qr_slip(text: str, module_px: int = 5) -> np.ndarray:
    """A white slip with the QR code of ``text`` (BGR)."""
    import segno

    rows = np.array(segno.make_qr(text, error="m").matrix, dtype=np.uint8)  # 1 = dark module
    quiet = 4
    modules = np.pad(rows, quiet, constant_values=0)
    img = np.where(modules == 1, 0, 255).astype(np.uint8)
    img = cv2.resize(img, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)
    return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)


class HeldCode:
    """What the visitor holds up now; thread-safe (the GUI thread holds up, the camera thread draws)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slip: np.ndarray | None = None
        self._until = 0.0
        self.first_shown: float | None = None  # monotonic time of the first frame showing it (benchmarks)

    def hold_up(self, text: str, seconds: float = HOLD_S) -> None:
        slip = qr_slip(text)
        with self._lock:
            self._slip, self._until, self.first_shown = slip, time.monotonic() + seconds, None

    def put_down(self) -> None:
        with self._lock:
            self._slip, self._until = None, 0.0

    def draw(self, frame: np.ndarray) -> np.ndarray:
        """The frame with the slip in front of the visitor, while it is held up."""
        with self._lock:
            slip = self._slip if time.monotonic() < self._until else None
            if slip is None:
                self._slip = None
                return frame
            if self.first_shown is None:
                self.first_shown = time.monotonic()
        h, w = frame.shape[:2]
        sh, sw = slip.shape[:2]
        # Centre of the picture, in front of the chest and chin, turned by TILT_DEG.
        m = cv2.getRotationMatrix2D((sw / 2, sh / 2), TILT_DEG, 1.0)
        m[0, 2] += w / 2 - sw / 2
        m[1, 2] += h * 0.55 - sh / 2
        warped = cv2.warpAffine(slip, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
        mask = cv2.warpAffine(np.full((sh, sw), 255, np.uint8), m, (w, h), flags=cv2.INTER_NEAREST)
        out = frame.copy()
        out[mask > 0] = warped[mask > 0]
        return out


class HoldingSource(FrameSource):
    """Any frame source, with what the visitor holds up drawn in front of it."""

    def __init__(self, inner: FrameSource, held: HeldCode) -> None:
        self._inner, self._held = inner, held

    def open(self) -> None:
        self._inner.open()

    def read(self) -> np.ndarray:
        return self._held.draw(self._inner.read())

    def close(self) -> None:
        self._inner.close()

    def interrupt(self) -> None:
        self._inner.interrupt()
