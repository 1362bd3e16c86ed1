"""ICAO 9303-11 Appendix D worked example, byte for byte: BAC key derivation,
mutual authentication and 3DES secure messaging (SELECT and READ BINARY of EF.COM)."""

from drivers.card import crypto
from drivers.card.bac import BacChip, BacTerminal, seed_keys
from drivers.card.secure_messaging import ChipSmSession, SessionKeys, SmSession

H = bytes.fromhex
MRZ_INFO = "L898902C<369080619406236"
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
K_IC = H("0B4F80323EB3191CB04970CB4052790B")
EXT_AUTH = H(
    "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728"
)
EXT_AUTH_RESPONSE = H(
    "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000"
)
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = H("887022120C06C226")

# (plain command, protected command, protected response, plain response data)
SM_EXCHANGES = [
    (
        H("00A4020C02011E"),
        H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"),
        H("990290008E08FA855A5D4C50A8ED9000"),
        b"",
    ),
    (
        H("00B0000004"),
        H("0CB000000D9701048E08ED6705417E96BA5500"),
        H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"),
        H("60145F01"),
    ),
    (
        H("00B0000412"),
        H("0CB000040D9701128E082EA28A70F3C7B53500"),
        H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"),
        H("04303130365F36063034303030305C026175"),
    ),
]


def _feed(*chunks):
    it = iter(chunks)
    return lambda n: next(it)


def test_key_derivation():
    k_enc, k_mac = seed_keys(MRZ_INFO)
    assert k_enc == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert k_mac == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_card_md_synthetic_vietnamese_keys():
    k_enc, k_mac = seed_keys("099012345999010183901016")
    assert (k_enc, k_mac) == (H("DAC1641F4F083BBA3273040E7F8AC7D0"), H("618F7619194A102CEA92A789A880237F"))


def test_terminal_mutual_authentication():
    term = BacTerminal(MRZ_INFO, rng=_feed(RND_IFD, K_IFD))
    assert term.first_command() == H("0084000008")
    assert term.next_command(RND_IC + H("9000")) == EXT_AUTH
    keys = term.next_command(EXT_AUTH_RESPONSE)
    assert keys == SessionKeys("3des", KS_ENC, KS_MAC, SSC)


def test_chip_answers_like_appendix_d():
    chip = BacChip(MRZ_INFO, rng=_feed(RND_IC, K_IC))
    assert chip.process(H("0084000008")) == RND_IC + H("9000")
    assert chip.process(EXT_AUTH) == EXT_AUTH_RESPONSE
    assert chip.keys == SessionKeys("3des", KS_ENC, KS_MAC, SSC)


def test_wrong_mrz_is_refused():
    import pytest

    from drivers.card.bac import AccessDenied

    chip = BacChip(MRZ_INFO)
    term = BacTerminal("L898902C<369080619406237")
    step = term.next_command(chip.process(term.first_command()))
    with pytest.raises(AccessDenied):
        term.next_command(chip.process(step))
    assert chip.keys is None


def test_terminal_secure_messaging():
    sm = SmSession(SessionKeys("3des", KS_ENC, KS_MAC, SSC))
    for plain, protected, rapdu, data in SM_EXCHANGES:
        assert sm.wrap_command(plain) == protected
        assert sm.unwrap_response(rapdu) == (data, 0x9000)
    assert sm.ssc == H("887022120C06C22C")


def test_chip_secure_messaging():
    sm = ChipSmSession(SessionKeys("3des", KS_ENC, KS_MAC, SSC))
    for plain, protected, rapdu, data in SM_EXCHANGES:
        assert sm.unwrap_command(protected) == plain
        assert sm.wrap_response(data, 0x9000) == rapdu


def test_retail_mac_and_padding():
    assert crypto.pad(b"", 8) == H("8000000000000000")
    assert crypto.unpad(crypto.pad(b"abc", 16)) == b"abc"
    assert len(crypto.retail_mac(K_IFD, crypto.pad(b"x", 8))) == 8
