"""A simulator port made with socat: two linked ptys, like a null-modem cable.

``SocatLink(driver_link)`` starts ``socat pty,link=<driver_link> pty,link=<device_link>``
and opens the device end for the simulator. ``unplug`` kills socat (the
reader sees the same SerialException as a USB unplug and both links vanish);
``replug`` starts a new socat behind the same link names.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from drivers import lifeline
from drivers.sensors.simulators.pty import DevicePort, _raw

START_TIMEOUT_S = 5.0


class SocatLink(DevicePort):
    def __init__(self, driver_link: str | os.PathLike, device_link: str | os.PathLike | None = None) -> None:
        super().__init__()
        self.driver_link = Path(driver_link)
        self.device_link = Path(device_link) if device_link else self.driver_link.with_name(self.driver_link.name + ".dev")
        self.proc: subprocess.Popen | None = None
        self.replug()

    @property
    def device_path(self) -> str:
        return str(self.driver_link)

    def replug(self) -> None:
        # SIGTERM, not SIGKILL, when we die: socat then removes its links.
        self.proc = lifeline.popen(
            ["socat", f"pty,raw,echo=0,link={self.driver_link}", f"pty,raw,echo=0,link={self.device_link}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, death_signal=signal.SIGTERM,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while not (self.driver_link.exists() and self.device_link.exists()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self._kill()
                raise RuntimeError("socat did not create its links")
            time.sleep(0.005)
        fd = os.open(self.device_link, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        _raw(fd)
        with self._lock:
            self._fd = fd

    def _kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None

    def unplug(self) -> None:
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
        self._kill()

    def close(self) -> None:
        self.unplug()
