"""``Kiosk.Logs``: the recent technician log with level and component filters, and the
diagnostics export (kiosk/maintenance/diagnostics.py) to a USB drive or a folder."""
from __future__ import annotations

import re
from collections import deque
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.viewmodels.tools_base import ToolModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

TAIL = 2000  # lines read from the end of kiosk.log
SHOWN = 300
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_LINE = re.compile(r"^(\S+ \S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([\w.\-]+): (.*)$")

_instance: "Logs | None" = None


def install(controller, health) -> "Logs":
    global _instance
    _instance = Logs(controller, health)
    return _instance


def health_of(controller, demo: bool):
    """The health checks' results for the archive, on the running kiosk's own store and devices."""
    import time

    from kiosk.health.registry import run_checks
    from kiosk.health.station import Station

    started = time.monotonic()

    def results() -> list[dict]:
        st = Station(controller.cfg, demo=demo, store=controller.devices.store, sensors=controller.devices.sensors,
                     printer=controller.devices.printer, started_monotonic=started)
        return [r.as_dict() for r in run_checks(st)]

    return results


def parse(lines) -> list[dict]:
    out: list[dict] = []
    for line in lines:
        m = _LINE.match(line.rstrip("\n"))
        if m:
            out.append({"time": m.group(1)[:19], "level": m.group(2), "component": m.group(3).split(".")[0]
                        if not m.group(3).startswith(("kiosk.", "drivers.")) else ".".join(m.group(3).split(".")[:2]),
                        "text": m.group(4)})
        elif out:  # a traceback's lines belong to the record above
            out[-1]["text"] += "\n" + line.rstrip("\n")
    return out


@QmlElement
@QmlSingleton
class Logs(QObject, ToolModel):
    changed = Signal()

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    def __init__(self, controller=None, health=None) -> None:
        super().__init__()
        self.tool_init()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.logs_vm.install() must run before QML loads")
        self._c, self._health = controller, health or (lambda: [])
        self._records: list[dict] = []
        self._level, self._component = "INFO", ""
        self._exported = ""
        self._error = ""

    @staticmethod
    def create(engine) -> "Logs":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.logs_vm.install() must run before QML loads")
        return _instance

    @Property("QVariantList", notify=changed)
    def lines(self) -> list:
        floor = LEVELS.index(self._level)
        rows = [r for r in self._records if LEVELS.index(r["level"]) >= floor
                and (not self._component or r["component"] == self._component)]
        return rows[-SHOWN:][::-1]  # newest first

    @Property("QVariantList", notify=changed)
    def components(self) -> list:
        return sorted({r["component"] for r in self._records})

    @Property(str, notify=changed)
    def level(self) -> str:
        return self._level

    @Property(str, notify=changed)
    def component(self) -> str:
        return self._component

    @Property("QVariantList", notify=changed)
    def media(self) -> list:
        from kiosk.maintenance import diagnostics

        return [{"path": m.path, "label": m.label, "freeMb": m.free_bytes // 1_000_000}
                for m in diagnostics.removable_media()]

    @Property(str, notify=changed)
    def exported(self) -> str:
        return self._exported

    @Property(str, notify=changed)
    def exportError(self) -> str:
        return self._error

    @Slot(str)
    def setLevel(self, level: str) -> None:
        self._level = level if level in LEVELS else "INFO"
        self.changed.emit()

    @Slot(str)
    def setComponent(self, component: str) -> None:
        self._component = component
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        path = Path(self._c.cfg.paths.log_dir) / "kiosk.log"
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                self._records = parse(deque(f, maxlen=TAIL))
        except OSError:
            self._records = []
        self.changed.emit()

    @Slot(str)
    def exportTo(self, folder: str) -> None:
        from kiosk.maintenance import audit, diagnostics

        self._exported, self._error = "", ""
        cfg = self._c.cfg

        def job():
            return diagnostics.export(cfg, folder or str(Path(cfg.paths.log_dir)), self._health())

        def done(r) -> None:
            if isinstance(r, Path):
                self._exported = str(r)
                audit.append("export", "ok", file=r.name, dest=str(r.parent))
            else:
                self._error = "no_space" if "No space" in str(r) else "not_writable"
                audit.append("export", "failed", dest=folder, error=r.__class__.__name__)

        self.run("export", job, done)
