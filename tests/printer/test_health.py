"""`kiosk doctor` and the dashboard see the printer: status read through the simulator on a pty."""
from __future__ import annotations

import tomllib

import pytest

from kiosk import paths
from kiosk.config.loader import ConfigError, parse_config
from kiosk.health.checks.printer import paper
from kiosk.health.metrics import _values
from kiosk.health.registry import CHECKS
from kiosk.health.result import REASONS
from kiosk.health.station import Station


def config(port: str, **printer):
    data = tomllib.loads(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8"))
    data["devices"]["printer"].update(port=port, **printer)
    return parse_config(data)


def test_registered_once():
    assert [c.name for c in CHECKS].count("printer.paper") == 1


@pytest.mark.parametrize("scenario, status, reason, value", [
    ("normal", "green", "ok", 1.0),
    ("near_end", "amber", "paper_near_end", 0.5),
    ("paper_out", "red", "paper_out", 0.0),
    ("cover_open", "red", "cover_open", None),
])
def test_printer_states(printer_sim, scenario, status, reason, value):
    sim = printer_sim(scenario)
    [r] = paper(Station(config(sim.device_path)))
    assert (r.status.value, r.reason, r.value) == (status, reason, value)
    assert r.reason in REASONS and r.component == "printer"
    if value is not None:
        [family] = [f for f in _values([r]) if f.name == "kiosk_printer_paper"]
        assert family.samples[0].value == value


def test_unplugged_and_absent(tmp_path):
    [r] = paper(Station(config(str(tmp_path / "gone"))))
    assert (r.status.value, r.reason) == ("red", "port_missing")
    data = tomllib.loads(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8"))
    del data["devices"]["printer"]
    assert paper(Station(parse_config(data))) == []


def test_config_checks_the_printer_keys():
    with pytest.raises(ConfigError) as e:
        config("/dev/kiosk-printer", paper_mm=57)
    assert e.value.key == "devices.printer.paper_mm"
