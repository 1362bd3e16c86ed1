"""Nonin pulse oximeter serial formats: Data Format #2 and #8 (9600 8N1).

DF2: 75 frames/s of ``01 STATUS PLETH FLOAT CHK`` (CHK = sum of the first four
bytes mod 256), 25 frames per packet; the SYNC bit marks frame 1. Frame 1/2
carry the heart-rate MSB/LSB and frame 3 the SpO2, so one Measured event is
reported per packet, at frame 3.

DF8: one 4-byte frame per second, ``STATUS HR SPO2 STATUS2``; only STATUS has
bit 7 set, which is the only way to resync (no checksum).

Format select: the host sends ``02 70 02 02 ZZ 03`` (ZZ = 0D, 08, 07 or 02 for
DF13/8/7/2) within 5 s of the device being connected; the device answers one
byte, 06 (ACK) or 15 (NAK), and keeps the format in non-volatile memory
(factory default DF13, which these codecs do not parse). Each codec sends the
select for its own format as its ``greeting`` every time the port opens, and
reports the answer as ``Ack(ok)``. A lone 06/15 counts as an answer only when
a complete, valid frame follows it, so a stray byte from the middle of a frame
(read while out of sync) is dropped like any garbage, never reported.
"""
from __future__ import annotations

from drivers.sensors.api import MeasurementKind
from drivers.sensors.events import Ack, Measured, Status
from drivers.sensors.protocols.base import NEED_MORE, Codec, Frame, Skip

ACK, NAK = 0x06, 0x15
DF2, DF7, DF8, DF13 = 0x02, 0x07, 0x08, 0x0D
FORMATS = (DF13, DF8, DF7, DF2)  # what the format-select command accepts
STX, ETX, FORMAT_SELECT_OP = 0x02, 0x03, 0x70

HR_MISSING = 511
SPO2_MISSING = 127
FRAMES_PER_PACKET = 25

# DF2 STATUS bits
DF2_SYNC, DF2_GPRF, DF2_RPRF, DF2_SNSA, DF2_OOT, DF2_ARTF, DF2_SNSD = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40
# DF8 STATUS / STATUS2 bits
DF8_ARTF, DF8_MPRF, DF8_LPRF, DF8_OOT = 0x04, 0x08, 0x10, 0x20
DF8_FINGER_OUT, DF8_LOW_BATTERY = 0x08, 0x01


DF2_STATUS_FLAGS = ((DF2_SNSD, "sensor_off"), (DF2_ARTF, "artifact"), (DF2_OOT, "out_of_track"),
                    (DF2_SNSA, "finger_out"))
DF8_STATUS_FLAGS = ((DF8_OOT, "out_of_track"), (DF8_LPRF, "low_perfusion"), (DF8_ARTF, "artifact"))
DF8_STATUS2_FLAGS = ((DF8_FINGER_OUT, "finger_out"), (DF8_LOW_BATTERY, "low_battery"))


def _bits(value: int, table: tuple[tuple[int, str], ...]) -> set[str]:
    return {name for bit, name in table if value & bit}


def df2_flags(status: int) -> set[str]:
    flags = _bits(status, DF2_STATUS_FLAGS)
    perfusion = status & (DF2_RPRF | DF2_GPRF)
    if perfusion == DF2_RPRF:  # red only = low perfusion; red+green = marginal
        flags.add("low_perfusion")
    return flags


def _values(hr: int, spo2: int) -> tuple[dict[str, float], set[str]]:
    values: dict[str, float] = {}
    flags: set[str] = set()
    if spo2 == SPO2_MISSING:
        flags.add("missing")
    else:
        values["spo2"] = spo2
    if hr == HR_MISSING:
        flags.add("missing")
    else:
        values["pulse"] = hr
    return values, flags


def df2_frame(status: int, pleth: int, value: int) -> bytes:
    body = bytes([0x01, status | 0x80, pleth & 0xFF, value & 0xFF])
    return body + bytes([sum(body) & 0xFF])


def df2_packet(hr: int, spo2: int, status: int = 0, pleth: list[int] | None = None) -> bytes:
    """25 frames; status bits (without SYNC/bit 7) apply to every frame."""
    floats = [0] * FRAMES_PER_PACKET
    floats[0], floats[1], floats[2] = (hr >> 7) & 0x03, hr & 0x7F, spo2 & 0x7F
    floats[3] = 0x30  # firmware revision
    floats[8] = spo2 & 0x7F  # SpO2-D
    floats[19], floats[20] = (hr >> 7) & 0x03, hr & 0x7F  # HR-D
    pleth = pleth or [128] * FRAMES_PER_PACKET
    return b"".join(
        df2_frame(status | (DF2_SYNC if i == 0 else 0), pleth[i], floats[i]) for i in range(FRAMES_PER_PACKET)
    )


def df8_frame(hr: int, spo2: int, status: int = 0, status2: int = 0) -> bytes:
    return bytes([0x80 | (status & 0x3C) | ((hr >> 7) & 0x03), hr & 0x7F, spo2 & 0x7F, status2 & 0x7F])


def format_select(data_format: int) -> bytes:
    """The command that switches the device to ``data_format`` (DF2, DF7, DF8 or DF13)."""
    if data_format not in FORMATS:
        raise ValueError(f"Nonin format select takes one of {', '.join(f'{f:#04x}' for f in FORMATS)}, "
                         f"not {data_format!r}")
    return bytes([STX, FORMAT_SELECT_OP, 0x02, 0x02, data_format, ETX])


class _NoninCodec(Codec):
    """The answer byte in front of a frame; subclasses parse the frames."""

    kind = MeasurementKind.SPO2

    def _parse(self, buf: bytearray):
        if buf[0] in (ACK, NAK):
            if len(buf) < 2:
                return NEED_MORE
            after = self._parse_frame(buf[1:])
            if after is NEED_MORE:
                return NEED_MORE
            if isinstance(after, Frame):
                return Frame(1, (Ack(buf[0] == ACK),))
            return Skip("garbage")
        return self._parse_frame(buf)

    def _parse_frame(self, buf: bytearray) -> Frame | Skip | None:
        raise NotImplementedError


class NoninDf2Codec(_NoninCodec):
    name = "nonin-df2"
    packets_per_second = 3
    greeting = format_select(DF2)

    def __init__(self) -> None:
        super().__init__()
        self._index = 0  # frame number within the packet, 0 = not in sync yet
        self._floats: list[int] = []
        self._flags: set[str] = set()

    def _parse_frame(self, buf: bytearray):
        if buf[0] != 0x01:
            return Skip("garbage")
        if len(buf) < 5:
            return NEED_MORE
        if not buf[1] & 0x80:
            return Skip("bad_status")
        if sum(buf[:4]) & 0xFF != buf[4]:
            return Skip("bad_checksum")
        return Frame(5, raw=(buf[1], buf[3]))

    def _on_resync(self) -> None:
        self._index = 0  # a dropped frame would shift HR/SpO2 positions: wait for SYNC

    def _on_frame(self, frame: Frame):
        if not frame.raw:  # an answer byte between frames: leaves the packet count alone
            return frame.events
        status, value = frame.raw
        if status & DF2_SYNC:
            self._index, self._floats, self._flags = 1, [], set()
        elif self._index:
            self._index += 1
            if self._index > FRAMES_PER_PACKET:  # a lost SYNC frame: wait for the next one
                self._index = 0
                return ()
        else:
            return ()
        self._floats.append(value)
        self._flags |= df2_flags(status)
        if self._index != 3:
            return ()
        hr = ((self._floats[0] & 0x03) << 7) | (self._floats[1] & 0x7F)
        values, missing = _values(hr, self._floats[2] & 0x7F)
        return (Measured(values, stable=True, flags=frozenset(self._flags | missing)),)


class NoninDf8Codec(_NoninCodec):
    name = "nonin-df8"
    packets_per_second = 1
    greeting = format_select(DF8)

    def _parse_frame(self, buf: bytearray):
        if not buf[0] & 0x80:
            return Skip("garbage")
        if len(buf) < 4:
            return NEED_MORE
        if any(b & 0x80 for b in buf[1:4]):
            return Skip("bad_frame")
        status, hr_low, spo2, status2 = buf[:4]
        flags = _bits(status, DF8_STATUS_FLAGS) | _bits(status2, DF8_STATUS2_FLAGS)
        values, missing = _values(((status & 0x03) << 7) | hr_low, spo2)
        return Frame(4, (Measured(values, stable=True, flags=frozenset(flags | missing)),))


class NoninHostCodec(Codec):
    """Parses the host's commands (the device side), for the simulator: a
    format select gives ``Status("format_select", ZZ)``; any other 6-byte
    command from STX gives ``Status("bad_command")`` (the device NAKs both an
    unknown format and a malformed command)."""

    name = "nonin-host"
    kind = MeasurementKind.SPO2

    def _parse(self, buf: bytearray):
        if buf[0] != STX:
            return Skip("garbage")
        if len(buf) < 6:
            return NEED_MORE
        if buf[1:4] == bytes([FORMAT_SELECT_OP, 0x02, 0x02]) and buf[5] == ETX:
            return Frame(6, (Status("format_select", buf[4]),))
        return Frame(6, (Status("bad_command"),))
