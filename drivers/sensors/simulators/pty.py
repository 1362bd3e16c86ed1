"""The device end of a pseudo-terminal, for simulators.

``PtyLink`` makes an os.openpty() pair and publishes the terminal end at a
path (a symlink, like a udev name), so the real serial transport opens it by
path. ``unplug`` closes the pair, which the reader sees exactly like a USB
unplug (SerialException); ``replug`` makes a new pair behind the same path.
``FdPort`` wraps an already-open device end, e.g. one side of a socat pair.
"""
from __future__ import annotations

import os
import select
import termios
import threading
import time
import tty
from pathlib import Path


WRITE_STALL_S = 1.0  # real seconds a write waits for a reader to make room


def _raw(fd: int) -> None:
    tty.setraw(fd, termios.TCSANOW)


class DevicePort:
    """What a simulator needs from its end of the line."""

    def __init__(self) -> None:
        self._fd: int | None = None
        self._lock = threading.Lock()
        self._full = False  # the last write found the line full and dropped bytes

    def write(self, data: bytes) -> None:
        """Write like a UART: never wait for a reader for long. When nobody has
        read the pty for WRITE_STALL_S (the host closed the port, or exited),
        the bytes are lost, as on a real line, and later writes do not wait
        until the line drains again; a streaming simulator then still stops
        promptly when asked to."""
        with self._lock:
            fd = self._fd
            if fd is None:
                return  # unplugged: bytes go nowhere, as on a real cable
            view = memoryview(data)
            deadline = time.monotonic() + (0.0 if self._full else WRITE_STALL_S)
            while view:
                try:
                    n = os.write(fd, view)
                except BlockingIOError:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        self._full = True
                        return
                    select.select([], [fd], [], min(left, 0.05))
                    continue
                except OSError:
                    return
                view = view[n:]
            self._full = False

    def read(self, timeout: float) -> bytes:
        fd = self._fd
        if fd is None:
            time.sleep(timeout)  # unplugged: nothing can arrive
            return b""
        try:
            ready, _, _ = select.select([fd], [], [], timeout)
            return os.read(fd, 4096) if ready else b""
        except (OSError, ValueError):  # closed under us (unplug) or nobody on the other end
            return b""

    def unplug(self) -> None:
        raise NotImplementedError("this port cannot be unplugged by the simulator")

    def replug(self) -> None:
        raise NotImplementedError

    def close(self) -> None: ...


class PtyLink(DevicePort):
    def __init__(self, link: str | os.PathLike | None = None) -> None:
        super().__init__()
        self.link = Path(link) if link else None
        self._slave: int | None = None
        self.path = ""
        self.replug()

    def replug(self) -> None:
        master, slave = os.openpty()
        _raw(master)
        _raw(slave)
        os.set_blocking(master, False)
        self.path = os.ttyname(slave)
        with self._lock:
            self._fd, self._slave = master, slave  # keep the slave open so the master never reads EIO
        if self.link is not None:
            tmp = self.link.with_name(self.link.name + ".tmp")
            tmp.unlink(missing_ok=True)
            os.symlink(self.path, tmp)
            os.replace(tmp, self.link)

    @property
    def device_path(self) -> str:
        return str(self.link) if self.link is not None else self.path

    def unplug(self) -> None:
        with self._lock:
            fds, self._fd, self._slave = (self._fd, self._slave), None, None
        if self.link is not None:
            self.link.unlink(missing_ok=True)
        for fd in fds:
            if fd is not None:
                os.close(fd)

    def close(self) -> None:
        self.unplug()


class FdPort(DevicePort):
    """An opened terminal device (e.g. socat's device-side link)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        _raw(fd)
        self._fd = fd

    def close(self) -> None:
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
