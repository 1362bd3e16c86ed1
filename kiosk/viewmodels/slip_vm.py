"""``Kiosk.Slip``: "Print my results" on the done screen (docs/printer.md).

QML words every line (SlipWords.qml, from the same qsTr strings as the
screens) and hands them over; this object adds nothing worded, lays them out
through kiosk/slip and prints on a job thread. The slip is optional: whatever
the printer says ends in a state key QML words, never in a blocked visit.
"""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.flow.bridge import GuiBridge

if TYPE_CHECKING:
    from kiosk.flow.controller import FlowController

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.ui.slip")

_instance: "Slip | None" = None


def install(controller: FlowController) -> "Slip":
    global _instance
    _instance = Slip(controller)
    return _instance


@QmlElement
@QmlSingleton
class Slip(QObject):
    changed = Signal()

    def __init__(self, controller: FlowController | None = None) -> None:
        super().__init__()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.slip_vm.install() must run before QML loads")
        self._c = controller
        self._bridge = GuiBridge(self)
        self._state = ""  # "" | printing | printed | paper_out | cover_open | offline | cutter | no_answer | unplugged
        self._near_end = False
        self._visit = 0  # bumped when a visit ends, so a late answer of a wiped visit is dropped
        controller.screenChanged.connect(self._on_screen)

    @staticmethod
    def create(engine) -> "Slip":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.slip_vm.install() must run before QML loads")
        return _instance

    def _on_screen(self, screen: str) -> None:
        if screen == "welcome" and (self._state or self._near_end):
            self._visit += 1
            self._state, self._near_end = "", False
            self.changed.emit()

    # -- state --------------------------------------------------------------------
    @Property(bool, notify=changed)
    def available(self) -> bool:
        """The station has a printer and the visit has results to print."""
        return self._c.devices.printer is not None and bool(self._c.machine.draft.readings)

    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state

    @Property(bool, notify=changed)
    def paperNearEnd(self) -> bool:
        return self._near_end

    # The only personal facts a slip may carry (kiosk/slip/content.py); read when printing.
    @Property(str, notify=changed)
    def maskedId(self) -> str:
        from kiosk.slip import content

        card = self._c.machine.draft.card
        return content.masked_id(card.holder.id_number) if card else ""

    @Property(str, notify=changed)
    def givenName(self) -> str:
        from kiosk.slip import content

        card = self._c.machine.draft.card
        return content.given_name(card.holder.given_name) if card else ""

    # -- taps -----------------------------------------------------------------------
    @Slot("QVariantList", str)
    def print(self, lines: list, qr_caption: str) -> None:
        """``lines``: [{"text", "style"}] as QML worded them; styles are kiosk/slip/render.py's."""
        from kiosk.slip.render import Line, STYLES
        from kiosk.slip.render import Slip as SlipLayout

        self._c.touch()
        printer = self._c.devices.printer
        if printer is None or self._state == "printing":
            return
        slip = SlipLayout(tuple(Line(str(ln.get("text", "")), ln.get("style") if ln.get("style") in STYLES or
                                     ln.get("style") == "rule" else "body") for ln in lines),
                          qr=self._c.machine.draft.visit_id or "", qr_caption=qr_caption)
        self._state, visit = "printing", self._visit
        self.changed.emit()

        def job() -> None:
            try:
                result = printer.print_slip(slip)
                outcome, near_end = result.outcome, result.paper_near_end
            except Exception as e:  # a layout or driver fault: the visit goes on, the log says what
                log.error("slip not printed: %s: %s", type(e).__name__, e)
                outcome, near_end = "offline", False
            self._bridge.post(lambda: self._done(visit, outcome, near_end))

        threading.Thread(target=job, name="print-slip", daemon=True).start()

    def _done(self, visit: int, outcome: str, near_end: bool) -> None:
        if visit != self._visit:
            return  # the visit ended while printing
        log.info("slip: %s%s", outcome, " (paper near end)" if near_end else "")
        self._state, self._near_end = outcome, near_end
        self.changed.emit()
