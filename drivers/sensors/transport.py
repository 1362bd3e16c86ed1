"""The only code that touches a serial port: one pyserial worker thread per device.

It opens the port by path (udev symlinks such as /dev/kiosk-bp), hands every
chunk of bytes, stamped with its arrival time, straight to the current
``listener`` (called in this thread, so a reading costs no extra thread hop;
with no listener, bytes between measurements are dropped rather than queued),
and after an unplug keeps re-opening the same path until the device is back.
Silence is the coordinator's business (its watchdog); this only reports
"open" and "unplugged".

A codec may declare a ``greeting`` (e.g. the Nonin format select): it is
written right after every open, first open and re-open after a replug alike,
and the device's answer (an ``Ack`` from a fresh codec fed the same bytes) is
written to the technician log: accepted, refused, or no answer within
ANSWER_WAIT_S. None of these stops the port: a device already set up
correctly streams anyway, and one that is not shows up as a measurement fault.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable, Protocol, Union

import serial

from drivers.sensors.events import Ack

READ_TIMEOUT_S = 0.1  # how often the thread looks at its stop flag
REOPEN_INTERVAL_S = 0.2
ANSWER_WAIT_S = 3.0  # real seconds; a device answers at once, a DF8 oximeter's next frame is 1 s away


class _Decoder(Protocol):
    def feed(self, data: bytes, now: float = 0.0) -> list: ...


@dataclass(frozen=True)
class LineSettings:
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1


@dataclass(frozen=True)
class Chunk:
    at: float  # time.monotonic() when read: durations and timers
    data: bytes
    wall: float = 0.0  # time.time() when read: when a reading was taken, for the record


@dataclass(frozen=True)
class PortState:
    at: float
    state: str  # "open" | "unplugged"
    detail: str = ""


PortItem = Union[Chunk, PortState]


class SerialTransport:
    def __init__(self, port: str, settings: LineSettings = LineSettings(), name: str = "sensor",
                 greeting: bytes = b"", answer_decoder: Callable[[], _Decoder] | None = None) -> None:
        self.port = port
        self.settings = settings
        self.greeting = greeting
        self._answer_decoder = answer_decoder
        # The last greeting's fate: "" (none sent), "pending", "ack", "nak" or "no_answer".
        self.greeting_result = ""
        self._watch: tuple[_Decoder, float] | None = None
        self.log = logging.getLogger(f"drivers.sensors.transport.{name}")
        self.listener: Callable[[PortItem], None] | None = None
        self.is_open = threading.Event()
        self._serial: serial.Serial | None = None
        self._write_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"serial-{name}", daemon=True)

    def start(self) -> "SerialTransport":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._close()

    def write(self, data: bytes) -> bool:
        with self._write_lock:
            s = self._serial
            if s is None:
                return False
            try:
                s.write(data)
                return True
            except (serial.SerialException, OSError) as e:
                self.log.warning("write to %s failed: %s", self.port, e)
                return False

    def _deliver(self, item: PortItem) -> None:
        listener = self.listener
        if listener is None:
            return
        try:
            listener(item)
        except Exception:  # a consumer bug must not kill the port thread
            self.log.exception("listener failed")

    def _open(self) -> bool:
        s = self.settings
        try:
            ser = serial.Serial(
                self.port, baudrate=s.baudrate, bytesize=s.bytesize, parity=s.parity,
                stopbits=s.stopbits, timeout=READ_TIMEOUT_S, write_timeout=1.0,
            )
        except (serial.SerialException, OSError, ValueError):
            return False
        with self._write_lock:
            self._serial = ser
        self.is_open.set()
        self.log.info("opened %s at %d baud", self.port, s.baudrate)
        if self.greeting:
            self._greet()
        self._deliver(PortState(time.monotonic(), "open"))
        return True

    def _greet(self) -> None:
        if not self.write(self.greeting):
            self.greeting_result = "no_answer"
            return
        self.log.info("sent greeting %s to %s", self.greeting.hex(" "), self.port)
        if self._answer_decoder is None:
            self.greeting_result = ""
            return
        self.greeting_result = "pending"
        self._watch = (self._answer_decoder(), time.monotonic() + ANSWER_WAIT_S)

    def _watch_answer(self, data: bytes, now: float) -> None:
        """Look for the device's answer to the greeting in the bytes just read."""
        if self._watch is None:
            return
        decoder, deadline = self._watch
        for ev in decoder.feed(data, now) if data else ():
            if isinstance(ev, Ack):
                self._watch = None
                if ev.ok:
                    self.greeting_result = "ack"
                    self.log.info("%s accepted the greeting (ACK)", self.port)
                else:
                    self.greeting_result = "nak"
                    self.log.warning("%s refused the greeting %s (NAK); carrying on, a device already in the "
                                     "right format streams anyway", self.port, self.greeting.hex(" "))
                return
        if now > deadline:
            self._watch = None
            self.greeting_result = "no_answer"
            self.log.warning("%s did not answer the greeting %s within %.0f s (a device powered for more than "
                             "5 s ignores it); carrying on", self.port, self.greeting.hex(" "), ANSWER_WAIT_S)

    def _close(self) -> None:
        with self._write_lock:
            ser, self._serial = self._serial, None
        if ser is not None:
            try:
                ser.close()
            except (serial.SerialException, OSError):
                pass

    def _run(self) -> None:
        was_open = False
        while not self._stop.is_set():
            if self._serial is None and not self._open():
                self._stop.wait(REOPEN_INTERVAL_S)
                continue
            was_open = True
            ser = self._serial
            try:
                data = ser.read(1)
                if data and ser.in_waiting:
                    data += ser.read(ser.in_waiting)
            except (serial.SerialException, OSError, TypeError, AttributeError) as e:
                # A USB unplug and a closed pty both end here.
                self.is_open.clear()
                self._watch = None
                self._close()
                if was_open and not self._stop.is_set():
                    self.log.warning("%s unplugged or failed: %s", self.port, e)
                    self._deliver(PortState(time.monotonic(), "unplugged", str(e)))
                continue
            now, wall = time.monotonic(), time.time()
            self._watch_answer(data, now)
            if data:
                self._deliver(Chunk(now, data, wall))
