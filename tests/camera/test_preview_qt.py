"""The QML preview keeps painting while a real face check runs in its worker thread.

Real Qt window (offscreen), real pipeline (models, capture thread, simulated
visitor). Only gross stalls fail here; the speed goal is in benchmarks/face_ui.py.
"""
from __future__ import annotations

import threading
import time

from PySide6.QtQml import QQmlApplicationEngine

from drivers.camera.checker import CheckSettings
from drivers.camera.liveness import LivenessRules
from drivers.camera.synthetic import ActorSource, HeadModel
from kiosk.viewmodels.camera_preview import FRAMES
from tests.camera.conftest import run_check

PREVIEW_QML = b"""
import QtQuick
import Kiosk
Window {
    width: 800; height: 600; visible: true
    CameraPreview { objectName: "preview"; anchors.fill: parent }
}
"""


def test_preview_paints_steadily_while_the_check_runs(qtbot, photo, card_photo):
    engine = QQmlApplicationEngine()
    engine.loadData(PREVIEW_QML)
    window = engine.rootObjects()[0]
    swaps: list[float] = []

    def swapped() -> None:
        if FRAMES.latest() is not None:  # from the first camera frame on (model loading is before)
            swaps.append(time.perf_counter())

    window.frameSwapped.connect(swapped)

    actor = ActorSource(HeadModel(*photo("obama_a")))
    cancel = threading.Event()
    outcome = {}
    # Long challenge steps so the check is still running when we cancel it.
    settings = CheckSettings(timeout_s=30, rules=LivenessRules(step_s=30))
    worker = threading.Thread(target=lambda: outcome.update(run=run_check(
        actor, card_photo("obama_c"), settings, cancel=cancel, on_frame=FRAMES.publish)))
    worker.start()
    try:
        # Model loading comes first and is slow on a loaded host: the 3 s
        # window starts with the first camera frame.
        qtbot.waitUntil(lambda: len(swaps) > 0, timeout=60_000)
        qtbot.wait(3000)
    finally:
        cancel.set()
        worker.join(10)
        FRAMES.clear()
    assert outcome["run"].result.decision.value == "cancelled"
    intervals = [b - a for a, b in zip(swaps, swaps[1:])]
    assert len(swaps) >= 10, f"only {len(swaps)} frames painted in 3 s"
    # Only gross stalls fail here (the UI thread doing analysis would stall on
    # every frame); one late wake-up on a loaded CI host is not a stall.
    p95 = sorted(intervals)[int(0.95 * (len(intervals) - 1))]
    assert p95 < 0.25, f"UI painted every {p95:.2f} s or slower at p95"
    assert max(intervals) < 1.0, f"UI stalled for {max(intervals):.2f} s"
    engine.deleteLater()
