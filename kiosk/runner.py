"""``kiosk run``: load the configuration, build the peripherals, show the app.

Demo mode swaps in simulated peripherals, a scratch store and a local FHIR
server; the tour drives one visit offscreen and screenshots every screen.

A station shows its welcome screen first (``show_first_frame``) and only then loads
its configuration and starts its parts: what it imports before that first frame is
kept to Qt and a few small modules (docs/architecture.md, "Start-up").
"""
from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import paths
from kiosk.config import ConfigError

if TYPE_CHECKING:
    from kiosk.app import KioskWindow
    from kiosk.config import Config
    from kiosk.demo.env import DemoEnv

log = logging.getLogger("kiosk.run")

DEFAULT_CONFIG = "/etc/tram-kiosk/kiosk.toml"
DEMO_CONFIG = paths.ROOT / "config" / "demo.toml"


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb", "wayland", "eglfs"):
        return True  # a platform was chosen explicitly (offscreen, vnc...): trust it
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo_config(workdir: Path, fhir_url: str | None, speed: float | None,
                overrides: dict[str, dict] | None = None) -> "Config":
    import tomllib

    from kiosk.config import parse_config

    data = tomllib.loads(DEMO_CONFIG.read_text(encoding="utf-8"))
    for section, values in (overrides or {}).items():
        data.setdefault(section, {}).update(values)
    data.setdefault("paths", {}).update(
        data_dir=str(workdir / "data"), log_dir=str(workdir / "logs"), key_file=str(workdir / "store.key")
    )
    # The rendered prompts live in the scratch directory too (unless a test points elsewhere).
    data.setdefault("speech", {}).setdefault("cache_dir", str(workdir / "speech-cache"))
    data.setdefault("prescription", {}).setdefault("pass_key_file", str(workdir / "pass.key"))
    if fhir_url:
        data["backend"]["url"] = fhir_url
    if speed:
        data.setdefault("demo", {})["speed"] = speed
    return parse_config(data, str(DEMO_CONFIG))


class DemoNotInBuild(Exception):
    """A production bundle: the demo parts come only with the demo add-on (docs/packaging.md)."""


def start_demo(workdir: Path | None, speed: float | None) -> tuple["Config", "DemoEnv"]:
    import tempfile

    from kiosk.demo.env import DemoEnv
    from kiosk.logging_setup import setup_logging

    if not DEMO_CONFIG.exists():
        raise DemoNotInBuild("demo mode is not in this build")
    workdir = Path(workdir or tempfile.mkdtemp(prefix="kiosk-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = DemoEnv(workdir=workdir)
    setup_logging(workdir / "logs")
    from kiosk.demo.fhir_server import start_fhir_server

    try:
        server = start_fhir_server(workdir / "fhir")
        env.cleanups.append(server.stop)
        env.fhir_url = server.url
        cfg = demo_config(workdir, server.url, speed)
        from kiosk.demo.prescriptions import seed_for

        seed_for(cfg)  # the demo citizen's prescriptions, so a demo visit can check one
        from kiosk.demo.history_seed import seed_demo

        seed_demo(cfg, env.citizen)  # a year of readings from two stations, for "My health record"
    except BaseException:
        env.close()  # the caller never gets env, so the server would outlive us
        raise
    env.speed = cfg.demo.speed
    # The pid lets a technician (and the clean-up test) find the server this kiosk owns.
    log.info("demo: workdir %s, FHIR server %s (pid %d)", workdir, server.url, server.pid)
    return cfg, env


def _quit_on_signals(app) -> None:
    """SIGTERM (systemd stop) and SIGINT (Ctrl+C) end the event loop cleanly, so
    jobs stop, the store closes and the demo's server is shut down."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes; a idle tick lets it in
    # while Qt's event loop waits.
    ticker = QTimer(app, interval=250)
    ticker.timeout.connect(lambda: None)
    ticker.start()


def _demo_quit_shortcut(ui) -> None:
    """Demo mode only: Ctrl+Q closes the fullscreen window (a station has no such key)."""
    from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence("Ctrl+Q"), ui.window)
    shortcut.activated.connect(QGuiApplication.quit)
    ui.demo_quit = shortcut  # keep it alive with the window


class NoScreen(Exception):
    """A station (not the demo) was started where no window can be shown."""


def _technician_log() -> str | None:
    """kiosk.log once logging is set up; before that a log call would only reach stderr."""
    for h in logging.getLogger().handlers:
        if getattr(h, "_kiosk", False) and isinstance(h, logging.FileHandler):
            return h.baseFilename
    return None


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    # Our own exceptions are worded for the technician; any other keeps its type, which
    # is what to look for in kiosk.log.
    if type(e).__module__.startswith("kiosk."):
        return text or type(e).__name__
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def show_first_frame(size: tuple[int, int] | None) -> "KioskWindow":
    """The welcome screen, drawn before the station's parts start (in the app's default
    language, without the station id: the configuration is read after it); systemd hears
    READY=1 at this frame."""
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    from kiosk import watchdog
    from kiosk.app import KioskWindow, make_application
    from kiosk.i18n import Translations

    make_application(tune_heap=False)  # _run tunes it before the station's parts start
    ui = KioskWindow(None, Translations())
    ui.systemd = watchdog.attach(ui.window)  # under systemd: READY=1 at the first frame, then pings
    if size:
        ui.show_sized(*size)
    else:
        ui.show_fullscreen()
    ui.wait_for_first_frame()
    return ui


def run(args) -> int:
    """Every failure ends as one line on stderr and, once the log is open, a full entry
    in kiosk.log: never a traceback on a station's screen. Exit 2 = bad configuration."""
    demo: DemoEnv | None = None
    ui: KioskWindow | None = None
    try:
        if args.demo:
            cfg, demo = start_demo(args.workdir, args.speed)
        else:
            path = args.config or os.environ.get("KIOSK_CONFIG") or DEFAULT_CONFIG
            if has_display():
                ui = show_first_frame(args.size)
            from kiosk.config import load_config
            from kiosk.logging_setup import setup_logging

            cfg = load_config(path)
            setup_logging(Path(cfg.paths.log_dir))
        return _run(args, cfg, demo, ui)
    except ConfigError as e:
        if _technician_log():
            log.error("bad configuration: %s", e)
        print(f"kiosk: bad configuration: {e}", file=sys.stderr)
        return 2
    except Exception as e:
        where = _technician_log()
        if where:
            # The traceback goes in the message, not exc_info, so the personal-data filter sees it too.
            log.error("start-up failed: %s\n%s", _one_line(e), "".join(traceback.format_exception(e)).rstrip())
        print(f"kiosk: cannot start: {_one_line(e)}" + (f" (details in {where})" if where else ""),
              file=sys.stderr)
        return 3
    finally:
        if ui is not None:
            ui.close()  # a station whose start failed after its first frame (_run closes its own)
        if demo:
            demo.close()


def _run(args, cfg: "Config", demo: "DemoEnv | None", ui: "KioskWindow | None") -> int:
    tour_dir = args.tour
    if tour_dir is None and not has_display():
        if demo is None:
            # Qt would abort the process with no word in kiosk.log.
            raise NoScreen("no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set)")
        tour_dir = Path.cwd() / "demo-screenshots"
        print("No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): running the scripted tour "
              f"offscreen instead. Screenshots go to {tour_dir}", flush=True)
    if tour_dir is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

    # Qt is imported only now, after the platform is chosen (a station's first frame chose it).
    from kiosk import watchdog
    from kiosk.app import KioskWindow, make_application
    from kiosk.flow.controller import FlowController
    from kiosk.flow.peripherals import build_peripherals
    from kiosk.i18n import Translations

    app = make_application()  # a station's exists since its first frame: this tunes its heap now
    _quit_on_signals(app)
    devices = build_peripherals(cfg, demo)
    try:
        controller = FlowController(cfg, devices)
    except BaseException:
        devices.close()
        raise
    try:
        if ui is None:
            ui = KioskWindow(controller, Translations())
            ui.systemd = watchdog.attach(ui.window)  # under systemd: READY=1 at the first frame, then pings
        else:
            ui.attach(controller)
    except BaseException:
        controller.shutdown()
        raise
    metrics = _start_metrics(cfg, devices, demo)
    from kiosk.flow import upgrade_watch

    ui.upgrade_watch = upgrade_watch.install(controller)  # kept alive with the window
    watchdog.serving()

    try:
        if tour_dir is not None:
            from kiosk.tour import Tour

            size = args.size or (1920, 1080)
            ui.show_sized(*size)
            tour = Tour(ui, controller, Path(tour_dir), cfg, demo)
            tour.start()
            code = app.exec()
            code = tour.exit_code
            print(f"Tour {'finished' if code == 0 else 'FAILED'}: screenshots in {Path(tour_dir).resolve()}"
                  + ("" if code == 0 else f" ({tour.failure})"), flush=True)
        else:
            if not ui.window.isVisible():  # a station's window is up since its first frame
                if args.size:
                    ui.show_sized(*args.size)
                else:
                    ui.show_fullscreen()
            if demo:
                _demo_quit_shortcut(ui)
            code = app.exec()
    finally:
        watchdog.stopping()
        if metrics is not None:
            metrics.stop()
        controller.shutdown()
        ui.close()
    return code


def _start_metrics(cfg: Config, devices, demo: DemoEnv | None):
    """The Prometheus endpoint and textfile of ``[metrics]``, on the running kiosk's own parts."""
    import time

    from kiosk.health.metrics import start_metrics
    from kiosk.health.registry import HealthMonitor
    from kiosk.health.station import Station

    station = Station(cfg, demo=demo is not None, store=devices.store, sensors=devices.sensors,
                      printer=devices.printer, started_monotonic=time.monotonic())
    return start_metrics(HealthMonitor(station))
