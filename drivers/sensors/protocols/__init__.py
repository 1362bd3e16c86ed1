"""Pure byte codecs, one module per device family, and the registry of names
used in the configuration (``protocol = "..."``)."""
from __future__ import annotations

from typing import Callable

from drivers.sensors.protocols.and_standard import AndStandardCodec
from drivers.sensors.protocols.base import Codec
from drivers.sensors.protocols.healthometer import HealthometerCodec
from drivers.sensors.protocols.ir_uart import IrUartCodec
from drivers.sensors.protocols.nonin import NoninDf2Codec, NoninDf8Codec
from drivers.sensors.protocols.suntech import SuntechCodec

CODECS: dict[str, Callable[[], Codec]] = {
    "suntech-advantage": SuntechCodec,
    "healthometer-esc": HealthometerCodec,
    "and-standard": AndStandardCodec,
    "nonin-df2": NoninDf2Codec,
    "nonin-df8": NoninDf8Codec,
    "ir-uart": IrUartCodec,
}

# Line settings each device ships with, used when the configuration does not override them.
DEFAULT_BAUD = {
    "suntech-advantage": 9600,
    "healthometer-esc": 9600,
    "and-standard": 2400,
    "nonin-df2": 9600,
    "nonin-df8": 9600,
    "ir-uart": 38400,
}


def codec_for(protocol: str, **options) -> Codec:
    """A fresh codec; ``options`` go to its constructor (e.g. ``error_keys`` for SunTech)."""
    if protocol not in CODECS:
        raise ValueError(f"unknown protocol {protocol!r} (known: {', '.join(CODECS)})")
    return CODECS[protocol](**options)


def kind_of(protocol: str):
    return CODECS[protocol].kind
