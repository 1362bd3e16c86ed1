"""First-time set-up of a station (``kiosk provision``): the steps, without prompts or printing.

Everything is checked before anything is written, so a refused value leaves the
station as it was. The config file is edited in place (comments kept) through
the same helpers as ``kiosk maintenance set-pin``; the PIN is hashed by
``kiosk.maintenance.pin``; the store key is made by ``offline_store.keyfile``, the pick-up pass
key by ``kiosk.services.prescription.pass_key``.
"""
from __future__ import annotations

import os
import pwd
import shutil
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.config import Config, ConfigError, parse_config
from kiosk.maintenance import pin as pins
from kiosk.maintenance.config_edit import replace_file, set_string
from offline_store.keyfile import KeyFileError, load_key
from offline_store.sqlite_store import DB_NAME

# The system user the package creates and the unit runs as (packaging/debian); the app reads
# the key and the client key as this user, so they are its own and nobody else's.
DEFAULT_OWNER = "tram-kiosk"
UNIT = "tram-kiosk.service"  # packaging/layout.py names both; the bundle does not carry packaging/
CERT_NAME = "client-cert.pem"
KEY_NAME = "client-key.pem"


class ProvisionError(Exception):
    """A value or file that cannot be used; worded for the deployer, nothing was changed."""


@dataclass(frozen=True)
class Plan:
    config_path: Path
    new_text: str
    cfg: Config
    owner_uid: int
    owner_gid: int
    cert: Path | None  # source files to copy beside the config
    key: Path | None
    pin_changed: bool
    cert_expires: datetime | None


def owner_ids(owner: str) -> tuple[int, int]:
    try:
        pw = pwd.getpwnam(owner)
    except KeyError:
        raise ProvisionError(f"system user {owner!r} does not exist (the package creates it; see --owner)") from None
    return pw.pw_uid, pw.pw_gid


def check_client_cert(cert: Path, key: Path) -> datetime:
    """The certificate's expiry; refuses unreadable files, an expired certificate or a key of another pair."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        c = x509.load_pem_x509_certificate(cert.read_bytes())
    except (OSError, ValueError) as e:
        raise ProvisionError(f"client certificate {cert}: not a readable PEM certificate ({e.__class__.__name__})") from None
    try:
        k = serialization.load_pem_private_key(key.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as e:
        # TypeError: an encrypted key; the kiosk starts unattended and cannot type a passphrase.
        raise ProvisionError(f"client key {key}: not a readable unencrypted PEM private key "
                             f"({e.__class__.__name__})") from None
    pub = serialization.PublicFormat.SubjectPublicKeyInfo
    if (k.public_key().public_bytes(serialization.Encoding.DER, pub)
            != c.public_key().public_bytes(serialization.Encoding.DER, pub)):
        raise ProvisionError(f"client key {key} does not belong to the certificate {cert}")
    expires = c.not_valid_after_utc
    if expires <= datetime.now(timezone.utc):
        raise ProvisionError(f"client certificate {cert} expired on {expires:%Y-%m-%d}")
    return expires


def plan(config_path: Path, *, station_id: str | None, backend_url: str | None, cert: Path | None,
         key: Path | None, pin: str | None, owner: str) -> Plan:
    """Check every value and build the new config text; writes nothing."""
    config_path = Path(config_path)
    try:
        text = config_path.read_text(encoding="utf-8-sig")
        tomllib.loads(text)
    except FileNotFoundError:
        raise ProvisionError(f"{config_path}: file not found (the package installs it; or copy "
                             "kiosk.example.toml there)") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ProvisionError(f"{config_path}: cannot read it as TOML ({e})") from None
    uid, gid = owner_ids(owner)
    if (cert is None) != (key is None):
        raise ProvisionError("give the client certificate and its key together (--client-cert and --client-key)")
    expires = check_client_cert(cert, key) if cert else None
    edits: list[tuple[str, str, str]] = []
    if station_id is not None:
        edits.append(("station", "id", station_id))
    if backend_url is not None:
        edits.append(("backend", "url", backend_url))
    if cert is not None:
        edits += [("backend", "client_cert", str(config_path.parent / CERT_NAME)),
                  ("backend", "client_key", str(config_path.parent / KEY_NAME))]
    if pin is not None:
        problem = pins.pin_problem(pin)
        if problem:
            raise ProvisionError(problem)
        edits.append(("maintenance", "pin_hash", pins.hash_pin(pin)))
    for section, name, value in edits:
        try:
            text = set_string(text, section, name, value)
        except ValueError as e:
            raise ProvisionError(f"{section}.{name}: {e}") from None
    try:
        data = tomllib.loads(text)
        for section, name, value in edits:
            if data.get(section, {}).get(name) != value:
                raise ValueError(f"{section}.{name} does not read back")
        cfg = parse_config(data, str(config_path))
    except (tomllib.TOMLDecodeError, ValueError, AttributeError) as e:
        # e.g. a dotted key elsewhere in the file: better refuse than guess.
        raise ProvisionError(f"{config_path}: could not place the values ({e}); edit the file by hand") from None
    except ConfigError as e:
        raise ProvisionError(str(e)) from None
    _check_key_can_be_made(cfg)
    return Plan(config_path, text, cfg, uid, gid, cert, key, pin is not None, expires)


def apply(p: Plan, done: list[str]) -> None:
    """Copy the certificate pair, write the config, make or tighten the store key; ``done`` gets each step
    in words as it completes, so a failure part-way can say what was already changed."""
    if p.cert is not None:
        _install(p.cert, p.config_path.parent / CERT_NAME, 0o644, p.owner_uid, p.owner_gid)
        _install(p.key, p.config_path.parent / KEY_NAME, 0o600, p.owner_uid, p.owner_gid)
        done.append(f"client certificate and key copied to {p.config_path.parent} "
                    f"(certificate valid until {p.cert_expires:%Y-%m-%d})")
    replace_file(p.config_path, p.new_text)
    done.append(f"configuration written: {p.config_path}")
    done.append(ensure_store_key(p.cfg, p.owner_uid, p.owner_gid))
    done.append(ensure_pass_key(p.cfg, p.owner_uid, p.owner_gid))


def ensure_store_key(cfg: Config, uid: int, gid: int) -> str:
    """Make the store key if there is none and no store it should have opened; owner-only either way."""
    path = Path(cfg.paths.key_file)
    existed = path.exists()
    _check_key_can_be_made(cfg)
    try:
        load_key(path, create=not existed, require_private=False)
    except KeyFileError as e:
        raise ProvisionError(str(e)) from None
    _own(path, 0o600, uid, gid)
    return f"store key {'kept' if existed else 'created'}: {path} (mode 600, owner uid {uid})"


def ensure_pass_key(cfg: Config, uid: int, gid: int) -> str:
    """Make the station's pick-up pass signing key if there is none (docs/prescription.md); an existing
    one is kept, never replaced: pharmacies hold its certificate."""
    from kiosk.services.prescription.pass_key import PassKeyError, load_private

    path = Path(cfg.prescription.pass_key_file)
    existed = path.exists()
    if existed:
        _own(path, 0o600, uid, gid)  # tightened first: the loader refuses a key others can read
    try:
        load_private(path, create=not existed)
    except PassKeyError as e:
        raise ProvisionError(str(e)) from None
    _own(path, 0o600, uid, gid)
    return (f"pick-up pass key {'kept' if existed else 'created'}: {path} (mode 600, owner uid {uid}); "
            f"give pharmacies its certificate: kiosk pass cert --config {cfg.source}")


def _check_key_can_be_made(cfg: Config) -> None:
    path = Path(cfg.paths.key_file)
    if not path.exists() and (Path(cfg.paths.data_dir) / DB_NAME).exists():
        raise ProvisionError(f"store key {path} is missing but a store exists in {cfg.paths.data_dir}: a new key "
                             "could not open its visits. Restore the key from the station's backup")


def _install(src: Path, dst: Path, mode: int, uid: int, gid: int) -> None:
    """Copy through a temporary file that has its final mode before it gets its name."""
    tmp = dst.with_name(f".{dst.name}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, open(src, "rb") as f:
        shutil.copyfileobj(f, out)
        out.flush()
        os.fsync(out.fileno())
    _own(tmp, mode, uid, gid)
    os.replace(tmp, dst)


def _own(path: Path, mode: int, uid: int, gid: int) -> None:
    st = path.stat()
    if (st.st_uid, st.st_gid) != (uid, gid):
        os.chown(path, uid, gid)
    os.chmod(path, mode)
