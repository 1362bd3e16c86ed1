"""Field-level encryption at rest: AES-256-GCM with a per-station key.

Every personal value (the whole visit payload, a server's error report, the
export file) is sealed before it reaches SQLite, so the database file, its WAL
and any copy of the disk hold only ciphertext. The additional authenticated
data binds a ciphertext to its row and column: a blob copied into another row
does not decrypt.

Why field-level AES-GCM and not SQLCipher: see docs/sync.md ("Encryption at
rest"), with the measurements.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT_V1 = b"\x01"  # leading byte, so a later format can sit beside this one
NONCE_LEN = 12


class SealError(Exception):
    """A ciphertext did not decrypt: wrong key, or the bytes were altered."""


def _subkey(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"tram-kiosk/" + purpose).derive(master)


class Sealer:
    """Seals and opens byte strings; also makes keyed lookup hashes of personal IDs."""

    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != 32:
            raise ValueError("the store key must be 32 bytes")
        self._aead = AESGCM(_subkey(master_key, b"store-aead"))
        self._index_key = _subkey(master_key, b"lookup-index")
        self.key_id = hashlib.sha256(_subkey(master_key, b"key-id")).hexdigest()[:16]

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return FORMAT_V1 + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        if not blob or blob[:1] != FORMAT_V1:
            raise SealError("unknown ciphertext format")
        nonce, body = blob[1 : 1 + NONCE_LEN], blob[1 + NONCE_LEN :]
        try:
            return self._aead.decrypt(nonce, body, aad)
        except InvalidTag:
            raise SealError("ciphertext does not authenticate (wrong key or altered)") from None

    def lookup_hash(self, kind: str, value: str) -> str:
        """A keyed hash: the store can find a cached server id without storing the ID number."""
        return hmac.new(self._index_key, f"{kind}\x00{value}".encode(), hashlib.sha256).hexdigest()


class MissingKey:
    """Stands in for a Sealer when the key file cannot be read: metadata works, personal data does not."""

    key_id = "missing"

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        raise SealError("the store key is not available")

    def open(self, blob: bytes, aad: bytes) -> bytes:
        raise SealError("the store key is not available")

    def lookup_hash(self, kind: str, value: str) -> str:
        raise SealError("the store key is not available")
