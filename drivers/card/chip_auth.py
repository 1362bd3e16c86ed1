"""Chip Authentication (ICAO 9303-11 §6.2), ECDH flavour: the terminal agrees a key with
the chip's static DG14 key; only a chip holding the private key can continue
secure messaging under the new session keys, so a cloned chip is caught.

Supported: id-CA-ECDH-3DES-CBC-CBC (MSE:Set KAT) and id-CA-ECDH-AES-CBC-CMAC-128/192/256
(MSE:Set AT + GENERAL AUTHENTICATE). The commands are sent under the current
secure messaging; the chip answers the last one under the old keys and then
both sides switch to the new keys with SSC 0.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from asn1crypto import core
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from drivers.card import crypto, pubkeys
from drivers.card.apdu import CommandApdu, parse_command, response, split_response
from drivers.card.errors import ParseError, StatusWordError
from drivers.card.lds import SecurityInfo, der_int, parse_der_int
from drivers.card.secure_messaging import SessionKeys
from drivers.card.tlv import encode_tlv, find, parse_single, parse_tlv

log = logging.getLogger("drivers.card.chip_auth")

ID_CA = "0.4.0.127.0.7.2.2.3"
ID_CA_ECDH = ID_CA + ".2"
ID_PK_ECDH = "0.4.0.127.0.7.2.2.1.2"
CA_ECDH_AES_128 = ID_CA_ECDH + ".2"
_CIPHERS: dict[str, crypto.Cipher_] = {"1": "3des", "2": "aes128", "3": "aes192", "4": "aes256"}


@dataclass(frozen=True)
class ChipAuthInfo:
    protocol: str
    version: int
    key_id: int | None = None

    @property
    def cipher(self) -> crypto.Cipher_ | None:
        if not self.protocol.startswith(ID_CA_ECDH + "."):
            return None
        return _CIPHERS.get(self.protocol.rsplit(".", 1)[1])


@dataclass(frozen=True)
class ChipAuthPublicKey:
    public_key_info: bytes  # DER SubjectPublicKeyInfo (EC parameters may be explicit)
    key_id: int | None = None


def parse_chip_auth(infos: list[SecurityInfo]) -> tuple[list[ChipAuthInfo], list[ChipAuthPublicKey]]:
    """The CA entries of DG14 (other SecurityInfos are ignored)."""
    protocols, keys_ = [], []
    for info in infos:
        # Only CA entries have an integer key id as their optional field; an AA
        # entry (as on Vietnamese cards) carries an algorithm OID there instead.
        is_protocol = info.protocol.startswith(ID_CA_ECDH + ".") and info.protocol.count(".") == ID_CA_ECDH.count(".") + 1
        if not (is_protocol or info.protocol == ID_PK_ECDH):
            continue
        key_id = parse_der_int(info.optional) if info.optional else None
        if is_protocol:
            protocols.append(ChipAuthInfo(info.protocol, parse_der_int(info.required), key_id))
        else:
            keys_.append(ChipAuthPublicKey(info.required, key_id))
    return protocols, keys_


def dg14_infos(public_key: ec.EllipticCurvePublicKey, protocol: str = CA_ECDH_AES_128, key_id: int | None = None):
    """SecurityInfos for a chip's DG14 (for the emulator), ready for lds.build_dg14."""
    spki = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    optional = der_int(key_id) if key_id is not None else None
    return [(protocol, der_int(1), optional), (ID_PK_ECDH, spki, optional)]


def choose(infos: list[SecurityInfo]) -> tuple[ChipAuthInfo, ChipAuthPublicKey] | None:
    """The first supported CA protocol with its matching key, or None."""
    protocols, keys_ = parse_chip_auth(infos)
    for proto in protocols:
        if proto.cipher is None:
            continue
        for key in keys_:
            if proto.key_id is None or key.key_id is None or proto.key_id == key.key_id:
                return proto, key
    return None


def _oid_body(oid: str) -> bytes:
    return core.ObjectIdentifier(oid).dump()[2:]


class ChipAuthTerminal:
    """Step machine: first_command(), then next_command(rapdu) -> command | SessionKeys.

    Wrap every command in the current SmSession; when SessionKeys come back,
    replace the SmSession with one built from them. If the chip cannot follow
    (a MAC error on the next command), it is not the chip DG14 describes.
    """

    def __init__(self, info: ChipAuthInfo, key: ChipAuthPublicKey) -> None:
        if info.cipher is None:
            raise ValueError("unsupported Chip Authentication protocol")
        self.info = info
        chip_key = pubkeys.load_public_key(key.public_key_info)
        if not isinstance(chip_key, ec.EllipticCurvePublicKey):
            raise ParseError("Chip Authentication key is not an EC key")
        self._chip_key = chip_key
        self._eph = ec.generate_private_key(chip_key.curve)
        self._eph_pub = self._eph.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        self._step = 0

    def _key_ref(self) -> bytes:
        return encode_tlv(0x84, der_int(self.info.key_id)[2:]) if self.info.key_id is not None else b""

    def _session(self) -> SessionKeys:
        shared = self._eph.exchange(ec.ECDH(), self._chip_key)
        return SessionKeys.from_shared_secret(self.info.cipher, shared)

    def first_command(self) -> bytes:
        self._step = 1
        if self.info.cipher == "3des":
            body = encode_tlv(0x91, self._eph_pub) + self._key_ref()
            return CommandApdu(0x00, 0x22, 0x41, 0xA6, body).encode()
        body = encode_tlv(0x80, _oid_body(self.info.protocol)) + self._key_ref()
        return CommandApdu(0x00, 0x22, 0x41, 0xA4, body).encode()

    def next_command(self, rapdu: bytes) -> bytes | SessionKeys:
        _, sw = split_response(rapdu)
        step, self._step = self._step, self._step + 1
        if sw != 0x9000:
            raise StatusWordError(f"Chip Authentication step {step}", sw)
        if step == 1 and self.info.cipher != "3des":
            data = encode_tlv(0x7C, encode_tlv(0x80, self._eph_pub))
            return CommandApdu(0x00, 0x86, 0x00, 0x00, data, le=256).encode()
        if step in (1, 2):
            return self._session()
        raise RuntimeError("Chip Authentication terminal used after it finished")


class ChipAuthChip:
    """Chip side for the emulator. After ``process`` returns a response with
    ``pending_keys`` set, the applet wraps that response under the old keys and
    then switches its ChipSmSession to ``pending_keys``."""

    def __init__(self, private_key: ec.EllipticCurvePrivateKey, info: ChipAuthInfo) -> None:
        self._key = private_key
        self.info = info
        self._armed = False
        self.pending_keys: SessionKeys | None = None

    def process(self, apdu: bytes) -> bytes:
        self.pending_keys = None
        try:
            cmd = parse_command(apdu)
            if cmd.ins == 0x22 and (cmd.p1, cmd.p2) == (0x41, 0xA6) and self.info.cipher == "3des":
                point = find(parse_tlv(cmd.data), 0x91)
                return self._agree(point.value if point else b"")
            if cmd.ins == 0x22 and (cmd.p1, cmd.p2) == (0x41, 0xA4):
                oid = find(parse_tlv(cmd.data), 0x80)
                if oid is None or oid.value != _oid_body(self.info.protocol):
                    return response(b"", 0x6A80)
                self._armed = True
                return response(b"", 0x9000)
            if cmd.ins == 0x86 and self._armed:
                self._armed = False
                point = find(parse_single(cmd.data, 0x7C).children(), 0x80)
                return self._agree(point.value if point else b"", b"\x7c\x00")
        except (ParseError, AttributeError):
            return response(b"", 0x6A80)
        return response(b"", 0x6985)

    def _agree(self, point: bytes, answer: bytes = b"") -> bytes:
        try:
            peer = ec.EllipticCurvePublicKey.from_encoded_point(self._key.curve, point)
        except ValueError:
            log.info("CA chip: terminal key is not a point of the curve")
            return response(b"", 0x6A80)
        self.pending_keys = SessionKeys.from_shared_secret(self.info.cipher, self._key.exchange(ec.ECDH(), peer))
        return response(answer, 0x9000)
