"""Typed, frozen events the protocol codecs return from ``feed(data, now)``.

These are device-level facts (a cuff pressure, a set of measured values, a
device error code, a resync). The coordinator turns them into the kiosk-level
events of :mod:`drivers.sensors.api` (Progress, Reading, DeviceFault).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Union


@dataclass(frozen=True)
class CuffPressure:
    mmhg: int


@dataclass(frozen=True)
class Status:
    """A device state change with no values, e.g. "complete" (BP cycle finished)."""

    name: str
    value: float | None = None


@dataclass(frozen=True)
class Measured:
    """Values in kiosk units (mmHg, /min, %, kg, cm, C). ``stable`` is False while a
    scale settles; ``flags`` carries signal-quality states (artifact, finger_out...)."""

    values: Mapping[str, float]
    stable: bool = True
    flags: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class DeviceError:
    """The device reported a failure. ``code`` is the raw protocol code (for the
    technician log); ``key`` is the translatable DeviceFault key it maps to."""

    code: str
    key: str


@dataclass(frozen=True)
class Ack:
    ok: bool
    command: int = 0


@dataclass(frozen=True)
class ProtocolError:
    """Bytes were dropped to resync: the first reason seen and how many bytes.

    Reported just before the next good frame, so the event sequence does not
    depend on how the stream was split into reads."""

    reason: str
    skipped: int


CodecEvent = Union[CuffPressure, Status, Measured, DeviceError, Ack, ProtocolError]
