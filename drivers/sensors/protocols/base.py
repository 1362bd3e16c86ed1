"""Shared resync loop for the byte codecs (sans-I/O, h11 style).

A codec looks at the front of its buffer and answers one of: need more bytes,
drop one byte (with a reason), or a complete frame of n bytes with its events.
Because each answer depends only on the bytes already buffered, never on how
they arrived, the events are the same wherever the stream is split.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from drivers.sensors.api import MeasurementKind
from drivers.sensors.events import CodecEvent, ProtocolError

NEED_MORE = None


@dataclass(frozen=True)
class Skip:
    reason: str


@dataclass(frozen=True)
class Frame:
    size: int
    events: tuple[CodecEvent, ...] = ()
    raw: tuple = ()  # parsed fields for codecs that finish the work in _on_frame


class Codec(ABC):
    """Feed bytes from the device, get events. No I/O, threads or timers."""

    name: str
    kind: MeasurementKind
    max_buffer = 4096  # a stuck parser must not grow without bound
    # Bytes the host sends every time the port is (re)opened, e.g. a format
    # select; its answer arrives as an ``Ack`` event. Empty = no greeting.
    greeting: bytes = b""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._skipped = 0
        self._skip_reason = ""

    def feed(self, data: bytes, now: float = 0.0) -> list[CodecEvent]:
        self._buf += data
        out: list[CodecEvent] = []
        while self._buf:
            r = self._parse(self._buf)
            if r is NEED_MORE:
                if len(self._buf) > self.max_buffer:
                    r = Skip("overflow")
                else:
                    break
            if isinstance(r, Skip):
                del self._buf[:1]
                self._on_resync()
                if not self._skipped:
                    self._skip_reason = r.reason
                self._skipped += 1
                continue
            if self._skipped:
                out.append(ProtocolError(self._skip_reason, self._skipped))
                self._skipped = 0
            del self._buf[: r.size]
            out.extend(self._on_frame(r))
        return out

    def _on_resync(self) -> None:
        """Hook: bytes were dropped, so state built across frames is suspect."""

    def _on_frame(self, frame: Frame) -> tuple[CodecEvent, ...]:
        """Hook for codecs whose frames build up state across frames."""
        return frame.events

    @abstractmethod
    def _parse(self, buf: bytearray) -> Frame | Skip | None:
        """Look at the front of ``buf``; never mutate it."""
