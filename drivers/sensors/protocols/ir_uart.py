"""UART infrared body-temperature module (38400 8N1).

Frames both ways: ``AA A5 LEN CMD ARGS... CHK 55`` with LEN = 3 + number of
args and CHK = (LEN + CMD + sum(ARGS)) & 0xFF. Temperatures are signed 16-bit
big-endian tenths of a degree.
"""
from __future__ import annotations

from drivers.sensors.api import MeasurementKind
from drivers.sensors.events import Ack, DeviceError, Measured, Status
from drivers.sensors.protocols.base import NEED_MORE, Codec, Frame, Skip

CMD_MEASURE = 0x01
CMD_TARGET = 0x02
TARGET_OBJECT = 0x01
TARGET_BODY = 0x02
MAX_ARGS = 16


def frame(cmd: int, args: bytes = b"") -> bytes:
    n = 3 + len(args)
    return bytes([0xAA, 0xA5, n, cmd]) + args + bytes([(n + cmd + sum(args)) & 0xFF, 0x55])


SET_BODY_MODE = frame(CMD_TARGET, bytes([TARGET_BODY]))  # AA A5 04 02 02 08 55
MEASURE = frame(CMD_MEASURE)  # AA A5 03 01 04 55


def _tenths(value: float) -> bytes:
    return int(round(value * 10)).to_bytes(2, "big", signed=True)


def result_frame(body_c: float, ambient_c: float, target: int = TARGET_BODY) -> bytes:
    return frame(CMD_MEASURE, bytes([target]) + _tenths(body_c) + _tenths(ambient_c))


class IrFramer(Codec):
    """Splits the stream into (cmd, args) frames; both sides use it."""

    name = "ir-uart-frames"
    kind = MeasurementKind.TEMPERATURE

    def _parse(self, buf: bytearray):
        if buf[0] != 0xAA:
            return Skip("garbage")
        if len(buf) < 3:
            return NEED_MORE
        if buf[1] != 0xA5:
            return Skip("garbage")
        n = buf[2]
        if not 3 <= n <= 3 + MAX_ARGS:
            return Skip("bad_length")
        size = n + 3
        if len(buf) < size:
            return NEED_MORE
        if buf[size - 1] != 0x55:
            return Skip("bad_end")
        if sum(buf[2 : size - 2]) & 0xFF != buf[size - 2]:
            return Skip("bad_checksum")
        return Frame(size, raw=(buf[3], bytes(buf[4 : size - 2])))

    @staticmethod
    def split(frame_: Frame) -> tuple[int, bytes]:
        return frame_.raw


class IrUartCodec(IrFramer):
    """Module replies, parsed on the host side."""

    name = "ir-uart"

    def _on_frame(self, frame_: Frame):
        cmd, args = self.split(frame_)
        if cmd == CMD_TARGET:
            return (Ack(args[:1] == b"\x00", cmd),)
        if cmd == CMD_MEASURE:
            if len(args) == 5:
                target = args[0]
                body = int.from_bytes(args[1:3], "big", signed=True) / 10
                ambient = int.from_bytes(args[3:5], "big", signed=True) / 10
                if target != TARGET_BODY:
                    return (DeviceError(f"ir:target={target:#04x}", "device_error"),)
                return (Measured({"body_temp_c": body, "ambient_c": ambient}),)
            return (DeviceError(f"ir:measure_reply={args.hex()}", "device_error"),)
        return (Status(f"unknown_cmd_{cmd:02x}"),)


class IrHostCodec(IrFramer):
    """Host commands, parsed on the module side (simulator)."""

    name = "ir-uart-host"

    def _on_frame(self, frame_: Frame):
        cmd, args = self.split(frame_)
        return (Status("command", cmd * 256 + (args[0] if args else 0)),)
