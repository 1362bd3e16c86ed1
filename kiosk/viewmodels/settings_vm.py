"""``Kiosk.Settings``: ports and protocols, backend URL, default language, timeouts
(kiosk/maintenance/settings_edit.py): validated with the start-up schema, the previous
file kept for rollback, every change audited (secrets never). Applied by a restart."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.viewmodels.tools_base import ToolModel

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.maintenance")

_instance: "Settings | None" = None


def install(controller, demo_dir: Path | None = None) -> "Settings":
    global _instance
    _instance = Settings(controller, demo_dir)
    return _instance


@QmlElement
@QmlSingleton
class Settings(QObject, ToolModel):
    changed = Signal()

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        return self._busy

    def __init__(self, controller=None, demo_dir: Path | None = None) -> None:
        super().__init__()
        self.tool_init()
        if controller is None:
            raise RuntimeError("kiosk.viewmodels.settings_vm.install() must run before QML loads")
        self._c = controller
        self._demo_dir = demo_dir
        self._path = Path(controller.cfg.source)
        if demo_dir is not None:
            # The demo never edits the repository's config/demo.toml: a scratch copy instead.
            copy = Path(demo_dir) / "kiosk.toml"
            if not copy.exists():
                shutil.copy(self._path, copy)
            self._path = copy
        self._error = ""
        self._saved = False

    @staticmethod
    def create(engine) -> "Settings":
        if _instance is None:
            raise RuntimeError("kiosk.viewmodels.settings_vm.install() must run before QML loads")
        return _instance

    @Property("QVariantMap", notify=changed)
    def values(self) -> dict:
        from kiosk.config import ConfigError, load_config
        from kiosk.maintenance import settings_edit as se

        try:
            cfg = load_config(self._path)
        except ConfigError:
            cfg = self._c.cfg
        return {k: ("" if v is None else v) for k, v in se.copy_without_secrets(se.current_values(cfg)).items()}

    @Property("QVariantList", constant=True)
    def ports(self) -> list:
        from kiosk.maintenance import settings_edit as se

        return se.serial_ports((self._demo_dir,) if self._demo_dir else ())

    @Slot(str, result="QVariantList")
    def protocols(self, kind: str) -> list:
        from kiosk.config.schema import protocols_for

        return protocols_for(kind)

    @Property(str, notify=changed)
    def error(self) -> str:
        """The schema's message for a refused change (technician text, as `kiosk doctor` prints it)."""
        return self._error

    @Property(bool, notify=changed)
    def saved(self) -> bool:
        """A change was saved: it applies when the app restarts."""
        return self._saved

    @Property(bool, notify=changed)
    def canRollBack(self) -> bool:
        from kiosk.maintenance import settings_edit as se

        return se.previous_path(self._path).exists()

    @Slot("QVariantMap")
    def save(self, changes: dict) -> None:
        from kiosk.config import ConfigError
        from kiosk.maintenance import audit
        from kiosk.config import load_config
        from kiosk.maintenance import settings_edit as se

        try:
            before = load_config(self._path)
            done = se.save(self._path, self._typed(changes, before), before, audit.config_change)
            self._error, self._saved = "", self._saved or bool(done)
        except ConfigError as e:
            self._error = f"{e.key}: {e.reason}" if e.key else e.reason
            log.warning("maintenance settings refused: %s", self._error)
        except (OSError, ValueError) as e:
            self._error = f"{e.__class__.__name__}: {e}"
            log.exception("maintenance settings could not be saved")
        self.changed.emit()

    @Slot()
    def rollBack(self) -> None:
        from kiosk.config import ConfigError
        from kiosk.maintenance import audit
        from kiosk.maintenance import settings_edit as se

        try:
            se.rollback(self._path, audit.config_change)
            self._error, self._saved = "", True
        except (ConfigError, OSError, ValueError) as e:
            self._error = str(e)
            log.warning("maintenance settings rollback refused: %s", e)
        self.changed.emit()

    @staticmethod
    def _typed(changes: dict, before) -> dict:
        """Text fields from the screen as the schema's types (numbers stay text when not numbers:
        then the schema names the key and says what it must be)."""
        from kiosk.maintenance import settings_edit as se

        current = se.current_values(before)
        out = {}
        for key, value in changes.items():
            if isinstance(current.get(key), (int, float)) and not isinstance(current.get(key), bool):
                try:
                    number = float(str(value).replace(",", "."))
                    value = int(number) if number.is_integer() and isinstance(current[key], int) else number
                except ValueError:
                    pass
            if value != current.get(key):
                out[key] = value
        return out
