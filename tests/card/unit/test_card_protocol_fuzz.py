"""Hostile bytes at every protocol entry point give clean protocol errors, never a crash:
a broken or malicious card must not take the kiosk down, nor a broken terminal the emulator."""

from hypothesis import given, settings, strategies as st

from drivers.card.bac import BacChip, BacTerminal
from drivers.card.chip_auth import CA_ECDH_AES_128, ChipAuthChip, ChipAuthInfo
from drivers.card.errors import CardProtocolError
from drivers.card.pace import PACE_ECDH_GM_AES_128, PaceChip, PaceInfo, PaceTerminal, parse_card_access
from drivers.card.passive_auth import parse_sod
from drivers.card.secure_messaging import ChipSmSession, SessionKeys, SmSession

INFO = PaceInfo(PACE_ECDH_GM_AES_128, 2, 13)
KEYS = SessionKeys("aes", bytes(range(16)), bytes(range(16, 32)), bytes(16))
_apdus = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda cla, ins, body: bytes([cla, ins, 0, 0, len(body)]) + body + b"\x00",
        st.sampled_from([0x00, 0x10, 0x0C]),
        st.sampled_from([0x22, 0x86, 0x84, 0x82, 0xB0]),
        st.binary(max_size=200),
    ),
)


def _clean(call, *args):
    try:
        call(*args)
    except CardProtocolError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_parsers(data):
    _clean(parse_card_access, data)
    _clean(parse_sod, data)


@settings(max_examples=150, deadline=None)
@given(st.lists(_apdus, min_size=1, max_size=5))
def test_chip_sides_answer_every_apdu(apdus):
    from cryptography.hazmat.primitives.asymmetric import ec

    pace = PaceChip({"can": b"123456"}, INFO)
    bac = BacChip("L898902C<369080619406236")
    ca = ChipAuthChip(ec.generate_private_key(ec.BrainpoolP256R1()), ChipAuthInfo(CA_ECDH_AES_128, 1))
    sm = ChipSmSession(KEYS)
    for apdu in apdus:
        for chip in (pace, bac, ca):
            rapdu = chip.process(apdu)
            assert len(rapdu) >= 2
        _clean(sm.unwrap_command, apdu)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.binary(max_size=150), min_size=1, max_size=6))
def test_terminal_sides_survive_any_response(responses):
    for term in (PaceTerminal(b"123456", "can", INFO), BacTerminal("L898902C<369080619406236")):
        term.first_command()
        for rapdu in responses:
            try:
                term.next_command(rapdu + b"\x90\x00")
            except (CardProtocolError, RuntimeError):
                break
    sm = SmSession(KEYS)
    for rapdu in responses:
        _clean(sm.unwrap_response, rapdu + b"\x90\x00")


def test_pace_survives_a_valid_exchange_with_a_corrupted_point():
    chip = PaceChip({"can": b"123456"}, INFO)
    term = PaceTerminal(b"123456", "can", INFO)
    command = term.first_command()
    for _ in range(2):
        command = term.next_command(chip.process(command))
    bad = bytearray(command)
    bad[10] ^= 0xFF  # the mapping point is no longer on the curve
    answer = chip.process(bytes(bad))
    assert answer[-2:] != b"\x90\x00"
