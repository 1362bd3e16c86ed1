"""Configuration: the example file is valid, and a bad file names the key and the reason."""
import re
import tomllib

import pytest

from kiosk import paths
from kiosk.config import ConfigError, load_config, parse_config
from kiosk.config.schema import DEVICE_FIELDS, SCHEMA


def example() -> dict:
    return tomllib.loads(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8"))


def test_example_file_is_valid():
    cfg = load_config(paths.EXAMPLE_CONFIG)
    assert cfg.station.language == "vi"
    assert cfg.device("blood_pressure").protocol == "suntech-advantage"


def test_example_documents_every_key():
    data = example()
    for section, fields in SCHEMA.items():
        for key in fields:
            assert key in data.get(section, {}), f"config/kiosk.example.toml lacks {section}.{key}"
    documented = set().union(*(d.keys() for d in data["devices"].values()))
    text = paths.EXAMPLE_CONFIG.read_text(encoding="utf-8")
    for key in DEVICE_FIELDS:
        # Line settings with defaults may be documented in a comment instead.
        assert key in documented or re.search(rf"#.*\b{key}\b", text), f"device key {key} undocumented"


@pytest.mark.parametrize(
    "mutate, key, reason",
    [
        (lambda d: d["station"].pop("id"), "station.id", "is required"),
        (lambda d: d["station"].update(language="fr"), "station.language", "must be one of"),
        (lambda d: d["timeouts"].update(idle_warning_s=10), "timeouts.idle_warning_s", "at least 20"),
        (lambda d: d["timeouts"].update(idle_s="90"), "timeouts.idle_s", "must be an integer or a number"),
        (lambda d: d["timeouts"].update(idle_s=True), "timeouts.idle_s", "must be an integer or a number"),
        (lambda d: d["backend"].update(url="fhir.example.vn"), "backend.url", "http:// or https://"),
        (lambda d: d["station"].update(colour="red"), "station.colour", "unknown key"),
        (lambda d: d.update(extras={}), "extras", "unknown section"),
        (lambda d: d["devices"]["spo2"].update(baudrate=9601), "devices.spo2.baudrate", "must be one of 1200"),
        (lambda d: d["devices"].update(ecg={"port": "/dev/x", "protocol": "y"}), "devices.ecg", "unknown measurement"),
        (lambda d: d["card"].update(access_order=["pace-can", "nfc"]), "card.access_order", "unknown item"),
    ],
)
def test_bad_values_name_key_and_reason(mutate, key, reason):
    data = example()
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_config(data, "kiosk.toml")
    assert info.value.key == key
    assert reason in str(info.value)
    assert str(info.value).startswith(f"kiosk.toml: {key}: ")


def test_unreadable_and_invalid_toml(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[station\nid = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_message_is_one_readable_line():
    data = example()
    data["timeouts"]["idle_warning_s"] = 5
    with pytest.raises(ConfigError) as info:
        parse_config(data, "/etc/tram-kiosk/kiosk.toml")
    assert re.fullmatch(r"/etc/tram-kiosk/kiosk\.toml: timeouts\.idle_warning_s: must be at least 20 \(got 5\)", str(info.value))
