"""Station configuration: one TOML file, validated at start-up.

``load_config(path)`` returns a :class:`Config`; a bad file raises
:class:`ConfigError` naming the key and the reason.
"""
from kiosk.config.loader import Config, ConfigError, load_config, parse_config

__all__ = ["Config", "ConfigError", "load_config", "parse_config"]
