"""Per-measurement state machine shared by every device family.

States: idle -> preparing -> measuring -> result | error. The device glue
feeds it codec events and calls ``tick(now)`` regularly; the coordinator
answers with commands to write (``outbox``) and kiosk events to emit
(``emitted``), and sets ``outcome`` when done. It never touches a port or a
clock itself, so it is tested with a fake clock.
"""
from __future__ import annotations

import logging
from enum import Enum

from drivers.sensors.api import DeviceFault, MeasurementKind, Progress, Reading, SensorEvent
from drivers.sensors.events import CodecEvent, DeviceError, ProtocolError


WATCHDOG_FLOOR_S = 0.5  # real seconds; thread wake-ups on a busy 2-core host can lag this much


class State(str, Enum):
    IDLE = "idle"
    PREPARING = "preparing"
    MEASURING = "measuring"
    RESULT = "result"
    ERROR = "error"


class Coordinator:
    kind: MeasurementKind

    def __init__(self, protocol: str, *, silence_timeout_s: float = 5.0, time_scale: float = 1.0,
                 device_id: str = "") -> None:
        self.protocol = protocol
        self.silence_timeout_s = silence_timeout_s
        self.time_scale = max(time_scale, 1e-6)
        self.device_id = device_id or protocol
        self.log = logging.getLogger(f"drivers.sensors.{protocol}")
        self.state = State.IDLE
        self.outbox: list[bytes] = []
        self.emitted: list[SensorEvent] = []
        self.outcome: Reading | DeviceFault | None = None
        self.watch_silence = True  # streaming and command devices; scales turn it off while settling
        self.last_rx = 0.0
        self.last_rx_wall: float | None = None
        self._last_progress: tuple[str, float | None] | None = None

    # --- driven by the device glue ---
    def start(self, now: float) -> None:
        self.last_rx = now
        self.state = State.PREPARING
        self.progress("starting")
        self.on_start(now)

    def on_bytes(self, now: float, wall: float | None = None) -> None:
        """Bytes arrived at ``now`` (monotonic) and ``wall`` (Unix time), both from the transport.
        Called before their events are fed, so a reading finished by them is stamped ``wall``."""
        self.last_rx = now
        if wall is not None:
            self.last_rx_wall = wall

    def on_event(self, ev: CodecEvent, now: float) -> None:
        if self.done:
            return
        if isinstance(ev, ProtocolError):
            self.log.warning("resync: dropped %d bytes (%s)", ev.skipped, ev.reason)
            return
        if isinstance(ev, DeviceError):
            self.log.warning("device error %s -> %s", ev.code, ev.key)
            self.fail(ev.key, ev.code)
            return
        self.handle(ev, now)

    def tick(self, now: float) -> None:
        if self.done:
            return
        if self.watch_silence and now - self.last_rx > self.silence_timeout_s:
            self.fail("not_responding", f"no bytes for {now - self.last_rx:.1f} s")
            return
        self.on_tick(now)

    def unplugged(self, detail: str) -> None:
        if not self.done:
            self.fail("unplugged", detail)

    def cancel(self) -> None:
        if not self.done:
            self.on_cancel()
            self.fail("cancelled", "cancelled by the kiosk")

    # --- for subclasses ---
    def on_start(self, now: float) -> None: ...
    def handle(self, ev: CodecEvent, now: float) -> None: ...
    def on_tick(self, now: float) -> None: ...
    def on_cancel(self) -> None: ...

    def scaled(self, seconds: float) -> float:
        """A device-paced duration: shorter when the simulator runs faster."""
        return seconds / self.time_scale

    def scaled_watchdog(self, seconds: float) -> float:
        """A device-paced gap after which a fault is declared. When simulators
        run many times faster than real, the scaled gap can fall below the
        scheduling jitter of a loaded machine, so it never goes under a floor."""
        return max(self.scaled(seconds), min(seconds, WATCHDOG_FLOOR_S))

    @property
    def done(self) -> bool:
        return self.outcome is not None

    def progress(self, phase: str, value: float | None = None) -> None:
        if (phase, value) != self._last_progress:  # no floods of identical updates
            self._last_progress = (phase, value)
            self.emitted.append(Progress(self.kind, phase, value))

    def send(self, command: bytes) -> None:
        self.outbox.append(command)

    def finish(self, values: dict[str, float], quality: dict[str, str] | None = None, *,
               parts: tuple[Reading, ...] = (), flags: frozenset[str] = frozenset()) -> None:
        """Report the reading, stamped with the arrival of the bytes that completed it."""
        self.state = State.RESULT
        self.outcome = Reading(self.kind, values, self.device_id, {"protocol": self.protocol, **(quality or {})},
                               measured_at=self.last_rx_wall, parts=parts, flags=flags)
        self.emitted.append(self.outcome)

    def fail(self, key: str, detail: str = "", retryable: bool = True) -> None:
        self.state = State.ERROR
        self.log.info("measurement failed: %s (%s)", key, detail)
        self.outcome = DeviceFault(self.kind, key, detail, retryable)
        self.emitted.append(self.outcome)
