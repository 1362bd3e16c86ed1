"""Configuration: the example file is valid, and a bad file names the key and the reason."""
import re
import tomllib

import pytest

from kiosk import paths
from kiosk.config import ConfigError, load_config, parse_config
from kiosk.config.schema import DEVICE_FIELDS, DEVICE_KIND_FIELDS, SCHEMA


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
    for kind, fields in DEVICE_KIND_FIELDS.items():
        for key in fields:
            assert key in data["devices"][kind], f"config/kiosk.example.toml lacks devices.{kind}.{key}"


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
        (lambda d: d["devices"]["blood_pressure"].update(rest_s=-1), "devices.blood_pressure.rest_s", "between 0"),
        (lambda d: d["devices"]["blood_pressure"].update(interval_s=3600), "devices.blood_pressure.interval_s",
         "between 0 and 600"),
        (lambda d: d["devices"]["blood_pressure"].update(interval_s="60"), "devices.blood_pressure.interval_s",
         "must be an integer or a number"),
        (lambda d: d["devices"]["spo2"].update(rest_s=10), "devices.spo2.rest_s", "unknown key"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes={"0x03": "cuff_lose"}),
         "devices.blood_pressure.error_codes", "'cuff_lose' is not a fault key"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes={"0x03": "cancelled"}),
         "devices.blood_pressure.error_codes", "'cancelled' is not a fault key"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes={"three": "motion"}),
         "devices.blood_pressure.error_codes", "is not a number"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes={"0x100": "motion"}),
         "devices.blood_pressure.error_codes", "outside 1-255"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes={"0": "motion"}),
         "devices.blood_pressure.error_codes", "outside 1-255"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes={"0x03": "motion", "3": "cuff_loose"}),
         "devices.blood_pressure.error_codes", "listed twice"),
        (lambda d: d["devices"]["blood_pressure"].update(error_codes=["0x03"]),
         "devices.blood_pressure.error_codes", "must be a table"),
        (lambda d: d["timeouts"].update(idle_warning_s=1e9), "timeouts.idle_warning_s", "at most 300"),
        (lambda d: d["devices"]["blood_pressure"].update(protocol="omron-hem9200"),
         "devices.blood_pressure.protocol", "unknown protocol 'omron-hem9200' (known: suntech-advantage)"),
        (lambda d: d["devices"]["blood_pressure"].update(protocol="nonin-df2"),
         "devices.blood_pressure.protocol", "'nonin-df2' is a spo2 protocol, not blood_pressure "
                                            "(known: suntech-advantage)"),
        (lambda d: d["devices"]["body"].update(protocol="ir-uart", enabled=False),
         "devices.body.protocol", "(known: healthometer-esc, and-standard)"),
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


def test_blood_pressure_keys_default_to_the_clinical_protocol():
    from kiosk.clinical.thresholds import BP_PROTOCOL

    data = example()
    for key in ("rest_s", "interval_s", "error_codes"):
        data["devices"]["blood_pressure"].pop(key)
    bp = parse_config(data).device("blood_pressure")
    assert (bp.rest_s, bp.interval_s) == (BP_PROTOCOL["rest_s"], BP_PROTOCOL["interval_s"])
    assert bp.error_codes == {}
    bp.error_codes["0x01"] = "motion"  # a default is never shared between configurations
    assert parse_config(data).device("blood_pressure").error_codes == {}


def test_error_codes_accept_hex_and_decimal_codes():
    data = example()
    data["devices"]["blood_pressure"]["error_codes"] = {"0x0A": "cuff_loose", "12": "motion"}
    assert parse_config(data).device("blood_pressure").error_codes == {"0x0A": "cuff_loose", "12": "motion"}


def test_known_protocols_come_from_the_model_registry():
    from drivers.sensors import registry

    for name, model in registry.MODELS.items():
        kind = model.kind.value
        data = example()
        data["devices"][kind]["protocol"] = name
        data["devices"][kind].pop("error_codes", None)
        assert parse_config(data).device(kind).protocol == name
        wrong = next(k for k in data["devices"] if k != kind)
        data["devices"][wrong]["protocol"] = name
        with pytest.raises(ConfigError, match=rf"devices\.{wrong}\.protocol: '{name}' is a {kind} protocol"):
            parse_config(data)


def _durations():
    for section, fields in [*SCHEMA.items(), *(("devices." + k, f) for k, f in DEVICE_KIND_FIELDS.items()),
                            *(("devices." + k, DEVICE_FIELDS) for k in ("spo2",))]:
        for key, field in fields.items():
            if key.endswith(("_s", "_days")):
                yield section, key, field


@pytest.mark.parametrize("section, key, field", list(_durations()), ids=lambda x: x if isinstance(x, str) else "")
def test_every_duration_has_an_upper_bound(section, key, field):
    """A huge timeout is a setting that never fires: an abandoned visit never wiped, a job never ended."""
    data = example()
    table = data
    for part in section.split("."):
        table = table[part]
    table[key] = 10**9 if field.type is int else 1e9
    with pytest.raises(ConfigError) as info:
        parse_config(data, "kiosk.toml")
    assert info.value.key == f"{section}.{key}"


def test_a_bom_is_accepted(tmp_path):
    f = tmp_path / "kiosk.toml"
    f.write_bytes(b"\xef\xbb\xbf" + paths.EXAMPLE_CONFIG.read_bytes())
    assert load_config(f).station.id == "VN-HCM-Q1-0001"


def test_a_file_not_in_utf8_is_named(tmp_path):
    f = tmp_path / "kiosk.toml"
    f.write_bytes(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(ConfigError, match=r"kiosk\.toml: not UTF-8 text \(byte 0\): save the file as UTF-8$"):
        load_config(f)
