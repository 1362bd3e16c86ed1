"""Passive Authentication (ICAO 9303-11 §5.1, 9303-12): is the data on the chip what
the issuing state signed?

1. EF.SOD is a CMS SignedData over an LDSSecurityObject listing a hash per data group.
2. The hash of every data group read (raw bytes, never re-serialised) must match.
3. The signed attributes' messageDigest must be the hash of the LDSSecurityObject,
   and their signature must verify with the Document Signer (DS) certificate's key.
4. The DS certificate must be signed by a CSCA in our trust store and be within
   its validity dates.

Verdicts: "genuine"; "not_genuine" (something does not match or verify);
"cannot_verify" (data intact and signed, but no trust anchor for the signer).
Certificate revocation lists are not consulted yet.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from asn1crypto import algos, cms, core, pem, x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from drivers.card import pubkeys
from drivers.card.errors import ParseError
from drivers.card.tlv import encode_tlv, parse_single

log = logging.getLogger("drivers.card.passive_auth")

LDS_SECURITY_OBJECT_OID = "2.23.136.1.1.1"
Verdict = Literal["genuine", "not_genuine", "cannot_verify"]


class _DataGroupHash(core.Sequence):
    _fields = [("data_group_number", core.Integer), ("data_group_hash_value", core.OctetString)]


class _DataGroupHashes(core.SequenceOf):
    _child_spec = _DataGroupHash


class _LdsVersionInfo(core.Sequence):
    _fields = [("lds_version", core.PrintableString), ("unicode_version", core.PrintableString)]


class LdsSecurityObject(core.Sequence):
    _fields = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", _DataGroupHashes),
        ("lds_version_info", _LdsVersionInfo, {"optional": True}),
    ]


@dataclass(frozen=True)
class PaResult:
    verdict: Verdict
    reason: str  # for the technician log: names structures, never personal data
    checked_groups: tuple[int, ...] = ()  # data groups whose hash matched
    signer: str = ""  # DS certificate subject (an authority, not a person)

    @property
    def genuine(self) -> bool:
        return self.verdict == "genuine"


CSCA_MASTER_LIST_OID = "2.23.136.1.1.2"


class _CertificateSet(core.SetOf):
    _child_spec = asn1_x509.Certificate


class CscaMasterList(core.Sequence):
    _fields = [("version", core.Integer), ("cert_list", _CertificateSet)]


def master_list_certificates(data: bytes) -> list[bytes]:
    """The CSCA certificates (DER) inside an ICAO CSCA master list (.ml, CMS SignedData).

    The master list's own signature is not checked: the file is trusted the way
    any file in the trust directory is, by whoever installed it.
    """
    try:
        info = cms.ContentInfo.load(bytes(data))
        encap = info["content"]["encap_content_info"]
        if encap["content_type"].dotted != CSCA_MASTER_LIST_OID:
            raise ParseError("not a CSCA master list")
        ml = CscaMasterList.load(encap["content"].contents)
        return [cert.dump() for cert in ml["cert_list"]]
    except ParseError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        raise ParseError("CSCA master list is malformed") from None


@dataclass(frozen=True)
class _Anchor:
    cert: asn1_x509.Certificate
    key: pubkeys.PublicKey


class TrustStore:
    """The CSCA certificates we accept as roots: PEM/DER certificates and ICAO master lists (.ml)
    found in one directory."""

    def __init__(self, certificates: list[bytes] = ()) -> None:
        self._anchors: list[_Anchor] = []
        for der in certificates:
            self.add(der)

    def __len__(self) -> int:
        return len(self._anchors)

    def add(self, der: bytes) -> bool:
        """Add a CSCA certificate; a certificate whose key cannot be read is skipped and logged."""
        try:
            cert = asn1_x509.Certificate.load(bytes(der))
            key = pubkeys.load_public_key(cert["tbs_certificate"]["subject_public_key_info"])
        except (ParseError, ValueError, TypeError) as e:
            log.warning("trust store: skipping an unreadable CSCA certificate (%s)", e)
            return False
        self._anchors.append(_Anchor(cert, key))
        return True

    @classmethod
    def from_dir(cls, path: str | Path) -> "TrustStore":
        store = cls()
        directory = Path(path)
        if not directory.is_dir():
            log.warning("trust store directory %s does not exist; PA will say cannot_verify", directory)
            return store
        for file in sorted(directory.iterdir()):
            suffix = file.suffix.lower()
            if suffix not in (".pem", ".crt", ".cer", ".der", ".ml"):
                continue
            data = file.read_bytes()
            if suffix == ".ml":
                try:
                    ders = master_list_certificates(data)
                except ParseError as e:
                    log.warning("trust store: skipping %s (%s)", file.name, e)
                    continue
            elif pem.detect(data):
                ders = [der for kind, _, der in pem.unarmor(data, multiple=True) if kind == "CERTIFICATE"]
            else:
                ders = [data]
            for der in ders:
                store.add(der)
        log.info("trust store: %d CSCA certificate(s) from %s", len(store), directory)
        return store

    def issuers_of(self, cert: asn1_x509.Certificate) -> list[_Anchor]:
        """CSCAs whose subject (and key identifier, when both state one) name ``cert``'s issuer."""
        issuer = cert.issuer.hashable
        aki = cert.authority_key_identifier
        out = []
        for anchor in self._anchors:
            if anchor.cert.subject.hashable != issuer:
                continue
            ski = anchor.cert.key_identifier
            if aki is not None and ski is not None and aki != ski:
                continue
            out.append(anchor)
        return out


# ---------------------------------------------------------------- parsing
def parse_sod(sod: bytes) -> tuple[cms.SignedData, LdsSecurityObject, bytes]:
    """(SignedData, LDSSecurityObject, raw eContent) from EF.SOD. Raises ParseError."""
    try:
        inner = parse_single(sod, 0x77).value
        info = cms.ContentInfo.load(inner)
        if info["content_type"].native != "signed_data":
            raise ParseError("EF.SOD does not hold SignedData")
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].dotted != LDS_SECURITY_OBJECT_OID:
            raise ParseError("EF.SOD content is not an LDSSecurityObject")
        econtent = encap["content"].contents
        if econtent is None:
            raise ParseError("EF.SOD has no eContent")
        lso = LdsSecurityObject.load(econtent)
        lso.native  # parse fully now so malformed input fails here (the rest fails late, see verify_sod)
    except ParseError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError) as e:
        raise ParseError(f"EF.SOD is malformed ({type(e).__name__})") from None
    return signed, lso, econtent


def sod_hashes(lso: LdsSecurityObject) -> tuple[str, dict[int, bytes]]:
    hash_name = lso["hash_algorithm"]["algorithm"].native
    return hash_name, {
        int(item["data_group_number"].native): bytes(item["data_group_hash_value"].native)
        for item in lso["data_group_hash_values"]
    }


def _digest(hash_name: str, data: bytes) -> bytes:
    try:
        return hashlib.new(hash_name, data).digest()
    except ValueError:
        raise ParseError(f"unsupported hash algorithm {hash_name}") from None


def _signer_certificate(signed: cms.SignedData, signer: cms.SignerInfo) -> asn1_x509.Certificate | None:
    sid = signer["sid"]
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if cert.issuer.hashable == ias["issuer"].hashable and cert.serial_number == ias["serial_number"].native:
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _within(cert: asn1_x509.Certificate, now: dt.datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    return validity["not_before"].native <= now <= validity["not_after"].native


def _cert_signed_by(cert: asn1_x509.Certificate, key: pubkeys.PublicKey) -> bool:
    scheme, hash_name, salt = pubkeys.scheme_of(cert["signature_algorithm"])
    if hash_name is None:
        return False
    return pubkeys.verify(key, bytes(cert["signature_value"]), cert["tbs_certificate"].dump(), hash_name, scheme, salt)


# ---------------------------------------------------------------- verification
def verify_sod(
    sod: bytes,
    data_groups: dict[int, bytes],
    trust_store: TrustStore,
    now: dt.datetime | None = None,
) -> PaResult:
    """Passive Authentication of the data groups read (raw bytes, keyed by DG number)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    try:
        result = _verify(sod, data_groups, trust_store, now)
    except ParseError as e:
        result = PaResult("not_genuine", str(e))
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError) as e:
        # asn1crypto parses lazily, so a malformed certificate or attribute can surface late.
        result = PaResult("not_genuine", f"EF.SOD is malformed ({type(e).__name__})")
    log.log(logging.INFO if result.genuine else logging.WARNING,
            "passive authentication: %s (%s)", result.verdict, result.reason)
    return result


def _verify(sod: bytes, data_groups: dict[int, bytes], store: TrustStore, now: dt.datetime) -> PaResult:
    signed, lso, econtent = parse_sod(sod)
    hash_name, listed = sod_hashes(lso)

    # Integrity first: a changed data group is "not genuine" whatever the PKI says.
    checked = []
    for dg, raw in sorted(data_groups.items()):
        expected = listed.get(dg)
        if expected is None:
            return PaResult("not_genuine", f"DG{dg} is not listed in EF.SOD")
        if not hmac.compare_digest(_digest(hash_name, raw), expected):
            return PaResult("not_genuine", f"DG{dg} hash does not match EF.SOD")
        checked.append(dg)
    checked_t = tuple(checked)

    signers = signed["signer_infos"]
    if len(signers) != 1:
        return PaResult("not_genuine", "EF.SOD must have exactly one signer", checked_t)
    signer = signers[0]
    digest_name = signer["digest_algorithm"]["algorithm"].native
    attrs = signer["signed_attrs"]
    if not attrs:
        return PaResult("not_genuine", "EF.SOD signer has no signed attributes", checked_t)
    message_digest = content_type = None
    for attr in attrs:
        if attr["type"].native == "message_digest":
            message_digest = bytes(attr["values"][0].native)
        elif attr["type"].native == "content_type":
            content_type = attr["values"][0].dotted
    if content_type != LDS_SECURITY_OBJECT_OID:
        return PaResult("not_genuine", "signed content type is not the LDSSecurityObject", checked_t)
    if message_digest is None or not hmac.compare_digest(message_digest, _digest(digest_name, econtent)):
        return PaResult("not_genuine", "messageDigest does not match the LDSSecurityObject", checked_t)

    ds_cert = _signer_certificate(signed, signer)
    if ds_cert is None:
        return PaResult("cannot_verify", "EF.SOD carries no Document Signer certificate", checked_t)
    ds_subject = ds_cert.subject.human_friendly
    ds_key = pubkeys.load_public_key(ds_cert["tbs_certificate"]["subject_public_key_info"])
    scheme, sig_hash, salt = pubkeys.scheme_of(signer["signature_algorithm"])
    # DER SET re-tagging: the signature covers the attributes as a universal SET (31), not [0].
    signed_attrs_der = b"\x31" + attrs.dump()[1:]
    if not pubkeys.verify(ds_key, bytes(signer["signature"]), signed_attrs_der, sig_hash or digest_name, scheme, salt):
        return PaResult("not_genuine", "EF.SOD signature does not verify with the DS key", checked_t, ds_subject)

    anchors = store.issuers_of(ds_cert)
    if not anchors:
        # Name the missing CSCA (an authority, not a person) so a technician knows which one to install.
        aki = ds_cert.authority_key_identifier
        return PaResult("cannot_verify",
                        f"no CSCA in the trust store issued this Document Signer: issuer "
                        f"'{ds_cert.issuer.human_friendly}', key id {aki.hex().upper() if aki else 'not stated'}",
                        checked_t, ds_subject)
    for anchor in anchors:
        if _cert_signed_by(ds_cert, anchor.key):
            if not _within(ds_cert, now):
                return PaResult("not_genuine", "Document Signer certificate is outside its validity dates", checked_t, ds_subject)
            if not _within(anchor.cert, now):
                return PaResult("not_genuine", "CSCA certificate is outside its validity dates", checked_t, ds_subject)
            return PaResult("genuine", "SOD signature and CSCA chain verified", checked_t, ds_subject)
    return PaResult("not_genuine", "Document Signer certificate is not signed by the matching CSCA", checked_t, ds_subject)


# ---------------------------------------------------------------- building (emulator)
def build_sod(
    dgs: dict[int, bytes],
    ds_key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    ds_cert: x509.Certificate | bytes,
    hash_name: str = "sha256",
) -> bytes:
    """EF.SOD over the raw data groups, signed by the Document Signer (for the emulator)."""
    lso = LdsSecurityObject(
        {
            "version": 0,
            "hash_algorithm": {"algorithm": hash_name},
            "data_group_hash_values": [
                {"data_group_number": dg, "data_group_hash_value": hashlib.new(hash_name, raw).digest()}
                for dg, raw in sorted(dgs.items())
            ],
        }
    )
    econtent = lso.dump()
    attrs = cms.CMSAttributes(
        [
            {"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]},
            {"type": "message_digest", "values": [hashlib.new(hash_name, econtent).digest()]},
        ]
    )
    to_sign = attrs.dump()
    algorithm = pubkeys.hash_algorithm(hash_name)
    if isinstance(ds_key, ec.EllipticCurvePrivateKey):
        signature = ds_key.sign(to_sign, ec.ECDSA(algorithm))
        sig_algo = f"{hash_name}_ecdsa"
    else:
        signature = ds_key.sign(to_sign, padding.PKCS1v15(), algorithm)
        sig_algo = f"{hash_name}_rsa"
    der = ds_cert if isinstance(ds_cert, bytes) else ds_cert.public_bytes(serialization.Encoding.DER)
    cert = asn1_x509.Certificate.load(der)
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {"issuer_and_serial_number": {"issuer": cert.issuer, "serial_number": cert.serial_number}}
            ),
            "digest_algorithm": {"algorithm": hash_name},
            "signed_attrs": attrs,
            "signature_algorithm": {"algorithm": sig_algo},
            "signature": signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": hash_name}],
            "encap_content_info": {"content_type": LDS_SECURITY_OBJECT_OID, "content": econtent},
            "certificates": [cert],
            "signer_infos": [signer],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed})
    return encode_tlv(0x77, info.dump())
