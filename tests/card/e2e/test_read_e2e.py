"""Whole card reads through the real stack: our reader -> pyscard -> pcscd ->
vpcd -> the virtual CCCD. Covers each access protocol, a wrong CAN, a card
pulled out mid-read and put back, a tampered data group and an unknown CSCA."""
from __future__ import annotations

import threading
import time

import pytest

from drivers.card.api import AccessKey, CardError, CardErrorCode, CardEvent
from drivers.card.emulator.applet import Applet
from drivers.card.emulator.profile import load_profile
from drivers.card.emulator.vpcd import VirtualCardSlot
from drivers.card.reader import load_trust_store, pcsc_card_reader
from drivers.card.session import ReadPolicy

from virtual_cards import PERSON, PHOTO

pytestmark = pytest.mark.pcscd


def _reader(lab, trust_dir, **policy):
    return pcsc_card_reader(lab.reader_name, ReadPolicy(trust_store=load_trust_store(trust_dir), **policy))


def _read(reader, key):
    return reader.read(key, lambda p: None, threading.Event())


def test_pace_can_read(lab, card_on, profile_dir):
    card_on(profile_dir)
    r = _read(_reader(lab, profile_dir), AccessKey("can", PERSON.id_number[-6:]))
    assert r.access_protocol == "PACE-CAN" and r.passive_auth == "genuine"
    assert r.holder.full_name == PERSON.full_name and r.photo == PHOTO


def test_pace_mrz_and_bac_reads(lab, card_on, profile_dir):
    card_on(profile_dir)
    key = AccessKey("mrz", load_profile(profile_dir).mrz_information)
    assert _read(_reader(lab, profile_dir), key).access_protocol == "PACE-MRZ"
    r = _read(_reader(lab, profile_dir, access_order=("bac",)), key)
    assert r.access_protocol == "BAC" and r.passive_auth == "genuine"


def test_wrong_can_then_right_can(lab, card_on, profile_dir):
    card_on(profile_dir)
    reader = _reader(lab, profile_dir)
    with pytest.raises(CardError) as e:
        _read(reader, AccessKey("can", "000000"))
    assert e.value.code is CardErrorCode.ACCESS_DENIED
    assert _read(reader, AccessKey("can", PERSON.id_number[-6:])).passive_auth == "genuine"


def test_card_removed_mid_read_and_put_back(lab, card_on, profile_dir):
    slot = card_on(profile_dir)
    slot.remove_after = 25  # inside DG2
    events: list[str] = []

    def put_back() -> None:
        deadline = time.monotonic() + 10
        while slot.inserted and time.monotonic() < deadline:
            time.sleep(0.02)
        slot.insert()

    threading.Thread(target=put_back, daemon=True).start()
    r = _reader(lab, profile_dir).read(AccessKey("can", PERSON.id_number[-6:]),
                                       lambda p: events.append(p.step), threading.Event())
    assert "card_removed" in events
    assert r.passive_auth == "genuine" and r.photo == PHOTO


def test_card_removed_for_good(lab, card_on, profile_dir):
    slot = card_on(profile_dir)
    slot.remove_after = 25
    with pytest.raises(CardError) as e:
        _read(_reader(lab, profile_dir, resume_timeout_s=1.0), AccessKey("can", PERSON.id_number[-6:]))
    assert e.value.code is CardErrorCode.CARD_REMOVED


def test_tampered_data_group_is_not_genuine(lab, card_on, tampered_dir):
    card_on(tampered_dir)
    with pytest.raises(CardError) as e:
        _read(_reader(lab, tampered_dir), AccessKey("can", PERSON.id_number[-6:]))
    assert e.value.code is CardErrorCode.NOT_GENUINE


def test_unknown_csca_cannot_verify(lab, card_on, profile_dir, other_csca_dir):
    card_on(profile_dir)
    r = _read(_reader(lab, other_csca_dir), AccessKey("can", PERSON.id_number[-6:]))
    assert r.passive_auth == "cannot_verify"


def test_no_card(lab, profile_dir):
    with pytest.raises(CardError) as e:
        _read(_reader(lab, profile_dir), AccessKey("can", "123456"))
    assert e.value.code is CardErrorCode.NO_CARD


def test_watch_through_the_card_reader(lab, profile_dir):
    reader = _reader(lab, profile_dir)
    events: list[CardEvent] = []
    stop = threading.Event()
    t = threading.Thread(target=reader.watch, args=(events.append, stop))
    t.start()
    slot = VirtualCardSlot(Applet(load_profile(profile_dir)), port=lab.port)
    try:
        time.sleep(0.3)
        slot.insert()
        deadline = time.monotonic() + 5
        while CardEvent.INSERTED not in events and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        slot.remove()
        stop.set()
        t.join(5)
    assert events[0] is CardEvent.READER_FOUND and CardEvent.INSERTED in events
