"""The one set of health checks (kiosk/health): results, registry, metrics and visit counters,
on a real store and a real configuration; no Qt."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from kiosk import paths
from kiosk.config import ConfigError
from kiosk.devices.store import open_visit_store
from kiosk.health import visits
from kiosk.health.checks import queue as queue_checks
from kiosk.health.metrics import MetricsExporter, build_registry, start_metrics
from kiosk.health.registry import CHECKS, HealthMonitor, Registered, run_checks
from kiosk.health.result import REASONS, HealthResult, Status, amber, green
from kiosk.health.station import Station
from kiosk.runner import demo_config
from kiosk.session import events as ev
from kiosk.session.machine import SessionMachine
from drivers.sensors.api import MeasurementKind
from offline_store.api import QueueStatus
from tests.store.visits import make_visit

NOWHERE = "http://127.0.0.1:9/fhir"  # discard port: nothing answers, nothing is sent


def config(tmp_path, **overrides):
    return demo_config(tmp_path, NOWHERE, None, overrides)


def samples(registry) -> dict[tuple[str, tuple], float]:
    out = {}
    for family in text_string_to_metric_families(generate_latest(registry).decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_every_result_has_a_known_reason_a_unique_id_and_a_component(tmp_path):
    results = run_checks(Station(config(tmp_path), hardware=False, started_monotonic=time.monotonic()))
    ids = [r.id for r in results]
    assert len(ids) == len(set(ids))
    assert all(r.reason in REASONS and r.component for r in results)
    assert {"config", "disk", "paths.key_file", "store", "queue.depth", "version", "uptime"} <= set(ids)
    with pytest.raises(ValueError, match="unknown reason key"):
        HealthResult("x", "x", Status.GREEN, "no_such_key", "")


def test_no_hardware_skips_every_peripheral_and_the_network(tmp_path):
    ids = {r.id for r in run_checks(Station(config(tmp_path), hardware=False))}
    assert not ids & {"card_reader", "camera", "backend", "device.blood_pressure"}
    assert all(not c.hardware for c in CHECKS if c.fn.__module__.endswith((".setup", ".queue", ".app")))


def test_a_crashing_check_is_one_red_result_and_a_log_entry_not_a_hole(tmp_path, caplog):
    def broken(st):
        raise OSError("sensor table unreadable")

    checks = (Registered(broken), *CHECKS[:1])
    with caplog.at_level(logging.ERROR, logger="kiosk.health"):
        results = run_checks(Station(config(tmp_path), hardware=False), checks)
    assert [r.id for r in results] == ["test_health.broken", "config"]
    assert results[0].status is Status.RED and results[0].reason == "check_crashed"
    assert "OSError: sensor table unreadable" in results[0].detail
    assert "health check test_health.broken crashed" in caplog.text


def test_queue_checks_read_a_real_store_and_metrics_export_the_same_numbers(tmp_path):
    cfg = config(tmp_path)
    store = open_visit_store(cfg)
    try:
        for n in range(3):
            store.save(make_visit(n))
        station = Station(cfg, hardware=False, store=store, started_monotonic=time.monotonic())
        by_id = {r.id: r for r in run_checks(station)}
        assert by_id["queue.depth"].value == 3 and by_id["queue.depth"].status is Status.GREEN
        assert by_id["queue.dead_letters"].value == 0
        assert by_id["sync.last_success"].reason == "never_synced" and by_id["sync.last_success"].status is Status.AMBER
        got = samples(build_registry(HealthMonitor(station)))
    finally:
        store.close()
    assert got[("kiosk_queue_depth", ())] == 3
    assert got[("kiosk_dead_letters", ())] == 0
    assert got[("kiosk_component_status", (("component", "queue"),))] == 0
    assert got[("kiosk_component_status", (("component", "backend"),))] == 1  # never synced with visits waiting
    assert got[("kiosk_info", (("station", "DEMO-0001"), ("version", "0.1.0")))] == 1
    # Labels are check ids, components, reasons, screens: nothing a citizen typed or carried.
    labels = " ".join(str(k[1]) for k in got)
    citizen = make_visit(0)
    assert citizen.citizen_id not in labels and citizen.citizen_name.split()[0] not in labels


@pytest.mark.parametrize("age_h, status", [(0.5, Status.GREEN), (2, Status.AMBER), (25, Status.RED)])
def test_the_oldest_unsent_visit_turns_amber_after_an_hour_and_red_after_a_day(tmp_path, age_h, status):
    q = QueueStatus(queued=4, dead_letters=0, oldest_unsent_age_s=age_h * 3600,
                    last_success_at=datetime.now(timezone.utc) - timedelta(minutes=5), last_error=None)
    by_id = {r.id: r for r in queue_checks._from_status(Station(config(tmp_path)), q, "")}
    assert by_id["queue.oldest_unsent"].status is status
    assert by_id["queue.oldest_unsent"].value == age_h * 3600
    assert by_id["sync.last_success"].status is Status.GREEN


def test_the_monitor_reuses_an_answer_within_its_ttl(tmp_path):
    runs = []

    def slow(st):
        runs.append(1)
        return [green("slow", "backend", "ok", f"run {len(runs)}")]

    now = [0.0]
    monitor = HealthMonitor(Station(config(tmp_path), hardware=False), (Registered(slow, ttl_s=300),),
                            clock=lambda: now[0])
    assert monitor.results()[0].detail == "run 1"
    now[0] = 299
    assert monitor.results()[0].detail == "run 1"
    now[0] = 300
    assert monitor.results()[0].detail == "run 2"


def test_a_calibration_check_registered_later_becomes_a_metric(tmp_path):
    """The hook for the calibration screen: one function in CHECKS, its value a metric."""

    def calibration(st):
        return [amber("calibration.blood_pressure", "device:blood_pressure", "ok", "due in 3 days", 3)]

    monitor = HealthMonitor(Station(config(tmp_path), hardware=False), (*CHECKS, Registered(calibration)))
    got = samples(build_registry(monitor))
    assert got[("kiosk_calibration_due_days", (("device", "blood_pressure"),))] == 3
    assert got[("kiosk_component_status", (("component", "device:blood_pressure"),))] == 1


def test_visits_are_counted_by_how_they_ended_without_anything_personal():
    m = SessionMachine([MeasurementKind.BLOOD_PRESSURE, MeasurementKind.SPO2])
    m.handle(ev.Start())
    [wipe] = m.handle(ev.Decline())
    assert (wipe.ended_on, wipe.completed) == ("consent", False)
    assert wipe == ev.Wipe()  # where it ended is a note for the counters, not a different effect

    m.handle(ev.Start())
    m.handle(ev.Agree("0" * 64, "vi"))
    m.handle(ev.GuestMode())
    *_, wipe = m.handle(ev.Cancel())
    assert wipe.ended_on == "measure.blood_pressure"

    before = visits.ABANDONED.labels(step="measure.blood_pressure")._value.get()
    done_before = visits.COMPLETED._value.get()
    visits.visit_ended(wipe.ended_on, wipe.completed)
    visits.visit_ended("done", True)
    visits.visit_ended("a screen added later", False)
    assert visits.ABANDONED.labels(step="measure.blood_pressure")._value.get() == before + 1
    assert visits.COMPLETED._value.get() == done_before + 1
    assert visits.ABANDONED.labels(step="other")._value.get() >= 1


def test_leaving_the_done_screen_counts_a_completed_visit():
    m = SessionMachine([])
    m.handle(ev.Start())
    m.handle(ev.Agree("0" * 64, "vi"))
    m.handle(ev.GuestMode())  # no measurements: straight to results
    m.handle(ev.Finish())  # a guest: nothing saved, done
    [wipe] = m.handle(ev.ReturnToWelcome())
    assert (wipe.ended_on, wipe.completed) == ("done", True)


@pytest.mark.parametrize("listen, reason", [
    ("0.0.0.0:9464", "listens on every interface"),
    ("[::]:9464", "listens on every interface"),
    ("monitoring.local:9464", "is not an IP address"),
    ("127.0.0.1", "must be ADDRESS:PORT"),
    ("127.0.0.1:70000", "must be ADDRESS:PORT"),
])
def test_metrics_listen_must_be_an_explicit_address(tmp_path, listen, reason):
    with pytest.raises(ConfigError, match=f"metrics.listen: .*{reason}"):
        config(tmp_path, metrics={"listen": listen})


def test_metrics_are_off_unless_configured(tmp_path):
    cfg = config(tmp_path, metrics={"listen": ""})
    assert start_metrics(HealthMonitor(Station(cfg, hardware=False))) is None


def test_the_endpoint_and_the_textfile_serve_the_checks(tmp_path):
    prom = tmp_path / "textfile" / "tram-kiosk.prom"
    prom.parent.mkdir()
    cfg = config(tmp_path, metrics={"listen": "127.0.0.1:0", "textfile": str(prom), "textfile_interval_s": 5})
    exporter = start_metrics(HealthMonitor(Station(cfg, hardware=False)))
    try:
        with urllib.request.urlopen(exporter.url, timeout=10) as r:
            text = r.read().decode()
        assert 'kiosk_check_status{check="disk",component="disk",reason="ok"} 0.0' in text
        assert "kiosk_queue_depth 0.0" in prom.read_text()  # written at once, not after the first interval
        assert [p.name for p in prom.parent.iterdir()] == ["tram-kiosk.prom"]  # no temporary file left
    finally:
        exporter.stop()


def test_an_unwritable_textfile_is_a_log_line_not_a_crash(tmp_path, caplog):
    cfg = config(tmp_path, metrics={"textfile": str(tmp_path / "no" / "such" / "dir" / "k.prom")})
    with caplog.at_level(logging.ERROR, logger="kiosk.health.metrics"):
        assert MetricsExporter(HealthMonitor(Station(cfg, hardware=False))).write_textfile() is False
    assert "metrics: cannot write" in caplog.text and "FileNotFoundError" in caplog.text


def test_a_taken_port_leaves_the_kiosk_running_without_metrics(tmp_path, caplog):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        cfg = config(tmp_path, metrics={"listen": f"127.0.0.1:{taken.getsockname()[1]}"})
        with caplog.at_level(logging.ERROR, logger="kiosk.health.metrics"):
            assert start_metrics(HealthMonitor(Station(cfg, hardware=False))) is None
    assert "metrics: not started, cannot listen on 127.0.0.1:" in caplog.text


def _doctor_json(cfg_file) -> tuple[int, dict]:
    r = subprocess.run([sys.executable, "-m", "kiosk", "doctor", "--no-hardware", "--json", "--config", str(cfg_file)],
                       capture_output=True, text=True, timeout=60)
    assert "Traceback" not in r.stderr
    return r.returncode, json.loads(r.stdout)


def test_doctor_json_exits_non_zero_exactly_when_a_check_is_red(tmp_path):
    text = paths.EXAMPLE_CONFIG.read_text(encoding="utf-8")
    for old, new in (("/var/lib/tram-kiosk", str(tmp_path / "data")), ("/var/log/tram-kiosk", str(tmp_path / "logs")),
                     ("/etc/tram-kiosk/store.key", str(tmp_path / "store.key"))):
        text = text.replace(old, new)
    cfg_file = tmp_path / "kiosk.toml"
    cfg_file.write_text(text, encoding="utf-8")

    code, out = _doctor_json(cfg_file)
    assert code == 0 and out["status"] == "amber"  # no key yet: made at first start
    assert {"id", "component", "status", "reason", "detail", "value"} == set(out["checks"][0])

    (tmp_path / "store.key").write_bytes(bytes(32))
    (tmp_path / "store.key").chmod(0o644)  # readable by all: red
    code, out = _doctor_json(cfg_file)
    key = next(c for c in out["checks"] if c["id"] == "paths.key_file")
    assert code == 1 and out["status"] == "red" and key["reason"] == "key_too_open"
    assert (tmp_path / "store.key").read_bytes() == bytes(32)  # looked at, not changed


def test_the_health_core_imports_no_qt():
    code = ("import sys, kiosk.health.registry, kiosk.health.metrics, kiosk.health.visits; "
            "qt = sorted(m for m in sys.modules if m.startswith('PySide6')); print(qt); sys.exit(1 if qt else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
