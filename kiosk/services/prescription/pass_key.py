"""The station's pass signing key (EC P-256), kept like the store key (offline_store/keyfile.py):
a 0600 file outside the code, made once with O_EXCL, never replaced behind the kiosk's back.

Its public half is published as a self-signed X.509 certificate (``kiosk pass cert``) naming
the station; a programme CA may sign it instead (docs/prescription.md).
"""
from __future__ import annotations

import hashlib
import logging
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from joserfc.jwk import ECKey

log = logging.getLogger("kiosk.prescription")


class PassKeyError(Exception):
    """Missing, too open or malformed; names the path, never the key."""


def load_private(path: Path, *, create: bool = False) -> ec.EllipticCurvePrivateKey:
    path = Path(path)
    if not path.exists():
        if not create:
            raise PassKeyError(f"pass key file {path} does not exist (prescription.pass_key_file)")
        return _create(path)
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise PassKeyError(f"pass key file {path} is readable by others; chmod 600 (prescription.pass_key_file)")
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as e:
        raise PassKeyError(f"pass key file {path} is unreadable ({e.__class__.__name__})") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise PassKeyError(f"pass key file {path} is not an EC P-256 key")
    return key


def _create(path: Path) -> ec.EllipticCurvePrivateKey:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    log.warning("created a new pass signing key at %s", path)
    return key


def key_id(public: ec.EllipticCurvePublicKey) -> str:
    """SHA-256 of the SubjectPublicKeyInfo, first 16 hex digits: names the key in the pass header."""
    spki = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()[:16]


def jwk_private(key: ec.EllipticCurvePrivateKey) -> ECKey:
    return ECKey.import_key(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))


def certificate(key: ec.EllipticCurvePrivateKey, station_id: str, now: datetime, days: int = 3650) -> bytes:
    """The station's public certificate (PEM), self-signed; CN = station id."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, station_id),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "tram-kiosk pick-up pass")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=days))
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def jwk_from_certificate(pem: bytes) -> tuple[ECKey, str]:
    """(verification key, station id) from a station's certificate."""
    cert = x509.load_pem_x509_certificate(pem)
    public = cert.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise PassKeyError("the certificate's key is not an EC key")
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    spki = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return ECKey.import_key(spki), (str(cn[0].value) if cn else "")
