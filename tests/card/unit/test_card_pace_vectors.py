"""ICAO 9303-11 Appendix G.1 worked example (PACE-ECDH-GM-AES-128 on brainpoolP256r1,
MRZ password), byte for byte on both sides, plus CAN and wrong-password runs."""
import pytest

from drivers.card.bac import AccessDenied
from drivers.card.pace import (
    PACE_ECDH_GM_AES_128,
    PaceChip,
    PaceInfo,
    PaceTerminal,
    build_card_access,
    parse_card_access,
)
from drivers.card.secure_messaging import ChipSmSession, SessionKeys, SmSession

H = bytes.fromhex
MRZ_INFO = b"T22000129364081251010318"
INFO = PaceInfo(PACE_ECDH_GM_AES_128, 2, 13)
NONCE = H("3F00C4D39D153F2B2A214A078D899B22")
TERM_MAP = H("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99")
CHIP_MAP = H("498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560")
TERM_EPH = H("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595")
CHIP_EPH = H("107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A")

TERM_MAP_PUB = H(
    "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
    "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D"
)
CHIP_MAP_PUB = H(
    "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
    "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"
)
TERM_EPH_PUB = H(
    "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
    "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462"
)
CHIP_EPH_PUB = H(
    "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
    "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"
)
KS_ENC = H("F5F0E35C0D7161EE6724EE513A0D9A7F")
KS_MAC = H("FE251C7858B356B24514B3BD5F4297D1")

# The APDUs of Appendix G.1 in order: (command, response). The first is our
# MSE:Set AT with tag 84, which Vietnamese chips are given; the appendix's own is tested apart.
EXCHANGE = [
    (H("0022C1A412800A04007F000702020402028301018401 0D".replace(" ", "")), H("9000")),
    (H("10860000027C0000"), H("7C12801095A3A016522EE98D01E76CB6B98B42C39000")),
    (H("10860000457C438141") + TERM_MAP_PUB + H("00"), H("7C438241") + CHIP_MAP_PUB + H("9000")),
    (H("10860000457C438341") + TERM_EPH_PUB + H("00"), H("7C438441") + CHIP_EPH_PUB + H("9000")),
    (H("008600000C7C0A8508C2B0BD78D94BA86600"), H("7C0A86083ABB9674BCE93C089000")),
]

VN_CARD_ACCESS = H(
    "3134300d060804007f0007020202020101300f060a04007f000702020302020201013012"
    "060a04007f0007020204020202010202010d"
)


def _feed(*chunks):
    it = iter(chunks)
    return lambda n: next(it)


def test_terminal_matches_appendix_g():
    # Appendix G sends MSE:Set AT without the optional parameter id (tag 84).
    term = PaceTerminal(MRZ_INFO, "mrz", INFO, rng=_feed(TERM_MAP, TERM_EPH), send_parameter_id=False)
    command = term.first_command()
    assert command == H("0022C1A40F800A04007F00070202040202830101")
    command = term.next_command(H("9000"))
    for expected_command, rapdu in EXCHANGE[1:]:
        assert command == expected_command
        command = term.next_command(rapdu)
    assert command == SessionKeys("aes", KS_ENC, KS_MAC, bytes(16))


def test_chip_matches_appendix_g():
    chip = PaceChip({"mrz": MRZ_INFO}, INFO, rng=_feed(NONCE, CHIP_MAP, CHIP_EPH))
    assert chip.process(H("0022C1A40F800A04007F00070202040202830101")) == H("9000")
    for command, expected in EXCHANGE[1:]:
        assert chip.process(command) == expected
    assert chip.keys == SessionKeys("aes", KS_ENC, KS_MAC, bytes(16))


def _run(term, chip):
    command = term.first_command()
    while True:
        result = term.next_command(chip.process(command))
        if isinstance(result, SessionKeys):
            return result
        command = result


def test_pace_can_end_to_end_then_sm():
    chip = PaceChip({"can": b"012345", "mrz": MRZ_INFO}, INFO)
    keys = _run(PaceTerminal(b"012345", "can", INFO), chip)
    assert keys == chip.keys
    term_sm, chip_sm = SmSession(keys), ChipSmSession(chip.keys)
    assert chip_sm.unwrap_command(term_sm.wrap_command(H("00B0000004"))) == H("00B0000004")


def test_wrong_can_is_access_denied():
    chip = PaceChip({"can": b"012345"}, INFO)
    with pytest.raises(AccessDenied):
        _run(PaceTerminal(b"012346", "can", INFO), chip)
    assert chip.keys is None
    # The person may retry with the right number on the same chip.
    assert _run(PaceTerminal(b"012345", "can", INFO), chip) == chip.keys


def test_vietnamese_card_access():
    (info,) = parse_card_access(VN_CARD_ACCESS)
    assert info == PaceInfo(PACE_ECDH_GM_AES_128, 2, 13) and info.supported
    extra = [
        ("0.4.0.127.0.7.2.2.2", H("020101"), None),
        ("0.4.0.127.0.7.2.2.3.2.2", H("020101"), None),
    ]
    assert build_card_access([info], extra) == VN_CARD_ACCESS


@pytest.mark.parametrize("oid,param", [("0.4.0.127.0.7.2.2.4.2.1", 12), ("0.4.0.127.0.7.2.2.4.2.4", 17)])
def test_other_ciphers_and_curves(oid, param):
    info = PaceInfo(oid, 2, param)
    chip = PaceChip({"can": b"123456"}, info)
    keys = _run(PaceTerminal(b"123456", "can", info), chip)
    assert keys == chip.keys and len(keys.ssc) == (8 if keys.kind == "3des" else 16)
