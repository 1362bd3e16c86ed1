"""The receipt printer: real-time status (DLE EOT) read now; low paper shows before it runs out.

One result, id ``printer.paper``: value 1 paper fine, 0.5 near end, 0 out (the
metric ``kiosk_printer_paper``). The slip is optional, so nothing here is worse
than what it says: a red printer never stops a visit.
"""
from __future__ import annotations

from drivers.printer.printer import Printer
from drivers.sensors.transport import LineSettings
from kiosk.health.result import HealthResult, amber, green, red
from kiosk.health.station import Station

ID, COMPONENT = "printer.paper", "printer"


def paper(st: Station) -> list[HealthResult]:
    p = st.cfg.printer
    if p is None:
        return []  # no printer at this station: nothing to check, nothing to show
    if not p.enabled:
        return [green(ID, COMPONENT, "device_disabled", "[devices.printer] enabled = false")]
    # The running kiosk's own printer (in demo mode the simulator's pty), else the configured port.
    printer = st.printer or Printer(p.port, LineSettings(baudrate=p.baudrate))
    r = printer.status()
    if r.outcome == "printed":
        if r.paper_near_end:
            return [amber(ID, COMPONENT, "paper_near_end", f"{printer.port}: paper roll near its end", 0.5)]
        return [green(ID, COMPONENT, "ok", f"{printer.port}: ready", 1.0)]
    if r.outcome == "paper_out":
        return [red(ID, COMPONENT, "paper_out", f"{printer.port}: out of paper", 0.0)]
    if r.outcome == "cover_open":
        return [red(ID, COMPONENT, "cover_open", f"{printer.port}: cover open")]
    if r.outcome == "unplugged":
        return [red(ID, COMPONENT, "port_missing", r.detail)]
    return [red(ID, COMPONENT, "printer_offline", f"{printer.port}: {r.outcome} {r.detail}".strip())]
