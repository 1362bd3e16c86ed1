"""The live camera picture in QML, painted from frames published by any thread.

The analysis worker publishes already-scaled BGR frames to :data:`FRAMES`; the
``CameraPreview`` item only converts the newest one to a QImage and paints it,
so the UI thread never waits on the camera or the models.
"""
from __future__ import annotations

import threading

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtQml import QmlElement
from PySide6.QtQuick import QQuickPaintedItem

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


class FrameBus(QObject):
    """Latest-frame-wins mailbox between the camera thread and the painters."""

    frameReady = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._frame = None

    def publish(self, frame) -> None:
        with self._lock:
            self._frame = frame
        self.frameReady.emit()  # queued to the GUI thread's receivers

    def latest(self):
        with self._lock:
            return self._frame

    def clear(self) -> None:
        with self._lock:
            self._frame = None
        self.frameReady.emit()


FRAMES = FrameBus()


@QmlElement
class CameraPreview(QQuickPaintedItem):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # QtCore.Qt and QImage here: this module is imported before the first frame, and
        # PySide6 takes 15 ms to load the Qt namespace.
        self.setFillColor(QtCore.Qt.GlobalColor.black)
        FRAMES.frameReady.connect(self.update, QtCore.Qt.ConnectionType.QueuedConnection)

    def paint(self, painter: "QPainter") -> None:
        from PySide6.QtGui import QImage

        frame = FRAMES.latest()
        if frame is None:
            return
        h, w = frame.shape[:2]
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
        # Fit inside the item, keeping the aspect ratio, mirrored like a mirror.
        scale = min(self.width() / w, self.height() / h)
        tw, th = w * scale, h * scale
        target = QRectF((self.width() - tw) / 2, (self.height() - th) / 2, tw, th)
        painter.save()
        painter.translate(self.width(), 0)
        painter.scale(-1, 1)
        painter.drawImage(target, image)
        painter.restore()
