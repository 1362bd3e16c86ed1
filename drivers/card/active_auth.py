"""Active Authentication (ICAO 9303-11 §6.1): the chip signs a fresh challenge with the
private key matching DG15, which a cloned chip cannot do.

RSA chips sign with ISO/IEC 9796-2 digital signature scheme 1 (message
recovery), which `cryptography` does not offer: we do the raw RSA step with the
public numbers and parse the recovered message ourselves. ECDSA chips sign in
plain r||s form (BSI TR-03111) with the hash named in DG14.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from asn1crypto import algos, core
from cryptography.hazmat.primitives.asymmetric import ec, rsa, utils

from drivers.card import pubkeys
from drivers.card.apdu import CommandApdu
from drivers.card.errors import ParseError
from drivers.card.lds import SecurityInfo, parse_der_int

log = logging.getLogger("drivers.card.active_auth")

ID_AA = "2.23.136.1.1.5"
CHALLENGE_LENGTH = 8
# ISO/IEC 10118-3 hash identifiers used in 9796-2 two-byte trailers (xx CC).
_TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}
_HASH_TRAILERS = {v: k for k, v in _TRAILER_HASHES.items()}


def aa_command(challenge: bytes) -> bytes:
    """INTERNAL AUTHENTICATE with the terminal's random challenge (send it under SM)."""
    if len(challenge) != CHALLENGE_LENGTH:
        raise ValueError("AA challenge must be 8 bytes")
    return CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, le=256).encode()


def new_challenge() -> bytes:
    return os.urandom(CHALLENGE_LENGTH)


def ecdsa_hash_from_dg14(infos: list[SecurityInfo]) -> str | None:
    """The hash an ECDSA chip uses for AA, from DG14's ActiveAuthenticationInfo."""
    for info in infos:
        if info.protocol == ID_AA and info.optional:
            try:
                oid = core.ObjectIdentifier.load(info.optional)
                return algos.SignedDigestAlgorithm({"algorithm": oid.dotted}).hash_algo
            except (ValueError, KeyError):
                raise ParseError("DG14: ActiveAuthenticationInfo names an unknown algorithm") from None
    return None


def aa_info(hash_name: str = "sha256") -> tuple[str, bytes, bytes]:
    """An ActiveAuthenticationInfo for an ECDSA chip's DG14 (for the emulator)."""
    oid = algos.SignedDigestAlgorithmId(f"{hash_name}_ecdsa").dump()
    return (ID_AA, core.Integer(1).dump(), oid)


def _recover_9796_2(key: rsa.RSAPublicKey, signature: bytes) -> bytes:
    numbers = key.public_numbers()
    n, e = numbers.n, numbers.e
    s = int.from_bytes(signature, "big")
    if not 0 < s < n:
        raise ParseError("AA: RSA signature out of range")
    m = pow(s, e, n)
    # 9796-2 signers publish min(s, n - s); the representative always ends in nibble C.
    if m & 0x0F != 0x0C:
        m = n - m
    k = (n.bit_length() + 7) // 8
    return m.to_bytes(k, "big")


def verify_rsa(key: rsa.RSAPublicKey, challenge: bytes, signature: bytes) -> bool:
    try:
        rep = _recover_9796_2(key, signature)
    except ParseError:
        return False
    rep = rep.lstrip(b"\x00")
    if not rep or rep[0] >> 6 != 0b01:
        return False
    if rep[-1] == 0xBC:
        hash_name, body = "sha1", rep[:-1]
    elif rep[-1] == 0xCC and rep[-2] in _TRAILER_HASHES:
        hash_name, body = _TRAILER_HASHES[rep[-2]], rep[:-2]
    else:
        return False
    size = hashlib.new(hash_name).digest_size
    if len(body) < 1 + size:
        return False
    first = body[0]
    # Header 0x6A: partial recovery; drop the leading padding of 0x4B..0xBA if any.
    header_end = 1 if first & 0x0F == 0x0A else None
    if header_end is None:
        return False
    m1, digest = body[header_end:-size], body[-size:]
    return hmac.compare_digest(hashlib.new(hash_name, m1 + challenge).digest(), digest)


def verify(dg15_public_key_info, challenge: bytes, signature: bytes, ecdsa_hash: str | None = None) -> bool:
    """Check the chip's answer to INTERNAL AUTHENTICATE against DG15's key."""
    key = pubkeys.load_public_key(dg15_public_key_info)
    if isinstance(key, rsa.RSAPublicKey):
        ok = verify_rsa(key, challenge, signature)
    else:
        ok = pubkeys.verify(key, signature, challenge, ecdsa_hash or "sha256", "ecdsa_plain")
    log.info("active authentication: %s", "passed" if ok else "failed")
    return ok


# ---------------------------------------------------------------- chip side (emulator)
def chip_sign(private_key, challenge: bytes, hash_name: str = "sha256") -> bytes:
    """The chip's answer to INTERNAL AUTHENTICATE."""
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        der = private_key.sign(challenge, ec.ECDSA(pubkeys.hash_algorithm(hash_name)))
        r, s = utils.decode_dss_signature(der)
        size = (private_key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")
    if isinstance(private_key, rsa.RSAPrivateKey):
        return _sign_9796_2(private_key, challenge, hash_name)
    raise TypeError("AA key must be EC or RSA")


def _sign_9796_2(key: rsa.RSAPrivateKey, challenge: bytes, hash_name: str) -> bytes:
    numbers = key.private_numbers()
    n, d = numbers.public_numbers.n, numbers.d
    if n.bit_length() % 8:
        raise ValueError("9796-2 signing here needs a modulus of whole bytes")
    k = n.bit_length() // 8
    trailer = b"\xbc" if hash_name == "sha1" else bytes([_HASH_TRAILERS[hash_name], 0xCC])
    size = hashlib.new(hash_name).digest_size
    m1 = os.urandom(k - size - len(trailer) - 1)
    rep = b"\x6a" + m1 + hashlib.new(hash_name, m1 + challenge).digest() + trailer
    # With a whole-byte modulus the leading 01 bits keep the representative below n.
    m = int.from_bytes(rep, "big")
    s = pow(m, d, n)
    return min(s, n - s).to_bytes(k, "big")


def parse_version(info: SecurityInfo) -> int:
    return parse_der_int(info.required)
