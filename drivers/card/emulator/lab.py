"""The card test lab: a private pcscd with one vpcd virtual reader.

Used by the end-to-end tests and the benchmark (never by the kiosk). pcscd
owns one fixed socket (/run/pcscd/pcscd.comm), so only one lab can run on a
machine at a time: a lock file serialises parallel test runs, a stale socket
left by a crashed pcscd is removed, and a pcscd somebody else started is
reused through the system vpcd configuration rather than fought.

Our pcscd reads a private reader.conf.d (``pcscd --config``) whose vpcd
reader uses a free port, so it never collides with a developer's own vpcd.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from drivers import lifeline

log = logging.getLogger("drivers.card.emulator.lab")

PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
SYSTEM_VPCD_CONF = Path("/etc/reader.conf.d/vpcd")
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
LOCK_FILE = Path(tempfile.gettempdir()) / "kiosk-card-lab.lock"
LAB_READER = "Kiosk Lab VPCD"


class LabUnavailable(RuntimeError):
    pass


@dataclass
class Lab:
    port: int  # where the virtual card connects (127.0.0.1)
    reader_name: str  # substring of the PC/SC reader name to use
    pcscd_log: Path | None  # our pcscd's output, None when reusing a foreign one
    _stop: Callable[[], None] | None = None
    _start: Callable[[], None] | None = None

    @property
    def owns_pcscd(self) -> bool:
        return self._start is not None

    def stop_pcscd(self) -> None:
        """Stop our pcscd, as if the service died (or every reader was unplugged)."""
        if self._stop is None:
            raise LabUnavailable("this pcscd was not started by the lab")
        self._stop()

    def start_pcscd(self) -> None:
        if self._start is None:
            raise LabUnavailable("this pcscd was not started by the lab")
        self._start()


def _pcscd_alive() -> bool:
    if not PCSCD_SOCKET.exists():
        return False
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect(str(PCSCD_SOCKET))
        return True
    except OSError:
        return False
    finally:
        s.close()


def _free_port_pair() -> int:
    """vpcd opens two slots, on port and port+1; find a pair both free now."""
    for _ in range(50):
        with socket.socket() as a:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
            if port >= 65535:
                continue
            with socket.socket() as b:
                try:
                    b.bind(("0.0.0.0", port + 1))
                except OSError:
                    continue
        return port
    raise LabUnavailable("no free port pair for vpcd")


def _system_vpcd_port() -> int | None:
    try:
        text = SYSTEM_VPCD_CONF.read_text()
    except OSError:
        return None
    m = re.search(r"CHANNELID\s+(0x[0-9A-Fa-f]+|\d+)", text)
    return int(m.group(1), 0) if m else None


def _listening(port: int) -> bool:
    # /proc rather than a probe connection: connecting to vpcd would insert a card.
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                return True
    return False


def _wait_listening(port: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not _listening(port):
        if time.monotonic() > deadline:
            raise LabUnavailable(f"pcscd did not open the vpcd port {port}")
        time.sleep(0.05)


@contextlib.contextmanager
def _lab_lock(timeout_s: float) -> Iterator[None]:
    with open(LOCK_FILE, "a+") as f:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LabUnavailable("another card lab run holds the lock") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@contextlib.contextmanager
def pcscd_lab(lock_timeout_s: float = 300.0) -> Iterator[Lab]:
    """Start (or reuse) pcscd with a vpcd reader; stop what we started on exit."""
    pcscd = shutil.which("pcscd") or "/usr/sbin/pcscd"  # CI shells may lack sbin in PATH
    if not Path(pcscd).exists() or not VPCD_DRIVER.exists():
        raise LabUnavailable("pcscd and vsmartcard-vpcd must be installed (./dev setup)")
    with _lab_lock(lock_timeout_s):
        if _pcscd_alive():
            port = _system_vpcd_port()
            if port is None:
                raise LabUnavailable("a pcscd is running without a vpcd reader; stop it first")
            log.warning("reusing the running pcscd and its vpcd reader on port %d", port)
            yield Lab(port, "Virtual PCD", None)
            return
        for stale in (PCSCD_SOCKET, PCSCD_SOCKET.with_name("pcscd.pid")):
            if stale.exists():
                log.warning("removing stale %s", stale)
                stale.unlink()
        work = Path(tempfile.mkdtemp(prefix="kiosk-card-lab-"))
        conf = work / "reader.conf.d"
        conf.mkdir()
        port = _free_port_pair()
        (conf / "kiosk-lab-vpcd").write_text(
            f'FRIENDLYNAME "{LAB_READER}"\nDEVICENAME /dev/null:{port}\n'
            f"LIBPATH {VPCD_DRIVER}\nCHANNELID {port}\n"
        )
        log_path = work / "pcscd.log"
        procs: list[subprocess.Popen] = []

        def start() -> None:
            with open(log_path, "ab") as out:
                # Dies with us even on kill -9: a stray lab pcscd keeps the vpcd port,
                # and every later lab on this machine would fail to start.
                proc = lifeline.popen(
                    [pcscd, "--foreground", "--config", str(conf),
                     "--debug" if os.environ.get("KIOSK_LAB_PCSCD_DEBUG") else "--error"],
                    death_signal=signal.SIGTERM,
                    stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                )
            procs.append(proc)
            _wait_listening(port, 10.0)
            deadline = time.monotonic() + 10.0
            while not _pcscd_alive():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise LabUnavailable(f"pcscd did not start; see {log_path}")
                time.sleep(0.05)

        def stop() -> None:
            while procs:
                proc = procs.pop()
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)

        try:
            start()
            yield Lab(port, LAB_READER, log_path, stop, start)
        finally:
            stop()
            if os.environ.get("KIOSK_KEEP_LAB_LOGS") is None:
                shutil.rmtree(work, ignore_errors=True)
