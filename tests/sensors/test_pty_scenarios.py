"""Every simulator scenario through a real pseudo-terminal and the real serial
transport: the device end speaks the bytes, MeasurementDevice.measure decides."""
from __future__ import annotations

import threading

import pytest

from drivers.sensors.api import DeviceFault, Progress, Reading
from drivers.sensors import registry

BP = {"systolic": 126, "diastolic": 81, "pulse": 71}  # mean of the simulator's two normal readings
BODY = {"weight_kg": 61.5, "height_cm": 162.0, "bmi": 23.4}
SPO2 = {"spo2": 97}
TEMP = {"body_temp_c": 36.6, "ambient_c": 25.3}

# protocol -> scenario -> expected: a dict of values (subset) or a fault key
EXPECTED = {
    "suntech-advantage": {"normal": BP, "garbage": BP, "bad_checksum": BP, "split": BP, "silent": "not_responding",
                          "unplug": "unplugged", "high": {"systolic": 184, "diastolic": 110},
                          "overpressure": "overpressure", "weak_pulse": "weak_pulse", "motion": "motion",
                          "cuff_loose": "cuff_loose", "device_error": "device_error"},
    "healthometer-esc": {"normal": BODY, "garbage": BODY, "bad_checksum": BODY, "split": BODY, "silent": "timeout",
                         "unplug": "unplugged", "stepped_off": "stepped_off", "imperial": {"weight_kg": 61.5}},
    "and-standard": {"normal": {"weight_kg": 61.5}, "garbage": {"weight_kg": 61.5}, "bad_checksum": {"weight_kg": 61.5},
                     "split": {"weight_kg": 61.5}, "silent": "not_responding", "unplug": "unplugged",
                     "overload": "out_of_range", "error": "device_error", "stepped_off": "stepped_off"},
    "nonin-df2": {"normal": SPO2, "garbage": SPO2, "bad_checksum": SPO2, "split": SPO2, "silent": "not_responding",
                  "unplug": "unplugged", "low": {"spo2": 88}, "finger_out": "finger_out", "sensor_off": "sensor_off",
                  "artifact": "artifact", "low_perfusion": "low_perfusion", "factory_default": SPO2},
    "nonin-df8": {"normal": SPO2, "garbage": SPO2, "bad_checksum": SPO2, "split": SPO2, "silent": "not_responding",
                  "unplug": "unplugged", "low": {"spo2": 88}, "finger_out": "finger_out", "sensor_off": "finger_out",
                  "artifact": "artifact", "low_perfusion": "low_perfusion", "factory_default": SPO2},
    "ir-uart": {"normal": TEMP, "garbage": TEMP, "bad_checksum": TEMP, "split": TEMP, "silent": "not_responding",
                "unplug": "unplugged", "fever": {"body_temp_c": 38.6}, "out_of_range": "out_of_range",
                "ambient_hot": "out_of_range", "nak": "device_error"},
}

CASES = [(p, s) for p, table in EXPECTED.items() for s in table]


def test_every_scenario_of_every_simulator_is_covered():
    assert {(m.protocol, s) for m in registry.all_models() for s in m.simulator.scenarios} == set(CASES)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("protocol,scenario", CASES)
def test_scenario_through_a_pty(sim_on_pty, protocol, scenario):
    _, _, dev = sim_on_pty(protocol, scenario)
    events = []
    result = dev.measure(events.append, threading.Event())
    expected = EXPECTED[protocol][scenario]
    assert events[-1] is result
    if isinstance(expected, str):
        assert isinstance(result, DeviceFault), result
        assert result.key == expected and result.retryable
    else:
        assert isinstance(result, Reading), result
        assert {k: result.values[k] for k in expected} == expected
    assert isinstance(events[0], Progress) and events[0].phase == "starting"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("protocol", sorted(registry.names()))
def test_unplug_mid_measurement_then_replug_measures_again(sim_on_pty, protocol):
    _, _, dev = sim_on_pty(protocol, "unplug")
    first = dev.measure(lambda e: None, threading.Event())
    assert isinstance(first, DeviceFault) and first.key == "unplugged" and first.retryable
    # The simulator plugs itself back in behind the same path; the transport re-opens it.
    second = dev.measure(lambda e: None, threading.Event())
    assert isinstance(second, Reading), second


@pytest.mark.timeout(30)
def test_blood_pressure_progress_shows_rest_readings_and_cuff_pressure(sim_on_pty):
    _, _, dev = sim_on_pty("suntech-advantage")
    events = []
    result = dev.measure(events.append, threading.Event())
    phases = [e.phase for e in events if isinstance(e, Progress)]
    assert {"starting", "resting", "reading", "inflating", "deflating"} <= set(phases)
    assert [e.value for e in events if isinstance(e, Progress) and e.phase == "reading"] == [1.0, 2.0]
    pressures = [e.value for e in events if isinstance(e, Progress) and e.phase == "inflating"]
    assert max(pressures) > 120
    assert result.quality["readings"] == "2"


@pytest.mark.timeout(30)
def test_cancel_aborts_the_cuff(sim_on_pty):
    _, sim, dev = sim_on_pty("suntech-advantage", speed=2.0)
    cancel = threading.Event()
    seen = []

    def emit(ev):
        seen.append(ev)
        if isinstance(ev, Progress) and ev.phase == "inflating":
            cancel.set()

    result = dev.measure(emit, cancel)
    assert isinstance(result, DeviceFault) and result.key == "cancelled"


@pytest.mark.timeout(30)
def test_a_missing_port_is_reported_not_raised(tmp_path):
    from tests.sensors.conftest import make_device

    dev = make_device(str(tmp_path / "nothing-here"), "ir-uart")
    try:
        result = dev.measure(lambda e: None, threading.Event())
    finally:
        dev.close()
    assert isinstance(result, DeviceFault) and result.key == "unplugged"
