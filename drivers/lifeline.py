"""Child processes that die with the process that started them, even on ``kill -9``.

A killed process runs no clean-up code, so its children (the demo's FHIR
server, a socat line) would be left running. Linux can instead signal a child
when its parent dies (``prctl(PR_SET_PDEATHSIG)``, kept across exec). The
"parent" there is the *thread* that forked, not the process: a child forked
from a short-lived job thread would be killed as soon as that thread ended.
So every child is forked from one daemon thread that lives as long as the
process.
"""
from __future__ import annotations

import ctypes
import os
import queue
import signal
import subprocess
import threading
from concurrent.futures import Future
from typing import Callable

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>

# Resolved now: between fork and exec the child should only make a plain C call.
_prctl = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)

_jobs: queue.SimpleQueue[tuple[Callable[[], subprocess.Popen], Future]] = queue.SimpleQueue()
_thread: threading.Thread | None = None
_thread_lock = threading.Lock()


def _arm(parent: int, sig: int) -> None:
    """Runs in the child between fork and exec."""
    if _prctl is None:
        return  # not Linux: no such guarantee (the kiosk runs on Debian)
    if _prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:  # the parent died before prctl: no signal will ever come
        os._exit(1)


def _serve() -> None:
    while True:
        start, done = _jobs.get()
        try:
            done.set_result(start())
        except BaseException as e:  # the caller's thread re-raises it
            done.set_exception(e)


def popen(args, *, death_signal: int = signal.SIGKILL, **kwargs) -> subprocess.Popen:
    """``subprocess.Popen(args, **kwargs)`` whose process gets ``death_signal`` when we die."""
    global _thread
    parent = os.getpid()
    done: Future = Future()
    with _thread_lock:
        if _thread is None:
            _thread = threading.Thread(target=_serve, name="lifeline", daemon=True)
            _thread.start()
    _jobs.put((lambda: subprocess.Popen(args, preexec_fn=lambda: _arm(parent, death_signal), **kwargs), done))
    return done.result()
