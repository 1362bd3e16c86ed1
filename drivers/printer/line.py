"""The printer's line: a serial port (pyserial) or a USB printer-class device (/dev/usb/lp*).

The only printer code that does I/O. Both kinds read with a timeout and
raise ``LineLost`` when the device goes away, so the session above treats
a pulled USB cable and a closed pty alike.
"""
from __future__ import annotations

import os
import select
import termios
import time

import serial

from drivers.sensors.transport import LineSettings


class LineLost(OSError):
    """The device vanished or refused I/O (unplugged, powered off, permission)."""


class SerialLine:
    def __init__(self, port: str, settings: LineSettings) -> None:
        try:
            self._s = serial.Serial(port, baudrate=settings.baudrate, bytesize=settings.bytesize,
                                    parity=settings.parity, stopbits=settings.stopbits,
                                    timeout=0.05, write_timeout=5.0)
        except (serial.SerialException, OSError, ValueError) as e:
            raise LineLost(str(e)) from None

    def write(self, data: bytes) -> None:
        try:
            self._s.write(data)
            self._s.flush()
        except (serial.SerialException, OSError, termios.error) as e:
            raise LineLost(str(e)) from None

    def read(self, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        try:
            while True:
                data = self._s.read(self._s.in_waiting or 1)
                if data or time.monotonic() >= deadline:
                    return data
        except (serial.SerialException, OSError, TypeError, AttributeError, termios.error) as e:
            raise LineLost(str(e)) from None

    def close(self) -> None:
        try:
            self._s.close()
        except (serial.SerialException, OSError):
            pass


class DeviceFileLine:
    """A USB printer-class device node: no termios, plain reads and writes (the usblp driver)."""

    def __init__(self, path: str) -> None:
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        except OSError as e:
            raise LineLost(str(e)) from None

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view):]
        except OSError as e:
            raise LineLost(str(e)) from None

    def read(self, timeout: float) -> bytes:
        try:
            ready, _, _ = select.select([self._fd], [], [], timeout)
            return os.read(self._fd, 64) if ready else b""
        except OSError as e:
            raise LineLost(str(e)) from None

    def close(self) -> None:
        try:
            os.close(self._fd)
        except OSError:
            pass


def open_line(port: str, settings: LineSettings) -> SerialLine | DeviceFileLine:
    """A ``/dev/usb/lp*`` path is a USB printer device; anything else a serial port."""
    if os.path.basename(os.path.dirname(port)) == "usb" and os.path.basename(port).startswith("lp"):
        return DeviceFileLine(port)
    return SerialLine(port, settings)
