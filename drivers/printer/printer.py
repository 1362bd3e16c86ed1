"""Print one raster job with real-time status read before and after: the kiosk's printer API.

Blocking; the kiosk calls it from a job thread. Outcomes are keys the QML
words (``kiosk/qml/Kiosk/components/Messages.qml``) and the technician log
details; nothing personal is logged (the slip's content never is).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable

from drivers.printer import commands, status
from drivers.printer.line import LineLost, open_line
from drivers.sensors.transport import LineSettings

log = logging.getLogger("drivers.printer")

STATUS_TIMEOUT_S = 1.5  # a printer answers DLE EOT at once, even mid-job
WRITE_CHUNK = 1024  # write in pieces so an unplug mid-job is noticed where it happens
LINE_SETTINGS = LineSettings(baudrate=9600)  # common default of serial receipt printers; USB ignores it


@dataclass(frozen=True)
class PrintResult:
    outcome: str  # printed | paper_out | cover_open | offline | cutter | no_answer | unplugged
    paper_near_end: bool = False
    detail: str = ""  # technician text

    @property
    def ok(self) -> bool:
        return self.outcome == "printed"


class Printer:
    def __init__(self, port: str, settings: LineSettings = LINE_SETTINGS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.port = port
        self.settings = settings
        self._clock = clock

    def _round(self, line) -> status.Condition:
        reader = status.StatusReader(STATUS_TIMEOUT_S)
        now = self._clock()
        line.write(b"".join(reader.request(q, now) for q in status.ROUND))
        events: list[status.StatusEvent] = []
        while reader.pending:
            events += reader.feed(line.read(0.1), self._clock())
        return status.condition(events)

    def status(self) -> PrintResult:
        """The printer's condition now, as a result (``printed`` = ready)."""
        try:
            line = open_line(self.port, self.settings)
        except LineLost as e:
            return PrintResult("unplugged", detail=f"cannot open {self.port}: {e}")
        try:
            c = self._round(line)
        except LineLost as e:
            return PrintResult("unplugged", detail=f"{self.port} lost: {e}")
        finally:
            line.close()
        return PrintResult("printed" if c.ready else c.problem, c.paper_near_end)

    def print_raster(self, width_px: int, rows: bytes) -> PrintResult:
        try:
            line = open_line(self.port, self.settings)
        except LineLost as e:
            log.warning("printer %s cannot be opened: %s", self.port, e)
            return PrintResult("unplugged", detail=f"cannot open {self.port}: {e}")
        try:
            before = self._round(line)
            if not before.ready:
                log.warning("printer %s not ready before printing: %s", self.port, before.problem)
                return PrintResult(before.problem, before.paper_near_end, "before printing")
            data = commands.job(width_px, rows)
            for i in range(0, len(data), WRITE_CHUNK):
                line.write(data[i:i + WRITE_CHUNK])
            after = self._round(line)
        except LineLost as e:
            log.warning("printer %s lost during the job: %s", self.port, e)
            return PrintResult("unplugged", detail=f"{self.port} lost mid-job: {e}")
        finally:
            line.close()
        if not after.ready:
            # The job reached the printer but it stopped (e.g. the roll ran out mid-slip).
            log.warning("printer %s reports %s after printing", self.port, after.problem)
            return PrintResult(after.problem, after.paper_near_end, "after printing")
        if after.paper_near_end:
            log.warning("printer %s: paper near end", self.port)
        log.info("printer %s printed a %d-dot slip of %d bytes", self.port, width_px, len(data))
        return PrintResult("printed", after.paper_near_end)
