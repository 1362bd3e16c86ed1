"""ICAO 9303-11 §9.8 secure messaging, terminal side (:class:`SmSession`) and chip side
(:class:`ChipSmSession`), for 3DES (BAC) and AES (PACE, CA).

The send sequence counter (SSC) is incremented before every protected command
and again before every protected response, on both sides. A protected APDU
carries DO85/DO87 (encrypted data; 85 for odd INS such as READ BINARY B1),
DO97 (Le), DO99 (status word) and DO8E (the 8-byte MAC).
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from typing import Literal

from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from drivers.card import crypto
from drivers.card.apdu import CommandApdu, parse_command, split_response
from drivers.card.errors import ParseError, SecureMessagingError
from drivers.card.tlv import encode_tlv, parse_tlv

SmKind = Literal["3des", "aes"]

# Largest short Le whose protected response still fits 256 bytes (card.md §5).
MAX_SHORT_LE = {"3des": 231, "aes": 223}


@dataclass(frozen=True)
class SessionKeys:
    kind: SmKind
    ks_enc: bytes = field(repr=False)
    ks_mac: bytes = field(repr=False)
    ssc: bytes = field(repr=False)  # 8 bytes for 3DES, 16 for AES

    def __post_init__(self) -> None:
        block = 8 if self.kind == "3des" else 16
        if len(self.ssc) != block:
            raise ValueError("SSC length must equal the cipher block size")
        if self.kind == "3des" and len(self.ks_enc) != 16:
            raise ValueError("3DES session keys are 16 bytes")
        if self.kind == "aes" and len(self.ks_enc) not in (16, 24, 32):
            raise ValueError("AES session keys are 16, 24 or 32 bytes")

    @classmethod
    def from_shared_secret(cls, cipher: crypto.Cipher_, shared_x: bytes) -> "SessionKeys":
        """Keys after PACE or Chip Authentication: KDF of the ECDH x-coordinate, SSC = 0."""
        kind: SmKind = "3des" if cipher == "3des" else "aes"
        return cls(
            kind,
            crypto.kdf(shared_x, crypto.KDF_ENC, cipher),
            crypto.kdf(shared_x, crypto.KDF_MAC, cipher),
            bytes(8 if kind == "3des" else 16),
        )


class _Sm:
    """What both sides share: the counter, the cipher and the MAC."""

    def __init__(self, keys: SessionKeys) -> None:
        self.kind: SmKind = keys.kind
        self.block = 8 if keys.kind == "3des" else 16
        self._enc = bytearray(keys.ks_enc)
        self._mac = bytearray(keys.ks_mac)
        self._ssc = int.from_bytes(keys.ssc, "big")
        if self.kind == "aes":
            # Built once per session: every APDU needs them, and building costs more than using.
            self._aes_enc = algorithms.AES(bytes(self._enc))
            self._ecb = Cipher(self._aes_enc, modes.ECB()).encryptor()
            self._ecb_dec = Cipher(self._aes_enc, modes.ECB()).decryptor()
            self._cmac = cmac.CMAC(algorithms.AES(bytes(self._mac)))

    @property
    def ssc(self) -> bytes:
        return self._ssc.to_bytes(self.block, "big")

    @property
    def max_short_le(self) -> int:
        return MAX_SHORT_LE[self.kind]

    def wipe(self) -> None:
        """Overwrite the session keys; the session is unusable afterwards."""
        for buf in (self._enc, self._mac):
            buf[:] = bytes(len(buf))
        if self.kind == "aes":
            self._aes_enc = self._ecb = self._ecb_dec = self._cmac = None

    def _step(self) -> None:
        self._ssc = (self._ssc + 1) % (1 << (8 * self.block))

    def _iv(self) -> bytes:
        if self.kind == "3des":
            return bytes(8)
        return self._ecb.update(self.ssc)

    def _encrypt(self, data: bytes) -> bytes:
        padded = crypto.pad(data, self.block)
        if self.kind == "3des":
            return crypto.des3_cbc_encrypt(bytes(self._enc), padded, self._iv())
        enc = Cipher(self._aes_enc, modes.CBC(self._iv())).encryptor()
        return enc.update(padded) + enc.finalize()

    def _decrypt(self, data: bytes) -> bytes:
        if not data or len(data) % self.block:
            raise SecureMessagingError("encrypted data is not a whole number of blocks")
        if self.kind == "3des":
            plain = crypto.des3_cbc_decrypt(bytes(self._enc), data, self._iv())
        else:
            # CBC decryption as ECB + XOR with the previous block: the cached ECB
            # context avoids building a cipher per APDU, the costliest step here.
            chained = self._iv() + data[:-16]
            plain = (
                int.from_bytes(self._ecb_dec.update(data), "big") ^ int.from_bytes(chained, "big")
            ).to_bytes(len(data), "big")
        return crypto.unpad(plain)

    def _mac_of(self, message: bytes) -> bytes:
        padded = crypto.pad(self.ssc + message, self.block)
        if self.kind == "3des":
            return crypto.retail_mac(bytes(self._mac), padded)
        c = self._cmac.copy()  # copying the keyed CMAC is 4x cheaper than keying a new one
        c.update(padded)
        return c.finalize()[:8]

    def _check_mac(self, message: bytes, mac: bytes) -> None:
        if not hmac.compare_digest(self._mac_of(message), mac):
            raise SecureMessagingError("MAC check failed")

    def _data_object(self, ins: int, data: bytes) -> bytes:
        if not data:
            return b""
        if ins & 1:  # odd INS: DO85 carries the cryptogram without a padding indicator
            return encode_tlv(0x85, self._encrypt(data))
        return encode_tlv(0x87, b"\x01" + self._encrypt(data))

    def _open_data_object(self, objs) -> bytes:
        for obj in objs:
            if obj.tag == 0x87:
                if not obj.value or obj.value[0] != 0x01:
                    raise SecureMessagingError("DO87 without the padding indicator 01")
                return self._decrypt(obj.value[1:])
            if obj.tag == 0x85:
                return self._decrypt(obj.value)
        return b""

    def _split_mac(self, body: bytes) -> tuple[list, bytes, bytes]:
        """The data objects, the bytes the MAC covers, and the MAC itself."""
        try:
            objs = parse_tlv(body)
        except ParseError:
            raise SecureMessagingError("protected data is not valid TLV") from None
        if not objs or objs[-1].tag != 0x8E or len(objs[-1].value) != 8:
            raise SecureMessagingError("protected APDU without a final DO8E")
        covered = b"".join(o.raw for o in objs[:-1] if o.tag in (0x85, 0x87, 0x97, 0x99))
        return objs[:-1], covered, objs[-1].value


class SmSession(_Sm):
    """Terminal side: protect commands, check and open responses."""

    def wrap_command(self, apdu: bytes) -> bytes:
        cmd = parse_command(apdu)
        if cmd.cla & 0x0C:
            raise ValueError("command is already protected")
        self._step()
        cla = cmd.cla | 0x0C
        header = bytes([cla, cmd.ins, cmd.p1, cmd.p2])
        extended = cmd.extended
        do8x = self._data_object(cmd.ins, cmd.data)
        do97 = b""
        if cmd.le is not None:
            le = cmd.le % 65536 if extended else cmd.le % 256
            do97 = encode_tlv(0x97, le.to_bytes(2 if extended else 1, "big"))
        mac = self._mac_of(crypto.pad(header, self.block) + do8x + do97)
        body = do8x + do97 + encode_tlv(0x8E, mac)
        extended = extended or len(body) > 255
        return CommandApdu(cla, cmd.ins, cmd.p1, cmd.p2, body, 65536 if extended else 256, extended).encode()

    def unwrap_response(self, rapdu: bytes) -> tuple[bytes, int]:
        """Check the MAC and decrypt; returns (plain data, status word).

        A bare status word (no data objects) is a chip error outside secure
        messaging; it is returned as is and the caller should end the session.
        """
        body, sw = split_response(rapdu)
        self._step()
        if not body:
            return b"", sw
        objs, covered, mac = self._split_mac(body)
        self._check_mac(covered, mac)
        for obj in objs:
            if obj.tag == 0x99:
                if len(obj.value) != 2:
                    raise SecureMessagingError("DO99 is not 2 bytes")
                sw = int.from_bytes(obj.value, "big")
        return self._open_data_object(objs), sw


class ChipSmSession(_Sm):
    """Chip side, for the emulator: check and open commands, protect responses."""

    def unwrap_command(self, apdu: bytes) -> bytes:
        """The plain command APDU behind a protected one. Raises SecureMessagingError."""
        try:
            cmd = parse_command(apdu)
        except ParseError:
            raise SecureMessagingError("protected command is not a valid APDU") from None
        if cmd.cla & 0x0C != 0x0C:
            raise SecureMessagingError("command is not protected")
        self._step()
        header = bytes([cmd.cla, cmd.ins, cmd.p1, cmd.p2])
        objs, covered, mac = self._split_mac(cmd.data)
        self._check_mac(crypto.pad(header, self.block) + covered, mac)
        le = None
        extended = cmd.extended
        for obj in objs:
            if obj.tag == 0x97:
                if len(obj.value) not in (1, 2):
                    raise SecureMessagingError("DO97 is not 1 or 2 bytes")
                raw = int.from_bytes(obj.value, "big")
                if len(obj.value) == 2:
                    extended = True
                    le = raw or 65536
                else:
                    le = raw or 256
        data = self._open_data_object(objs)
        extended = extended or len(data) > 255
        return CommandApdu(cmd.cla & ~0x0C & 0xFF, cmd.ins, cmd.p1, cmd.p2, data, le, extended).encode()

    def wrap_response(self, data: bytes, sw: int) -> bytes:
        self._step()
        do87 = self._data_object(0, data)
        do99 = encode_tlv(0x99, sw.to_bytes(2, "big"))
        mac = self._mac_of(do87 + do99)
        return do87 + do99 + encode_tlv(0x8E, mac) + sw.to_bytes(2, "big")
