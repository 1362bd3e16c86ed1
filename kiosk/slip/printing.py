"""The station's slip printer as the kiosk uses it: lay a slip out, print it, say how it went.

Qt-free and blocking (the view-model calls it from a job thread). One lock
serialises the port, so a health check's status read never lands in the middle
of a job.
"""
from __future__ import annotations

import threading

from drivers.printer.printer import Printer, PrintResult
from kiosk.slip.render import Slip, raster_rows, render


class SlipPrinter:
    def __init__(self, printer: Printer, paper_mm: int, simulator=None) -> None:
        self.printer = printer
        self.paper_mm = paper_mm
        self.simulator = simulator  # demo mode: the PrinterSimulator behind the pty (tour, tests)
        self._lock = threading.Lock()

    @property
    def port(self) -> str:
        return self.printer.port

    def status(self) -> PrintResult:
        with self._lock:
            return self.printer.status()

    def print_slip(self, slip: Slip) -> PrintResult:
        width, rows = raster_rows(render(slip, self.paper_mm))
        with self._lock:
            return self.printer.print_raster(width, rows)

    def close(self) -> None:
        """Nothing stays open between jobs (each opens and closes the line)."""
