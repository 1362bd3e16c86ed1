"""The technician's export: every visit not yet acknowledged, sealed with a passphrase.

Never plaintext: the file is ``MAGIC | salt | nonce | AES-256-GCM(JSON)``, the
key derived from the passphrase with scrypt (n=2**15, r=8, p=1), so a lost USB
stick gives nothing away without the passphrase.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from offline_store.codec import visit_to_bytes
from offline_store.sqlite_store import SqliteVisitStore

MAGIC = b"TRAM-KIOSK-EXPORT-1\n"
SALT_LEN = 16
NONCE_LEN = 12
MIN_PASSPHRASE = 12


class ExportError(Exception):
    pass


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())


def build_export(store: SqliteVisitStore) -> dict:
    dead = {d.visit_id: d for d in store.dead_letters()}
    items = []
    for vid in store.unsent_visit_ids():
        d = dead.get(vid)
        items.append({
            "visit": json.loads(visit_to_bytes(store.load_visit(vid))),
            "state": store.state_of(vid),
            "last_error": d.last_error if d else None,
            "outcome": d.outcome if d else None,
        })
    return {"format": 1, "visits": items}


def write_export(store: SqliteVisitStore, out: Path, passphrase: str) -> int:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ExportError(f"the export passphrase must have at least {MIN_PASSPHRASE} characters")
    doc = build_export(store)
    salt, nonce = os.urandom(SALT_LEN), os.urandom(NONCE_LEN)
    blob = AESGCM(_key(passphrase, salt)).encrypt(nonce, json.dumps(doc, ensure_ascii=False).encode(), MAGIC)
    out = Path(out)
    # 0600 from creation; O_EXCL so an existing file is never overwritten.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(MAGIC + salt + nonce + blob)
        f.flush()
        os.fsync(f.fileno())
    return len(doc["visits"])


def read_export(path: Path, passphrase: str) -> dict:
    raw = Path(path).read_bytes()
    if not raw.startswith(MAGIC):
        raise ExportError("not a kiosk export file")
    rest = raw[len(MAGIC):]
    salt, nonce, blob = rest[:SALT_LEN], rest[SALT_LEN:SALT_LEN + NONCE_LEN], rest[SALT_LEN + NONCE_LEN:]
    try:
        return json.loads(AESGCM(_key(passphrase, salt)).decrypt(nonce, blob, MAGIC))
    except InvalidTag:
        raise ExportError("wrong passphrase, or the file was altered") from None
