"""kiosk.devices.sensors: demo mode runs the simulators on ptys behind the real
transport; station mode opens the configured ports."""
from __future__ import annotations

import threading

import pytest

from drivers.sensors.api import DeviceFault, MeasurementKind, Reading
from drivers.sensors.simulators import SIMULATORS, PtyLink
from kiosk.config import parse_config
from kiosk.demo.env import DemoEnv
from kiosk.devices.sensors import make_measurement_devices

BASE = {"station": {"id": "T-1"}, "backend": {"url": "http://127.0.0.1:9/fhir"}}


@pytest.mark.timeout(60)
def test_demo_mode_gives_a_reading_for_every_measurement(tmp_path):
    cfg = parse_config({**BASE, "demo": {"speed": 50}})
    env = DemoEnv(workdir=tmp_path, speed=50)
    try:
        devices = make_measurement_devices(cfg, env)
        assert set(devices) == set(MeasurementKind)
        for kind, dev in devices.items():
            events = []
            result = dev.measure(events.append, threading.Event())
            assert isinstance(result, Reading), (kind, result)
            assert result.kind is kind
        bp = devices[MeasurementKind.BLOOD_PRESSURE]
        assert bp.protocol == "suntech-advantage"
    finally:
        env.close()
    assert not list(tmp_path.glob("tty-*")), "cleanups remove the pty links"


@pytest.mark.timeout(60)
def test_station_mode_opens_configured_ports(tmp_path):
    link = PtyLink(tmp_path / "kiosk-thermo")
    sim = SIMULATORS["ir-uart"](link, "fever", 20.0)
    sim.start()
    cfg = parse_config({**BASE, "flow": {"measurements": ["temperature", "spo2"]},
                        "devices": {"temperature": {"port": str(link.device_path), "protocol": "ir-uart",
                                                    "baudrate": 38400}}})
    devices = make_measurement_devices(cfg, None)
    try:
        t = devices[MeasurementKind.TEMPERATURE].measure(lambda e: None, threading.Event())
        assert isinstance(t, Reading) and t.values["body_c"] == 38.6
        missing = devices[MeasurementKind.SPO2].measure(lambda e: None, threading.Event())
        assert isinstance(missing, DeviceFault) and not missing.retryable
    finally:
        for d in devices.values():
            d.close()
        sim.stop()
        link.close()


def test_a_protocol_for_the_wrong_measurement_is_refused():
    cfg = parse_config({**BASE, "flow": {"measurements": ["spo2"]},
                        "devices": {"spo2": {"port": "/dev/null", "protocol": "ir-uart"}}})
    with pytest.raises(ValueError, match="measures temperature"):
        make_measurement_devices(cfg, None)
