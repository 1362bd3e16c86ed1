"""PACE (ICAO 9303-11 §4.4) with ECDH Generic Mapping: terminal and chip step machines,
and EF.CardAccess (PACEInfo) parsing and building.

Vietnamese cards advertise id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1
(parameter 13); the other ECDH-GM ciphers and standard curves work the same way
and are supported too. DH and Integrated Mapping are not (no CCCD uses them).

`cryptography` cannot add points or multiply an arbitrary generator, which
Generic Mapping needs (G~ = s*G + H), so point arithmetic uses python-ecdsa
(pure Python; not constant time, acceptable for a terminal's ephemeral keys and
for the test emulator).
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from typing import Callable, Literal

from asn1crypto import core
from ecdsa import curves as ec_curves
from ecdsa.ellipticcurve import PointJacobi

from drivers.card import crypto
from drivers.card.apdu import CommandApdu, parse_command, response, split_response
from drivers.card.bac import AccessDenied
from drivers.card.errors import AuthenticationError, ParseError, StatusWordError
from drivers.card.lds import build_security_infos, der_int, parse_der_int, parse_security_infos
from drivers.card.secure_messaging import SessionKeys
from drivers.card.tlv import encode_tlv, find, parse_single

log = logging.getLogger("drivers.card.pace")

ID_PACE = "0.4.0.127.0.7.2.2.4"
ID_PACE_ECDH_GM = ID_PACE + ".2"
PACE_ECDH_GM_AES_128 = ID_PACE_ECDH_GM + ".2"
_CIPHERS: dict[str, crypto.Cipher_] = {"1": "3des", "2": "aes128", "3": "aes192", "4": "aes256"}

# ICAO 9303-11 table 6: standardized domain parameters (the EC ones).
DOMAIN_PARAMETERS = {
    8: ec_curves.NIST192p,
    9: ec_curves.BRAINPOOLP192r1,
    10: ec_curves.NIST224p,
    11: ec_curves.BRAINPOOLP224r1,
    12: ec_curves.NIST256p,
    13: ec_curves.BRAINPOOLP256r1,
    14: ec_curves.BRAINPOOLP320r1,
    15: ec_curves.NIST384p,
    16: ec_curves.BRAINPOOLP384r1,
    17: ec_curves.BRAINPOOLP512r1,
    18: ec_curves.NIST521p,
}
PASSWORD_REFS = {"mrz": 1, "can": 2}
PasswordRef = Literal["can", "mrz"]


@dataclass(frozen=True)
class PaceInfo:
    protocol: str  # dotted OID
    version: int
    parameter_id: int | None

    @property
    def cipher(self) -> crypto.Cipher_ | None:
        if not self.protocol.startswith(ID_PACE + "."):
            return None
        return _CIPHERS.get(self.protocol.rsplit(".", 1)[1])

    @property
    def supported(self) -> bool:
        """ECDH Generic Mapping on a standardized curve: what this module implements."""
        return (
            self.protocol.startswith(ID_PACE_ECDH_GM + ".")
            and self.cipher is not None
            and self.parameter_id in DOMAIN_PARAMETERS
            and self.version == 2
        )


def parse_card_access(data: bytes) -> list[PaceInfo]:
    """The PACEInfo entries of EF.CardAccess (other SecurityInfos are skipped)."""
    out = []
    for info in parse_security_infos(data):
        if not info.protocol.startswith(ID_PACE + "."):
            continue
        if info.protocol.count(".") != ID_PACE.count(".") + 2:
            continue  # PACEDomainParameterInfo and friends: not a PACEInfo
        param = parse_der_int(info.optional) if info.optional else None
        out.append(PaceInfo(info.protocol, parse_der_int(info.required), param))
    return out


def build_card_access(
    pace_infos: list[PaceInfo], extra: list[tuple[str, bytes, bytes | None]] = ()
) -> bytes:
    """EF.CardAccess for the emulator; ``extra`` adds raw SecurityInfos (e.g. CA, TA)."""
    infos = [
        (p.protocol, der_int(p.version), der_int(p.parameter_id) if p.parameter_id is not None else None)
        for p in pace_infos
    ]
    return build_security_infos(infos + list(extra))


# ---------------------------------------------------------------- shared maths
def _oid_body(oid: str) -> bytes:
    return core.ObjectIdentifier(oid).dump()[2:]


def _k_pi(password: bytes, ref: PasswordRef, cipher: crypto.Cipher_) -> bytes:
    # §4.4.3.1: the MRZ password is SHA-1 of the MRZ information, the CAN is used as is.
    pi = hashlib.sha1(password).digest() if ref == "mrz" else password
    return crypto.kdf(pi, crypto.KDF_PACE, cipher)


def _nonce_crypt(cipher: crypto.Cipher_, key: bytes, data: bytes, decrypt: bool) -> bytes:
    if cipher == "3des":
        return (crypto.des3_cbc_decrypt if decrypt else crypto.des3_cbc_encrypt)(key, data)
    return (crypto.aes_cbc_decrypt if decrypt else crypto.aes_cbc_encrypt)(key, data)


class _Curve:
    def __init__(self, parameter_id: int) -> None:
        self.ecdsa_curve = DOMAIN_PARAMETERS[parameter_id]
        self.fp = self.ecdsa_curve.curve
        self.order = self.ecdsa_curve.order
        self.g = self.ecdsa_curve.generator
        self.size = (self.fp.p().bit_length() + 7) // 8

    def scalar(self, rng: Callable[[int], bytes]) -> int:
        nbytes = (self.order.bit_length() + 7) // 8
        while True:  # rejection sampling keeps the injected test vectors exact
            k = int.from_bytes(rng(nbytes), "big")
            if 1 <= k < self.order:
                return k

    def encode(self, point: PointJacobi) -> bytes:
        return b"\x04" + int(point.x()).to_bytes(self.size, "big") + int(point.y()).to_bytes(self.size, "big")

    def decode(self, data: bytes) -> PointJacobi:
        if len(data) != 1 + 2 * self.size or data[0] != 0x04:
            raise AuthenticationError("PACE: public point is not an uncompressed point of the curve")
        x = int.from_bytes(data[1 : 1 + self.size], "big")
        y = int.from_bytes(data[1 + self.size :], "big")
        if not (0 <= x < self.fp.p() and 0 <= y < self.fp.p()) or not self.fp.contains_point(x, y):
            raise AuthenticationError("PACE: public point is not on the curve")
        return PointJacobi(self.fp, x, y, 1, self.order)

    def multiply(self, point: PointJacobi, k: int) -> PointJacobi:
        result = point * k
        if result == 0 or result.x() is None:  # point at infinity: a hostile peer key
            raise AuthenticationError("PACE: shared point is the point at infinity")
        return result


def _token(cipher: crypto.Cipher_, ks_mac: bytes, oid: str, point: bytes) -> bytes:
    """§4.4.3.4 authentication token over the peer's ephemeral public key."""
    data = encode_tlv(0x7F49, encode_tlv(0x06, _oid_body(oid)) + encode_tlv(0x86, point))
    return crypto.mac(cipher, ks_mac, data)


def mse_set_at(pace_info: PaceInfo, password_ref: PasswordRef, with_parameter_id: bool = True) -> bytes:
    """MSE:Set AT for PACE. Tag 84 (parameter id) is optional in 9303 but some chips require it."""
    body = encode_tlv(0x80, _oid_body(pace_info.protocol)) + encode_tlv(0x83, bytes([PASSWORD_REFS[password_ref]]))
    if with_parameter_id and pace_info.parameter_id is not None:
        body += encode_tlv(0x84, bytes([pace_info.parameter_id]))
    return CommandApdu(0x00, 0x22, 0xC1, 0xA4, body).encode()


def _general_authenticate(tag: int | None, value: bytes, last: bool) -> bytes:
    inner = encode_tlv(tag, value) if tag is not None else b""
    return CommandApdu(0x00 if last else 0x10, 0x86, 0x00, 0x00, encode_tlv(0x7C, inner), le=256).encode()


def _dynamic_data(data: bytes, tag: int) -> bytes:
    try:
        obj = find(parse_single(data, 0x7C).children(), tag)
    except ParseError:
        obj = None
    if obj is None:
        raise AuthenticationError(f"PACE: response lacks data object {tag:02X}")
    return obj.value


# ---------------------------------------------------------------- terminal
class PaceTerminal:
    """The terminal's side of PACE as a step machine over raw (unprotected) APDUs.

    ``password`` is the CAN digits or the MRZ information, as ASCII bytes.
    ``first_command()`` gives MSE:Set AT; feed each response to
    ``next_command()``, which returns the next command or, at the end, the
    SessionKeys. Raises AccessDenied for a wrong password, StatusWordError when
    the chip refuses the protocol, AuthenticationError otherwise.
    """

    def __init__(
        self,
        password: bytes,
        password_ref: PasswordRef,
        pace_info: PaceInfo,
        rng: Callable[[int], bytes] = os.urandom,
        send_parameter_id: bool = True,
    ) -> None:
        if not pace_info.supported:
            raise ValueError("unsupported PACE protocol or parameters")
        self.info = pace_info
        self.ref = password_ref
        self._send_parameter_id = send_parameter_id
        self._cipher = pace_info.cipher
        self._k_pi = _k_pi(password, password_ref, self._cipher)
        self._curve = _Curve(pace_info.parameter_id)
        self._rng = rng
        self._step = 0

    def first_command(self) -> bytes:
        self._step = 1
        return mse_set_at(self.info, self.ref, self._send_parameter_id)

    def next_command(self, rapdu: bytes) -> bytes | SessionKeys:
        data, sw = split_response(rapdu)
        step, self._step = self._step, self._step + 1
        c = self._curve
        if step == 1:
            if sw != 0x9000:
                raise StatusWordError("PACE MSE:Set AT", sw)
            return _general_authenticate(None, b"", last=False)
        if step in (2, 3, 4) and sw != 0x9000:
            raise StatusWordError(f"PACE GENERAL AUTHENTICATE {step - 1}", sw)
        if step == 2:
            z = _dynamic_data(data, 0x80)
            if not z or len(z) % (8 if self._cipher == "3des" else 16):
                raise AuthenticationError("PACE: encrypted nonce has a bad length")
            self._s = int.from_bytes(_nonce_crypt(self._cipher, self._k_pi, z, decrypt=True), "big")
            self._map_key = c.scalar(self._rng)
            return _general_authenticate(0x81, c.encode(c.g * self._map_key), last=False)
        if step == 3:
            chip_map = c.decode(_dynamic_data(data, 0x82))
            h = c.multiply(chip_map, self._map_key)
            g_tilde = c.g * (self._s % c.order) + h
            if g_tilde == 0 or g_tilde.x() is None:
                raise AuthenticationError("PACE: mapped generator is the point at infinity")
            self._g_tilde = g_tilde
            self._eph_key = c.scalar(self._rng)
            self._eph_pub = c.encode(c.multiply(g_tilde, self._eph_key))
            del self._s, self._map_key
            return _general_authenticate(0x83, self._eph_pub, last=False)
        if step == 4:
            chip_eph_bytes = _dynamic_data(data, 0x84)
            if chip_eph_bytes == self._eph_pub:
                raise AuthenticationError("PACE: chip echoed the terminal's key")
            chip_eph = c.decode(chip_eph_bytes)
            shared = c.multiply(chip_eph, self._eph_key)
            self._keys = SessionKeys.from_shared_secret(self._cipher, int(shared.x()).to_bytes(c.size, "big"))
            del self._eph_key, self._g_tilde
            token = _token(self._cipher, self._keys.ks_mac, self.info.protocol, chip_eph_bytes)
            return _general_authenticate(0x85, token, last=True)
        if step == 5:
            if sw in (0x6300, 0x6982) or (sw & 0xFFF0) == 0x63C0:
                log.info("PACE-%s: chip refused the password (SW %04X)", self.ref.upper(), sw)
                raise AccessDenied("PACE: the chip refused the password")
            if sw != 0x9000:
                raise StatusWordError("PACE GENERAL AUTHENTICATE 4", sw)
            expected = _token(self._cipher, self._keys.ks_mac, self.info.protocol, self._eph_pub)
            if not hmac.compare_digest(_dynamic_data(data, 0x86), expected):
                raise AuthenticationError("PACE: chip authentication token is wrong")
            log.debug("PACE-%s: session established", self.ref.upper())
            return self._keys
        raise RuntimeError("PACE terminal used after it finished")


# ---------------------------------------------------------------- chip
class PaceChip:
    """The chip's side, for the emulator: answers MSE:Set AT and the four GENERAL AUTHENTICATE steps.

    ``passwords`` maps "can"/"mrz" to the same ASCII bytes the terminal uses.
    ``process`` returns the response APDU; ``keys`` holds the SessionKeys once
    the terminal's token checked out. A wrong password answers 6300 at step 4.
    """

    def __init__(
        self,
        passwords: dict[str, bytes],
        pace_info: PaceInfo,
        rng: Callable[[int], bytes] = os.urandom,
    ) -> None:
        if not pace_info.supported:
            raise ValueError("unsupported PACE protocol or parameters")
        self.info = pace_info
        self._passwords = dict(passwords)
        self._cipher = pace_info.cipher
        self._curve = _Curve(pace_info.parameter_id)
        self._rng = rng
        self._ref: PasswordRef | None = None
        self._step = 0
        self.keys: SessionKeys | None = None
        self.password_kind: PasswordRef | None = None  # which password opened the session

    def _fail(self, sw: int) -> bytes:
        self._step = 0
        self._ref = None
        return response(b"", sw)

    def process(self, apdu: bytes) -> bytes:
        try:
            cmd = parse_command(apdu)
        except ParseError:
            return self._fail(0x6700)
        if cmd.ins == 0x22 and cmd.p1 == 0xC1 and cmd.p2 == 0xA4:
            return self._set_at(cmd.data)
        if cmd.ins == 0x86:
            try:
                return self._general_authenticate(cmd)
            except (AuthenticationError, ParseError):
                return self._fail(0x6A80)
        return response(b"", 0x6D00)

    def _set_at(self, data: bytes) -> bytes:
        self.keys = None
        self.password_kind = None
        try:
            objs = parse_single(encode_tlv(0x30, data)).children()
        except ParseError:
            return self._fail(0x6A80)
        oid, ref, param = find(objs, 0x80), find(objs, 0x83), find(objs, 0x84)
        refs = {v: k for k, v in PASSWORD_REFS.items()}
        if oid is None or oid.value != _oid_body(self.info.protocol):
            return self._fail(0x6A80)
        if ref is None or len(ref.value) != 1 or refs.get(ref.value[0]) not in self._passwords:
            return self._fail(0x6A88)  # referenced password not available
        if param is not None and list(param.value) != [self.info.parameter_id]:
            return self._fail(0x6A80)
        self._ref = refs[ref.value[0]]
        self._step = 1
        return response(b"", 0x9000)

    def _general_authenticate(self, cmd: CommandApdu) -> bytes:
        if self._ref is None:
            return self._fail(0x6985)
        chained = bool(cmd.cla & 0x10)
        if chained != (self._step < 4):
            return self._fail(0x6883)  # last command of the chain expected
        c = self._curve
        objs = parse_single(cmd.data, 0x7C).children()
        if self._step == 1:
            if objs:
                return self._fail(0x6A80)
            self._s = self._rng(8 if self._cipher == "3des" else 16)  # one cipher block
            k_pi = _k_pi(self._passwords[self._ref], self._ref, self._cipher)
            z = _nonce_crypt(self._cipher, k_pi, self._s, decrypt=False)
            self._step = 2
            return response(encode_tlv(0x7C, encode_tlv(0x80, z)), 0x9000)
        if self._step == 2:
            term_map = c.decode(_required(objs, 0x81))
            key = c.scalar(self._rng)
            h = c.multiply(term_map, key)
            self._g_tilde = c.g * (int.from_bytes(self._s, "big") % c.order) + h
            if self._g_tilde == 0 or self._g_tilde.x() is None:
                return self._fail(0x6A80)
            self._step = 3
            return response(encode_tlv(0x7C, encode_tlv(0x82, c.encode(c.g * key))), 0x9000)
        if self._step == 3:
            term_eph_bytes = _required(objs, 0x83)
            term_eph = c.decode(term_eph_bytes)
            key = c.scalar(self._rng)
            own = c.encode(c.multiply(self._g_tilde, key))
            shared = c.multiply(term_eph, key)
            self._pending = SessionKeys.from_shared_secret(self._cipher, int(shared.x()).to_bytes(c.size, "big"))
            self._own_eph, self._term_eph = own, term_eph_bytes
            self._step = 4
            return response(encode_tlv(0x7C, encode_tlv(0x84, own)), 0x9000)
        if self._step == 4:
            token = _required(objs, 0x85)
            expected = _token(self._cipher, self._pending.ks_mac, self.info.protocol, self._own_eph)
            if not hmac.compare_digest(token, expected):
                log.info("PACE chip: terminal token wrong (wrong password)")
                return self._fail(0x6300)
            answer = _token(self._cipher, self._pending.ks_mac, self.info.protocol, self._term_eph)
            self.keys = self._pending
            self.password_kind = self._ref
            self._step = 0
            self._ref = None
            return response(encode_tlv(0x7C, encode_tlv(0x86, answer)), 0x9000)
        return self._fail(0x6985)


def _required(objs, tag: int) -> bytes:
    obj = find(objs, tag)
    if obj is None:
        raise ParseError(f"PACE: command lacks data object {tag:02X}")
    return obj.value
