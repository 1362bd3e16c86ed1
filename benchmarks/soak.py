"""Soak: many complete visits in ONE kiosk process; does anything grow with the visit count?

Each visit is tapped through the real window as the tour does (language switch,
consent, CAN, face check, the four measurements, finish), saved, and ended with
"done" while the sync worker sends it to a local sekmet-fhir server; every
sample first waits until all visits are on the server. The peripherals are demo
mode's, at --speed; the blood-pressure rest and interval are 0 and the face
check runs without the liveness challenges (demo config knobs) unless
--liveness, so a visit takes a few seconds.

Every --every visits it prints resident memory, open descriptors, threads and
live QObjects, then judges against the goal: after the first --every visits
(warm-up: caches, pools, lazily loaded QML), at most 5 MB more per 100 visits,
descriptors and threads flat.

    .venv/bin/python benchmarks/soak.py [--visits 500] [--every 50] [--speed 100] [--liveness]
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from kiosk.app import KioskWindow, make_application  # noqa: E402
from kiosk.demo.env import DemoEnv  # noqa: E402
from kiosk.demo.fhir_server import start_fhir_server  # noqa: E402
from kiosk.flow.controller import FlowController  # noqa: E402
from kiosk.flow.peripherals import build_peripherals  # noqa: E402
from kiosk.i18n import Translations  # noqa: E402
from kiosk.logging_setup import setup_logging  # noqa: E402
from kiosk.runner import DEMO_CONFIG, demo_config  # noqa: E402
from kiosk.ui_driver import find_item, is_shown  # noqa: E402

GOAL_MB_PER_100 = 5.0
TAP_SETTLE_MS = 20


class Kiosk:
    """The app as `kiosk run --demo` builds it, in this process, with a FHIR server beside it."""

    def __init__(self, workdir: Path, speed: float, liveness: bool) -> None:
        self.env = DemoEnv(workdir, speed=speed)
        setup_logging(workdir / "logs")
        server = start_fhir_server(workdir / "fhir")
        self.env.cleanups.append(server.stop)
        self.env.fhir_url = server.url
        bp = tomllib.loads(DEMO_CONFIG.read_text(encoding="utf-8"))["devices"]["blood_pressure"]
        cfg = demo_config(workdir, server.url, speed, {
            "face": {"liveness": liveness},
            "devices": {"blood_pressure": {**bp, "rest_s": 0, "interval_s": 0}},
        })
        make_application()
        self.c = FlowController(cfg, build_peripherals(cfg, self.env))
        self.ui = KioskWindow(self.c, Translations())
        self.ui.show_sized(1280, 800)

    @property
    def screen(self) -> str:
        return self.c.machine.screen.value

    def wait(self, what: str, until, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not until():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout_s:.0f} s for {what} (screen {self.screen})")
            QTest.qWait(10)

    def tap(self, name: str) -> None:
        """ui_driver.tap, with a shorter settle once the item is there: 20 taps a visit add up."""
        found: list = []

        def tappable() -> bool:
            found[:] = [find_item(self.ui.window, name)]
            return found[0] is not None and is_shown(found[0]) and found[0].isEnabled()

        self.wait(f"{name} to be tappable", tappable, 20)
        QTest.qWait(TAP_SETTLE_MS)  # a layout that just changed is polished before the next frame
        item = found[0]
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(self.ui.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

    def visit(self) -> None:
        """One whole visit, the tour's taps without its screenshots and pauses."""
        d = lambda: self.c.machine.draft  # noqa: E731  (the draft is replaced at every wipe)
        self.wait("welcome", lambda: self.screen == "welcome")
        self.tap("language_en")
        self.tap("language_vi")
        self.tap("startButton")
        self.wait("consent", lambda: self.screen == "consent")
        self.tap("agreeButton")
        self.wait("CAN entry", lambda: self.screen == "can_entry")
        for digit in self.env.citizen.can:
            self.tap(f"key{digit}")
        self.tap("keyOk")
        for _ in (1, 2):  # as the tour: a first face check that fails is retried
            self.wait("card read and face check", lambda: self.screen not in ("can_entry", "card_reading", "face_check"))
            if self.screen == "face_failed":
                self.tap("retryFaceButton")
        if self.screen != "measure":
            raise RuntimeError(f"face check ended on {self.screen}, not measure")
        for _ in d().steps:
            self.tap("startMeasureButton")
            self.wait("a reading", lambda: d().step_phase.value in ("result", "fault"))
            self.tap("nextButton" if d().step_phase.value == "result" else "skipButton")
        self.wait("results", lambda: self.screen == "results")
        self.tap("finishButton")
        self.wait("saved", lambda: self.screen in ("done", "save_failed"))
        if self.screen != "done":
            raise RuntimeError(f"the visit was not saved ({d().error})")
        self.tap("doneButton")  # the visit syncs meanwhile; sample() waits until all are on the server
        self.wait("welcome", lambda: self.screen == "welcome")

    def close(self) -> None:
        self.c.shutdown()
        self.ui.close()
        self.env.close()


def count_qobjects(roots: list[QObject]) -> int:
    """QObjects reachable from the app, the QML engine and the windows (children and visual items)."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if obj is None or id(obj) in seen:
            continue
        seen.add(id(obj))
        stack.extend(obj.children())
        if hasattr(obj, "childItems"):  # a Loader's item is not always its QObject child
            stack.extend(obj.childItems())
    return len(seen)


def sample(k: Kiosk) -> dict[str, float]:
    store = k.c.devices.store
    k.wait("every visit synced", lambda: store.status().queued == 0, 120)
    if store.status().dead_letters:
        raise RuntimeError("the server refused a visit (dead letter)")
    # Settle first: deferred deletes of the last screens and Python garbage, as a quiet kiosk would.
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QTest.qWait(50)
        gc.collect()
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return {
        "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": int(status["Threads"]),
        "py_threads": threading.active_count(),
        "qobjects": count_qobjects([QCoreApplication.instance(), k.ui.engine, k.ui.window,
                                     k.ui.window.contentItem(), k.c]),
    }


def verdict(rows: list[tuple[int, dict]], every: int) -> tuple[bool, list[str]]:
    base = next(((n, s) for n, s in rows if n >= every), None)
    last_n, last = rows[-1]
    if base is None or last_n <= base[0]:
        return False, [f"too few visits to judge: need more than {every}"]
    n0, s0 = base
    per100 = (last["rss_mb"] - s0["rss_mb"]) * 100 / (last_n - n0)
    checks = [
        (per100 <= GOAL_MB_PER_100, f"RSS after visit {n0}: {per100:+.2f} MB per 100 visits (goal ≤ {GOAL_MB_PER_100})"),
        (last["fds"] <= s0["fds"], f"descriptors {s0['fds']} → {last['fds']} (goal: flat)"),
        (last["threads"] <= s0["threads"], f"threads {s0['threads']} → {last['threads']} (goal: flat)"),
    ]
    return all(ok for ok, _ in checks), [("ok   " if ok else "FAIL ") + text for ok, text in checks]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=500, help="complete visits to run (default 500)")
    parser.add_argument("--every", type=int, default=50, help="sample every N visits; the first N are warm-up")
    parser.add_argument("--speed", type=float, default=100.0, help="demo simulator time scale (max 100)")
    parser.add_argument("--liveness", action="store_true", help="keep the liveness challenges (about 5 s a visit)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        k = Kiosk(Path(tmp), args.speed, args.liveness)
        try:
            print(f"{'visits':>6} {'minutes':>7} {'RSS MB':>8} {'fds':>5} {'threads':>7} {'py thr':>6} {'QObjects':>8}",
                  flush=True)
            rows: list[tuple[int, dict]] = []
            started = time.monotonic()
            for n in range(args.visits + 1):
                if n:
                    k.visit()
                if n % args.every == 0 or n == args.visits:
                    s = sample(k)
                    rows.append((n, s))
                    print(f"{n:>6} {(time.monotonic() - started) / 60:>7.1f} {s['rss_mb']:>8.1f} {s['fds']:>5} "
                          f"{s['threads']:>7} {s['py_threads']:>6} {s['qobjects']:>8}", flush=True)
        finally:
            k.close()
    ok, lines = verdict(rows, args.every)
    print("\n".join(lines))
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
