"""The eMRTD applet of a virtual CCCD: command APDU in, response APDU out.

Pure: no sockets, no threads, no clock. The protocol work (BAC, PACE, secure
messaging, Active Authentication) is done by the chip-side classes of the
protocol layer; this module is the card around them: its files, its access
rules, its status words, and the faults a test can switch on.

Access rules follow ICAO 9303-10/-11: EF.CardAccess is readable before any
authentication; the applet's files only through secure messaging set up by
BAC or PACE; a protected command that fails its MAC ends the session (6988).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Callable

from drivers.card import lds
from drivers.card.active_auth import chip_sign, ecdsa_hash_from_dg14
from drivers.card.apdu import CommandApdu, parse_command, split_response
from drivers.card.bac import BacChip
from drivers.card.chip_auth import ChipAuthChip
from drivers.card.chip_auth import choose as choose_chip_auth
from drivers.card.emulator.profile import FILES, CardProfile
from drivers.card.pace import PaceChip, parse_card_access
from drivers.card.errors import CardProtocolError, ParseError, SecureMessagingError
from drivers.card.secure_messaging import MAX_SHORT_LE, ChipSmSession, SessionKeys
from drivers.card.tlv import find, parse_tlv

log = logging.getLogger("drivers.card.emulator.applet")

EMRTD_AID = bytes.fromhex("A0000002471001")

# Status words (ISO 7816-4 §5.6).
OK = 0x9000
END_OF_FILE = 0x6282
WRONG_LENGTH = 0x6700
SM_OBJECTS_MISSING = 0x6987
SM_OBJECTS_INCORRECT = 0x6988
SECURITY_NOT_SATISFIED = 0x6982
WRONG_DATA = 0x6A80
FILE_NOT_FOUND = 0x6A82
WRONG_P1P2 = 0x6B00
INS_NOT_SUPPORTED = 0x6D00
CLA_NOT_SUPPORTED = 0x6E00
CONDITIONS_NOT_SATISFIED = 0x6985
REFERENCED_DATA_NOT_FOUND = 0x6A88

# ATR of the emulator (card.md §12); the 0x40 bit in the card-capabilities
# byte advertises extended-length APDUs.
ATR_SHORT = bytes.fromhex("3B951381018073FF01000B")
ATR_EXTENDED = bytes.fromhex("3B951381018073FF01404B")


@dataclass
class Faults:
    """Misbehaviour a test can switch on."""

    #: SW answered to a wrong BAC/PACE key (real chips: 6300 or 6982).
    wrong_key_sw: int = 0x6300
    #: Refuse READ BINARY with Le above this (6700), like chips with small buffers.
    max_le: int | None = None
    #: Behave like a chip without PACE: no EF.CardAccess, MSE:Set AT refused.
    no_pace: bool = False
    #: Refuse BAC (chips may lock BAC once PACE is supported).
    no_bac: bool = False
    #: Refuse MSE:Set AT that names the domain parameters (tag 84), as some chips do.
    reject_parameter_id: bool = False


class Applet:
    def __init__(self, profile: CardProfile, faults: Faults | None = None,
                 random: Callable[[int], bytes] = os.urandom) -> None:
        self.profile = profile
        self.faults = faults or Faults()
        self._random = random
        names = [n for n in profile.files if n in FILES and not (n == "card_access" and self.faults.no_pace)]
        self._files = {FILES[n][0]: profile.files[n] for n in names}
        self._sfis = {FILES[n][1]: FILES[n][0] for n in names}
        self.atr = ATR_EXTENDED if profile.extended_length else ATR_SHORT
        self.power_cycle()

    # -------------------------------------------------------------- state
    def power_cycle(self) -> None:
        """A reset or a new insertion: every session state is lost."""
        self._applet_selected = False
        self._current: int | None = None
        self._sm: ChipSmSession | None = None
        self._bac = None
        self._pace = None
        self._ca = None
        self._next_keys: SessionKeys | None = None
        self.authenticated_with: str | None = None

    def _end_session(self) -> None:
        if self._sm is not None:
            self._sm.wipe()
        self._sm = None
        self.authenticated_with = None

    # -------------------------------------------------------------- entry
    def process(self, apdu: bytes) -> bytes:
        protected = len(apdu) >= 1 and apdu[0] & 0x0C == 0x0C
        if protected:
            if self._sm is None:
                return _sw(SM_OBJECTS_MISSING)
            try:
                apdu = self._sm.unwrap_command(apdu)
            except (SecureMessagingError, ParseError):
                log.debug("protected command rejected; secure messaging ended")
                self._end_session()
                return _sw(SM_OBJECTS_INCORRECT)
        elif self._sm is not None:
            # A plain command during secure messaging aborts the session (9303-11 §9.8.6).
            self._end_session()
        try:
            cmd = parse_command(apdu)
        except ParseError:
            return self._answer(protected, b"", WRONG_LENGTH)
        try:
            data, sw = self._dispatch(cmd, protected)
        except CardProtocolError as e:
            log.debug("command %02X failed: %s", cmd.ins, e)
            data, sw = b"", WRONG_DATA
        return self._answer(protected, data, sw)

    def _answer(self, protected: bool, data: bytes, sw: int) -> bytes:
        if protected and self._sm is not None:
            out = self._sm.wrap_response(data, sw)
            if self._next_keys is not None:
                # Chip Authentication: this answer goes under the old keys, the next under the new.
                self._sm.wipe()
                self._sm, self._next_keys = ChipSmSession(self._next_keys), None
            return out
        return data + sw.to_bytes(2, "big")

    def _dispatch(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if cmd.cla & 0xF3 != 0x00 and cmd.ins != 0x86:
            return b"", CLA_NOT_SUPPORTED
        handler = {
            0xA4: self._select,
            0xB0: self._read_binary,
            0xB1: self._read_binary,
            0x84: self._get_challenge,
            0x82: self._external_authenticate,
            0x22: self._manage_security_environment,
            0x86: self._general_authenticate,
            0x88: self._internal_authenticate,
        }.get(cmd.ins)
        if handler is None:
            return b"", INS_NOT_SUPPORTED
        return handler(cmd, protected)

    # -------------------------------------------------------------- files
    def _readable(self, fid: int, protected: bool) -> bool:
        if fid == FILES["card_access"][0]:
            return True
        return protected and self._applet_selected

    def _select(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if cmd.p1 == 0x04:
            if cmd.data != EMRTD_AID:
                return b"", FILE_NOT_FOUND
            self._applet_selected = True
            self._current = None
            return b"", OK
        if cmd.p1 == 0x00 and not cmd.data:
            return b"", INS_NOT_SUPPORTED  # VN chips answer 6D00 to SELECT MF
        if cmd.p1 in (0x00, 0x02) and len(cmd.data) == 2:
            fid = int.from_bytes(cmd.data, "big")
            if fid not in self._files or not self._readable(fid, protected):
                if fid in self._files and fid != FILES["card_access"][0]:
                    return b"", SECURITY_NOT_SATISFIED
                return b"", FILE_NOT_FOUND
            self._current = fid
            return b"", OK
        return b"", WRONG_P1P2

    def _read_binary(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if cmd.ins == 0xB1:  # offset in a DO54, for files over 32 KB
            objs = parse_tlv(cmd.data)
            if not objs or objs[0].tag != 0x54:
                return b"", WRONG_DATA
            offset = int.from_bytes(objs[0].value, "big")
            fid = self._current
        elif cmd.p1 & 0x80:
            sfi = cmd.p1 & 0x1F
            fid = self._sfis.get(sfi)
            if fid is None:
                return b"", FILE_NOT_FOUND
            if not self._readable(fid, protected):
                return b"", SECURITY_NOT_SATISFIED
            self._current = fid
            offset = cmd.p2
        else:
            fid = self._current
            offset = ((cmd.p1 & 0x7F) << 8) | cmd.p2
        if fid is None:
            return b"", CONDITIONS_NOT_SATISFIED
        if not self._readable(fid, protected):
            return b"", SECURITY_NOT_SATISFIED
        le = cmd.le if cmd.le is not None else 256
        if self._le_too_large(le, cmd.extended):
            return b"", WRONG_LENGTH
        content = self._files[fid]
        if offset > len(content):
            return b"", WRONG_P1P2
        chunk = content[offset:offset + le]
        return chunk, OK if len(chunk) == le else END_OF_FILE

    def _le_too_large(self, le: int, extended: bool) -> bool:
        if self.faults.max_le is not None and le > self.faults.max_le:
            return True
        if extended:
            return not self.profile.extended_length
        # A protected answer to a larger short Le would not fit in 256 bytes.
        return self._sm is not None and le > MAX_SHORT_LE[self._sm.kind]

    # -------------------------------------------------------------- BAC
    def _get_challenge(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if self.faults.no_bac or not self._applet_selected:
            return b"", CONDITIONS_NOT_SATISFIED
        self._end_session()
        self._bac = BacChip(self.profile.mrz_information, rng=self._random)
        return split_response(self._bac.process(cmd.encode()))

    def _external_authenticate(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if self._bac is None:
            return b"", CONDITIONS_NOT_SATISFIED
        bac, self._bac = self._bac, None
        data, sw = split_response(bac.process(cmd.encode()))
        if bac.keys is None:
            log.info("BAC: wrong key")
            return b"", self.faults.wrong_key_sw if sw == 0x6300 else sw
        self._start_sm(bac.keys, "BAC")
        return data, sw

    # -------------------------------------------------------------- PACE
    def _manage_security_environment(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if cmd.p1 == 0x41 and protected:
            return self._chip_authentication(cmd)
        if (cmd.p1, cmd.p2) != (0xC1, 0xA4):
            return b"", WRONG_P1P2
        infos = [] if self.faults.no_pace else [
            i for i in parse_card_access(self.profile.files.get("card_access", b"\x31\x00")) if i.supported]
        if not infos or (self.faults.reject_parameter_id and find(parse_tlv(cmd.data), 0x84)):
            return b"", WRONG_DATA
        self._end_session()
        passwords = {"can": self.profile.can.encode("ascii"),
                     "mrz": self.profile.mrz_information.encode("ascii")}
        self._pace = PaceChip(passwords, infos[0], rng=self._random)
        data, sw = split_response(self._pace.process(cmd.encode()))
        ref = find(parse_tlv(cmd.data), 0x83) if sw == OK else None
        self._pace_ref = {b"\x01": "MRZ", b"\x02": "CAN"}.get(ref.value if ref else b"", "")
        if sw != OK:
            self._pace = None
        return data, sw

    def _general_authenticate(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if protected and self._ca is not None:
            return self._chip_authentication(cmd)
        if self._pace is None:
            return b"", CONDITIONS_NOT_SATISFIED
        data, sw = split_response(self._pace.process(cmd.encode()))
        if self._pace.keys is not None:
            keys, self._pace = self._pace.keys, None
            self._start_sm(keys, f"PACE-{self._pace_ref}")
        elif sw == 0x6300:
            log.info("PACE: wrong password")
            self._pace = None
            sw = self.faults.wrong_key_sw
        elif sw != OK:
            self._pace = None
        return data, sw

    def _start_sm(self, keys: SessionKeys, how: str) -> None:
        self._sm = ChipSmSession(keys)
        self.authenticated_with = how
        self._current = None
        log.debug("secure messaging started after %s", how)

    # -------------------------------------------------------------- CA / AA
    def _chip_authentication(self, cmd: CommandApdu) -> tuple[bytes, int]:
        if self.profile.ca_key is None or "dg14" not in self.profile.files:
            return b"", REFERENCED_DATA_NOT_FOUND
        if cmd.ins == 0x22:
            chosen = choose_chip_auth(lds.parse_dg14(self.profile.files["dg14"]))
            if chosen is None:
                return b"", REFERENCED_DATA_NOT_FOUND
            self._ca = ChipAuthChip(self.profile.ca_key, chosen[0])
        data, sw = split_response(self._ca.process(cmd.encode()))
        if self._ca.pending_keys is not None:
            self._next_keys, self._ca = self._ca.pending_keys, None
            log.debug("chip authentication: switching session keys")
        elif sw != OK:
            self._ca = None
        return data, sw

    def _internal_authenticate(self, cmd: CommandApdu, protected: bool) -> tuple[bytes, int]:
        if not protected:
            return b"", SECURITY_NOT_SATISFIED
        if self.profile.aa_key is None:
            return b"", INS_NOT_SUPPORTED
        if len(cmd.data) != 8:
            return b"", WRONG_DATA
        hash_name = "sha256"
        if "dg14" in self.profile.files:
            hash_name = ecdsa_hash_from_dg14(lds.parse_dg14(self.profile.files["dg14"])) or hash_name
        return chip_sign(self.profile.aa_key, cmd.data, hash_name), OK


def _sw(sw: int) -> bytes:
    return sw.to_bytes(2, "big")
