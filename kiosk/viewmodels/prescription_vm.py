"""``Kiosk.Prescription``: "Check my prescription" as QML sees it (kiosk/services/prescription).

State, data and message keys only; the QML words it. The prescription and the pass live in
the visit's PrescriptionSession, never here: this object keeps only the pass QR picture made
for the current token, dropped as soon as the session's token changes (a wipe included).
"""
from __future__ import annotations

import base64
import io
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton


if TYPE_CHECKING:
    from kiosk.services.prescription.session import PrescriptionSession
    from kiosk.flow.controller import FlowController

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

# The keypad's limit: room for a few characters too many, so "too long" gets its own message.
TYPED_BEYOND_BODY = 6
CAMERA_KEYS = ("camera_busy", "camera_error")
RETRY_KEYS = ("backend_down", "backend_timeout", "bad_answer")

_instance: "Prescription | None" = None


def install(controller: FlowController, demo_codes=None) -> "Prescription":
    """``demo_codes``: demo mode's way to hold a prescription QR up to the simulated camera."""
    global _instance
    _instance = Prescription(controller, demo_codes)
    return _instance


def _ymd(d: date | None) -> dict:
    return {"year": d.year, "month": d.month, "day": d.day} if d else {}


def qr_data_url(text: str) -> str:
    """The pass as a PNG data URL; large modules so the Image scales it without blur."""
    import segno

    out = io.BytesIO()
    # Error correction M: a phone or counter scanner reads it off a screen with glare.
    segno.make_qr(text, error="m").save(out, kind="png", scale=8, border=4)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


@QmlElement
@QmlSingleton
class Prescription(QObject):
    changed = Signal()

    def __init__(self, controller: FlowController | None = None, demo_codes=None) -> None:
        super().__init__()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.prescription_vm.install() must run before QML loads")
        self._c = controller
        self._demo_codes = demo_codes
        self._qr_for = ""  # the token the picture below was made for
        self._qr = ""
        controller.changed.connect(self._on_changed)

    @staticmethod
    def create(engine) -> "Prescription":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.prescription_vm.install() must run before QML loads")
        return _instance

    def _on_changed(self) -> None:
        s = self._s()
        if (s.token if s else "") != self._qr_for:  # a new pass, or the visit ended: drop the old picture
            self._qr_for, self._qr = "", ""
        self.changed.emit()

    def _s(self) -> PrescriptionSession | None:
        from kiosk.services.prescription.session import PrescriptionSession

        s = self._c.machine.draft.service
        return s if isinstance(s, PrescriptionSession) else None

    # -- state ----------------------------------------------------------------------
    @Property(bool, notify=changed)
    def active(self) -> bool:
        return self._s() is not None

    @Property(str, notify=changed)
    def screen(self) -> str:
        """entry, looking_up or result."""
        s = self._s()
        return s.screen if s else ""

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        s = self._s()
        return bool(s and s.busy)

    @Property(bool, notify=changed)
    def scanning(self) -> bool:
        """The camera is watching for a code (until it reported busy or broken)."""
        s = self._s()
        return bool(s and s.screen == "entry" and s.error not in CAMERA_KEYS)

    @Property(str, notify=changed)
    def errorKey(self) -> str:
        s = self._s()
        return s.error if s else ""

    @Property(bool, notify=changed)
    def canRetry(self) -> bool:
        """The last lookup failed on the backend's side: the same code may be tried again."""
        s = self._s()
        return bool(s and s.screen == "entry" and s.code and s.error in RETRY_KEYS)

    @Property(str, notify=changed)
    def code(self) -> str:
        """The code being looked up or shown, canonical (lower case)."""
        s = self._s()
        return s.code if s else ""

    @Property(str, notify=changed)
    def verdict(self) -> str:
        """match, not_found (also when it is someone else's), expired or dispensed."""
        s = self._s()
        return s.verdict if s and s.screen == "result" else ""

    @Property(str, notify=changed)
    def kind(self) -> str:
        """The type letter: c ordinary, n narcotic, h psychotropic, y traditional."""
        s = self._s()
        return s.code[-1] if s and s.code else ""

    @Property(bool, notify=changed)
    def controlled(self) -> bool:
        from kiosk.services.prescription.code import CONTROLLED

        s = self._s()
        return bool(s and s.code and s.code[-1] in CONTROLLED)

    @Property("QVariantList", notify=changed)
    def lines(self) -> list:
        p = self._prescription()
        return [{"name": x.name, "strength": x.strength, "quantity": x.quantity, "directions": x.directions}
                for x in p.lines] if p else []

    @Property(str, notify=changed)
    def prescriber(self) -> str:
        p = self._prescription()
        return p.prescriber if p else ""

    @Property(str, notify=changed)
    def facility(self) -> str:
        p = self._prescription()
        return p.facility if p else ""

    @Property("QVariantMap", notify=changed)
    def writtenOn(self) -> dict:
        p = self._prescription()
        return _ymd(p.written_on) if p else {}

    @Property("QVariantMap", notify=changed)
    def validUntil(self) -> dict:
        p = self._prescription()
        return _ymd(p.valid_until) if p else {}

    @Property(int, notify=changed)
    def daysLeft(self) -> int:
        """Whole days the prescription still stays valid after today (0: today is the last day;
        negative: it expired); 0 when it names no end (validUntil is then empty)."""
        from kiosk.services.prescription.model import today_at

        p = self._prescription()
        if p is None or p.valid_until is None:
            return 0
        return (p.valid_until - today_at(datetime.now(timezone.utc), self._utc_offset_h())).days

    @Property(bool, notify=changed)
    def passReady(self) -> bool:
        s = self._s()
        return bool(s and s.token)

    @Property(str, notify=changed)
    def passImage(self) -> str:
        """The pick-up pass QR as a PNG data URL ("" until signed)."""
        s = self._s()
        token = s.token if s else ""
        if token and token != self._qr_for:
            self._qr_for, self._qr = token, qr_data_url(token)
        return self._qr if token else ""

    @Property(int, notify=changed)
    def passValidMinutes(self) -> int:
        return int(self._c.cfg.prescription.pass_valid_min)

    @Property(int, notify=changed)  # qmllint reads a constant int as stale; it never changes
    def bodyLength(self) -> int:
        from kiosk.services.prescription.code import BODY_LEN

        return BODY_LEN

    @Property(int, notify=changed)
    def maxTyped(self) -> int:
        return self.bodyLength + TYPED_BEYOND_BODY

    @Property(bool, notify=changed)
    def demoCodes(self) -> bool:
        """Demo mode: a control can hold a generated prescription QR up to the simulated camera."""
        return self._demo_codes is not None

    def _prescription(self):
        s = self._s()
        return s.prescription if s and s.screen == "result" else None

    def _utc_offset_h(self) -> float:
        sign, _, hm = self._c.cfg.station.timezone_offset.partition(":")
        hours = int(sign)
        return hours + (1 if hours >= 0 else -1) * int(hm or 0) / 60

    # -- taps -----------------------------------------------------------------------
    @Slot(str)
    def submit(self, text: str) -> None:
        from kiosk.services.prescription import events as rx

        self._c.touch()
        self._c.handle(rx.CodeTyped(text))

    @Slot()
    def retry(self) -> None:
        """The backend failed: ask again for the same code."""
        from kiosk.services.prescription import events as rx

        s = self._s()
        if s is not None and s.code:
            self._c.touch()
            self._c.handle(rx.CodeTyped(s.code))

    @Slot()
    def anotherCode(self) -> None:
        from kiosk.services.prescription import events as rx

        self._c.touch()
        self._c.handle(rx.AnotherCode())

    @Slot()
    def back(self) -> None:
        """Back to the chooser (the visit goes on)."""
        from kiosk.session import events as session_ev

        self._c.handle(session_ev.LeaveService())

    @Slot(str)
    def showDemoCode(self, which: str) -> None:
        """Demo only: hold the demo citizen's prescription QR ("ordinary", "controlled") up to the camera."""
        if self._demo_codes is not None:
            self._c.touch()
            self._demo_codes(which)
