"""Change a few settings of the station's TOML file from the maintenance screen (no Qt).

Only known keys (``EDITABLE``) are written, each by rewriting its own line (or adding
it under its table), so the deployer's comments, order and layout stay; no TOML
writer is in the lock and a re-serialising one would drop them. The new text is
validated with the start-up schema (``parse_config``) before anything is written;
the file it replaces is kept as ``<file>.previous`` for one-tap rollback. The app
reads the file at start, so a saved change takes effect when the app restarts.
"""
from __future__ import annotations

import json
import logging
import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from kiosk.config import Config, ConfigError, parse_config
from kiosk.config.schema import MEASUREMENTS, is_secret
from kiosk.maintenance.config_edit import replace_file

log = logging.getLogger("kiosk.maintenance.settings")

PREVIOUS_SUFFIX = ".previous"
_TIMEOUTS = ("idle_s", "idle_warning_s", "card_read_s", "face_check_s", "measurement_s", "done_return_s")
_DEVICE_KEYS = ("port", "protocol", "calibration_days", "clean_every_uses")
# The keys the settings screen may change; everything else stays a deployer's edit.
EDITABLE: tuple[str, ...] = (
    "backend.url", "station.language", *(f"timeouts.{k}" for k in _TIMEOUTS),
    *(f"devices.{kind}.{k}" for kind in MEASUREMENTS for k in _DEVICE_KEYS),
)
_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]\s*(#.*)?$")
_ARRAY_HEADER = re.compile(r"^\s*\[\[")
_VALUE = r'(?:"(?:[^"\\\n]|\\.)*"|[^\s#]+)'


@dataclass(frozen=True)
class Change:
    key: str
    old: Any
    new: Any


def literal(value: Any) -> str:
    """A TOML literal for a scalar (JSON strings are valid TOML basic strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        if "\n" in value or "\r" in value:
            raise ValueError("a setting cannot hold a line break")
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"cannot write {type(value).__name__} values")


def set_value(text: str, key: str, value: Any) -> str:
    """``text`` with ``key`` (``section.name`` or ``devices.<kind>.name``) set; its line's comment kept."""
    section, _, name = key.rpartition(".")
    line_out = f"{name} = {literal(value)}"
    key_line = re.compile(rf"^(\s*){re.escape(name)}\s*=\s*{_VALUE}(\s*#.*)?(\r?\n)?$")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if (m := _HEADER.match(line)) and m.group(1) == section), None)
    if start is None:
        sep = "" if not text or text.endswith(("\n", "\r")) else newline
        return f"{text}{sep}{newline}[{section}]{newline}{line_out}{newline}"
    end = next((j for j in range(start + 1, len(lines)) if _HEADER.match(lines[j]) or _ARRAY_HEADER.match(lines[j])),
               len(lines))
    for j in range(start + 1, end):
        m = key_line.match(lines[j])
        if m:
            lines[j] = f"{m.group(1)}{line_out}{m.group(2) or ''}{m.group(3) or ''}"
            return "".join(lines)
    header_end = "" if lines[start].endswith(("\n", "\r")) else newline
    lines[start] = lines[start] + header_end + line_out + newline
    return "".join(lines)


def current_values(cfg: Config) -> dict[str, Any]:
    """The editable keys' values as the running configuration has them (defaults filled in)."""
    out: dict[str, Any] = {}
    for key in EDITABLE:
        parts = key.split(".")
        if parts[0] == "devices":
            d = cfg.devices.get(parts[1])
            out[key] = None if d is None else d.get(parts[2])
        else:
            out[key] = getattr(cfg, parts[0]).get(parts[1])
    return out


def previous_path(path: Path) -> Path:
    return path.with_name(path.name + PREVIOUS_SUFFIX)


def propose(path: Path, changes: Mapping[str, Any]) -> tuple[str, Config]:
    """The new text and its validated configuration; ConfigError with the schema's words if bad."""
    path = Path(path)
    for key in changes:
        if key not in EDITABLE:
            raise ConfigError(key, "cannot be changed from the maintenance screen")
    text = path.read_text(encoding="utf-8-sig")
    for key, value in changes.items():
        text = set_value(text, key, value)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("", f"not valid TOML: {e}") from None
    return text, parse_config(data, str(path))


def save(path: Path, changes: Mapping[str, Any], before: Config,
         record: Callable[[str, Any, Any], object] | None = None) -> list[Change]:
    """Validate, keep the current file as ``.previous``, write; ``record(key, old, new)`` each change."""
    path = Path(path)
    text, cfg = propose(path, changes)
    old, new = current_values(before), current_values(cfg)
    done = [Change(k, old.get(k), new.get(k)) for k in changes if old.get(k) != new.get(k)]
    if not done:
        return []
    shutil.copy2(path, previous_path(path))
    replace_file(path, text)
    for c in done:
        log.info("setting %s changed: %s -> %s", c.key, *(("<secret>", "<secret>") if is_secret(c.key)
                                                          else (c.old, c.new)))
        if record:
            record(c.key, c.old, c.new)
    return done


def rollback(path: Path, record: Callable[[str, Any, Any], object] | None = None) -> list[Change]:
    """Put the previous file back (it is validated first); the replaced one becomes the new previous."""
    path, prev = Path(path), previous_path(Path(path))
    if not prev.exists():
        raise FileNotFoundError(f"no previous configuration ({prev.name})")
    before = parse_config(tomllib.loads(path.read_text(encoding="utf-8-sig")), str(path))
    restored_text = prev.read_text(encoding="utf-8-sig")
    restored = parse_config(tomllib.loads(restored_text), str(prev))
    current_text = path.read_text(encoding="utf-8")
    replace_file(path, restored_text)
    replace_file(prev, current_text)  # rolling back twice undoes the rollback
    old, new = current_values(before), current_values(restored)
    done = [Change(k, old[k], new[k]) for k in EDITABLE if old[k] != new[k]]
    log.info("configuration rolled back to %s (%d settings differ)", prev.name, len(done))
    for c in done:
        if record:
            record(c.key, c.old, c.new)
    return done


def serial_ports(extra_dirs: tuple[Path, ...] = ()) -> list[str]:
    """Serial ports present: pyserial's list, the udev names /dev/kiosk-*, and pty links in ``extra_dirs`` (demo)."""
    found: list[str] = []
    try:
        from serial.tools import list_ports

        found += sorted(p.device for p in list_ports.comports())
    except Exception as e:  # no sysfs in a container: the links below still help
        log.warning("cannot list serial ports (%s)", e.__class__.__name__)
    found += sorted(str(p) for p in Path("/dev").glob("kiosk-*"))
    for d in extra_dirs:
        found += sorted(str(p) for p in Path(d).glob("tty-*") if p.is_symlink())
    return list(dict.fromkeys(found))


def copy_without_secrets(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: ("<secret>" if is_secret(k) else v) for k, v in values.items()}
