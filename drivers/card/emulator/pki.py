"""A throwaway country PKI for virtual cards: a CSCA and a Document Signer.

Real CCCDs are signed by a Document Signer whose certificate chains to the
Vietnamese CSCA. The emulator needs the same shape so Passive Authentication
runs for real: a self-signed test CSCA (the trust anchor a test hands to the
reader) and a DS certificate it issues (carried inside the SOD).
Curves are brainpool, as on the Vietnamese CSCA.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class LabPki:
    csca_key: ec.EllipticCurvePrivateKey
    csca_cert: x509.Certificate
    ds_key: ec.EllipticCurvePrivateKey
    ds_cert: x509.Certificate


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kiosk test lab (not a real authority)"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def make_test_pki(now: dt.datetime | None = None, label: str = "Test") -> LabPki:
    now = now or dt.datetime.now(dt.timezone.utc)
    csca_key = ec.generate_private_key(ec.BrainpoolP384R1())
    ds_key = ec.generate_private_key(ec.BrainpoolP256R1())
    csca_name = _name(f"{label} CSCA")
    csca_ski = x509.SubjectKeyIdentifier.from_public_key(csca_key.public_key())
    csca_cert = (
        x509.CertificateBuilder()
        .subject_name(csca_name).issuer_name(csca_name)
        .public_key(csca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * 15))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(csca_ski, critical=False)
        .sign(csca_key, hashes.SHA384())
    )
    ds_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{label} Document Signer")).issuer_name(csca_name)
        .public_key(ds_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * 10))
        .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(csca_ski), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ds_key.public_key()), critical=False)
        .sign(csca_key, hashes.SHA384())
    )
    return LabPki(csca_key, csca_cert, ds_key, ds_cert)


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)
