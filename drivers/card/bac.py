"""Basic Access Control (ICAO 9303-11 §4.3): pure message builders and checkers.

Both sides are step machines over raw APDUs so the same code runs against a
real chip, the emulator and the Appendix D vectors. Randomness is injectable
(``rng``) for those vectors; production uses ``os.urandom``.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from typing import Callable

from drivers.card import crypto
from drivers.card.apdu import parse_command, response, split_response
from drivers.card.errors import AuthenticationError, ParseError, StatusWordError
from drivers.card.secure_messaging import SessionKeys

log = logging.getLogger("drivers.card.bac")

GET_CHALLENGE = bytes.fromhex("0084000008")
# Status words a chip gives for a wrong BAC key (9303 leaves it open; these are the usual ones).
WRONG_KEY_SWS = {0x6300, 0x6982, 0x6A80}


class AccessDenied(AuthenticationError):
    """The chip rejected the key: wrong CAN or MRZ. The person may retry."""


def seed_keys(mrz_information: str) -> tuple[bytes, bytes]:
    """K_enc and K_mac from the MRZ information (§4.3.2)."""
    k_seed = hashlib.sha1(mrz_information.encode("ascii")).digest()[:16]
    return crypto.kdf(k_seed, crypto.KDF_ENC, "3des"), crypto.kdf(k_seed, crypto.KDF_MAC, "3des")


def _session(k_ifd: bytes, k_ic: bytes, rnd_ic: bytes, rnd_ifd: bytes) -> SessionKeys:
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic))
    return SessionKeys(
        "3des",
        crypto.kdf(seed, crypto.KDF_ENC, "3des"),
        crypto.kdf(seed, crypto.KDF_MAC, "3des"),
        rnd_ic[4:8] + rnd_ifd[4:8],
    )


def _cryptogram(k_enc: bytes, k_mac: bytes, plain: bytes) -> bytes:
    enc = crypto.des3_cbc_encrypt(k_enc, plain)
    return enc + crypto.retail_mac(k_mac, crypto.pad(enc, 8))


def _open(k_enc: bytes, k_mac: bytes, data: bytes) -> bytes | None:
    """Decrypt E||M after checking M; None when the MAC does not match (wrong key)."""
    if len(data) != 40:
        return None
    enc, mac = data[:32], data[32:]
    if not hmac.compare_digest(crypto.retail_mac(k_mac, crypto.pad(enc, 8)), mac):
        return None
    return crypto.des3_cbc_decrypt(k_enc, enc)


class BacTerminal:
    """first_command() -> GET CHALLENGE; next_command(rapdu) -> EXTERNAL AUTHENTICATE, then SessionKeys."""

    def __init__(self, mrz_information: str, rng: Callable[[int], bytes] = os.urandom) -> None:
        self._k_enc, self._k_mac = seed_keys(mrz_information)
        self._rng = rng
        self._step = 0
        self._rnd_ic = self._rnd_ifd = self._k_ifd = b""

    def first_command(self) -> bytes:
        self._step = 1
        return GET_CHALLENGE

    def next_command(self, rapdu: bytes) -> bytes | SessionKeys:
        data, sw = split_response(rapdu)
        if self._step == 1:
            if sw != 0x9000 or len(data) != 8:
                raise StatusWordError("BAC GET CHALLENGE", sw)
            self._rnd_ic = data
            self._rnd_ifd = self._rng(8)
            self._k_ifd = self._rng(16)
            body = _cryptogram(self._k_enc, self._k_mac, self._rnd_ifd + self._rnd_ic + self._k_ifd)
            self._step = 2
            return bytes.fromhex("0082000028") + body + b"\x28"
        if self._step == 2:
            self._step = 3
            if sw in WRONG_KEY_SWS:
                log.info("BAC: chip refused the key (SW %04X)", sw)
                raise AccessDenied("BAC: the chip refused the key")
            if sw != 0x9000:
                raise StatusWordError("BAC EXTERNAL AUTHENTICATE", sw)
            plain = _open(self._k_enc, self._k_mac, data)
            if plain is None:
                raise AuthenticationError("BAC: chip cryptogram failed its MAC")
            if plain[:8] != self._rnd_ic or plain[8:16] != self._rnd_ifd:
                raise AuthenticationError("BAC: chip answered with the wrong nonces")
            keys = _session(self._k_ifd, plain[16:32], self._rnd_ic, self._rnd_ifd)
            log.debug("BAC: session established")
            return keys
        raise RuntimeError("BAC terminal used after it finished")


class BacChip:
    """Chip side for the emulator: answers GET CHALLENGE and EXTERNAL AUTHENTICATE.

    ``process`` returns the response APDU; ``keys`` holds the session once
    authentication has succeeded. A failed attempt answers 6300 and resets.
    """

    def __init__(self, mrz_information: str, rng: Callable[[int], bytes] = os.urandom) -> None:
        self._k_enc, self._k_mac = seed_keys(mrz_information)
        self._rng = rng
        self._rnd_ic: bytes | None = None
        self.keys: SessionKeys | None = None

    def process(self, apdu: bytes) -> bytes:
        try:
            cmd = parse_command(apdu)
        except ParseError:
            return response(b"", 0x6700)
        if cmd.ins == 0x84:
            if cmd.le != 8:
                return response(b"", 0x6700)
            self._rnd_ic = self._rng(8)
            self.keys = None
            return response(self._rnd_ic, 0x9000)
        if cmd.ins == 0x82:
            rnd_ic, self._rnd_ic = self._rnd_ic, None
            if rnd_ic is None:
                return response(b"", 0x6985)  # conditions of use: no challenge issued
            plain = _open(self._k_enc, self._k_mac, cmd.data)
            if plain is None or plain[8:16] != rnd_ic:
                log.info("BAC chip: terminal cryptogram rejected")
                return response(b"", 0x6300)
            rnd_ifd, k_ifd = plain[:8], plain[16:32]
            k_ic = self._rng(16)
            self.keys = _session(k_ifd, k_ic, rnd_ic, rnd_ifd)
            return response(_cryptogram(self._k_enc, self._k_mac, rnd_ic + rnd_ifd + k_ic), 0x9000)
        return response(b"", 0x6D00)
