"""``Kiosk.SelfTest``: run the peripherals' self-tests (kiosk/maintenance/selftest.py) and audit each."""
from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.viewmodels.tools_base import ToolModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

_instance: "SelfTest | None" = None


def install(controller, demo: bool) -> "SelfTest":
    global _instance
    _instance = SelfTest(controller, demo)
    return _instance


@QmlElement
@QmlSingleton
class SelfTest(QObject, ToolModel):
    changed = Signal()

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    def __init__(self, controller=None, demo: bool = False) -> None:
        super().__init__()
        self.tool_init()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.selftest_vm.install() must run before QML loads")
        self._c, self._demo = controller, demo
        self._rows: list[dict] = []

    @staticmethod
    def create(engine) -> "SelfTest":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.selftest_vm.install() must run before QML loads")
        return _instance

    @Property("QVariantList", notify=changed)
    def results(self) -> list:
        """[{device, status, detail, passed}] of the last run, each row as soon as it is known."""
        return self._rows

    @Slot()
    def runAll(self) -> None:
        from kiosk.maintenance import audit, selftest

        c = self._c
        self._rows = []

        def report(r: selftest.DeviceResult) -> None:
            audit.append("self_test", r.status, device=r.device, detail=r.detail)
            self._bridge.post(lambda: self._add(r))

        self.run("self-test", lambda: selftest.run_all(c.cfg, self._demo, c.devices.face, c.devices.sensors, report),
                 lambda result: None)

    def _add(self, r: selftest.DeviceResult) -> None:
        self._rows = [*self._rows, r.as_dict()]
        self.changed.emit()
