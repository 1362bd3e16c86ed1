"""Read and validate the station's TOML file."""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Mapping

from kiosk.config.errors import ConfigError
from kiosk.config.fields import FROM_MODEL, Field
from kiosk.config.schema import (
    DEVICE_FIELDS,
    DEVICE_KIND_FIELDS,
    PRINTER_FIELDS,
    MEASUREMENTS,
    SCHEMA,
    error_codes_problem,
    line_defaults,
    protocol_problem,
)


class Section(Mapping[str, Any]):
    """A read-only view of one validated section; keys are also attributes."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, k: str) -> Any:
        return self._values[k]

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Section({self._values!r})"


class Config:
    def __init__(self, sections: dict[str, Section], devices: dict[str, Section], source: str,
                 printer: Section | None = None) -> None:
        self._sections = sections
        self.printer = printer  # [devices.printer], enabled or not; None when absent
        self.devices = devices  # measurement kind -> device section (enabled ones and disabled)
        self.source = source

    def __getattr__(self, name: str) -> Section:
        try:
            return self._sections[name]
        except KeyError:
            raise AttributeError(name) from None

    def device(self, kind: str) -> Section | None:
        d = self.devices.get(kind)
        return d if d is not None and d.enabled else None


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false", list: "a list",
             dict: "a table"}
    ts = t if isinstance(t, tuple) else (t,)
    return " or ".join(names.get(x, x.__name__) for x in ts)


def _check_value(key: str, field: Field, value: Any) -> Any:
    allowed = field.type if isinstance(field.type, tuple) else (field.type,)
    # bool is an int in Python; a TOML `true` must not pass as a timeout.
    if isinstance(value, bool) and bool not in allowed:
        raise ConfigError(key, f"must be {_type_name(field.type)}, not {value!r}")
    if not isinstance(value, allowed):
        raise ConfigError(key, f"must be {_type_name(field.type)}, not {value!r}")
    if field.check is not None:
        reason = field.check(value)
        if reason:
            raise ConfigError(key, f"{reason} (got {value!r})")
    return value


def _section(prefix: str, fields: dict[str, Field], raw: Any) -> Section:
    if not isinstance(raw, dict):
        raise ConfigError(prefix, "must be a table")
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ConfigError(f"{prefix}.{unknown[0]}", f"unknown key (known keys: {', '.join(fields)})")
    out: dict[str, Any] = {}
    for name, field in fields.items():
        key = f"{prefix}.{name}"
        if name in raw:
            out[name] = _check_value(key, field, raw[name])
        elif field.default is ...:
            raise ConfigError(key, "is required")
        else:
            out[name] = type(field.default)(field.default) if isinstance(field.default, (list, dict)) else field.default
    return Section(out)


def _device(kind: str, raw: Any) -> Section:
    prefix = f"devices.{kind}"
    d = _section(prefix, {**DEVICE_FIELDS, **DEVICE_KIND_FIELDS.get(kind, {})}, raw)
    # Checked even when disabled: demo mode still uses the protocol, and a typo is a typo.
    reason = protocol_problem(kind, d.protocol)
    if reason:
        raise ConfigError(f"{prefix}.protocol", reason)
    reason = error_codes_problem(d.protocol, d.get("error_codes", {}))
    if reason:
        raise ConfigError(f"{prefix}.error_codes", reason)
    model_line = line_defaults(d.protocol)
    return Section({k: model_line[k] if v is FROM_MODEL else v for k, v in d.items()})


def parse_config(data: dict[str, Any], source: str = "<memory>") -> Config:
    unknown = sorted(set(data) - set(SCHEMA) - {"devices"})
    if unknown:
        raise ConfigError(unknown[0], f"unknown section (known: {', '.join([*SCHEMA, 'devices'])})", source)
    try:
        sections = {name: _section(name, fields, data.get(name, {})) for name, fields in SCHEMA.items()}
        raw_devices = data.get("devices", {})
        if not isinstance(raw_devices, dict):
            raise ConfigError("devices", "must be a table of [devices.<measurement>] tables")
        raw_devices = dict(raw_devices)
        raw_printer = raw_devices.pop("printer", None)
        printer = None if raw_printer is None else _section("devices.printer", PRINTER_FIELDS, raw_printer)
        bad = sorted(set(raw_devices) - set(MEASUREMENTS))
        if bad:
            raise ConfigError(f"devices.{bad[0]}", f"unknown measurement (known: {', '.join(MEASUREMENTS)})")
        devices = {k: _device(k, v) for k, v in raw_devices.items()}
    except ConfigError as e:
        raise ConfigError(e.key, e.reason, source) from None
    return Config(sections, devices, source, printer)


def load_config(path: str | Path) -> Config:
    p = Path(path)
    try:
        # utf-8-sig: Windows editors (Notepad) start a UTF-8 file with a BOM, which TOML forbids.
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("", "file not found", str(p)) from None
    except UnicodeDecodeError as e:
        raise ConfigError("", f"not UTF-8 text (byte {e.start}): save the file as UTF-8", str(p)) from None
    except OSError as e:
        raise ConfigError("", f"cannot read the file ({e.__class__.__name__})", str(p)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError("", f"not valid TOML: {e}", str(p)) from None
    return parse_config(data, str(p))
