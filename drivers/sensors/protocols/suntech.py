"""SunTech Advantage OEM NIBP module (9600 8N1), host-driven.

Host frames start with 0x3A, module frames with 0x3E followed by LEN (the
whole frame length including 0x3E and the checksum). The checksum byte makes
all bytes of a frame sum to 0 mod 256.
"""
from __future__ import annotations

from typing import Mapping

from drivers.sensors.api import MeasurementKind
from drivers.sensors.events import CuffPressure, DeviceError, Measured, Status
from drivers.sensors.protocols.base import NEED_MORE, Codec, Frame, Skip

HOST_SOF = 0x3A
MODULE_SOF = 0x3E
DATA_FRAME_LEN = 24
COMPLETE_CODE = 0x4B


def with_checksum(body: bytes) -> bytes:
    return body + bytes([(-sum(body)) & 0xFF])


START_BP = with_checksum(b"\x3a\x20")  # 3A 20 A6
GET_CUFF_PRESSURE = with_checksum(b"\x3a\x79\x05\x00")  # 3A 79 05 00 48
GET_BP_DATA = with_checksum(b"\x3a\x79\x03\x00")  # 3A 79 03 00 4A
ABORT_BP = with_checksum(b"\x3a\x79\x01\x00")  # 3A 79 01 00 4C

# The module's error-code meanings are not public; this default is ours and is
# replaced per deployment once the supplier's table is in hand: the station
# config's [devices.blood_pressure] error_codes reaches SuntechCodec(error_keys=...).
# A code missing from the table in use maps to "device_error". 0 means no error.
DEFAULT_ERROR_KEYS: Mapping[int, str] = {
    0x01: "weak_pulse",
    0x02: "motion",
    0x03: "overpressure",
    0x04: "cuff_loose",
    0x05: "out_of_range",
    0x06: "device_error",
}


def pressure_frame(mmhg: int) -> bytes:
    return with_checksum(bytes([MODULE_SOF, 5]) + int(mmhg).to_bytes(2, "little"))


def complete_frame() -> bytes:
    return with_checksum(bytes([MODULE_SOF, 4, COMPLETE_CODE]))


def data_frame(systolic: int, diastolic: int, pulse: int, mean: int, error: int = 0,
               beats: int = 30, status: int = 1) -> bytes:
    body = bytearray([MODULE_SOF, DATA_FRAME_LEN])
    body += int(systolic).to_bytes(2, "little") + int(diastolic).to_bytes(2, "little")
    body += bytes([beats, status]) + bytes(8)  # 8 test-code bytes, left zero
    body += bytes([pulse, 0]) + int(mean).to_bytes(2, "little") + bytes([error, 0, 0])
    return with_checksum(bytes(body))


class SuntechCodec(Codec):
    """Parses the module's replies (the host side)."""

    name = "suntech-advantage"
    kind = MeasurementKind.BLOOD_PRESSURE

    def __init__(self, error_keys: Mapping[int, str] | None = None) -> None:
        super().__init__()
        self._error_keys = dict(DEFAULT_ERROR_KEYS if error_keys is None else error_keys)

    def _parse(self, buf: bytearray):
        if buf[0] != MODULE_SOF:
            return Skip("garbage")
        if len(buf) < 2:
            return NEED_MORE
        n = buf[1]
        if n not in (4, 5, DATA_FRAME_LEN):
            return Skip("bad_length")
        if len(buf) < n:
            return NEED_MORE
        if sum(buf[:n]) & 0xFF:
            return Skip("bad_checksum")
        f = bytes(buf[:n])
        if n == 5:
            return Frame(n, (CuffPressure(int.from_bytes(f[2:4], "little")),))
        if n == 4:
            return Frame(n, (Status("complete" if f[2] == COMPLETE_CODE else f"code_{f[2]:02x}"),))
        return Frame(n, (self._result(f),))

    def _result(self, f: bytes):
        systolic = int.from_bytes(f[2:4], "little")
        diastolic = int.from_bytes(f[4:6], "little")
        pulse, mean, error = f[16], int.from_bytes(f[18:20], "little"), f[20]
        if error or not (systolic and diastolic and pulse):
            return DeviceError(f"suntech:error={error:#04x}", self._error_keys.get(error, "device_error"))
        return Measured({"systolic": systolic, "diastolic": diastolic, "pulse": pulse, "map": mean})


class SuntechHostCodec(Codec):
    """Parses host commands (the module side), for the simulator. Host frames
    have no length byte; their length follows from the command."""

    name = "suntech-advantage-host"
    kind = MeasurementKind.BLOOD_PRESSURE
    _KNOWN = {START_BP: "start", GET_CUFF_PRESSURE: "cuff", GET_BP_DATA: "data", ABORT_BP: "abort"}

    def _parse(self, buf: bytearray):
        if buf[0] != HOST_SOF:
            return Skip("garbage")
        for frame, name in self._KNOWN.items():
            if buf[: len(frame)] == frame[: len(buf)]:
                if len(buf) < len(frame):
                    return NEED_MORE
                return Frame(len(frame), (Status(name),))
        return Skip("unknown_command")
