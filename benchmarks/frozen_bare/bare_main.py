"""The floor for the frozen kiosk's start: a bare QML window, frozen the same way.

It sends READY=1 through kiosk/sdnotify.py at its first frame, as the kiosk does at the
first frame of its welcome screen (kiosk/watchdog.py), so benchmarks/packaging.py --start
times both the same way. Built by that script with frozen_bare.spec.
"""
import sys

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

from kiosk import sdnotify

QML = b"""
import QtQuick
Window { width: 1920; height: 1080; visible: true
    Rectangle { anchors.fill: parent; color: "#FFFFFF"
        Text { anchors.centerIn: parent; text: "Xin chao"; font.pixelSize: 56 } }
}
"""

app = QGuiApplication(sys.argv)
engine = QQmlApplicationEngine()
engine.loadData(QByteArray(QML), QUrl("bare.qml"))
window = engine.rootObjects()[0]


def first_frame() -> None:
    window.frameSwapped.disconnect(first_frame)
    sdnotify.notify("READY=1")


window.frameSwapped.connect(first_frame)
sys.exit(app.exec())
