"""`kiosk maintenance set-pin` writes an Argon2id hash that verifies and leaves the rest of the file as it was."""
import io
import shutil
import tomllib
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.maintenance.audit import AuditLog
from kiosk.maintenance.pin import verify_pin

EXAMPLE = Path(__file__).resolve().parents[2] / "config" / "kiosk.example.toml"


@pytest.fixture
def config(tmp_path):
    p = tmp_path / "kiosk.toml"
    text = EXAMPLE.read_text(encoding="utf-8").replace('log_dir = "/var/log/tram-kiosk"',
                                                       f'log_dir = "{tmp_path / "logs"}"')
    p.write_text(text, encoding="utf-8")
    p.chmod(0o640)
    return p


def set_pin(monkeypatch, config, pin: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    return main(["maintenance", "set-pin", "--config", str(config), "--stdin"])


def test_set_pin_writes_a_hash_that_verifies_and_keeps_the_rest(monkeypatch, config, tmp_path):
    before = config.read_text(encoding="utf-8").splitlines()
    assert set_pin(monkeypatch, config, "482916") == 0
    after = config.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and len(changed) == 1 and changed[0][1].startswith('pin_hash = "$argon2id$')
    cfg = load_config(config)
    assert verify_pin(cfg.maintenance.pin_hash, "482916") and not verify_pin(cfg.maintenance.pin_hash, "482917")
    assert config.stat().st_mode & 0o777 == 0o640
    # Again: the line is replaced, not added.
    assert set_pin(monkeypatch, config, "731905") == 0
    assert config.read_text(encoding="utf-8").count("pin_hash") == 1
    assert verify_pin(load_config(config).maintenance.pin_hash, "731905")
    assert [r["action"] for r in AuditLog(tmp_path / "logs").records()] == ["pin_set", "pin_set"]


def test_a_file_without_the_section_gets_it_appended(monkeypatch, tmp_path):
    p = tmp_path / "kiosk.toml"
    original = '# station\n[station]\nid = "X-1"  # code\n\n[backend]\nurl = "https://h.example/fhir"\n'
    p.write_text(original, encoding="utf-8")
    assert set_pin(monkeypatch, p, "482916") == 0
    text = p.read_text(encoding="utf-8")
    assert text.startswith(original)
    assert tomllib.loads(text)["maintenance"]["pin_hash"].startswith("$argon2id$")


@pytest.mark.parametrize("pin", ["12345", "1234567890123", "12ab56", "111111", "123456"])
def test_weak_or_malformed_pins_are_refused(monkeypatch, config, pin, capsys):
    before = config.read_bytes()
    assert set_pin(monkeypatch, config, pin) == 1
    assert config.read_bytes() == before
    assert "nothing was changed" in capsys.readouterr().err


def test_a_hand_written_non_hash_is_refused_at_load(config):
    from kiosk.config import ConfigError

    config.write_text(config.read_text(encoding="utf-8").replace('pin_hash = ""', 'pin_hash = "246810"'),
                      encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(config)
    assert e.value.key == "maintenance.pin_hash" and "set-pin" in e.value.reason
