"""The virtual card's own rules, APDU by APDU (no terminal code involved
beyond building commands)."""
from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drivers.card.emulator.applet import Applet, Faults
from drivers.card.emulator.profile import load_profile

SELECT_APPLET = bytes.fromhex("00A4040C07A0000002471001")
_cached_profile = functools.lru_cache(load_profile)


def _sw(r: bytes) -> int:
    return int.from_bytes(r[-2:], "big")


def test_card_access_is_readable_before_authentication(profile_dir):
    a = Applet(load_profile(profile_dir))
    r = a.process(bytes.fromhex("00B09C0000"))
    assert _sw(r) in (0x9000, 0x6282) and r[0] == 0x31


def test_data_groups_need_secure_messaging(profile_dir):
    a = Applet(load_profile(profile_dir))
    assert _sw(a.process(SELECT_APPLET)) == 0x9000
    assert _sw(a.process(bytes.fromhex("00B0810004"))) == 0x6982  # DG1 by SFI
    assert _sw(a.process(bytes.fromhex("00A4020C020101"))) == 0x6982
    assert _sw(a.process(bytes.fromhex("0CB0810004"))) == 0x6987  # "protected" without a session


def test_select_mf_is_refused_like_vietnamese_chips(profile_dir):
    a = Applet(load_profile(profile_dir))
    assert _sw(a.process(bytes.fromhex("00A40000"))) == 0x6D00


def test_no_pace_fault(profile_dir):
    a = Applet(load_profile(profile_dir), Faults(no_pace=True))
    assert _sw(a.process(bytes.fromhex("00B09C0000"))) == 0x6A82
    assert _sw(a.process(bytes.fromhex("0022C1A412800A04007F0007020204020283010284010D"))) == 0x6A80


def test_get_challenge_needs_the_applet(profile_dir):
    a = Applet(load_profile(profile_dir))
    assert _sw(a.process(bytes.fromhex("0084000008"))) == 0x6985
    a.process(SELECT_APPLET)
    r = a.process(bytes.fromhex("0084000008"))
    assert _sw(r) == 0x9000 and len(r) == 10


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(
    st.binary(min_size=0, max_size=40),
    st.builds(lambda ins, p1, p2, body: bytes([0x00, ins, p1, p2]) + body,
              st.sampled_from([0xA4, 0xB0, 0xB1, 0x84, 0x82, 0x22, 0x86, 0x88]),
              st.integers(0, 255), st.integers(0, 255), st.binary(max_size=30)),
    st.builds(lambda body: bytes([0x0C, 0xB0, 0x81, 0x00]) + body, st.binary(max_size=30)),
), min_size=1, max_size=12))
def test_any_apdu_sequence_gets_a_status_word(profile_dir, apdus):
    a = Applet(_cached_profile(profile_dir))
    a.process(SELECT_APPLET)
    for apdu in apdus:
        r = a.process(apdu)
        assert len(r) >= 2
