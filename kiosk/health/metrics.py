"""The station's health as Prometheus metrics: read from the health checks at scrape time.

Served over HTTP on ``[metrics] listen`` and/or written to ``[metrics] textfile`` for
node_exporter's textfile collector. Labels hold check ids, components, device kinds and
screen names only: never anything about a citizen. docs/monitoring.md lists the metrics.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Iterable

from prometheus_client import CollectorRegistry, write_to_textfile
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily
from prometheus_client.registry import Collector

from kiosk import __version__
from kiosk.health import visits
from kiosk.health.registry import HealthMonitor
from kiosk.health.result import HealthResult

log = logging.getLogger("kiosk.health.metrics")

# A check's numeric value as its own metric: check id (or "prefix.*", the rest of the id
# becoming the label) -> (metric, help, label). Units are those of HealthResult.value.
VALUE_METRICS: dict[str, tuple[str, str, str | None]] = {
    "disk": ("kiosk_disk_free_bytes", "Free bytes on the file system of paths.data_dir", None),
    "queue.depth": ("kiosk_queue_depth", "Visits stored and not yet accepted by the backend", None),
    "queue.oldest_unsent": ("kiosk_queue_oldest_unsent_age_seconds",
                            "Age of the oldest visit not yet sent (0 when none waits)", None),
    "queue.dead_letters": ("kiosk_dead_letters", "Visits the backend refused for good, kept for a technician", None),
    "sync.last_success": ("kiosk_last_sync_success_timestamp_seconds",
                          "Unix time of the last successful sync round (absent: never)", None),
    "tls_cert.*": ("kiosk_certificate_days_left", "Days until the TLS certificate expires (negative: expired)",
                   "certificate"),
    "calibration.*": ("kiosk_calibration_due_days", "Days until the device's calibration is due "
                      "(negative: overdue)", "device"),
    "printer.paper": ("kiosk_printer_paper", "Receipt printer paper: 1 fine, 0.5 near its end, 0 out", None),
    "uptime": ("kiosk_uptime_seconds", "Seconds since the kiosk app started", None),
}


class HealthCollector(Collector):
    def __init__(self, monitor: HealthMonitor) -> None:
        self.monitor = monitor

    def collect(self) -> Iterable:
        results = self.monitor.results()
        cfg = self.monitor.station.cfg
        info = InfoMetricFamily("kiosk", "The kiosk software and station", labels=["version", "station"])
        info.add_metric([__version__, str(cfg.station.id)], {})
        yield info
        checks = GaugeMetricFamily("kiosk_check_status", "Each health check: 0 green, 1 amber, 2 red",
                                   labels=["check", "component", "reason"])
        worst: dict[str, int] = {}
        for r in results:
            checks.add_metric([r.id, r.component, r.reason], r.status.level)
            worst[r.component] = max(worst.get(r.component, 0), r.status.level)
        yield checks
        components = GaugeMetricFamily("kiosk_component_status", "Worst health check of each component "
                                       "(card_reader, camera, device:<kind>, backend, ...): 0 green, 1 amber, 2 red",
                                       labels=["component"])
        for component, level in worst.items():
            components.add_metric([component], level)
        yield components
        yield from _values(results)


def _values(results: list[HealthResult]) -> Iterable[GaugeMetricFamily]:
    families: dict[str, GaugeMetricFamily] = {}
    for r in results:
        if r.value is None:
            continue
        prefix, _, rest = r.id.partition(".")
        key = r.id if r.id in VALUE_METRICS else f"{prefix}.*"
        if key not in VALUE_METRICS:
            continue
        name, help, label = VALUE_METRICS[key]
        family = families.get(name) or families.setdefault(
            name, GaugeMetricFamily(name, help, labels=[label] if label else []))
        family.add_metric([rest] if label else [], float(r.value))
    yield from families.values()


def build_registry(monitor: HealthMonitor) -> CollectorRegistry:
    registry = CollectorRegistry()
    registry.register(HealthCollector(monitor))
    registry.register(visits.COMPLETED)
    registry.register(visits.ABANDONED)
    return registry


class MetricsExporter:
    """The HTTP endpoint and the textfile writer the configuration asks for; stop() ends both."""

    def __init__(self, monitor: HealthMonitor) -> None:
        self.registry = build_registry(monitor)
        self.cfg = monitor.station.cfg.metrics
        self.url: str | None = None
        self._server = None
        self._stop = threading.Event()
        self._writer: threading.Thread | None = None

    def start(self) -> "MetricsExporter":
        from prometheus_client import start_http_server

        from kiosk.config.fields import split_listen

        if self.cfg.listen:
            host, port = split_listen(self.cfg.listen)
            self._server, _ = start_http_server(port, host, registry=self.registry)
            bound = self._server.server_address[1]  # port 0 picks a free one
            self.url = f"http://{'[' + host + ']' if ':' in host else host}:{bound}/metrics"
            # Tests and technicians read the address from kiosk.log.
            log.info("metrics: serving %s", self.url)
        if self.cfg.textfile:
            self.write_textfile()  # at once: a broken path shows up at start, not a minute later
            self._writer = threading.Thread(target=self._write_loop, name="metrics-textfile", daemon=True)
            self._writer.start()
            log.info("metrics: writing %s every %s s", self.cfg.textfile, self.cfg.textfile_interval_s)
        return self

    def write_textfile(self) -> bool:
        path = Path(self.cfg.textfile)
        try:
            write_to_textfile(str(path), self.registry)
            return True
        except OSError as e:
            # The kiosk goes on serving citizens; the node_exporter file just ages.
            log.error("metrics: cannot write %s (%s: %s)", path, e.__class__.__name__, e.strerror or e)
            return False

    def _write_loop(self) -> None:
        while not self._stop.wait(self.cfg.textfile_interval_s):
            self.write_textfile()

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._writer is not None:
            self._writer.join(timeout=5)


def start_metrics(monitor: HealthMonitor) -> MetricsExporter | None:
    """What ``[metrics]`` asks for, or None when it asks for nothing or cannot be had.

    A taken port or an unwritable textfile directory is logged and the kiosk goes on:
    citizens come before the office's graphs.
    """
    cfg = monitor.station.cfg.metrics
    if not (cfg.listen or cfg.textfile):
        return None
    exporter = MetricsExporter(monitor)
    try:
        return exporter.start()
    except OSError as e:
        exporter.stop()
        log.error("metrics: not started, cannot listen on %s (%s: %s)", cfg.listen, e.__class__.__name__,
                  e.strerror or e)
        return None
