"""Kiosk UI cost against a bare Qt Quick window, measured in the same run.

- start: creating the engine, loading the QML and rendering the first frame;
- screen change: from the session event to a rendered frame of the new screen.

Rendering is forced with grabWindow() (software backend, offscreen), so both
sides pay the same way for a frame.

The floor is a bare QML Window whose Loader swaps between two one-text pages,
loaded and rendered the same way: the least a screen change can cost.

    .venv/bin/python benchmarks/ui_app.py [--rounds N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl  # noqa: E402
from PySide6.QtQml import QQmlApplicationEngine  # noqa: E402

from kiosk.app import KioskWindow, make_application  # noqa: E402
from kiosk.demo.env import DemoEnv  # noqa: E402
from kiosk.flow.controller import FlowController  # noqa: E402
from kiosk.flow.peripherals import build_peripherals  # noqa: E402
from kiosk.i18n import Translations  # noqa: E402
from kiosk.runner import demo_config  # noqa: E402
from kiosk.session import events as ev  # noqa: E402

# The floor: a window that swaps between two one-text pages with a Loader,
# the least a screen change can cost.
BARE = b"""
import QtQuick
Window { width: 1920; height: 1080; visible: true
    property bool flip: false
    Loader { anchors.fill: parent; sourceComponent: parent.flip ? a : b }
    Component { id: a; Rectangle { color: "#F3F6FA"; Text { anchors.centerIn: parent; text: "A"; font.pixelSize: 56 } } }
    Component { id: b; Rectangle { color: "#FFFFFF"; Text { anchors.centerIn: parent; text: "B"; font.pixelSize: 56 } } }
}
"""


def wait_frame(window) -> None:
    """Settle pending events, then render the scene once, synchronously."""
    QCoreApplication.processEvents()
    window.grabWindow()


def bare_start() -> tuple[float, object, object]:
    t0 = time.perf_counter()
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(BARE), QUrl("bare.qml"))
    window = engine.rootObjects()[0]
    wait_frame(window)
    return (time.perf_counter() - t0) * 1000, engine, window


def kiosk_start(workdir: Path):
    cfg = demo_config(workdir, None, 50.0)
    env = DemoEnv(workdir, speed=50.0)
    controller = FlowController(cfg, build_peripherals(cfg, env))
    t0 = time.perf_counter()
    ui = KioskWindow(controller, Translations())
    ui.show_sized(1920, 1080)
    wait_frame(ui.window)
    return (time.perf_counter() - t0) * 1000, ui, controller, env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    app = make_application()  # fonts and the QGuiApplication, as in production; kept alive till the end

    bare_ms, engine, bare = bare_start()
    kiosk_ms, ui, controller, env = kiosk_start(Path(tempfile.mkdtemp(prefix="bench-ui-")))

    bare_flip, kiosk_flip = [], []
    for i in range(args.rounds):
        t0 = time.perf_counter()
        bare.setProperty("flip", i % 2 == 0)
        wait_frame(bare)
        bare_flip.append((time.perf_counter() - t0) * 1000)

        t0 = time.perf_counter()
        # welcome -> consent -> (decline) welcome: two real screen loads per round trip
        controller.handle(ev.Start() if i % 2 == 0 else ev.Decline())
        wait_frame(ui.window)
        kiosk_flip.append((time.perf_counter() - t0) * 1000)

    def p(values, q):
        return statistics.quantiles(values, n=100)[q - 1]

    print(f"start to first frame: kiosk {kiosk_ms:.1f} ms, bare window {bare_ms:.1f} ms, ratio {kiosk_ms / bare_ms:.2f}")
    print(f"screen change to frame: kiosk p50 {statistics.median(kiosk_flip):.1f} ms p95 {p(kiosk_flip, 95):.1f} ms; "
          f"bare page swap p50 {statistics.median(bare_flip):.1f} ms p95 {p(bare_flip, 95):.1f} ms; "
          f"ratio p50 {statistics.median(kiosk_flip) / statistics.median(bare_flip):.2f}")
    controller.shutdown()
    ui.close()
    env.close()
    del engine
    app.processEvents()


if __name__ == "__main__":
    main()
