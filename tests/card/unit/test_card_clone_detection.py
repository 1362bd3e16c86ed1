"""Active Authentication (RSA 9796-2 and ECDSA) and Chip Authentication (ECDH, AES and 3DES),
each run terminal against chip; a different key must fail."""
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from drivers.card import active_auth, lds
from drivers.card.apdu import parse_command
from drivers.card.chip_auth import ChipAuthChip, ChipAuthTerminal, choose, dg14_infos
from drivers.card.errors import SecureMessagingError
from drivers.card.secure_messaging import ChipSmSession, SessionKeys, SmSession


def _spki(key):
    return key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


@pytest.mark.parametrize("hash_name", ["sha1", "sha256"])
def test_active_auth_rsa_9796_2(rsa_key, hash_name):
    dg15 = lds.parse_dg15(lds.build_dg15(_spki(rsa_key)))
    for _ in range(5):  # exercises both s and n - s
        challenge = active_auth.new_challenge()
        signature = active_auth.chip_sign(rsa_key, challenge, hash_name)
        assert active_auth.verify(dg15, challenge, signature)
        assert not active_auth.verify(dg15, os.urandom(8), signature)
    other = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    assert not active_auth.verify(dg15, challenge, active_auth.chip_sign(other, challenge, hash_name))


def test_active_auth_ecdsa_with_hash_from_dg14():
    key = ec.generate_private_key(ec.BrainpoolP256R1())
    dg14 = lds.parse_dg14(lds.build_dg14([active_auth.aa_info("sha384")]))
    hash_name = active_auth.ecdsa_hash_from_dg14(dg14)
    assert hash_name == "sha384"
    challenge = active_auth.new_challenge()
    signature = active_auth.chip_sign(key, challenge, hash_name)
    assert len(signature) == 64
    assert active_auth.verify(_spki(key), challenge, signature, hash_name)
    assert not active_auth.verify(_spki(ec.generate_private_key(ec.BrainpoolP256R1())), challenge, signature, hash_name)
    assert parse_command(active_auth.aa_command(challenge)).data == challenge


def _sm_pair(kind="aes"):
    keys = SessionKeys(kind, os.urandom(16), os.urandom(16), bytes(8 if kind == "3des" else 16))
    return SmSession(keys), ChipSmSession(keys)


def _run_ca(term, chip, term_sm, chip_sm):
    """Terminal commands go through SM to the chip; the chip switches keys after answering."""
    command = term.first_command()
    while True:
        plain = chip_sm.unwrap_command(term_sm.wrap_command(command))
        answer = chip.process(plain)
        data, sw = answer[:-2], int.from_bytes(answer[-2:], "big")
        rapdu = chip_sm.wrap_response(data, sw)
        if chip.pending_keys is not None:
            chip_sm = ChipSmSession(chip.pending_keys)
        data, sw = term_sm.unwrap_response(rapdu)
        result = term.next_command(data + sw.to_bytes(2, "big"))
        if isinstance(result, SessionKeys):
            return SmSession(result), chip_sm
        command = result


@pytest.mark.parametrize("protocol", ["0.4.0.127.0.7.2.2.3.2.2", "0.4.0.127.0.7.2.2.3.2.1", "0.4.0.127.0.7.2.2.3.2.4"])
def test_chip_authentication(protocol):
    chip_key = ec.generate_private_key(ec.BrainpoolP256R1())
    dg14 = lds.parse_dg14(lds.build_dg14(dg14_infos(chip_key.public_key(), protocol, key_id=1)))
    info, public = choose(dg14)
    assert info.protocol == protocol
    term_sm, chip_sm = _sm_pair()
    new_term_sm, new_chip_sm = _run_ca(ChipAuthTerminal(info, public), ChipAuthChip(chip_key, info), term_sm, chip_sm)
    plain = bytes.fromhex("00B0000004")
    assert new_chip_sm.unwrap_command(new_term_sm.wrap_command(plain)) == plain


def test_chip_authentication_detects_a_clone():
    real = ec.generate_private_key(ec.BrainpoolP256R1())
    clone = ec.generate_private_key(ec.BrainpoolP256R1())  # a copied chip lacks the real private key
    info, public = choose(lds.parse_dg14(lds.build_dg14(dg14_infos(real.public_key()))))
    term_sm, chip_sm = _sm_pair()
    new_term_sm, new_chip_sm = _run_ca(ChipAuthTerminal(info, public), ChipAuthChip(clone, info), term_sm, chip_sm)
    with pytest.raises(SecureMessagingError):
        new_chip_sm.unwrap_command(new_term_sm.wrap_command(bytes.fromhex("00B0000004")))


def test_dg14_with_an_aa_entry_still_offers_chip_authentication():
    """Vietnamese DG14s list AA (optional field = an algorithm OID) beside CA."""
    from cryptography.hazmat.primitives.asymmetric import ec as _ec

    from drivers.card import chip_auth as _ca, lds as _lds
    from drivers.card.active_auth import aa_info

    key = _ec.generate_private_key(_ec.BrainpoolP256R1()).public_key()
    infos = _lds.parse_dg14(_lds.build_dg14([aa_info("sha256"), *_ca.dg14_infos(key, key_id=1)]))
    chosen = _ca.choose(infos)
    assert chosen is not None and chosen[0].key_id == 1
