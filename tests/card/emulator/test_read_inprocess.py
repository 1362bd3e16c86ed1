"""The read sequence (drivers/card/session.py) against the virtual card in
process: every protocol, the fallback policy, adaptive Le, resume after a
removal, Passive and Active Authentication, and that no personal data is logged.
The same sequence over real pcscd + vpcd is in tests/card/e2e."""
from __future__ import annotations

import dataclasses
import logging
import threading

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from drivers.card.api import AccessKey, CardError, CardErrorCode, ReadProgress
from drivers.card.emulator.applet import Applet, Faults
from drivers.card.emulator.inprocess import InProcessCard
from drivers.card.emulator.profile import load_profile
from drivers.card.reader import load_trust_store
from drivers.card.session import ReadPolicy, ReadSession

from virtual_cards import PERSON, PHOTO


def _read(profile_dir, key=None, trust_dir=None, faults=None, card=None, **policy):
    profile = load_profile(profile_dir)
    card = card or InProcessCard(Applet(profile, faults))
    key = key or AccessKey("can", profile.can)
    pol = ReadPolicy(trust_store=load_trust_store(trust_dir or profile_dir), **policy)
    session = ReadSession(card, key, pol)
    return session, session.run()


def _mrz_key(profile_dir):
    return AccessKey("mrz", load_profile(profile_dir).mrz_information)


def test_pace_can_reads_everything_and_verifies(profile_dir):
    session, r = _read(profile_dir)
    assert r.access_protocol == "PACE-CAN"
    assert r.passive_auth == "genuine" and r.chip_auth == "passed"
    assert r.holder.id_number == PERSON.id_number
    assert r.holder.full_name == "Trần Thị Ngọc Ánh"
    assert r.holder.date_of_birth == "2004-02-29"
    assert r.holder.sex == "F"
    assert r.holder.extra["hometown"] == PERSON.hometown
    assert r.holder.extra["father"] == "Trần Văn Đức"
    assert r.holder.extra["mother"] == "Lê Thị Hương"
    assert r.holder.extra["old_id_number"] == "012345678"
    assert r.photo == PHOTO and r.photo_format == "jpeg"
    assert {"connect_ms", "authenticate_ms", "read_ms", "passive_auth_ms", "total_ms"} <= set(r.timings_ms)


def test_pace_mrz_and_bac(profile_dir):
    _, r = _read(profile_dir, _mrz_key(profile_dir))
    assert r.access_protocol == "PACE-MRZ"
    _, r = _read(profile_dir, _mrz_key(profile_dir), access_order=("bac",))
    assert r.access_protocol == "BAC" and r.passive_auth == "genuine"


def test_falls_back_to_bac_only_when_the_card_has_no_pace(profile_dir, caplog):
    caplog.set_level(logging.INFO, "drivers.card")
    _, r = _read(profile_dir, _mrz_key(profile_dir), faults=Faults(no_pace=True))
    assert r.access_protocol == "BAC"
    assert any("PACE-MRZ not available" in m for m in caplog.messages)


def test_pace_without_parameter_id_for_chips_that_refuse_it(profile_dir):
    _, r = _read(profile_dir, faults=Faults(reject_parameter_id=True))
    assert r.access_protocol == "PACE-CAN"


def test_no_fallback_after_a_wrong_key(profile_dir):
    wrong = AccessKey("mrz", load_profile(profile_dir).mrz_information.replace("4", "5", 1))
    card = InProcessCard(Applet(load_profile(profile_dir)))
    with pytest.raises(CardError) as e:
        _read(profile_dir, wrong, card=card)
    assert e.value.code is CardErrorCode.ACCESS_DENIED
    assert card.apdu_count == 1 + 5  # EF.CardAccess, then the PACE steps; BAC never tried


@pytest.mark.parametrize("sw", [0x6300, 0x6982])
def test_wrong_can_is_access_denied_and_a_retry_works(profile_dir, sw):
    card = InProcessCard(Applet(load_profile(profile_dir), Faults(wrong_key_sw=sw)))
    with pytest.raises(CardError) as e:
        _read(profile_dir, AccessKey("can", "999999"), card=card)
    assert e.value.code is CardErrorCode.ACCESS_DENIED
    assert "999999" not in str(e.value)
    _, r = _read(profile_dir, card=card)
    assert r.passive_auth == "genuine"


def test_can_key_with_only_bac_allowed_is_a_read_error(profile_dir):
    with pytest.raises(CardError) as e:
        _read(profile_dir, access_order=("bac",))
    assert e.value.code is CardErrorCode.READ_ERROR


def test_backs_off_when_the_card_refuses_long_reads(profile_dir, caplog):
    caplog.set_level(logging.INFO, "drivers.card")
    session, r = _read(profile_dir, faults=Faults(max_le=100))
    assert r.photo == PHOTO
    assert any("backing off" in m for m in caplog.messages)


def test_extended_length_needs_fewer_apdus(profile_dir, extended_dir):
    short, _ = _read(profile_dir)
    ext, r = _read(extended_dir)
    assert r.passive_auth == "genuine" and len(r.photo) > 19_000
    assert ext.apdus < short.apdus


def test_reader_without_extended_length_falls_back_to_short_apdus(extended_dir, caplog):
    caplog.set_level(logging.WARNING, "drivers.card")
    card = InProcessCard(Applet(load_profile(extended_dir)))
    card.reader_short_only = True
    _, r = _read(extended_dir, card=card)
    assert r.passive_auth == "genuine" and len(r.photo) > 19_000
    assert any("using short APDUs" in m for m in caplog.messages)


def test_resumes_after_the_card_comes_back(profile_dir):
    card = InProcessCard(Applet(load_profile(profile_dir)))
    card.remove_after = 20  # mid-DG2
    threading.Timer(0.2, card.insert).start()
    session, r = _read(profile_dir, card=card)
    assert session.resumes == 1
    assert r.passive_auth == "genuine" and r.photo == PHOTO


@pytest.mark.parametrize("answers", [0, 1, 3])  # in EF.CardAccess, in PACE, in SELECT after PACE
def test_resumes_after_a_removal_during_authentication(profile_dir, answers):
    card = InProcessCard(Applet(load_profile(profile_dir)))
    card.remove_after = answers
    threading.Timer(0.1, card.insert).start()
    session, r = _read(profile_dir, card=card)
    assert session.resumes == 1
    assert r.access_protocol == "PACE-CAN" and r.passive_auth == "genuine"


def test_removal_during_chip_authentication_repeats_it(profile_dir):
    plain = InProcessCard(Applet(load_profile(profile_dir)))
    _read(profile_dir, card=plain)
    card = InProcessCard(Applet(load_profile(profile_dir)))
    card.remove_after = plain.apdu_count - 2  # inside Chip Authentication, after all files
    threading.Timer(0.1, card.insert).start()
    session, r = _read(profile_dir, card=card)
    assert session.resumes == 1 and r.chip_auth == "passed"


def test_card_that_does_not_come_back_is_card_removed(profile_dir):
    card = InProcessCard(Applet(load_profile(profile_dir)))
    card.remove_after = 20
    with pytest.raises(CardError) as e:
        _read(profile_dir, card=card, resume_timeout_s=0.3)
    assert e.value.code is CardErrorCode.CARD_REMOVED


def test_no_card_and_cancel(profile_dir):
    card = InProcessCard(Applet(load_profile(profile_dir)), inserted=False)
    with pytest.raises(CardError) as e:
        _read(profile_dir, card=card)
    assert e.value.code is CardErrorCode.NO_CARD

    cancel = threading.Event()
    profile = load_profile(profile_dir)

    def progress(p: ReadProgress) -> None:
        if p.step == "reading":
            cancel.set()

    session = ReadSession(InProcessCard(Applet(profile)), AccessKey("can", profile.can), ReadPolicy(), progress, cancel)
    with pytest.raises(CardError) as e:
        session.run()
    assert e.value.code is CardErrorCode.CANCELLED


def test_tampered_data_group_is_not_genuine(tampered_dir):
    with pytest.raises(CardError) as e:
        _read(tampered_dir)
    assert e.value.code is CardErrorCode.NOT_GENUINE
    _, r = _read(tampered_dir, require_genuine=False)
    assert r.passive_auth == "not_genuine"


def test_unknown_csca_cannot_verify(profile_dir, other_csca_dir):
    _, r = _read(profile_dir, trust_dir=other_csca_dir)
    assert r.passive_auth == "cannot_verify"


def test_empty_trust_store_cannot_verify(profile_dir, tmp_path):
    _, r = _read(profile_dir, trust_dir=tmp_path)
    assert r.passive_auth == "cannot_verify"


def test_nothing_personal_in_the_logs(profile_dir, caplog):
    caplog.set_level(logging.DEBUG)
    profile = load_profile(profile_dir)
    _read(profile_dir)
    _read(profile_dir, _mrz_key(profile_dir), access_order=("bac",))
    with pytest.raises(CardError):
        _read(profile_dir, AccessKey("can", "123456"))
    text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (PERSON.id_number, PERSON.id_number[-9:], profile.can, "123456", profile.mrz_information,
                   "Trần", "Tran", "TRAN", "2004", "040229", PERSON.old_id_number):
        assert secret not in text


def test_active_authentication_when_the_chip_has_no_chip_authentication(profile_dir):
    profile = dataclasses.replace(load_profile(profile_dir), ca_key=None)
    _, r = _read(profile_dir, card=InProcessCard(Applet(profile)))
    assert r.chip_auth == "passed"


@pytest.mark.parametrize("key", ["ca_key", "aa_key"])
def test_a_clone_without_the_chip_keys_is_not_genuine(profile_dir, key):
    """A clone copies every file (so PA passes) but cannot copy the private keys."""
    clone = load_profile(profile_dir)
    other = ec.generate_private_key(ec.BrainpoolP256R1())
    clone = dataclasses.replace(clone, **{key: other})
    if key == "aa_key":
        clone = dataclasses.replace(clone, ca_key=None)
    with pytest.raises(CardError) as e:
        _read(profile_dir, card=InProcessCard(Applet(clone)))
    assert e.value.code is CardErrorCode.NOT_GENUINE
    _, r = _read(profile_dir, card=InProcessCard(Applet(clone)), require_genuine=False)
    assert r.passive_auth == "genuine" and r.chip_auth == "failed"
