"""A&D standard weighing format: one 17-byte ASCII line per reading.

``ST,+00072.50 kg\\r\\n``: header ST stable, US unstable, OL overload,
QT count mode, EC error (``EC,E11``). CAS-style indicators insert a gross/net
field (``ST,GS,+  72.50kg``); both are accepted. No checksum: a line must
match the syntax exactly or it is dropped.
"""
from __future__ import annotations

import re

from drivers.sensors.api import MeasurementKind
from drivers.sensors.events import DeviceError, Measured, Status
from drivers.sensors.protocols.base import NEED_MORE, Codec, Frame, Skip
from drivers.sensors.units import LB_TO_KG

MAX_LINE = 32
_WEIGHT = re.compile(rb"(ST|US|OL),(?:(?:GS|NT),)?([+-])([ 0-9]*\.?[0-9]+) ?(kg|g|lb) *\r\n")
_OTHER = re.compile(rb"(QT|EC|OL),([ -~]*)\r\n")
_TO_KG = {b"kg": 1.0, b"g": 0.001, b"lb": LB_TO_KG}


def line(header: str, kg: float) -> bytes:
    sign = "-" if kg < 0 else "+"
    return f"{header},{sign}{abs(kg):08.2f} kg\r\n".encode("ascii")


class AndStandardCodec(Codec):
    name = "and-standard"
    kind = MeasurementKind.BODY

    def _parse(self, buf: bytearray):
        if not (0x41 <= buf[0] <= 0x5A):  # every header starts with a capital letter
            return Skip("garbage")
        end = buf.find(b"\n", 0, MAX_LINE)
        if end < 0:
            return Skip("overlong") if len(buf) >= MAX_LINE else NEED_MORE
        text = bytes(buf[: end + 1])
        m = _WEIGHT.fullmatch(text)
        if m:
            header, sign, digits, unit = m.groups()
            if header == b"OL":
                return Frame(len(text), (DeviceError("and:OL", "out_of_range"),))
            kg = float(digits.replace(b" ", b"")) * _TO_KG[unit] * (-1 if sign == b"-" else 1)
            return Frame(len(text), (Measured({"weight_kg": round(kg, 2)}, stable=header == b"ST"),))
        m = _OTHER.fullmatch(text)
        if m:
            header, rest = m.groups()
            if header == b"QT":
                return Frame(len(text), (Status("count_mode"),))
            key = "out_of_range" if header == b"OL" else "device_error"
            return Frame(len(text), (DeviceError(f"and:{header.decode()}:{rest.decode().strip()}", key),))
        return Skip("bad_line")
