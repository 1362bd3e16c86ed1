"""Build the slip printer from ``[devices.printer]``, or the simulator on a pty in demo mode.

No table, or ``enabled = false``: no printer, and the done screen offers no
"Print my results" (the slip is optional, docs/printer.md).
"""
from __future__ import annotations

import logging
from pathlib import Path

from drivers.printer.printer import Printer
from drivers.sensors.transport import LineSettings
from kiosk.config import Config
from kiosk.demo.env import DemoEnv
from kiosk.slip.printing import SlipPrinter

log = logging.getLogger("kiosk.devices.printer")


def demo_slips_dir(demo: DemoEnv) -> Path:
    """Where the demo's simulated printer saves each slip as a PNG (the tour copies them)."""
    return demo.workdir / "printed"


def make_printer(cfg: Config, demo: DemoEnv | None) -> SlipPrinter | None:
    p = cfg.printer
    if p is None or not p.enabled:
        return None
    settings = LineSettings(baudrate=p.baudrate)
    if demo is None:
        return SlipPrinter(Printer(p.port, settings), p.paper_mm)
    from drivers.printer.simulator import PrinterSimulator

    sim = PrinterSimulator(demo_slips_dir(demo), "normal", link=demo.workdir / "tty-printer").start()
    demo.cleanups.append(sim.stop)
    log.info("demo: printer simulator on %s, slips saved in %s", sim.device_path, demo_slips_dir(demo))
    return SlipPrinter(Printer(sim.device_path, settings), p.paper_mm, simulator=sim)
