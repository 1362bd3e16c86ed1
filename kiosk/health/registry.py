"""The one list of health checks, and the two ways to run them.

A check is a function ``(Station) -> list[HealthResult]`` registered once in
CHECKS. `kiosk doctor` (text and --json), the maintenance dashboard and the
Prometheus metrics all run this list, so the three never disagree.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

from kiosk.health.checks import app, backend, calibration, peripherals, printer, queue, setup, speech
from kiosk.health.result import HealthResult, red
from kiosk.health.station import Station

log = logging.getLogger("kiosk.health")

CheckFn = Callable[[Station], list[HealthResult]]


@dataclass(frozen=True)
class Registered:
    fn: CheckFn
    hardware: bool = False  # touches a peripheral or the network: skipped by `doctor --no-hardware`
    # How long the running kiosk may show the last answer: hashing the face models or
    # asking the backend on every scrape would load the station and, across a fleet, the backend.
    ttl_s: float = 0.0

    @property
    def name(self) -> str:
        return f"{self.fn.__module__.rsplit('.', 1)[-1]}.{self.fn.__name__}"


CHECKS: tuple[Registered, ...] = (
    Registered(setup.config),
    Registered(setup.assets, ttl_s=3600),
    Registered(setup.writable_paths, ttl_s=60),
    Registered(setup.disk),
    Registered(setup.key_file, ttl_s=60),
    Registered(queue.queue),
    Registered(peripherals.card_reader, hardware=True),
    Registered(peripherals.camera, hardware=True),
    Registered(peripherals.serial_devices, hardware=True),
    Registered(backend.reachable, hardware=True, ttl_s=300),
    Registered(backend.client_certificate, ttl_s=3600),
    Registered(backend.server_certificate, hardware=True, ttl_s=3600),
    Registered(app.version),
    Registered(app.uptime),
    Registered(calibration.calibration_due),
    Registered(printer.paper, hardware=True, ttl_s=60),
    # Opens the sound device: not on every scrape, so a probe never collides with a prompt playing.
    Registered(speech.audio_output, hardware=True, ttl_s=600),
)


def run_one(entry: Registered, st: Station) -> list[HealthResult]:
    try:
        return list(entry.fn(st))
    except Exception as e:  # one broken check must not hide the others, nor end the scrape
        log.exception("health check %s crashed", entry.name)
        return [red(entry.name, "health", "check_crashed", f"check crashed: {e.__class__.__name__}: {e}")]


def run_checks(st: Station, checks: tuple[Registered, ...] = CHECKS) -> list[HealthResult]:
    return [r for entry in checks if st.hardware or not entry.hardware for r in run_one(entry, st)]


class HealthMonitor:
    """The running kiosk's view: each check re-run when its last answer is older than its ttl.

    Thread-safe: the metrics server, the textfile writer and the dashboard may ask at once.
    """

    def __init__(self, station: Station, checks: tuple[Registered, ...] = CHECKS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.station = station
        self._checks = tuple(c for c in checks if station.hardware or not c.hardware)
        self._clock = clock
        self._cache: dict[Registered, tuple[float, list[HealthResult]]] = {}
        self._lock = threading.Lock()

    def results(self) -> list[HealthResult]:
        with self._lock:
            out: list[HealthResult] = []
            for entry in self._checks:
                now = self._clock()
                cached = self._cache.get(entry)
                if cached is None or now - cached[0] >= entry.ttl_s:
                    cached = (now, run_one(entry, self.station))
                    self._cache[entry] = cached
                out.extend(cached[1])
            return out
