"""A receipt printer on a pseudo-terminal: answers ``DLE EOT`` and renders every raster job to a PNG.

Scenarios: ``normal``, ``paper_out``, ``cover_open``, ``near_end`` (prints,
reports the roll nearly empty) and ``unplug_mid_job`` (the cable is pulled
after the first raster block). Like a real printer, one that is out of paper
or open ignores print data but still answers real-time status. Each job
(``ESC @`` ... cut) becomes ``slip-NNN.png`` in ``out_dir``.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PIL import Image

from drivers.printer import commands as c
from drivers.printer import status as s
from drivers.sensors.simulators.pty import PtyLink

log = logging.getLogger("drivers.printer.simulator")

SCENARIOS = ("normal", "paper_out", "cover_open", "near_end", "unplug_mid_job")


class PrinterSimulator:
    def __init__(self, out_dir: str | Path, scenario: str = "normal", link: str | Path | None = None) -> None:
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown printer scenario {scenario!r} (known: {', '.join(SCENARIOS)})")
        self.scenario = scenario
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.port = PtyLink(link)
        self.jobs: list[Path] = []
        self.job_done = threading.Event()  # set after each saved PNG
        self.unplugged = threading.Event()
        self._blocks: list[c.RasterBlock] = []
        self._decoder = c.CommandDecoder()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="printer-sim", daemon=True)

    @property
    def device_path(self) -> str:
        return self.port.device_path

    def start(self) -> "PrinterSimulator":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.port.close()

    def set_scenario(self, scenario: str) -> None:
        if scenario not in SCENARIOS:
            raise ValueError(scenario)
        self.scenario = scenario

    def _answer(self, q: s.Query) -> bytes:
        sc = self.scenario
        if q is s.Query.PRINTER:
            ev = s.PrinterStatus(offline=sc in ("paper_out", "cover_open"), waiting_recovery=False, feed_button=False)
        elif q is s.Query.OFFLINE_CAUSE:
            ev = s.OfflineCause(cover_open=sc == "cover_open", feeding_by_button=False,
                                paper_end_stop=sc == "paper_out", error=False)
        elif q is s.Query.ERROR_CAUSE:
            ev = s.ErrorCause(cutter=False, unrecoverable=False, auto_recoverable=False)
        else:
            ev = s.PaperStatus(near_end=sc in ("near_end", "paper_out"), out=sc == "paper_out")
        return s.encode(ev)

    def _printing(self) -> bool:
        return self.scenario in ("normal", "near_end", "unplug_mid_job")

    def _run(self) -> None:
        while not self._stop.is_set():
            data = self.port.read(0.05)
            if not data:
                continue
            for cmd in self._decoder.feed(data):
                if isinstance(cmd, c.StatusRequest):
                    self.port.write(self._answer(cmd.query))
                elif isinstance(cmd, c.Init):
                    self._blocks = []
                elif isinstance(cmd, c.RasterBlock) and self._printing():
                    self._blocks.append(cmd)
                    if self.scenario == "unplug_mid_job":
                        log.info("printer simulator: cable pulled mid-job")
                        # Set first: the printer sees the pulled cable at once, and whoever
                        # waits on its answer may look here before this thread runs on.
                        self.unplugged.set()
                        self.port.unplug()
                        return
                elif isinstance(cmd, c.Cut) and self._blocks:
                    self._save()

    def _save(self) -> None:
        wb = self._blocks[0].width_bytes
        rows = b"".join(b.data for b in self._blocks if b.width_bytes == wb)
        height = len(rows) // wb
        # "1" mode: 1 = white in Pillow, 1 = black (dot burnt) in ESC/POS.
        img = Image.frombytes("1", (wb * 8, height), bytes(x ^ 0xFF for x in rows))
        path = self.out_dir / f"slip-{len(self.jobs) + 1:03d}.png"
        img.save(path)
        self.jobs.append(path)
        self._blocks = []
        self.job_done.set()
