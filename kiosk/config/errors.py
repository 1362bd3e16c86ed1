"""The one error a bad configuration file raises (kept apart: see __init__.py)."""
from __future__ import annotations


class ConfigError(Exception):
    """A bad configuration file: names the key (``section.key``) and the reason."""

    def __init__(self, key: str, reason: str, path: str | None = None) -> None:
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{key}: {reason}" if key else f"{where}{reason}")
        self.key = key
        self.reason = reason
        self.path = path
