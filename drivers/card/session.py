"""One chip read, start to finish, over any :class:`~drivers.card.transport.Transport`.

    connect -> EF.CardAccess -> PACE-CAN / PACE-MRZ / BAC (config order)
    -> SELECT the eMRTD applet -> EF.COM, DG1, DG2, DG13, DG14, DG15, EF.SOD
    -> Passive Authentication -> Active Authentication (when DG15 is there)

The protocol steps themselves (BAC, PACE, secure messaging, file formats,
PA, AA) live in the pure modules next to this one; this module drives them
over the wire and decides what happens when something goes wrong:

* **Fallback policy.** Protocols are tried in ``card.access_order``. We move
  to the next one only when the card does not offer the current one (no
  PACEInfo in EF.CardAccess, MSE:Set AT refused). After a *wrong key* we stop:
  retrying the same secret with a weaker protocol would only hand an attacker
  a second, easier try. Every decision is logged.
* **Adaptive Le.** READ BINARY asks for the largest chunk secure messaging
  allows (231 bytes under 3DES, 223 under AES; larger with extended length
  when card and reader both support it) and backs off when the card refuses
  (6700, 6Cxx).
* **Resume.** If the card leaves mid-read and comes back within
  ``resume_timeout_s``, we authenticate again and continue every file from
  the last byte received. PA at the end checks the hashes, so a different
  card put back cannot smuggle its data in.

Personal data never reaches a log line or an exception message from here.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Callable

from drivers.card import active_auth, chip_auth, lds, tlv
from drivers.card.api import (
    AccessKey, CardError, CardErrorCode, CardHolder, CardReadResult, ReadProgress,
)
from drivers.card.apdu import CommandApdu, split_response
from drivers.card.bac import AccessDenied
from drivers.card.errors import AuthenticationError, CardProtocolError, ParseError, StatusWordError
from drivers.card.secure_messaging import SessionKeys, SmSession
from drivers.card.transport import CardGone, NoCard, NoReader, Transport, TransportError

log = logging.getLogger("drivers.card.session")

EMRTD_AID = bytes.fromhex("A0000002471001")
WRONG_KEY_SWS = {0x6300, 0x6982, 0x6983, 0x6A80} | {0x63C0 + n for n in range(16)}
# Chunk sizes tried in turn when the card refuses a READ BINARY length.
EXTENDED_LE = (4096, 1024)
SHORT_FALLBACK_LE = (160, 128, 96, 64, 32)
# Files read after authentication, in order; DG3 (fingerprints) needs EAC and is skipped.
WANTED_DGS = (1, 2, 13, 14, 15)
MAX_RESUMES = 3
# The largest file we read is DG2 (15-30 KB on CCCDs); a card claiming far more is broken or hostile.
MAX_FILE_BYTES = 512 * 1024


class _Unavailable(Exception):
    """The card does not offer this access protocol: try the next one."""


class _SessionLost(Exception):
    """Secure messaging broke (the chip answered without SM objects)."""


@dataclass
class ReadPolicy:
    access_order: tuple[str, ...] = ("pace-can", "pace-mrz", "bac")
    require_genuine: bool = True
    resume_timeout_s: float = 15.0
    trust_store: object | None = None  # passive_auth.TrustStore; None = cannot verify


@dataclass
class _File:
    name: str
    sfi: int
    fid: int
    data: bytearray = field(default_factory=bytearray)
    total: int | None = None
    absent: bool = False

    @property
    def done(self) -> bool:
        return self.absent or (self.total is not None and len(self.data) >= self.total)


class ReadSession:
    """Use once: ``ReadSession(transport, key, policy, on_progress, cancel).run()``."""

    def __init__(self, transport: Transport, key: AccessKey, policy: ReadPolicy,
                 on_progress: Callable[[ReadProgress], None] = lambda p: None,
                 cancel: threading.Event | None = None,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> None:
        self.transport = transport
        self.key = key
        self.policy = policy
        self._progress = on_progress
        self.cancel = cancel or threading.Event()
        self._now = now
        self.sm: SmSession | None = None
        self.protocol: str | None = None
        self._card_access: bytes | None = None
        self._card_access_read = False
        self._files: dict[str, _File] = {}
        self._file_order: list[str] = []
        self._selected: int | None = None
        self._le: int | None = None
        self._extended_ok = False
        self.apdus = 0
        self.resumes = 0
        self.timings: dict[str, float] = {}

    # ================================================================ run
    def run(self) -> CardReadResult:
        t0 = time.perf_counter()
        self._step("connecting", 0.0)
        self._connect()
        self.timings["connect_ms"] = _ms(t0)
        while True:
            try:
                if self.sm is None:
                    t = time.perf_counter()
                    self._step("authenticating", 0.05)
                    self._authenticate()
                    self.timings["authenticate_ms"] = self.timings.get("authenticate_ms", 0.0) + _ms(t)
                t = time.perf_counter()
                self._read_all()
                self.timings["read_ms"] = self.timings.get("read_ms", 0.0) + _ms(t)
                break
            except (CardGone, _SessionLost) as e:
                self._resume_after(e)
        self._step("verifying", 0.92)
        result = self._verify_and_build()
        self.timings["total_ms"] = _ms(t0)
        self._wipe()
        return replace(result, timings_ms=dict(self.timings))

    def _step(self, step: str, fraction: float) -> None:
        self._check_cancel()
        self._progress(ReadProgress(step, fraction))

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            self._wipe()
            raise CardError(CardErrorCode.CANCELLED, "read cancelled")

    def _connect(self) -> None:
        try:
            self.transport.connect()
        except NoReader as e:
            raise CardError(CardErrorCode.NO_READER, str(e)) from None
        except NoCard as e:
            raise CardError(CardErrorCode.NO_CARD, str(e)) from None
        self._extended_ok = bool(getattr(self.transport, "extended_length", False))

    def _resume_after(self, why: Exception) -> None:
        self.sm = None
        self._selected = None
        if isinstance(why, _SessionLost):
            log.warning("secure messaging lost mid-read; authenticating again")
        else:
            log.warning("card left the reader mid-read; waiting %.0f s for it to come back",
                        self.policy.resume_timeout_s)
            self._progress(ReadProgress("card_removed", self._fraction()))
            if not self.transport.wait_for_card(self.policy.resume_timeout_s, self.cancel):
                self._check_cancel()
                self._wipe()
                raise CardError(CardErrorCode.CARD_REMOVED, "card did not come back within the session")
        self.resumes += 1
        if self.resumes > MAX_RESUMES:
            self._wipe()
            raise CardError(CardErrorCode.CARD_REMOVED, f"gave up after {MAX_RESUMES} interruptions")
        log.info("resuming the read (interruption %d)", self.resumes)

    # ======================================================= low-level I/O
    def _plain(self, apdu: bytes) -> tuple[bytes, int]:
        self._check_cancel()
        self.apdus += 1
        try:
            return split_response(self.transport.transmit(apdu))
        except TransportError as e:
            raise CardError(CardErrorCode.READ_ERROR, f"reader error: {e}") from None

    def _secure(self, apdu: bytes) -> tuple[bytes, int]:
        assert self.sm is not None
        self._check_cancel()
        self.apdus += 1
        wrapped = self.sm.wrap_command(apdu)
        try:
            rapdu = self.transport.transmit(wrapped)
        except (TransportError, CardGone) as e:
            if len(wrapped) > 261 or (len(wrapped) > 5 and wrapped[4] == 0 and self._extended_ok):
                # Some readers fail an extended APDU at the transport level instead of
                # answering 6700: fall back to short APDUs and resume from here.
                log.warning("extended-length APDU failed in the reader (%s); using short APDUs", e)
                self._extended_ok = False
                self._le = None
                raise CardGone(str(e)) from None
            if isinstance(e, CardGone):
                raise
            raise CardError(CardErrorCode.READ_ERROR, f"reader error: {e}") from None
        try:
            data, sw = self.sm.unwrap_response(rapdu)
        except CardProtocolError as e:
            log.warning("protected response rejected: %s", e)
            raise _SessionLost() from None
        if len(rapdu) == 2 and sw in (0x6987, 0x6988):
            raise _SessionLost()
        return data, sw

    # ===================================================== authentication
    def _candidates(self) -> list[str]:
        fits = {"can": ("pace-can",), "mrz": ("pace-mrz", "bac")}[self.key.kind]
        return [p for p in self.policy.access_order if p in fits]

    def _authenticate(self) -> None:
        candidates = self._candidates()
        if self.protocol is not None:  # resuming: what worked before, first
            candidates = [self.protocol.lower()] + [c for c in candidates if c != self.protocol.lower()]
        if not candidates:
            raise CardError(CardErrorCode.READ_ERROR,
                            f"card.access_order allows no protocol for a {self.key.kind.upper()} key")
        pace_info = self._pace_info() if any(c.startswith("pace") for c in candidates) else None
        for proto in candidates:
            try:
                if proto.startswith("pace"):
                    if pace_info is None:
                        raise _Unavailable("EF.CardAccess offers no PACE this terminal supports")
                    self._pace(proto, pace_info)
                else:
                    self._bac()
            except _Unavailable as e:
                log.warning("access: %s not available (%s); trying the next protocol in card.access_order",
                            proto.upper(), e)
                continue
            self.protocol = proto.upper()
            log.info("access: %s succeeded", self.protocol)
            return
        raise CardError(CardErrorCode.READ_ERROR,
                        "the card offers none of the access protocols in card.access_order")

    def _pace_info(self):
        from drivers.card.pace import parse_card_access

        if not self._card_access_read:
            self._card_access = self._read_plain_file(lds.SFI_CARD_ACCESS)
            self._card_access_read = True  # only once read to the end: a removal mid-way retries it
        if not self._card_access:
            return None
        try:
            infos = parse_card_access(self._card_access)
        except ParseError as e:
            log.warning("EF.CardAccess unreadable: %s", e)
            return None
        usable = [i for i in infos if i.supported]
        if infos and not usable:
            log.warning("EF.CardAccess offers only PACE variants this terminal does not implement")
        return usable[0] if usable else None

    def _read_plain_file(self, sfi: int) -> bytes | None:
        """A file readable before authentication (EF.CardAccess), by short file id."""
        buf = b""
        total = None
        sizes = [256, 223, 160, 128, 64, 32]
        while total is None or len(buf) < total:
            offset = len(buf)
            p1, p2 = (0x80 | sfi, offset) if offset == 0 else (offset >> 8, offset & 0xFF)
            le = sizes[0] if total is None else min(sizes[0], total - offset)
            data, sw = self._plain(CommandApdu(0x00, 0xB0, p1, p2, le=le).encode())
            if sw == 0x6700 and len(sizes) > 1:
                sizes.pop(0)
                continue
            if sw not in (0x9000, 0x6282) or not data:
                log.info("EF.CardAccess not readable (SW %04X)", sw)
                return None if offset == 0 else buf
            buf += data
            if total is None:
                try:
                    total = tlv.total_length(buf)
                except ParseError:
                    return None
        return buf[:total]

    def _pace(self, proto: str, pace_info) -> None:
        from drivers.card.pace import PaceTerminal

        ref = "can" if proto == "pace-can" else "mrz"
        password = self.key.value.encode("ascii")
        term = PaceTerminal(password, ref, pace_info)
        rapdu = self._raw(term.first_command())
        sw = split_response(rapdu)[1]
        if sw == 0x6A80:
            # MSE:Set AT names the curve (tag 84) because some chips need it; others
            # reject it. Try once without before calling PACE unavailable.
            log.info("MSE:Set AT with parameter id refused; retrying without it")
            term = PaceTerminal(password, ref, pace_info, send_parameter_id=False)
            rapdu = self._raw(term.first_command())
            sw = split_response(rapdu)[1]
        if sw != 0x9000:
            raise _Unavailable(f"MSE:Set AT answered {sw:04X}")
        while True:
            step = self._key_agreement_step("PACE", term, rapdu)
            if isinstance(step, SessionKeys):
                self.sm = SmSession(step)
                break
            rapdu = self._raw(step)
        _, sw = self._secure(CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID).encode())
        if sw != 0x9000:
            raise CardError(CardErrorCode.READ_ERROR, f"SELECT eMRTD applet answered {sw:04X}")

    def _key_agreement_step(self, protocol: str, term, rapdu: bytes):
        """One step of PACE or BAC, with the chip's refusals mapped to card errors."""
        try:
            return term.next_command(rapdu)
        except StatusWordError as e:
            if protocol == "BAC" and e.step.endswith("GET CHALLENGE"):
                raise _Unavailable(f"GET CHALLENGE answered {e.sw:04X}") from None
            if e.sw in WRONG_KEY_SWS:
                raise CardError(CardErrorCode.ACCESS_DENIED, f"{protocol} refused the key (SW {e.sw:04X})") from None
            raise CardError(CardErrorCode.READ_ERROR, f"{protocol} failed: {e}") from None
        except AccessDenied:
            raise CardError(CardErrorCode.ACCESS_DENIED, f"{protocol}: the chip refused the key") from None
        except (AuthenticationError, ParseError) as e:
            raise CardError(CardErrorCode.READ_ERROR, f"{protocol} failed: {e}") from None

    def _raw(self, apdu: bytes) -> bytes:
        self._check_cancel()
        self.apdus += 1
        try:
            return self.transport.transmit(apdu)
        except TransportError as e:
            raise CardError(CardErrorCode.READ_ERROR, f"reader error: {e}") from None

    def _bac(self) -> None:
        from drivers.card.bac import BacTerminal

        if self.key.kind != "mrz":
            raise _Unavailable("BAC needs the MRZ")
        _, sw = self._plain(CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID).encode())
        if sw != 0x9000:
            raise CardError(CardErrorCode.READ_ERROR, f"SELECT eMRTD applet answered {sw:04X}")
        term = BacTerminal(self.key.value)
        apdu = term.first_command()
        while True:
            step = self._key_agreement_step("BAC", term, self._raw(apdu))
            if isinstance(step, SessionKeys):
                self.sm = SmSession(step)
                return
            apdu = step

    # ============================================================ reading
    def _read_all(self) -> None:
        if not self._file_order:
            self._plan("com", lds.SFI_COM, lds.FID_COM)
        com = self._read("com")
        if com is None:
            raise CardError(CardErrorCode.READ_ERROR, "EF.COM is missing")
        if len(self._file_order) == 1:
            try:
                listed = set(lds.parse_com(com).data_groups)
            except ParseError as e:
                raise CardError(CardErrorCode.READ_ERROR, f"EF.COM: {e}") from None
            for dg in WANTED_DGS:
                if dg in listed:
                    self._plan(f"dg{dg}", lds.dg_sfi(dg), lds.dg_fid(dg))
            self._plan("sod", lds.SFI_SOD, lds.FID_SOD)
        for name in self._file_order[1:]:
            self._read(name)

    def _plan(self, name: str, sfi: int, fid: int) -> None:
        self._files[name] = _File(name, sfi, fid)
        self._file_order.append(name)

    def _fraction(self, current: _File | None = None) -> float:
        """Progress over the files: whole files done, plus the share of the one being read."""
        if not self._file_order:
            return 0.1
        done = sum(1 for f in self._files.values() if f.done)
        if current is not None and not current.done and current.total:
            done += len(current.data) / current.total
        # Until EF.COM is parsed, assume the usual 6 files.
        return 0.1 + 0.8 * done / max(len(self._file_order), 6)

    def _start_le(self) -> int:
        assert self.sm is not None
        return EXTENDED_LE[0] if self._extended_ok else self.sm.max_short_le

    def _smaller_le(self, le: int) -> int | None:
        assert self.sm is not None
        ladder = [x for x in EXTENDED_LE if self._extended_ok] + [self.sm.max_short_le, *SHORT_FALLBACK_LE]
        smaller = [x for x in ladder if x < le]
        if le > 256 and self._extended_ok:
            if not [x for x in EXTENDED_LE if x < le]:
                log.info("extended length refused; using short APDUs")
                self._extended_ok = False
        return smaller[0] if smaller else None

    def _read(self, name: str) -> bytes | None:
        f = self._files[name]
        while not f.done:
            offset = len(f.data)
            le = self._le or self._start_le()
            if f.total is not None:
                le = min(le, f.total - offset)
            if offset <= 0xFF and self._selected != f.fid:
                apdu = CommandApdu(0x00, 0xB0, 0x80 | f.sfi, offset, le=le)  # select by SFI while reading
            elif offset <= 0x7FFF:
                if self._selected != f.fid:
                    _, sw = self._secure(CommandApdu(0x00, 0xA4, 0x02, 0x0C, f.fid.to_bytes(2, "big")).encode())
                    if sw == 0x6A82:
                        f.absent = True
                        break
                    if sw != 0x9000:
                        raise CardError(CardErrorCode.READ_ERROR, f"SELECT {name} answered {sw:04X}")
                    self._selected = f.fid
                apdu = CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, le=le)
            else:
                if self._selected != f.fid:  # B1 reads the current file: select it first
                    self._selected = None
                    self._secure(CommandApdu(0x00, 0xA4, 0x02, 0x0C, f.fid.to_bytes(2, "big")).encode())
                    self._selected = f.fid
                apdu = CommandApdu(0x00, 0xB1, 0x00, 0x00, tlv.encode_tlv(0x54, offset.to_bytes(3, "big")), le=le)
            data, sw = self._secure(apdu.encode())
            if sw in (0x9000, 0x6282) and (data or sw == 0x9000):
                self._selected = f.fid
                f.data += data
                if f.total is None:
                    try:
                        f.total = tlv.total_length(bytes(f.data[:8]))
                    except ParseError:
                        if len(f.data) >= 8:
                            raise CardError(CardErrorCode.READ_ERROR, f"{name}: bad TLV header") from None
                    if f.total is not None and f.total > MAX_FILE_BYTES:
                        raise CardError(CardErrorCode.READ_ERROR, f"{name}: claims {f.total} bytes")
                if not data:
                    raise CardError(CardErrorCode.READ_ERROR, f"{name}: empty read at offset {offset}")
                # One update per ~2 KB is plenty for a progress bar.
                if f.done or len(f.data) // 2048 != (len(f.data) - len(data)) // 2048:
                    self._progress(ReadProgress("reading", self._fraction(f)))
                continue
            if sw == 0x6A82:
                f.absent = True
                log.info("%s not on the card", name)
                break
            if (sw >> 8) == 0x6C and sw & 0xFF:
                self._le = sw & 0xFF
                log.info("card asked for Le %d", self._le)
                continue
            if sw in (0x6700, 0x6B00 if offset == 0 else -1) or (sw == 0x6282 and not data):
                smaller = self._smaller_le(le)
                if smaller is None:
                    raise CardError(CardErrorCode.READ_ERROR, f"{name}: card refuses every read length")
                log.info("card refused Le %d (SW %04X); backing off to %d", le, sw, smaller)
                self._le = smaller
                continue
            if sw in (0x6982, 0x6985) and name in ("dg14", "dg15"):
                f.absent = True
                break
            raise CardError(CardErrorCode.READ_ERROR, f"READ BINARY {name} answered {sw:04X}")
        return None if f.absent else bytes(f.data[: f.total])

    # ==================================================== verify & build
    def _dg(self, n: int) -> bytes | None:
        f = self._files.get(f"dg{n}")
        return None if f is None or f.absent else bytes(f.data[: f.total])

    def _verify_and_build(self) -> CardReadResult:
        sod = self._files["sod"]
        dgs = {n: d for n in WANTED_DGS if (d := self._dg(n)) is not None}
        t = time.perf_counter()
        if sod.absent:
            verdict, reason = "not_genuine", "EF.SOD missing"
        elif self.policy.trust_store is None:
            verdict, reason = "cannot_verify", "no trust store configured"
        else:
            from drivers.card.passive_auth import verify_sod

            pa = verify_sod(bytes(sod.data[: sod.total]), dgs, self.policy.trust_store, self._now())
            verdict, reason = pa.verdict, pa.reason
        self.timings["passive_auth_ms"] = _ms(t)
        if self.policy.trust_store is None or sod.absent:  # verify_sod logs its own verdict
            log.warning("passive authentication: %s (%s)", verdict, reason)
        t = time.perf_counter()
        while True:
            try:
                if self.sm is None:
                    self._authenticate()
                chip_auth_result = self._chip_auth(dgs)
                break
            except (CardGone, _SessionLost) as e:
                # Pulled out during CA/AA: no verdict on the chip. Authenticate again
                # and repeat the check; skipping it would let a clone fake a removal.
                self._resume_after(e)
        self.timings["chip_auth_ms"] = _ms(t)
        if self.policy.require_genuine and (verdict == "not_genuine" or chip_auth_result == "failed"):
            self._wipe()
            raise CardError(CardErrorCode.NOT_GENUINE,
                            f"passive authentication {verdict} ({reason}); chip authentication {chip_auth_result}")
        try:
            holder, photo, fmt, source = self._holder(dgs)
        except ParseError as e:
            raise CardError(CardErrorCode.READ_ERROR, str(e)) from None
        return CardReadResult(holder, photo, fmt, self.protocol or "", verdict, chip_auth_result, dict(self.timings),
                              passive_auth_reason=reason, identity_source=source)

    def _chip_auth(self, dgs: dict[int, bytes]) -> str:
        """Clone detection: Chip Authentication when DG14 offers it (it also
        re-keys secure messaging), else Active Authentication when DG15 is there.
        Both keys are vouched for by the SOD, so run them after PA."""
        if self.sm is None:
            return "not_supported"
        try:
            infos = lds.parse_dg14(dgs[14]) if 14 in dgs else []
        except ParseError as e:
            log.warning("DG14 unreadable: %s", e)
            return "failed"
        chosen = chip_auth.choose(infos)
        if chosen is not None:
            result = self._run_chip_authentication(*chosen)
            if result != "not_supported":
                return result
        if 15 in dgs:
            return self._run_active_authentication(dgs[15], infos)
        return "not_supported"

    def _run_chip_authentication(self, info, key) -> str:
        term = chip_auth.ChipAuthTerminal(info, key)
        apdu = term.first_command()
        try:
            while True:
                data, sw = self._secure(apdu)
                step = term.next_command(data + sw.to_bytes(2, "big"))
                if isinstance(step, SessionKeys):
                    break
                apdu = step
            assert self.sm is not None
            self.sm.wipe()
            self.sm = SmSession(step)
            # Only the chip holding DG14's private key can answer under the new keys.
            _, sw = self._secure(CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID).encode())
        except StatusWordError as e:
            if e.sw in (0x6D00, 0x6A88, 0x6A80):
                log.info("chip authentication not offered (SW %04X)", e.sw)
                return "not_supported"
            log.warning("chip authentication refused: %s", e)
            return "failed"
        except (_SessionLost, CardProtocolError) as e:
            # After the key switch only the genuine chip can still talk to us.
            log.warning("chip authentication failed: %s", type(e).__name__)
            return "failed"
        ok = sw == 0x9000
        log.info("chip authentication: %s", "passed" if ok else "FAILED")
        return "passed" if ok else "failed"

    def _run_active_authentication(self, dg15: bytes, infos) -> str:
        challenge = active_auth.new_challenge()
        try:
            data, sw = self._secure(active_auth.aa_command(challenge))
        except _SessionLost:
            log.warning("secure messaging broke during active authentication")
            return "failed"
        if sw in (0x6D00, 0x6A88):
            return "not_supported"
        if sw != 0x9000:
            log.warning("INTERNAL AUTHENTICATE answered %04X", sw)
            return "failed"
        try:
            ok = active_auth.verify(lds.parse_dg15(dg15), challenge, data, active_auth.ecdsa_hash_from_dg14(infos))
        except CardProtocolError as e:
            log.warning("active authentication: %s", e)
            ok = False
        return "passed" if ok else "failed"

    def _holder(self, dgs: dict[int, bytes]) -> tuple[CardHolder, bytes, str, str]:
        if 1 not in dgs:
            raise ParseError("DG1 missing")
        td1 = lds.parse_dg1(dgs[1])
        dg13 = _dg13_or_none(dgs.get(13))
        face = lds.parse_dg2(dgs[2]) if 2 in dgs else None
        fields = dict(dg13.fields) if dg13 else {}
        id_number = _personal_id(fields.pop("id_number", ""), td1)
        name = fields.pop("full_name", "") or f"{td1.surname} {td1.given_names}".strip()
        dob = _iso_date(fields.pop("date_of_birth", ""), td1.date_of_birth, id_number)
        sex = td1.sex if td1.sex in ("M", "F") else {"Nam": "M", "Nữ": "F"}.get(fields.get("sex", ""), "")
        fields.pop("sex", None)
        if dg13:
            for k in ("father", "mother", "spouse"):
                if getattr(dg13, k):
                    fields[k] = getattr(dg13, k)
        holder = CardHolder(id_number, name, dob, sex, td1.nationality, fields)
        return holder, (face.data if face else b""), (face.format if face else "unknown"), ("dg13" if dg13 else "dg1")

    def _wipe(self) -> None:
        if self.sm is not None:
            self.sm.wipe()
        self.sm = None
        for f in self._files.values():
            f.data[:] = bytes(len(f.data))


def _dg13_or_none(data: bytes | None) -> lds.Dg13 | None:
    """DG13 only enriches the identity: real CCCD layouts are not all known, so a DG13
    we cannot parse must not turn the citizen away when DG1 is intact (docs/card.md)."""
    if data is None:
        log.warning("DG13 not on the card; identity from DG1 (MRZ) only")
        return None
    try:
        return lds.parse_dg13(data)
    except ParseError as e:  # names the structure that failed, never its content (errors.py)
        log.warning("DG13 unreadable (%s, %d bytes); identity from DG1 (MRZ) only", e, len(data))
        return None


def _personal_id(from_dg13: str, td1) -> str:
    """The 12-digit ID: the patient identifier of the health record. The MRZ's document
    number holds only its last 9 digits, which are not unique, so it never stands in."""
    for candidate, where in ((from_dg13, "DG13"), (td1.id_number, "DG1 optional data")):
        if len(candidate) == 12 and candidate.isdigit():
            if where != "DG13" and from_dg13:
                log.warning("DG13 personal ID is not 12 digits; using the one in DG1")
            return candidate
    raise ParseError("no 12-digit personal ID in DG13 or in DG1's optional data")


def _iso_date(vn: str, yymmdd: str, id_number: str = "") -> str:
    """DG13 "dd/mm/yyyy" if present, else the MRZ's YYMMDD. The MRZ has no century;
    guessing it from today would make a citizen born in 1925 one born in 2025, so the
    12-digit ID's century digit decides when it agrees with the year (docs/card.md)."""
    parts = vn.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}-{parts[1]}-{parts[0]}"
    if len(yymmdd) == 6 and yymmdd.isdigit():
        yy = int(yymmdd[:2])
        if len(id_number) == 12 and id_number.isdigit() and id_number[4:6] == yymmdd[:2]:
            century = 1900 + 100 * (int(id_number[3]) // 2)
        else:
            century = 2000 if yy <= dt.date.today().year % 100 else 1900
        return f"{century + yy:04d}-{yymmdd[2:4]}-{yymmdd[4:6]}"
    return ""


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 2)
