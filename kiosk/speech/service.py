"""The speech service: the newest prompt only, rendered and played off the UI thread.

Qt-free, clock passed in. `say()` is called from the UI thread and never
blocks: it puts the prompt in a one-slot mailbox and, for a screen prompt or
an error, kills the process (renderer or player) working on the older one.
Guidance waits for the prompt playing to finish and for a calm gap since the
last guidance, and newer guidance replaces it while it waits: prompts never
queue up (docs/speech.md).
"""
from __future__ import annotations

import collections
import logging
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from kiosk.speech import player
from kiosk.speech.cache import PromptCache, RenderFailed

log = logging.getLogger("kiosk.speech")

KINDS = ("screen", "error", "guidance")
VOLUME_STEP = 10
MIN_VOLUME = 10  # the lowest step stays audible: muting is its own button


@dataclass(frozen=True)
class SpeechSettings:
    voices: dict[str, str]          # language -> espeak-ng voice
    rate: int                       # words per minute
    volume: int                     # the station's default, per cent
    cache_dir: Path
    device: str                     # the speaker's ALSA (or Pulse) device
    private_device: str = ""        # a headset or handset: used instead of the speaker when set
    player: str = "aplay"
    calm_s: float = 2.5             # at least this long between two guidance prompts
    enabled: bool = True


@dataclass(frozen=True)
class Prompt:
    text: str
    kind: str
    language: str
    fixed: bool  # wording without the visit's numbers: cached on disk


class SpeechService:
    def __init__(self, settings: SpeechSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.s = settings
        self._clock = clock
        self._cv = threading.Condition()
        self._pending: Prompt | None = None
        self._proc: subprocess.Popen | None = None  # the renderer or player of the current prompt
        self._closed = False
        self._last_guidance = float("-inf")
        self.volume = settings.volume
        self.muted = False
        self.device = settings.private_device or settings.device
        self.problem: str | None = None  # why the kiosk is silent, for the technician
        self.played: collections.deque[tuple[float, str]] = collections.deque(maxlen=200)  # (time, text)
        self.on_play: Callable[[Prompt, subprocess.Popen], None] | None = None  # benchmarks
        self._cache: PromptCache | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)

    # -- UI thread ---------------------------------------------------------------------
    def start(self) -> "SpeechService":
        self._thread.start()
        return self

    def say(self, prompt: Prompt) -> None:
        if not prompt.text.strip() or prompt.kind not in KINDS:
            return
        with self._cv:
            self._pending = prompt
            if prompt.kind != "guidance":
                self._kill_current()
            self._cv.notify_all()

    def drop_guidance(self) -> None:
        """Guidance still waiting is no longer true: never say it late. What plays, ends."""
        with self._cv:
            if self._pending is not None and self._pending.kind == "guidance":
                self._pending = None

    def silence(self) -> None:
        """Stop speaking now and forget what waits (mute, end of visit)."""
        with self._cv:
            self._pending = None
            self._kill_current()
            self._cv.notify_all()

    def reset(self) -> None:
        """A new visit: the station's volume, unmuted, nothing playing."""
        self.silence()
        self.volume = self.s.volume
        self.muted = False

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self.silence()

    def step_volume(self, direction: int) -> int:
        self.volume = max(MIN_VOLUME, min(100, self.volume + direction * VOLUME_STEP))
        return self.volume

    @property
    def available(self) -> bool:
        return self.s.enabled and self.problem is None

    def close(self) -> None:
        with self._cv:
            self._closed = True
            self._pending = None
            self._kill_current()
            self._cv.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def wait_ready(self, timeout: float = 10.0) -> bool:
        return self._ready.wait(timeout)

    def _kill_current(self) -> None:  # holding _cv
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()

    # -- worker thread -----------------------------------------------------------------
    def _run(self) -> None:
        self._prepare()
        while True:
            with self._cv:
                while not self._closed and not self._due():
                    self._cv.wait(timeout=self._wait_s())
                if self._closed:
                    return
                prompt, self._pending = self._pending, None
            if self.muted or not self.available:
                continue
            try:
                self._speak(prompt)
            except RenderFailed as e:
                if str(e) != "cancelled":
                    log.error("speech: %s", e)
            except OSError as e:
                log.error("speech: player %s failed: %s", self.s.player, e)

    def _due(self) -> bool:  # holding _cv
        p = self._pending
        return p is not None and (p.kind != "guidance" or self._clock() >= self._last_guidance + self.s.calm_s)

    def _wait_s(self) -> float | None:  # holding _cv
        if self._pending is None:
            return None
        return max(0.01, self._last_guidance + self.s.calm_s - self._clock())

    def _prepare(self) -> None:
        try:
            if not self.s.enabled:
                return
            try:
                self._cache = PromptCache(self.s.cache_dir, self.s.rate)
                self._cache.prune()
            except (RenderFailed, OSError) as e:
                self.problem = f"speech engine: {e}"
            if self.problem is None:
                self.problem = player.probe(self.s.player, self.device, self._cache.transient)
                if self.problem and self.s.private_device and self.device != self.s.device:
                    log.warning("speech: headset output %s does not play (%s); using the speaker",
                                self.device, self.problem)
                    self.device = self.s.device
                    self.problem = player.probe(self.s.player, self.device, self._cache.transient)
            if self.problem:
                log.warning("speech: no audio output, the kiosk runs silently: %s", self.problem)
            else:
                log.info("speech: %s on %s, cache %s", self._cache.version, self.device, self.s.cache_dir)
        finally:
            self._ready.set()

    def _register(self, proc: subprocess.Popen) -> None:
        with self._cv:
            self._proc = proc
            if self._pending is not None and self._pending.kind != "guidance":
                proc.kill()  # a newer prompt came while this one was starting

    def _speak(self, prompt: Prompt) -> None:
        voice = self.s.voices.get(prompt.language) or self.s.voices["vi"]
        cache = self._cache
        assert cache is not None
        wav = (cache.fixed if prompt.fixed else cache.once)(prompt.text, voice, self._register)
        scaled = cache.transient / f"v{time.monotonic_ns()}.wav"
        try:
            audio = player.with_volume(wav, self.volume, scaled)
            with self._cv:
                if self._closed or (self._pending is not None and self._pending.kind != "guidance") or self.muted:
                    return  # replaced while rendering
                proc = player.start(self.s.player, self.device, audio)
                self._proc = proc
                if prompt.kind == "guidance":
                    self._last_guidance = self._clock()
            self.played.append((self._clock(), prompt.text))
            if self.on_play:
                self.on_play(prompt, proc)
            _, err = proc.communicate()
            if proc.returncode > 0:
                log.warning("speech: %s on %s exited %d: %s", self.s.player, self.device, proc.returncode,
                            err.decode("utf-8", "replace").strip()[:200])
        finally:
            scaled.unlink(missing_ok=True)
            if not prompt.fixed:
                wav.unlink(missing_ok=True)
