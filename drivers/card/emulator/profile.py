"""Card profiles: everything one virtual CCCD holds, kept in a directory.

    DIR/profile.json      CAN, MRZ, chip options (no secrets of a real person:
                          profiles are made up for tests and demos)
    DIR/csca.pem          the test CSCA certificate: pass DIR as the trust store
    DIR/pki/              the CSCA and Document Signer keys, the DS certificate,
                          the chip's Chip and Active Authentication keys
    DIR/files/*.bin       the chip's files exactly as the card serves them
                          (EF.CardAccess, EF.COM, DG1, DG2, DG13, DG14, DG15, EF.SOD)

The files are built once by :func:`make_profile` with the protocol layer's
builders and the SOD is signed then, so a test can tamper with a data group
afterwards and Passive Authentication must notice.
"""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from drivers.card import lds, mrz
from drivers.card.emulator.pki import LabPki, cert_pem, key_pem, make_test_pki

# EF.CardAccess as Vietnamese cards serve it (card.md §6): TA v1,
# CA-ECDH-AES-128, PACE-ECDH-GM-AES-128 on brainpoolP256r1 (parameter 13).
VN_CARD_ACCESS = bytes.fromhex(
    "3134300d060804007f0007020202020101300f060a04007f000702020302020201013012060a04007f0007020204020202010202010d"
)

# File name in DIR/files -> (FID, SFI) on the chip.
FILES = {
    "card_access": (lds.FID_CARD_ACCESS, lds.SFI_CARD_ACCESS),
    "com": (lds.FID_COM, lds.SFI_COM),
    "sod": (lds.FID_SOD, lds.SFI_SOD),
    "dg1": (lds.dg_fid(1), 1),
    "dg2": (lds.dg_fid(2), 2),
    "dg13": (lds.dg_fid(13), 13),
    "dg14": (lds.dg_fid(14), 14),
    "dg15": (lds.dg_fid(15), 15),
}


@dataclass(frozen=True)
class Person:
    """The made-up citizen on a virtual card. Dates are ISO yyyy-mm-dd."""

    id_number: str
    full_name: str
    date_of_birth: str
    sex: str = "M"  # M or F
    date_of_expiry: str = "2040-01-01"
    date_of_issue: str = "2024-01-01"
    nationality: str = "Việt Nam"
    ethnicity: str = "Kinh"
    religion: str = "Không"
    hometown: str = ""
    residence: str = ""
    identifying_marks: str = ""
    father: str = ""
    mother: str = ""
    spouse: str = ""
    old_id_number: str = ""


@dataclass(frozen=True)
class CardProfile:
    directory: Path
    can: str
    mrz_text: str
    mrz_information: str
    files: dict[str, bytes] = field(repr=False)
    aa_key: ec.EllipticCurvePrivateKey | None = field(repr=False, default=None)  # DG15
    ca_key: ec.EllipticCurvePrivateKey | None = field(repr=False, default=None)  # DG14
    extended_length: bool = False


def _vn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def _yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def build_files(person: Person, photo: bytes, photo_format: str, pki: LabPki,
                aa_key: ec.EllipticCurvePrivateKey | None = None,
                ca_key: ec.EllipticCurvePrivateKey | None = None) -> dict[str, bytes]:
    from drivers.card.active_auth import aa_info
    from drivers.card.chip_auth import dg14_infos
    from drivers.card.passive_auth import build_sod

    mrz_text = mrz.build_td1(person.id_number, person.full_name, _yymmdd(person.date_of_birth),
                             person.sex, _yymmdd(person.date_of_expiry))
    dg13_fields = {
        "id_number": person.id_number,
        "full_name": person.full_name,
        "date_of_birth": _vn_date(person.date_of_birth),
        "sex": "Nam" if person.sex == "M" else "Nữ",
        "nationality": person.nationality,
        "ethnicity": person.ethnicity,
        "religion": person.religion,
        "hometown": person.hometown,
        "residence": person.residence,
        "identifying_marks": person.identifying_marks,
        "date_of_issue": _vn_date(person.date_of_issue),
        "date_of_expiry": _vn_date(person.date_of_expiry),
        "old_id_number": person.old_id_number,
    }
    dg13_fields = {k: unicodedata.normalize("NFC", v) for k, v in dg13_fields.items() if v}
    dgs = {
        1: lds.build_dg1(mrz_text),
        2: lds.build_dg2(photo, photo_format),  # type: ignore[arg-type]
        13: lds.build_dg13(dg13_fields, person.father, person.mother, person.spouse),
    }
    if ca_key is not None or aa_key is not None:
        # Like VN cards: DG14 holds the Chip Authentication key and names the AA hash.
        infos = (dg14_infos(ca_key.public_key()) if ca_key is not None else []) + [aa_info("sha256")]
        dgs[14] = lds.build_dg14(infos)
    if aa_key is not None:
        dgs[15] = lds.build_dg15(aa_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))
    files = {
        "card_access": VN_CARD_ACCESS,
        "com": lds.build_com(sorted(dgs)),
        "sod": build_sod(dgs, pki.ds_key, pki.ds_cert),
    }
    files.update({f"dg{n}": data for n, data in dgs.items()})
    return files


def make_profile(out: Path, person: Person, photo: bytes, can: str | None = None,
                 clone_checks: bool = True, extended_length: bool = False,
                 pki: LabPki | None = None) -> CardProfile:
    """Write a new profile (and, unless given one, a new test PKI) into ``out``.

    ``clone_checks`` gives the chip the keys of Chip Authentication (DG14) and
    Active Authentication (DG15), as Vietnamese cards have."""
    if photo.startswith(b"\xff\xd8"):
        photo_format = "jpeg"
    elif photo.startswith((b"\x00\x00\x00\x0cjP", b"\xff\x4f\xff\x51")):
        photo_format = "jpeg2000"
    else:
        raise ValueError("the photo must be a JPEG or JPEG2000 file")
    out = Path(out)
    (out / "pki").mkdir(parents=True, exist_ok=True)
    (out / "files").mkdir(exist_ok=True)
    pki = pki or make_test_pki(label=f"Kiosk lab {dt.date.today().isoformat()}")
    aa_key = ec.generate_private_key(ec.BrainpoolP256R1()) if clone_checks else None
    ca_key = ec.generate_private_key(ec.BrainpoolP256R1()) if clone_checks else None
    files = build_files(person, photo, photo_format, pki, aa_key, ca_key)
    for name, data in files.items():
        (out / "files" / f"{name}.bin").write_bytes(data)
    (out / "csca.pem").write_bytes(cert_pem(pki.csca_cert))
    (out / "pki" / "csca.key.pem").write_bytes(key_pem(pki.csca_key))
    (out / "pki" / "ds.pem").write_bytes(cert_pem(pki.ds_cert))
    (out / "pki" / "ds.key.pem").write_bytes(key_pem(pki.ds_key))
    for name, key in (("aa", aa_key), ("ca", ca_key)):
        if key is not None:
            (out / "pki" / f"{name}.key.pem").write_bytes(key_pem(key))
    mrz_text = lds.parse_dg1(files["dg1"]).lines
    meta = {
        "format": 1,
        "can": can or person.id_number[-6:],
        "mrz": list(mrz_text),
        "extended_length": extended_length,
        "note": "made-up test card; not a real person",
    }
    (out / "profile.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return load_profile(out)


def load_profile(directory: Path) -> CardProfile:
    directory = Path(directory)
    meta = json.loads((directory / "profile.json").read_text(encoding="utf-8"))
    files = {p.stem: p.read_bytes() for p in (directory / "files").glob("*.bin") if p.stem in FILES}
    keys = {}
    for name in ("aa", "ca"):
        path = directory / "pki" / f"{name}.key.pem"
        keys[name] = serialization.load_pem_private_key(path.read_bytes(), None) if path.exists() else None
    mrz_text = "\n".join(meta["mrz"])
    td1 = mrz.parse_td1(mrz_text)
    return CardProfile(directory, meta["can"], mrz_text, mrz.mrz_information(td1), files,
                       keys["aa"], keys["ca"], bool(meta.get("extended_length", False)))


def resign(directory: Path) -> CardProfile:
    """Sign EF.SOD (and list in EF.COM) the data groups now in DIR/files, with the
    profile's own PKI: a genuine card whose issuer wrote, or left out, a data group
    the reader does not expect. A file edited without this is a tampered card."""
    from drivers.card.passive_auth import build_sod

    d = Path(directory)
    pki = load_pki(d)
    dgs = {FILES[p.stem][1]: p.read_bytes() for p in (d / "files").glob("dg*.bin") if p.stem in FILES}
    (d / "files" / "com.bin").write_bytes(lds.build_com(sorted(dgs)))
    (d / "files" / "sod.bin").write_bytes(build_sod(dgs, pki.ds_key, pki.ds_cert))
    return load_profile(d)


def load_pki(directory: Path) -> LabPki:
    """The test PKI of a profile, to sign more cards under the same CSCA."""
    d = Path(directory)
    load_key = lambda p: serialization.load_pem_private_key((d / p).read_bytes(), None)  # noqa: E731
    return LabPki(load_key("pki/csca.key.pem"), x509.load_pem_x509_certificate((d / "csca.pem").read_bytes()),
                  load_key("pki/ds.key.pem"), x509.load_pem_x509_certificate((d / "pki/ds.pem").read_bytes()))
