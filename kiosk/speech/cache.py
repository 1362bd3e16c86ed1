"""Prompt audio rendered by espeak-ng, once per wording and voice.

espeak-ng is GPL-3: it runs only as a child process, never linked or loaded.
A file's name is the SHA-256 of everything that shapes its sound (engine
version, voice, rate, text), so new wording or a new voice simply gets a new
file: the cache rebuilds itself, and a stale file is never played.
"""
from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import time
from pathlib import Path
from typing import Callable

log = logging.getLogger("kiosk.speech")

ENGINE = "espeak-ng"
UNUSED_DAYS = 30  # a fixed prompt not spoken for this long belongs to old wording


class RenderFailed(Exception):
    """espeak-ng did not produce audio; the message is for the technician log."""


def engine_version(engine: str = ENGINE) -> str:
    try:
        out = subprocess.run([engine, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise RenderFailed(f"{engine} not runnable: {e}") from None
    return out.stdout.strip()


class PromptCache:
    def __init__(self, folder: Path, rate: int, engine: str = ENGINE) -> None:
        self.folder = Path(folder)
        self.rate = rate
        self.engine = engine
        self.version = engine_version(engine)
        self.transient = self.folder / "transient"  # numbers: rendered for one playing, then deleted
        self.folder.mkdir(parents=True, exist_ok=True)
        self.transient.mkdir(exist_ok=True)

    def path_for(self, text: str, voice: str) -> Path:
        key = "\0".join((self.version, voice, str(self.rate), text))
        return self.folder / (hashlib.sha256(key.encode("utf-8")).hexdigest() + ".wav")

    def fixed(self, text: str, voice: str, started: Callable[[subprocess.Popen], None]) -> Path:
        """The cached file for a fixed prompt, rendered first if this wording is new."""
        path = self.path_for(text, voice)
        if path.exists():
            os.utime(path)  # still in use: keep it through the next prune
            return path
        tmp = path.with_suffix(f".{os.getpid()}.part")
        self._render(text, voice, tmp, started)
        tmp.replace(path)  # atomic: a half-written file never carries the final name
        return path

    def once(self, text: str, voice: str, started: Callable[[subprocess.Popen], None]) -> Path:
        """A prompt with the visit's numbers: never kept (the caller deletes it after playing)."""
        path = self.transient / f"{time.monotonic_ns()}.wav"
        self._render(text, voice, path, started)
        return path

    def _render(self, text: str, voice: str, out: Path, started: Callable[[subprocess.Popen], None]) -> None:
        cmd = [self.engine, "-b", "1", "-v", voice, "-s", str(self.rate), "-w", str(out)]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        started(proc)  # the service may kill it when a newer prompt arrives
        _, err = proc.communicate(text.encode("utf-8"))
        if proc.returncode != 0 or not out.exists() or out.stat().st_size <= 44:
            out.unlink(missing_ok=True)
            if proc.returncode and proc.returncode < 0:
                raise RenderFailed("cancelled")
            raise RenderFailed(f"{self.engine} -v {voice} exited {proc.returncode}: "
                               f"{err.decode('utf-8', 'replace').strip()[:200]}")

    def prune(self, now: float | None = None) -> int:
        """Delete fixed prompts unused for UNUSED_DAYS and any transient left by a crash."""
        now = time.time() if now is None else now
        gone = 0
        for f in self.transient.iterdir():
            f.unlink(missing_ok=True)
        for f in self.folder.glob("*.wav"):
            if now - f.stat().st_mtime > UNUSED_DAYS * 86400:
                f.unlink(missing_ok=True)
                gone += 1
        for f in self.folder.glob("*.part"):
            f.unlink(missing_ok=True)
        return gone
