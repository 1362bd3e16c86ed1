"""A MeasurementDevice made of a serial transport, a codec and a coordinator.

``measure`` runs in the caller's worker thread: it pulls byte chunks from the
transport's queue, feeds the codec, lets the coordinator decide, writes its
commands and emits its events, until the coordinator has an outcome.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from drivers.sensors.api import DeviceFault, MeasurementDevice, MeasurementKind, Reading, SensorEvent
from drivers.sensors.coordinator import Coordinator
from drivers.sensors.protocols import CODECS, codec_for
from drivers.sensors.transport import Chunk, LineSettings, PortState, SerialTransport

TICK_S = 0.05  # coordinator timers (polling, watchdog) run at this resolution
OPEN_WAIT_S = 3.0  # how long a measurement waits for a port that is not open yet


class SerialMeasurementDevice(MeasurementDevice):
    def __init__(self, port: str, protocol: str, settings: LineSettings = LineSettings(),
                 make_coordinator: Callable[[], Coordinator] | None = None, name: str = "") -> None:
        if protocol not in CODECS:
            raise ValueError(f"unknown protocol {protocol!r}")
        from drivers.sensors.coordinators import coordinator_for

        self.protocol = protocol
        self.kind: MeasurementKind = CODECS[protocol].kind
        self.log = logging.getLogger(f"drivers.sensors.{protocol}")
        self._make_coordinator = make_coordinator or (lambda: coordinator_for(protocol))
        self.transport = SerialTransport(port, settings, name or self.kind.value).start()
        self._lock = threading.Lock()  # one measurement at a time

    def measure(self, emit: Callable[[SensorEvent], None], cancel: threading.Event) -> Reading | DeviceFault:
        with self._lock:
            return self._measure(emit, cancel)

    def _measure(self, emit, cancel) -> Reading | DeviceFault:
        if not self.transport.is_open.wait(OPEN_WAIT_S):
            fault = DeviceFault(self.kind, "unplugged", f"cannot open {self.transport.port}", retryable=True)
            self.log.warning("measurement refused: %s", fault.detail)
            emit(fault)
            return fault
        self.transport.drain()
        codec = codec_for(self.protocol)
        coord = self._make_coordinator()
        coord.start(time.monotonic())
        while True:
            self._flush(coord, emit)
            if coord.outcome is not None:
                return coord.outcome
            if cancel.is_set():
                coord.cancel()
                continue
            item = self.transport.get(TICK_S)
            now = time.monotonic()
            while item is not None:
                if isinstance(item, Chunk):
                    coord.on_bytes(item.at)
                    for ev in codec.feed(item.data, item.at):
                        coord.on_event(ev, item.at)
                elif isinstance(item, PortState) and item.state == "unplugged":
                    coord.unplugged(item.detail)
                if coord.outbox or coord.emitted:
                    break  # answer the device / show progress without waiting for more bytes
                item = self.transport.get(0)
            coord.tick(now)

    def _flush(self, coord: Coordinator, emit) -> None:
        for command in coord.outbox:
            if not self.transport.write(command):
                coord.unplugged("write failed")
        coord.outbox.clear()
        events, coord.emitted = coord.emitted, []
        for ev in events:
            emit(ev)

    def close(self) -> None:
        self.transport.stop()
