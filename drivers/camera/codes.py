"""QR codes and barcodes in a camera frame (zxing-cpp). No I/O: a frame in, the texts out."""
from __future__ import annotations

import numpy as np
import zxingcpp

_FORMATS = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.DataMatrix)


def read_codes(frame: np.ndarray) -> list[str]:
    """Texts of the codes in a BGR or grey frame; tilted and small codes included (zxing-cpp tries
    rotations and inverted images itself)."""
    grey = frame if frame.ndim == 2 else frame[:, :, 1]  # green carries most of the luminance
    return [r.text for r in zxingcpp.read_barcodes(np.ascontiguousarray(grey), formats=_FORMATS, try_rotate=True)
            if r.valid and r.text]
