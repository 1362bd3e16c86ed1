"""Events from a real device on a pty reach a Qt slot through a queued signal,
in order, on the GUI thread (the way the UI consumes them)."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot

from drivers.sensors.api import Progress, Reading


class Receiver(QObject):
    event = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.got: list = []
        self.threads: set = set()
        self.event.connect(self.on_event, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def on_event(self, ev) -> None:
        self.got.append(ev)
        self.threads.add(QThread.currentThread())


@pytest.mark.timeout(60)
def test_progress_then_reading_arrive_in_a_qt_slot(qtbot, sim_on_pty):
    _, _, dev = sim_on_pty("suntech-advantage")
    rx = Receiver()
    worker = threading.Thread(target=dev.measure, args=(rx.event.emit, threading.Event()), daemon=True)
    worker.start()
    qtbot.waitUntil(lambda: bool(rx.got) and isinstance(rx.got[-1], Reading), timeout=30_000)
    worker.join(5)
    phases = [e.phase for e in rx.got if isinstance(e, Progress)]
    assert phases[0] == "starting" and "inflating" in phases
    assert rx.threads == {rx.thread()}  # delivered on the receiver's (GUI) thread
