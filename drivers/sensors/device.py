"""A MeasurementDevice made of a serial transport, a codec and a coordinator.

``measure`` blocks in the caller's worker thread. Bytes are decoded in the
transport's thread as they arrive (codec, then coordinator, then ``emit``), so
a reading reaches the UI with no extra thread hop; the caller's thread runs
the coordinator's timers (polling, retries, watchdog) every TICK_S and
handles cancel. A lock keeps the two from touching the coordinator at once.
``emit`` may therefore be called from either thread: the UI forwards events
through queued Qt signals, which are safe from any thread.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
from typing import Callable

from drivers.sensors import registry
from drivers.sensors.api import DeviceFault, MeasurementDevice, MeasurementKind, Reading, SensorEvent
from drivers.sensors.coordinator import Coordinator
from drivers.sensors.protocols import Codec
from drivers.sensors.transport import Chunk, LineSettings, PortItem, PortState, SerialTransport

TICK_S = 0.05  # coordinator timers run at this resolution
OPEN_WAIT_S = 3.0  # how long a measurement waits for a port that is not open yet


class SerialMeasurementDevice(MeasurementDevice):
    def __init__(self, port: str, protocol: str, settings: LineSettings | None = None,
                 make_coordinator: Callable[[], Coordinator] | None = None, name: str = "",
                 make_codec: Callable[[], Codec] | None = None, readings: int = 1,
                 planned_wait_s: float = 0.0) -> None:
        model = registry.get(protocol)  # ValueError naming the known protocols
        self.protocol = protocol
        self.kind: MeasurementKind = model.kind
        self.readings, self.planned_wait_s = readings, planned_wait_s
        self.log = logging.getLogger(f"drivers.sensors.{protocol}")
        self._make_coordinator = make_coordinator or (lambda: registry.coordinator_for(protocol))
        self._make_codec = make_codec or model.make_codec
        # The codec's greeting (e.g. a Nonin format select) goes out on every
        # open; a codec of its own spots the answer for the technician log.
        self.transport = SerialTransport(port, settings or model.line, name or self.kind.value,
                                         greeting=self._make_codec().greeting,
                                         answer_decoder=self._make_codec).start()
        self._one_at_a_time = threading.Lock()

    def measure(self, emit: Callable[[SensorEvent], None], cancel: threading.Event) -> Reading | DeviceFault:
        with self._one_at_a_time:
            return self._measure(emit, cancel)

    def _measure(self, emit, cancel) -> Reading | DeviceFault:
        if not self.transport.is_open.wait(OPEN_WAIT_S):
            fault = DeviceFault(self.kind, "unplugged", f"cannot open {self.transport.port}", retryable=True)
            self.log.warning("measurement refused: %s", fault.detail)
            emit(fault)
            return fault
        codec = self._make_codec()
        coord = self._make_coordinator()
        lock = threading.Lock()
        done = threading.Event()

        def step(action: Callable[[], None]) -> None:
            with lock:
                if coord.done:
                    return
                action()
                self._flush(coord, emit)
                if coord.done:
                    done.set()

        def on_item(item: PortItem) -> None:  # runs in the transport thread
            if isinstance(item, Chunk):
                def feed() -> None:
                    coord.on_bytes(item.at, item.wall)
                    for ev in codec.feed(item.data, item.at):
                        coord.on_event(ev, item.at)
                step(feed)
            elif isinstance(item, PortState) and item.state == "unplugged":
                step(lambda: coord.unplugged(item.detail))

        step(lambda: coord.start(time.monotonic()))
        self.transport.listener = on_item
        try:
            while not done.wait(TICK_S):
                if cancel.is_set():
                    step(coord.cancel)
                else:
                    step(lambda: coord.tick(time.monotonic()))
        finally:
            self.transport.listener = None
        assert coord.outcome is not None
        return coord.outcome

    def _flush(self, coord: Coordinator, emit) -> None:
        while coord.outbox or coord.emitted:
            commands, coord.outbox = coord.outbox, []
            for command in commands:
                if not self.transport.write(command):
                    coord.unplugged("write failed")
            events, coord.emitted = coord.emitted, []
            for ev in events:
                emit(ev)

    @contextlib.contextmanager
    def idle_transport(self):
        """The port while no measurement runs, for a maintenance self-test; None while one does."""
        if not self._one_at_a_time.acquire(blocking=False):
            yield None
            return
        try:
            yield self.transport
        finally:
            self._one_at_a_time.release()

    @property
    def connected(self) -> bool:
        """The port is open now (for status screens and `kiosk doctor`)."""
        return self.transport.is_open.is_set()

    def close(self) -> None:
        self.transport.stop()
