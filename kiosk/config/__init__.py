"""Station configuration: one TOML file, validated at start-up.

``load_config(path)`` returns a :class:`Config`; a bad file raises
:class:`ConfigError` naming the key and the reason.

The names below load on first use: validating imports the device-model and service
registries, and ``kiosk run`` shows its first frame before that (kiosk/runner.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.config.errors import ConfigError

if TYPE_CHECKING:
    from kiosk.config.loader import Config, load_config, parse_config

__all__ = ["Config", "ConfigError", "load_config", "parse_config"]


def __getattr__(name: str):
    if name in ("Config", "load_config", "parse_config"):
        from kiosk.config import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
