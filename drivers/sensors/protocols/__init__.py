"""Pure byte codecs, one module per device family.

Which codec a configured ``protocol = "..."`` name means is a fact of its
device model (``drivers/sensors/models/``); ``codec_for`` asks the registry.
"""
from __future__ import annotations

from drivers.sensors.protocols.base import Codec


def codec_for(protocol: str, **options) -> Codec:
    """A fresh codec; ``options`` go to its constructor (e.g. ``error_keys`` for SunTech)."""
    from drivers.sensors import registry  # the models import these codecs: ask at call time

    return registry.codec_for(protocol, **options)


__all__ = ["Codec", "codec_for"]
