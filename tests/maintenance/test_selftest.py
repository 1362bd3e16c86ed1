"""Self-tests against the real simulators on real ptys: present, unplugged, answering with an error."""
from __future__ import annotations

import pytest

from drivers.sensors import registry
from drivers.sensors.device import SerialMeasurementDevice
from drivers.sensors.simulators import PtyLink
from kiosk.maintenance import selftest

SPEED = 20.0


@pytest.fixture
def on_pty(tmp_path):
    started = []

    def start(protocol: str, scenario: str = "normal"):
        link = PtyLink(tmp_path / f"tty-{protocol}-{scenario}")
        sim = registry.get(protocol).simulator(link, scenario, SPEED, seed=3)
        sim.start()
        dev = SerialMeasurementDevice(link.device_path, protocol, registry.get(protocol).line)
        started.append((link, sim, dev))
        return link, sim, dev

    yield start
    for link, sim, dev in started:
        dev.close()
        sim.stop()
        link.close()


@pytest.mark.parametrize("protocol", ["suntech-advantage", "ir-uart", "nonin-df2", "healthometer-esc", "and-standard"])
def test_a_present_device_answers(on_pty, protocol):
    _, _, dev = on_pty(protocol)
    r = selftest.serial_device(dev.kind.value, dev, protocol)
    assert r.status == "ok", r
    assert r.passed and r.device == f"device:{dev.kind.value}"


def test_an_unplugged_device_is_port_missing(tmp_path):
    dev = SerialMeasurementDevice(str(tmp_path / "tty-gone"), "suntech-advantage")
    try:
        r = selftest.serial_device("blood_pressure", dev, "suntech-advantage", open_wait_s=0.5)
    finally:
        dev.close()
    assert r.status == "port_missing" and not r.passed
    assert "tty-gone not found" in r.detail


def test_a_device_pulled_out_after_opening_is_port_missing(on_pty):
    link, sim, dev = on_pty("suntech-advantage")
    assert dev.transport.is_open.wait(3)
    sim.stop()
    link.unplug()
    r = selftest.serial_device("blood_pressure", dev, "suntech-advantage", open_wait_s=0.5)
    assert r.status == "port_missing", r


def test_a_device_answering_with_an_error(on_pty):
    _, _, dev = on_pty("ir-uart", "nak")
    r = selftest.serial_device("temperature", dev, "ir-uart")
    assert r.status == "device_error" and "refused" in r.detail, r


def test_a_silent_device_is_no_answer(on_pty):
    _, _, dev = on_pty("nonin-df2", "silent")
    dev.transport.is_open.wait(3)
    import time
    time.sleep(1.5 / SPEED * 2)  # past the point where the simulator falls silent
    r = selftest.serial_device("spo2", dev, "nonin-df2", answer_wait_s=1.0)
    assert r.status == "no_answer", r


def test_a_quiet_scale_passes_as_silent(on_pty):
    _, _, dev = on_pty("healthometer-esc", "silent")
    r = selftest.serial_device("body", dev, "healthometer-esc", answer_wait_s=0.5)
    assert r.status == "silent" and r.passed, r


def test_no_self_test_while_a_measurement_holds_the_port(on_pty):
    _, _, dev = on_pty("suntech-advantage")
    with dev.idle_transport():
        r = selftest.serial_device("blood_pressure", dev, "suntech-advantage")
    assert r.status == "busy"


def test_card_reader_without_pcsc_or_reader_says_so():
    r = selftest.card_reader("no-such-reader-name-xyz")
    assert r.status in ("pcsc_unavailable", "reader_missing") and not r.passed


def test_camera_on_the_demo_visitor_finds_a_face():
    from kiosk.devices.camera import DemoVisitor, settings_from
    from kiosk.runner import demo_config
    import tempfile
    from pathlib import Path

    cfg = demo_config(Path(tempfile.mkdtemp()), None, 10.0, {})
    r = selftest.camera(DemoVisitor(settings_from(cfg), 1.0), frames=3, timeout_s=10)
    assert r.status == "ok", r
