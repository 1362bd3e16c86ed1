"""The device-model registry: one file per model holds all of that model's facts,
and the configuration, the device factory, demo mode and `kiosk sensor` read it."""
from __future__ import annotations

import inspect
import sys
import textwrap
import threading

import pytest

import drivers.sensors.models as models_package
from drivers.sensors import registry
from drivers.sensors.api import MeasurementKind, Reading
from kiosk.cli import main as kiosk_main
from kiosk.config import parse_config
from kiosk.config.fields import FROM_MODEL
from kiosk.config.schema import DEVICE_FIELDS, LINE_SETTINGS
from kiosk.demo.env import DemoEnv
from kiosk.devices.sensors import make_measurement_devices

BASE = {"station": {"id": "T-1"}, "backend": {"url": "http://127.0.0.1:9/fhir"}}


@pytest.mark.parametrize("protocol", registry.names())
def test_a_model_is_consistent_with_its_parts(protocol):
    m = registry.get(protocol)
    assert m.simulator.protocol == m.codec.name == protocol
    assert registry.coordinator_for(protocol).kind is m.kind
    # The flag the configuration checks is what the codec really takes.
    assert m.error_codes == ("error_keys" in inspect.signature(m.codec).parameters)
    for key in LINE_SETTINGS:  # the model's own settings pass the configuration's checks
        assert DEVICE_FIELDS[key].check(getattr(m.line, key)) is None, (key, m.line)


def test_every_measurement_has_exactly_one_demo_model():
    for kind in MeasurementKind:
        assert [m.demo for m in registry.of_kind(kind)].count(True) == 1, kind


@pytest.mark.parametrize("protocol", registry.names())
def test_schema_line_defaults_are_the_models(protocol):
    kind = registry.get(protocol).kind.value
    cfg = parse_config({**BASE, "devices": {kind: {"port": "/dev/x", "protocol": protocol}}})
    line = registry.get(protocol).line
    assert {k: cfg.device(kind)[k] for k in LINE_SETTINGS} == {k: getattr(line, k) for k in LINE_SETTINGS}
    # No other default exists that could drift from the model's.
    assert all(DEVICE_FIELDS[k].default is FROM_MODEL for k in LINE_SETTINGS)


def test_a_configured_line_setting_overrides_the_models():
    cfg = parse_config({**BASE, "devices": {"body": {"port": "/dev/x", "protocol": "and-standard",
                                                     "bytesize": 7, "parity": "E"}}})
    d = cfg.device("body")
    assert (d.baudrate, d.bytesize, d.parity, d.stopbits) == (registry.get("and-standard").line.baudrate, 7, "E", 1)


THROWAWAY = '''
"""A thermometer that exists only in this test: the IR module's bytes under another name."""
from drivers.sensors.coordinators.temperature import TemperatureCoordinator
from drivers.sensors.device_model import DeviceModel
from drivers.sensors.protocols.ir_uart import IrUartCodec
from drivers.sensors.simulators.ir_uart import IrUartSimulator
from drivers.sensors.transport import LineSettings


class ThrowawayCodec(IrUartCodec):
    name = "throwaway-thermo"


class ThrowawaySimulator(IrUartSimulator):
    protocol = "throwaway-thermo"


MODEL = DeviceModel(
    device="Throwaway thermometer",
    codec=ThrowawayCodec,
    coordinator=TemperatureCoordinator,
    simulator=ThrowawaySimulator,
    line=LineSettings(19200, 8, "N", 2),
)
'''


@pytest.fixture
def throwaway_model(tmp_path, monkeypatch):
    """One new file in the models folder (here a second folder of the same package),
    and nothing else changed."""
    (tmp_path / "throwaway_thermo.py").write_text(textwrap.dedent(THROWAWAY), encoding="utf-8")
    monkeypatch.setattr(models_package, "__path__", [*models_package.__path__, str(tmp_path)])
    monkeypatch.setattr(registry, "MODELS", registry.discover())
    yield registry.get("throwaway-thermo")
    sys.modules.pop("drivers.sensors.models.throwaway_thermo", None)


@pytest.mark.timeout(60)
def test_adding_a_model_is_one_file(throwaway_model, tmp_path, capsys):
    # The configuration accepts it for its measurement, with its line settings as defaults ...
    cfg = parse_config({**BASE, "flow": {"measurements": ["temperature"]},
                        "devices": {"temperature": {"port": "/nonexistent/thermo", "protocol": "throwaway-thermo"}}})
    t = cfg.device("temperature")
    assert (t.baudrate, t.stopbits) == (19200, 2)
    # ... the station factory builds it on those settings ...
    dev = make_measurement_devices(cfg, None)[MeasurementKind.TEMPERATURE]
    try:
        assert dev.protocol == "throwaway-thermo"
        assert (dev.transport.settings.baudrate, dev.transport.settings.stopbits) == (19200, 2)
    finally:
        dev.close()
    # ... demo mode runs its simulator behind the real transport and gets a reading ...
    env = DemoEnv(workdir=tmp_path / "demo", speed=20)
    (tmp_path / "demo").mkdir()
    try:
        dev = make_measurement_devices(cfg, env)[MeasurementKind.TEMPERATURE]
        result = dev.measure(lambda e: None, threading.Event())
        assert isinstance(result, Reading) and result.kind is MeasurementKind.TEMPERATURE, result
    finally:
        env.close()
    # ... and `kiosk sensor list` shows it.
    assert kiosk_main(["sensor", "list"]) == 0
    listed = capsys.readouterr().out
    assert "throwaway-thermo" in listed and "19200 8N2" in listed and "Throwaway thermometer" in listed


def test_a_model_file_without_a_model_is_refused(tmp_path, monkeypatch):
    (tmp_path / "half_done.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(models_package, "__path__", [*models_package.__path__, str(tmp_path)])
    try:
        with pytest.raises(TypeError, match="half_done defines no MODEL"):
            registry.discover()
    finally:
        sys.modules.pop("drivers.sensors.models.half_done", None)
