"""Settings from the maintenance screen: targeted rewrite, the start-up schema's check, rollback."""
from __future__ import annotations

import shutil

import pytest

from kiosk import paths
from kiosk.config import ConfigError, load_config
from kiosk.maintenance import settings_edit as se


@pytest.fixture
def station(tmp_path):
    f = tmp_path / "kiosk.toml"
    shutil.copy(paths.EXAMPLE_CONFIG, f)
    return f


def test_a_change_is_written_on_its_own_line_and_comments_stay(station):
    before_text = station.read_text()
    before = load_config(station)
    audited = []
    done = se.save(station, {"timeouts.idle_s": 120, "devices.body.port": "/dev/kiosk-scale2",
                             "backend.url": "https://fhir.example.vn/r4"}, before,
                   lambda k, o, n: audited.append((k, o, n)))
    assert {c.key for c in done} == {"timeouts.idle_s", "devices.body.port", "backend.url"}
    after = load_config(station)
    assert after.timeouts.idle_s == 120 and after.device("body").port == "/dev/kiosk-scale2"
    text = station.read_text()
    # Every comment line of the original is still there, and only the changed lines differ.
    assert [l for l in before_text.splitlines() if l.lstrip().startswith("#")] == \
           [l for l in text.splitlines() if l.lstrip().startswith("#")]
    changed = [(a, b) for a, b in zip(before_text.splitlines(), text.splitlines()) if a != b]
    assert len(changed) == 3 and len(before_text.splitlines()) == len(text.splitlines())
    assert ("timeouts.idle_s", before.timeouts.idle_s, 120) in audited
    assert se.previous_path(station).read_text() == before_text


def test_a_trailing_comment_on_the_line_is_kept():
    text = '[timeouts]\nidle_s = 90   # no touch for this long\n'
    assert se.set_value(text, "timeouts.idle_s", 60) == '[timeouts]\nidle_s = 60   # no touch for this long\n'


def test_a_missing_key_is_added_under_its_table():
    text = '[devices.body]\nport = "/dev/x"\nprotocol = "healthometer-esc"\n\n[devices.spo2]\nport = "/dev/y"\n'
    out = se.set_value(text, "devices.body.calibration_days", 90)
    assert out.startswith('[devices.body]\ncalibration_days = 90\nport = "/dev/x"')


@pytest.mark.parametrize("changes, message", [
    ({"timeouts.idle_warning_s": 5}, "timeouts.idle_warning_s: must be at least 20 (got 5)"),
    ({"station.language": "fr"}, "station.language: must be one of"),
    ({"devices.blood_pressure.protocol": "nonin-df2"}, "devices.blood_pressure.protocol: 'nonin-df2' is a spo2 protocol"),
    ({"backend.url": "fhir.example.vn"}, "backend.url: "),
    ({"maintenance.pin_hash": "x"}, "cannot be changed from the maintenance screen"),
])
def test_a_bad_value_is_refused_with_the_schemas_message_and_nothing_is_written(station, changes, message):
    before_text = station.read_text()
    with pytest.raises(ConfigError) as e:
        se.save(station, changes, load_config(station))
    assert message in str(e.value)
    assert station.read_text() == before_text and not se.previous_path(station).exists()


def test_rollback_restores_the_previous_file_and_a_second_undoes_it(station):
    original = station.read_text()
    se.save(station, {"timeouts.idle_s": 300}, load_config(station))
    changed = station.read_text()
    audited = []
    done = se.rollback(station, lambda k, o, n: audited.append((k, o, n)))
    assert station.read_text() == original
    assert [(c.key, c.old, c.new) for c in done] == [("timeouts.idle_s", 300, 90)] == audited
    se.rollback(station)
    assert station.read_text() == changed


def test_rollback_without_a_previous_file_says_so(station):
    with pytest.raises(FileNotFoundError):
        se.rollback(station)


def test_serial_ports_list_pty_links_in_demo(tmp_path):
    from drivers.sensors.simulators import PtyLink

    link = PtyLink(tmp_path / "tty-body")
    try:
        assert str(tmp_path / "tty-body") in se.serial_ports((tmp_path,))
    finally:
        link.close()
