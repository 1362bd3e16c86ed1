"""DG13 enriches the identity but is not required; and a verdict always carries its reason.

A genuine chip whose DG13 is unreadable or absent is read from DG1 (the MRZ) with
a technician-log warning; the patient identifier stays the full 12-digit ID.
Not-genuine and cannot-verify verdicts name why (docs/card.md)."""
from __future__ import annotations

import logging
import shutil
import threading

import pytest
from cryptography.x509 import NameOID

from drivers.card import lds, mrz
from drivers.card.api import AccessKey, CardError, CardErrorCode
from drivers.card.emulator.applet import Applet
from drivers.card.emulator.inprocess import InProcessCard
from drivers.card.emulator.profile import Person, load_pki, load_profile, make_profile, resign
from drivers.card.reader import ChipCardReader, load_trust_store
from drivers.card.session import ReadPolicy

from virtual_cards import PERSON, PHOTO


def _read(profile_dir, trust_dir=None, **policy):
    profile = load_profile(profile_dir)
    pol = ReadPolicy(trust_store=load_trust_store(trust_dir or profile_dir), **policy)
    reader = ChipCardReader(InProcessCard(Applet(profile)), lambda on_event, stop: None, pol)
    return reader.read(AccessKey("can", profile.can), lambda p: None, threading.Event())


def _personal_values(person: Person) -> list[str]:
    return [person.id_number, person.id_number[-9:], person.id_number[-6:], "TRAN", "NGOC",
            person.date_of_birth, "29/02/2004", "040229"]


def test_genuine_chip_with_odd_dg13_is_read_from_dg1(odd_dg13_dir, caplog):
    caplog.set_level(logging.DEBUG)
    r = _read(odd_dg13_dir)
    assert r.passive_auth == "genuine" and r.chip_auth == "passed"
    assert r.identity_source == "dg1"
    assert r.holder.id_number == PERSON.id_number  # the full 12 digits: the patient identifier
    assert r.holder.full_name == "TRAN THI NGOC ANH"
    assert r.holder.date_of_birth == "2004-02-29" and r.holder.sex == "F"
    assert r.photo == PHOTO
    warnings = [m.getMessage() for m in caplog.records if m.levelno >= logging.WARNING]
    assert any("DG13" in m and "identity from DG1" in m for m in warnings)
    assert any("card read:" in m and "identity from DG1" in m for m in warnings)
    log_text = "\n".join(m.getMessage() for m in caplog.records)
    for value in _personal_values(PERSON):
        assert value not in log_text


def test_elderly_citizen_keeps_the_right_century(tmp_path, profile_dir):
    """The MRZ's YYMMDD has no century: a citizen born in 1925 must not become one born in 2025."""
    elder = Person(id_number="001025000123", full_name="Nguyễn Văn Thọ", date_of_birth="1925-05-01", sex="M")
    out = tmp_path / "elder"
    make_profile(out, elder, PHOTO, clone_checks=False, pki=load_pki(profile_dir))
    (out / "files" / "dg13.bin").unlink()
    resign(out)
    r = _read(out, trust_dir=profile_dir)
    assert r.identity_source == "dg1"
    assert r.holder.date_of_birth == "1925-05-01"
    assert r.holder.id_number == "001025000123"


def test_no_twelve_digit_id_anywhere_is_a_read_error(tmp_path, profile_dir):
    """The MRZ document number is only the last 9 digits: never a patient identifier."""
    out = tmp_path / "no_id"
    shutil.copytree(profile_dir, out)
    doc = PERSON.id_number[-9:]
    l1 = "IDVNM" + doc + mrz.check_digit(doc) + "<" * 15
    _, l2, l3 = load_profile(profile_dir).mrz_text.split("\n")
    l2 = l2[:29] + mrz.check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    (out / "files" / "dg1.bin").write_bytes(lds.build_dg1("\n".join((l1, l2, l3))))
    (out / "files" / "dg13.bin").unlink()
    resign(out)
    with pytest.raises(CardError) as e:
        _read(out)
    assert e.value.code is CardErrorCode.READ_ERROR
    assert "12-digit" in e.value.detail


def test_not_genuine_names_the_data_group(tampered_dir, caplog):
    caplog.set_level(logging.INFO)
    with pytest.raises(CardError) as e:
        _read(tampered_dir)
    assert e.value.code is CardErrorCode.NOT_GENUINE
    assert "DG13 hash does not match EF.SOD" in e.value.detail
    r = _read(tampered_dir, require_genuine=False)
    assert r.passive_auth == "not_genuine"
    assert r.passive_auth_reason == "DG13 hash does not match EF.SOD"
    assert any(m.levelno >= logging.WARNING and "DG13 hash does not match EF.SOD" in m.getMessage()
               for m in caplog.records)


def test_cannot_verify_names_the_missing_csca(profile_dir, other_csca_dir, caplog):
    caplog.set_level(logging.INFO)
    r = _read(profile_dir, trust_dir=other_csca_dir)
    assert r.passive_auth == "cannot_verify"
    issuer = load_pki(profile_dir).csca_cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert "no CSCA in the trust store" in r.passive_auth_reason and issuer in r.passive_auth_reason
    assert any(m.levelno >= logging.WARNING and issuer in m.getMessage() for m in caplog.records)
