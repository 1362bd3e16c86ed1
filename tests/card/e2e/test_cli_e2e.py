"""`kiosk card read` against the virtual reader: output and exit codes."""
from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from drivers.card import pcsc_transport
from drivers.card.emulator.profile import load_profile
from kiosk.cli import main
from kiosk.cli.card import EXIT_ACCESS_DENIED, EXIT_NO_CARD, EXIT_NOT_GENUINE, EXIT_OK

from virtual_cards import PERSON

pytestmark = pytest.mark.pcscd
CAN = PERSON.id_number[-6:]


def test_read_prints_vietnamese_fields(lab, card_on, profile_dir, capsys):
    card_on(profile_dir)
    code = main(["card", "read", "--can", CAN, "--reader", lab.reader_name, "--trust", str(profile_dir)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "Họ và tên: Trần Thị Ngọc Ánh" in out
    assert "Quê quán: " + PERSON.hometown in out
    assert "Passive Authentication: genuine" in out
    assert "PACE-CAN" in out


def test_read_json_with_mrz_file(lab, card_on, profile_dir, tmp_path, capsys):
    card_on(profile_dir)
    mrz_file = tmp_path / "mrz.txt"
    mrz_file.write_text(load_profile(profile_dir).mrz_text)
    code = main(["card", "read", "--mrz-file", str(mrz_file), "--protocol", "bac",
                 "--reader", lab.reader_name, "--trust", str(profile_dir), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK
    assert doc["access_protocol"] == "BAC" and doc["passive_auth"] == "genuine"
    assert doc["holder"]["full_name"] == PERSON.full_name
    assert doc["photo"]["format"] == "jpeg"


def test_exit_codes(lab, card_on, tampered_dir, capsys):
    args = ["card", "read", "--reader", lab.reader_name, "--trust", str(tampered_dir)]
    assert main(args + ["--can", CAN]) == EXIT_NO_CARD
    card_on(tampered_dir)
    assert main(args + ["--can", "111111"]) == EXIT_ACCESS_DENIED
    assert main(args + ["--can", CAN]) == EXIT_NOT_GENUINE


def test_emulate_command_serves_a_profile_until_stopped(lab, profile_dir, capsys):
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "card", "emulate", "--profile", str(profile_dir), "--port", str(lab.port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert pcsc_transport.wait_card_state(lab.reader_name, True, 20.0)
        code = main(["card", "read", "--can", CAN, "--reader", lab.reader_name, "--trust", str(profile_dir)])
        assert code == EXIT_OK
        assert "Passive Authentication: genuine" in capsys.readouterr().out
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "card inserted" in out and "card removed" in out
    assert pcsc_transport.wait_card_state(lab.reader_name, False, 5.0)
