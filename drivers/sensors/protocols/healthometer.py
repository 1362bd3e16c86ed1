"""Health o meter Professional scales (500KL/600KL), ESC-delimited ASCII stream.

Each field is ESC + letter + text; a frame runs from the R field to ESC E:
``<ESC>R<ESC>I1234567890<ESC>W184.5<ESC>H84.0<ESC>B24.1<ESC>T0.0<ESC>Nc<ESC>E``.
There is no checksum and no CR/LF, so integrity rests on strict field syntax:
a malformed field drops the whole frame. The scale is silent while settling
and sends one frame per second once the weight locks; it stops at step-off.
"""
from __future__ import annotations

import re

from drivers.sensors.api import MeasurementKind
from drivers.sensors.events import Measured
from drivers.sensors.protocols.base import NEED_MORE, Codec, Frame, Skip
from drivers.sensors.units import LB_TO_KG, INCH_TO_CM, bmi_of

ESC = 0x1B
MAX_FIELD = 24
_NUMBER = re.compile(rb"\d{1,4}\.\d")
_FIELD_SYNTAX = {
    ord("I"): re.compile(rb".{0,10}", re.S),
    ord("W"): _NUMBER,
    ord("H"): _NUMBER,
    ord("B"): _NUMBER,
    ord("T"): _NUMBER,
    ord("N"): re.compile(rb"[mc]"),
}
_START = re.compile(rb"\d?R")


def frame(weight: float, height: float = 0.0, bmi: float = 0.0, metric: bool = True, scale_id: str = "") -> bytes:
    def field(letter: str, text: str) -> bytes:
        return b"\x1b" + letter.encode() + text.encode("ascii")

    return b"".join([
        field("R", ""), field("I", scale_id[:10]), field("W", f"{weight:.1f}"), field("H", f"{height:.1f}"),
        field("B", f"{bmi:.1f}"), field("T", "0.0"), field("N", "m" if metric else "c"), field("E", ""),
    ])


class HealthometerCodec(Codec):
    name = "healthometer-esc"
    kind = MeasurementKind.BODY

    def __init__(self) -> None:
        super().__init__()
        self._fields: dict[int, bytes] | None = None  # None = outside a frame

    def _parse(self, buf: bytearray):
        if buf[0] != ESC:
            return Skip("garbage")
        if len(buf) < 2:
            return NEED_MORE
        if buf[1] == ord("E"):
            return Frame(2, raw=(b"E",))
        end = buf.find(ESC, 1, MAX_FIELD + 1)
        if end < 0:
            return Skip("bad_field") if len(buf) > MAX_FIELD else NEED_MORE
        return Frame(end, raw=(bytes(buf[1:end]),))

    def _on_frame(self, frame_: Frame):
        text = frame_.raw[0]
        if _START.fullmatch(text):
            self._fields = {}
            return ()
        if self._fields is None:
            return ()  # tail of a frame we joined half-way
        letter, value = text[0], text[1:]
        if text == b"E":
            fields, self._fields = self._fields, None
            return self._measured(fields)
        syntax = _FIELD_SYNTAX.get(letter)
        if syntax is not None and not syntax.fullmatch(value):
            self._fields = None  # a corrupted field spoils the frame
            return ()
        self._fields[letter] = value
        return ()

    @staticmethod
    def _measured(fields: dict[int, bytes]):
        if ord("W") not in fields or ord("N") not in fields:
            return ()
        metric = fields[ord("N")] == b"m"
        weight = float(fields[ord("W")]) * (1 if metric else LB_TO_KG)
        values: dict[str, float] = {"weight_kg": round(weight, 1)}
        height = float(fields.get(ord("H"), b"0.0")) * (1 if metric else INCH_TO_CM)
        if height > 0:
            values["height_cm"] = round(height, 1)
        bmi = float(fields.get(ord("B"), b"0.0"))
        if bmi > 0:
            values["bmi"] = bmi
        elif height > 0 and weight > 0:
            values["bmi"] = bmi_of(weight, height)
        return (Measured(values, stable=True),)
