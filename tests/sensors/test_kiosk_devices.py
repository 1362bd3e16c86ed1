"""kiosk.devices.sensors: demo mode runs the simulators on ptys behind the real
transport; station mode opens the configured ports."""
from __future__ import annotations

import threading

import pytest

from drivers.sensors import registry
from drivers.sensors.api import DeviceFault, MeasurementKind, Reading
from drivers.sensors.simulators import PtyLink
from kiosk.config import ConfigError, parse_config
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
        # With no [devices.<kind>], each measurement runs its demo model (registry).
        assert {k: d.protocol for k, d in devices.items()} == {k: registry.demo_model(k).protocol for k in devices}
    finally:
        env.close()
    assert not list(tmp_path.glob("tty-*")), "cleanups remove the pty links"


@pytest.mark.timeout(60)
def test_station_mode_opens_configured_ports(tmp_path):
    link = PtyLink(tmp_path / "kiosk-thermo")
    sim = registry.get("ir-uart").simulator(link, "fever", 20.0)
    sim.start()
    cfg = parse_config({**BASE, "flow": {"measurements": ["temperature", "spo2"]},
                        "devices": {"temperature": {"port": str(link.device_path), "protocol": "ir-uart",
                                                    "baudrate": 38400}}})
    devices = make_measurement_devices(cfg, None)
    try:
        t = devices[MeasurementKind.TEMPERATURE].measure(lambda e: None, threading.Event())
        assert isinstance(t, Reading) and t.values["body_temp_c"] == 38.6
        missing = devices[MeasurementKind.SPO2].measure(lambda e: None, threading.Event())
        assert isinstance(missing, DeviceFault) and not missing.retryable
    finally:
        for d in devices.values():
            d.close()
        sim.stop()
        link.close()


def test_a_protocol_for_the_wrong_measurement_is_refused():
    # Already by the configuration, so no factory ever meets it (tests/unit/test_config.py has the cases).
    with pytest.raises(ConfigError, match="devices.spo2.protocol: 'ir-uart' is a temperature protocol, not spo2"):
        parse_config({**BASE, "flow": {"measurements": ["spo2"]},
                      "devices": {"spo2": {"port": "/dev/null", "protocol": "ir-uart"}}})


@pytest.mark.timeout(60)
def test_station_mode_takes_bp_rest_interval_and_error_codes_from_config(tmp_path):
    link = PtyLink(tmp_path / "kiosk-bp")
    sim = registry.get("suntech-advantage").simulator(link, "motion", 40.0)  # the module reports code 0x02
    sim.start()
    cfg = parse_config({**BASE, "flow": {"measurements": ["blood_pressure"]},
                        "devices": {"blood_pressure": {"port": str(link.device_path), "protocol": "suntech-advantage",
                                                       "rest_s": 0, "interval_s": 2.5,
                                                       "error_codes": {"0x02": "cuff_loose", "7": "motion"}}}})
    devices = make_measurement_devices(cfg, None)
    dev = devices[MeasurementKind.BLOOD_PRESSURE]
    try:
        plan = dev._make_coordinator().plan
        assert (plan.rest_s, plan.interval_s) == (0, 2.5)
        assert dev._make_codec()._error_keys == {0x02: "cuff_loose", 0x07: "motion"}
        result = dev.measure(lambda e: None, threading.Event())
        assert isinstance(result, DeviceFault) and result.key == "cuff_loose", result
        assert "0x02" in result.detail
    finally:
        dev.close()
        sim.stop()
        link.close()


def test_station_bp_defaults_are_the_clinical_protocol_and_the_placeholder_codes():
    from drivers.sensors.protocols.suntech import DEFAULT_ERROR_KEYS
    from kiosk.clinical.thresholds import BP_PROTOCOL

    cfg = parse_config({**BASE, "flow": {"measurements": ["blood_pressure"]},
                        "devices": {"blood_pressure": {"port": "/nonexistent/kiosk-bp",
                                                       "protocol": "suntech-advantage"}}})
    dev = make_measurement_devices(cfg, None)[MeasurementKind.BLOOD_PRESSURE]
    try:
        plan = dev._make_coordinator().plan
        assert (plan.rest_s, plan.interval_s) == (BP_PROTOCOL["rest_s"], BP_PROTOCOL["interval_s"])
        assert dev._make_codec()._error_keys == dict(DEFAULT_ERROR_KEYS)
    finally:
        dev.close()


def test_every_fault_key_has_words_in_the_qml():
    import re

    from drivers.sensors.api import FAULT_KEYS
    from kiosk import paths

    qml = (paths.QML_IMPORT_PATH / "Kiosk" / "components" / "Messages.qml").read_text(encoding="utf-8")
    fault = qml[qml.index("function fault("):qml.index("function staff(")]
    worded = set(re.findall(r'case "(\w+)"', fault))
    assert worded == set(FAULT_KEYS) - {"cancelled"}
