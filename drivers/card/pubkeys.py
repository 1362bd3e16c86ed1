"""Public keys and signatures as eMRTD PKIs use them.

Country CSCAs (Vietnam's included) publish brainpool keys with *explicit* EC
domain parameters, which some `cryptography` releases refuse unless they are a NIST curve.
We read such keys with asn1crypto, recognise the curve by its parameters and
rebuild the key on the named curve (card.md §9).
"""
from __future__ import annotations

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
from asn1crypto import keys
from ecdsa import curves as ec_curves

from drivers.card.errors import ParseError

PublicKey = ec.EllipticCurvePublicKey | rsa.RSAPublicKey

# Curves an eMRTD PKI may use: python-ecdsa knows their parameters, cryptography their names.
_CURVES = [
    (ec_curves.NIST256p, ec.SECP256R1),
    (ec_curves.NIST384p, ec.SECP384R1),
    (ec_curves.NIST521p, ec.SECP521R1),
    (ec_curves.NIST224p, ec.SECP224R1),
    (ec_curves.BRAINPOOLP256r1, ec.BrainpoolP256R1),
    (ec_curves.BRAINPOOLP384r1, ec.BrainpoolP384R1),
    (ec_curves.BRAINPOOLP512r1, ec.BrainpoolP512R1),
]

_HASHES = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}

# BSI TR-03111 ecdsa-plain-signatures: r||s instead of a DER SEQUENCE.
PLAIN_ECDSA = {
    "0.4.0.127.0.7.1.1.4.1.1": "sha1",
    "0.4.0.127.0.7.1.1.4.1.2": "sha224",
    "0.4.0.127.0.7.1.1.4.1.3": "sha256",
    "0.4.0.127.0.7.1.1.4.1.4": "sha384",
    "0.4.0.127.0.7.1.1.4.1.5": "sha512",
}


def hash_algorithm(name: str) -> hashes.HashAlgorithm:
    try:
        return _HASHES[name]()
    except KeyError:
        raise ParseError(f"unsupported hash algorithm {name}") from None


def _curve_from_explicit(domain: keys.SpecifiedECDomain) -> ec.EllipticCurve:
    try:
        p = domain["field_id"]["parameters"].native
        a = int.from_bytes(domain["curve"]["a"].native, "big")
        b = int.from_bytes(domain["curve"]["b"].native, "big")
        order = domain["order"].native
    except (ValueError, TypeError, KeyError):
        raise ParseError("explicit EC parameters are malformed") from None
    for known, named in _CURVES:
        fp = known.curve
        if (fp.p(), fp.a() % fp.p(), fp.b(), known.order) == (p, a % p, b, order):
            return named()
    raise ParseError("explicit EC parameters match no supported curve")


def load_public_key(spki: keys.PublicKeyInfo | bytes) -> PublicKey:
    """A `cryptography` public key from a SubjectPublicKeyInfo, explicit EC parameters included."""
    try:
        info = spki if isinstance(spki, keys.PublicKeyInfo) else keys.PublicKeyInfo.load(bytes(spki))
        algorithm = info["algorithm"]["algorithm"].native
        if algorithm == "ec":
            params = info["algorithm"]["parameters"]
            if params.name == "specified":
                curve = _curve_from_explicit(params.chosen)
                point = bytes(info["public_key"])
                return ec.EllipticCurvePublicKey.from_encoded_point(curve, point)
        key = serialization.load_der_public_key(info.dump())
    except ParseError:
        raise
    except (ValueError, TypeError, KeyError, UnsupportedAlgorithm):
        raise ParseError("public key cannot be loaded") from None
    if not isinstance(key, (ec.EllipticCurvePublicKey, rsa.RSAPublicKey)):
        raise ParseError("only EC and RSA keys are used by eMRTDs")
    return key


def verify(
    key: PublicKey,
    signature: bytes,
    data: bytes,
    hash_name: str,
    scheme: str,
    pss_salt_length: int | None = None,
) -> bool:
    """Check a signature; ``scheme`` is "ecdsa", "ecdsa_plain", "rsa_pkcs1v15" or "rsa_pss"."""
    algorithm = hash_algorithm(hash_name)
    try:
        if scheme in ("ecdsa", "ecdsa_plain"):
            if not isinstance(key, ec.EllipticCurvePublicKey):
                return False
            if scheme == "ecdsa_plain":
                if len(signature) % 2:
                    return False
                half = len(signature) // 2
                signature = utils.encode_dss_signature(
                    int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
                )
            key.verify(signature, data, ec.ECDSA(algorithm))
            return True
        if not isinstance(key, rsa.RSAPublicKey):
            return False
        if scheme == "rsa_pss":
            salt = pss_salt_length if pss_salt_length is not None else algorithm.digest_size
            key.verify(signature, data, padding.PSS(padding.MGF1(algorithm), salt), algorithm)
            return True
        if scheme == "rsa_pkcs1v15":
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
            return True
    except (InvalidSignature, ValueError):
        return False
    raise ParseError(f"unsupported signature scheme {scheme}")


def scheme_of(signature_algorithm) -> tuple[str, str | None, int | None]:
    """(scheme, hash name or None, PSS salt length) for an asn1crypto SignedDigestAlgorithm."""
    oid = signature_algorithm["algorithm"].dotted
    if oid in PLAIN_ECDSA:
        return "ecdsa_plain", PLAIN_ECDSA[oid], None
    try:
        algo = signature_algorithm.signature_algo
    except (ValueError, KeyError):
        raise ParseError("unknown signature algorithm") from None
    if algo == "rsassa_pss":
        params = signature_algorithm["parameters"]
        return "rsa_pss", params["hash_algorithm"]["algorithm"].native, params["salt_length"].native
    try:
        hash_name = signature_algorithm.hash_algo
    except (ValueError, KeyError):
        hash_name = None  # bare "rsaEncryption" / "ecPublicKey": the digest algorithm says
    if algo == "ecdsa":
        return "ecdsa", hash_name, None
    if algo == "rsassa_pkcs1v15":
        return "rsa_pkcs1v15", hash_name, None
    raise ParseError("unsupported signature algorithm")
