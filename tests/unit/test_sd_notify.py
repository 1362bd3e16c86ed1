"""sd_notify against a real NOTIFY_SOCKET datagram socket, as systemd listens on one.

The watchdog must be fed while the UI thread runs its event loop and fall silent
while that thread is blocked: that silence is what lets systemd restart a frozen kiosk.
"""
from __future__ import annotations

import socket
import threading
import time
import uuid

import pytest

from kiosk import sdnotify


class Listener:
    """A bound datagram socket recording (monotonic time, message) like systemd's."""

    def __init__(self, address: str | bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.settimeout(0.05)
        self.got: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            self.got.append((time.monotonic(), data.decode()))

    def messages(self, text: str) -> list[float]:
        return [t for t, m in self.got if text in m.split("\n")]

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def path_listener(tmp_path):
    listener = Listener(str(tmp_path / "notify"))
    yield listener, str(tmp_path / "notify")
    listener.close()


def _wait_for(cond, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not cond():
        time.sleep(0.02)
    return cond()


def test_notify_reaches_a_path_socket(path_listener):
    listener, path = path_listener
    assert sdnotify.notify("READY=1", {"NOTIFY_SOCKET": path})
    assert _wait_for(lambda: listener.messages("READY=1"))


def test_notify_reaches_an_abstract_socket():
    name = f"kiosk-test-{uuid.uuid4().hex}"
    listener = Listener(b"\0" + name.encode())
    try:
        assert sdnotify.notify("STOPPING=1", {"NOTIFY_SOCKET": "@" + name})
        assert _wait_for(lambda: listener.messages("STOPPING=1"))
    finally:
        listener.close()


def test_without_a_socket_nothing_happens(tmp_path):
    assert not sdnotify.notify("READY=1", {})
    assert not sdnotify.notify("READY=1", {"NOTIFY_SOCKET": str(tmp_path / "nobody-listens")})
    assert sdnotify.watchdog_interval_s({}) is None
    assert sdnotify.watchdog_interval_s({"WATCHDOG_USEC": "0"}) is None
    assert sdnotify.watchdog_interval_s({"WATCHDOG_USEC": "30000000"}) == 15.0


def test_watchdog_is_fed_by_the_ui_thread_and_stops_when_it_blocks(qtbot, path_listener, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtQuick import QQuickWindow

    from kiosk import watchdog

    listener, path = path_listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.setenv("WATCHDOG_USEC", "100000")  # a ping every 50 ms
    window = QQuickWindow()
    window.resize(200, 100)
    feeder = watchdog.attach(window)
    assert feeder is not None
    window.show()
    qtbot.waitUntil(lambda: bool(listener.messages("READY=1")), timeout=5000)
    qtbot.waitUntil(lambda: len(listener.messages("WATCHDOG=1")) >= 5, timeout=5000)

    blocked: dict[str, float] = {}

    def block_ui_thread():
        blocked["start"] = time.monotonic()
        time.sleep(1.0)  # a hung slot: the event loop cannot run the timer
        blocked["end"] = time.monotonic()

    QTimer.singleShot(0, block_ui_thread)
    qtbot.waitUntil(lambda: "end" in blocked, timeout=5000)
    qtbot.wait(300)
    pings = listener.messages("WATCHDOG=1")
    during = [t for t in pings if blocked["start"] + 0.02 < t < blocked["end"]]
    after = [t for t in pings if t > blocked["end"]]
    assert during == [], "the watchdog was fed while the UI thread was blocked"
    assert len(after) >= 3, "the pings did not resume once the UI thread ran again"

    watchdog.stopping()
    assert _wait_for(lambda: listener.messages("STOPPING=1"))
    window.close()
    feeder.deleteLater()


def test_no_socket_no_watchdog(qtbot, monkeypatch):
    from PySide6.QtQuick import QQuickWindow

    from kiosk import watchdog

    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert watchdog.attach(QQuickWindow()) is None
