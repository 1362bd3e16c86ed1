"""Symmetric primitives of ICAO 9303-11 §9.7: the key derivation function, ISO 9797-1
padding, the retail MAC (3DES) and AES-CMAC, plus the CBC helpers SM needs.

All block-cipher work goes through `cryptography`; single DES (for the retail
MAC) is 3DES with three equal keys, the standard way to get it from there.
"""
from __future__ import annotations

import hashlib
from typing import Literal

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

try:  # cryptography >= 43 moved TripleDES to the "decrepit" namespace
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
except ImportError:  # pragma: no cover
    TripleDES = algorithms.TripleDES  # type: ignore[attr-defined,misc]

from drivers.card.errors import SecureMessagingError

Cipher_ = Literal["3des", "aes128", "aes192", "aes256"]

KDF_ENC = 1
KDF_MAC = 2
KDF_PACE = 3


def _adjust_parity(key: bytes) -> bytes:
    """DES keys carry odd parity in the low bit of each byte; ICAO's vectors show adjusted keys."""
    out = bytearray()
    for b in key:
        b &= 0xFE
        out.append(b | (bin(b).count("1") + 1) % 2)
    return bytes(out)


def kdf(shared: bytes, counter: int, cipher: Cipher_) -> bytes:
    """KDF(K, c) of ICAO 9303-11 §9.7.1."""
    data = bytes(shared) + counter.to_bytes(4, "big")
    if cipher == "3des":
        return _adjust_parity(hashlib.sha1(data).digest()[:16])
    if cipher == "aes128":
        return hashlib.sha1(data).digest()[:16]
    if cipher == "aes192":
        return hashlib.sha256(data).digest()[:24]
    if cipher == "aes256":
        return hashlib.sha256(data).digest()
    raise ValueError(f"unknown cipher {cipher!r}")


def pad(data: bytes, block: int = 8) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros to the block size."""
    data = bytes(data) + b"\x80"
    return data + bytes(-len(data) % block)


def unpad(data: bytes) -> bytes:
    stripped = bytes(data).rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80:
        raise SecureMessagingError("bad ISO 9797-1 padding")
    return stripped[:-1]


def _des3(key: bytes) -> TripleDES:
    # Two-key 3DES is K1,K2,K1; single DES is K,K,K. Spell both out as 24 bytes.
    if len(key) == 8:
        return TripleDES(key * 3)
    if len(key) == 16:
        return TripleDES(key + key[:8])
    return TripleDES(key)


def des3_cbc_encrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    enc = Cipher(_des3(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def des3_cbc_decrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    dec = Cipher(_des3(key), modes.CBC(iv)).decryptor()
    return dec.update(data) + dec.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 (DES, padded input required) with a 16-byte key."""
    if len(data) % 8 or not data:
        raise ValueError("retail MAC input must be padded to 8 bytes")
    k1, k2 = key[:8], key[8:16]
    chain = des3_cbc_encrypt(k1, data)[-8:]
    step = Cipher(_des3(k2), modes.ECB()).decryptor().update(chain)
    return Cipher(_des3(k1), modes.ECB()).encryptor().update(step)


def aes_cbc_encrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def aes_cbc_decrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(data) + dec.finalize()


def aes_ecb_encrypt(key: bytes, block: bytes) -> bytes:
    return Cipher(algorithms.AES(key), modes.ECB()).encryptor().update(block)


def aes_cmac(key: bytes, data: bytes) -> bytes:
    """Full 16-byte AES-CMAC (NIST SP 800-38B); ICAO truncates it to 8 bytes."""
    c = cmac.CMAC(algorithms.AES(key))
    c.update(data)
    return c.finalize()


def aes_cmac8(key: bytes, data: bytes) -> bytes:
    return aes_cmac(key, data)[:8]


def mac(cipher: Cipher_, key: bytes, data: bytes) -> bytes:
    """The 8-byte MAC of ICAO SM and PACE tokens: retail MAC over padded data, or CMAC-8."""
    if cipher == "3des":
        return retail_mac(key, pad(data, 8))
    return aes_cmac8(key, data)
