"""`kiosk card read` through pcscd + vpcd: the verdict's reason, and a card read from DG1
when its DG13 is unreadable or absent."""
from __future__ import annotations

import json

import pytest

from kiosk.cli import main
from kiosk.cli.card import EXIT_NOT_GENUINE, EXIT_OK

from virtual_cards import PERSON

pytestmark = pytest.mark.pcscd
CAN = PERSON.id_number[-6:]


def _read(lab, trust, *extra):
    return main(["card", "read", "--can", CAN, "--reader", lab.reader_name, "--trust", str(trust), *extra])


def test_odd_dg13_reads_from_dg1(lab, card_on, odd_dg13_dir, capsys):
    card_on(odd_dg13_dir)
    assert _read(lab, odd_dg13_dir, "--json") == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert doc["passive_auth"] == "genuine" and doc["identity_source"] == "dg1"
    assert doc["holder"]["id_number"] == PERSON.id_number
    assert doc["holder"]["full_name"] == "TRAN THI NGOC ANH"
    assert _read(lab, odd_dg13_dir) == EXIT_OK
    assert "Identity from DG1 (MRZ) only" in capsys.readouterr().out


def test_not_genuine_reason_in_json_and_text(lab, card_on, tampered_dir, capsys):
    card_on(tampered_dir)
    assert _read(lab, tampered_dir, "--json") == EXIT_NOT_GENUINE
    doc = json.loads(capsys.readouterr().out)
    assert doc["passive_auth"] == "not_genuine"
    assert doc["passive_auth_reason"] == "DG13 hash does not match EF.SOD"
    assert _read(lab, tampered_dir) == EXIT_NOT_GENUINE
    assert "Passive Authentication: not_genuine: DG13 hash does not match EF.SOD" in capsys.readouterr().out


def test_cannot_verify_names_the_issuer(lab, card_on, profile_dir, other_csca_dir, capsys):
    card_on(profile_dir)
    assert _read(lab, other_csca_dir, "--json") == EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert doc["passive_auth"] == "cannot_verify"
    assert "no CSCA in the trust store issued this Document Signer: issuer 'Common Name: " in doc["passive_auth_reason"]
