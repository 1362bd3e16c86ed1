"""Where frames come from: a real camera, or a file/image list played at a set rate.

Every source hands out BGR frames no larger than 640x480 through one interface,
so the face check, the CLI, the demo and the tests all run the same pipeline.
A source is used by one thread only (the capture thread owns it).
"""
from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Callable, Sequence

import cv2
import numpy as np

log = logging.getLogger("drivers.camera.sources")

MAX_SIZE = (640, 480)
VIDEO_SUFFIXES = {".avi", ".mp4", ".mkv", ".mov", ".webm", ".mjpg", ".mjpeg"}


class CameraError(RuntimeError):
    """The camera cannot be opened or stopped delivering for good. ``key`` is translatable."""

    key = "camera_unavailable"


class SourceEnded(Exception):
    """A finite source (a file played once) has no more frames."""


def fit_to_preview(frame: np.ndarray) -> np.ndarray:
    """Scale down (never up) to fit 640x480, the size both the models and the preview use."""
    h, w = frame.shape[:2]
    scale = min(MAX_SIZE[0] / w, MAX_SIZE[1] / h, 1.0)
    if scale < 1.0:
        frame = cv2.resize(frame, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    return frame


class FrameSource(ABC):
    @abstractmethod
    def open(self) -> None:
        """Acquire the device or file; raise CameraError if that is impossible."""

    @abstractmethod
    def read(self) -> np.ndarray:
        """Block until the next frame; raise SourceEnded or CameraError."""

    def close(self) -> None:
        """Release the device or file. Safe to call twice."""

    def interrupt(self) -> None:
        """Called from another thread: stop waiting (e.g. for a reconnect) soon."""


class CameraSource(FrameSource):
    """A V4L2 camera (index or device path) through cv2.VideoCapture, reconnecting
    when it drops (USB unplugged, driver hiccup) for up to ``reconnect_s``."""

    def __init__(self, device: int | str, size: tuple[int, int] = MAX_SIZE, fps: int = 30,
                 reconnect_s: float = 5.0) -> None:
        self._device = int(device) if isinstance(device, str) and device.isdigit() else device
        self._size, self._fps, self._reconnect_s = size, fps, reconnect_s
        self._cap: cv2.VideoCapture | None = None
        self._interrupted = threading.Event()

    def interrupt(self) -> None:
        self._interrupted.set()

    def _connect(self) -> bool:
        cap = cv2.VideoCapture(self._device)
        if not cap.isOpened():
            cap.release()
            return False
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self._size[0])
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self._size[1])
        cap.set(cv2.CAP_PROP_FPS, self._fps)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of stale ones
        self._cap = cap
        return True

    def open(self) -> None:
        if not self._connect():
            log.error("camera %r could not be opened", self._device)
            raise CameraError(f"camera {self._device!r} could not be opened")
        log.info("camera %r opened", self._device)

    def read(self) -> np.ndarray:
        if self._cap is not None:
            ok, frame = self._cap.read()
            if ok and frame is not None:
                return fit_to_preview(frame)
            log.warning("camera %r stopped delivering; reconnecting", self._device)
        self.close()
        deadline = time.monotonic() + self._reconnect_s
        while time.monotonic() < deadline:
            if self._interrupted.wait(0.25):
                raise CameraError(f"camera {self._device!r}: stopped while reconnecting")
            if self._connect():
                ok, frame = self._cap.read()
                if ok and frame is not None:
                    log.info("camera %r reconnected", self._device)
                    return fit_to_preview(frame)
                self.close()
        log.error("camera %r lost for more than %.1f s", self._device, self._reconnect_s)
        raise CameraError(f"camera {self._device!r} lost")

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class PacedSource(FrameSource):
    """Hands out frames at ``fps`` on the monotonic clock (never faster, skips no frame)."""

    def __init__(self, fps: float) -> None:
        self._period = 1.0 / fps
        self._next = 0.0

    def _wait_turn(self) -> None:
        now = time.monotonic()
        if self._next == 0.0 or now - self._next > 0.5:  # first frame, or we fell far behind
            self._next = now
        elif self._next > now:
            time.sleep(self._next - now)
        self._next += self._period


class ImageListSource(PacedSource):
    """A fixed list of frames (or a single still image) played at ``fps``."""

    def __init__(self, frames: Sequence[np.ndarray], fps: float = 30.0, loop: bool = True) -> None:
        super().__init__(fps)
        self._frames = [fit_to_preview(f) for f in frames]
        self._loop = loop
        self._i = 0

    def open(self) -> None:
        if not self._frames:
            raise CameraError("image list is empty")

    def read(self) -> np.ndarray:
        if self._i >= len(self._frames):
            if not self._loop:
                raise SourceEnded
            self._i = 0
        self._wait_turn()
        frame = self._frames[self._i]
        self._i += 1
        return frame.copy()  # consumers may wipe what they are handed

    def close(self) -> None:
        self._frames = []


class VideoFileSource(PacedSource):
    """A video file decoded on the fly and played at ``fps`` (default: the file's own)."""

    def __init__(self, path: Path, fps: float | None = None, loop: bool = False) -> None:
        self._path, self._loop = Path(path), loop
        self._cap: cv2.VideoCapture | None = None
        self._fps = fps
        super().__init__(fps or 30.0)

    def open(self) -> None:
        cap = cv2.VideoCapture(str(self._path))
        if not cap.isOpened():
            raise CameraError(f"video file could not be opened: {self._path}")
        if self._fps is None:
            native = cap.get(cv2.CAP_PROP_FPS)
            self._period = 1.0 / (native if 1 <= native <= 120 else 30.0)
        self._cap = cap

    def read(self) -> np.ndarray:
        assert self._cap is not None, "open() first"
        ok, frame = self._cap.read()
        if not ok:
            if not self._loop:
                raise SourceEnded
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
            if not ok:
                raise SourceEnded
        self._wait_turn()
        return fit_to_preview(frame)

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def source_for_path(path: Path, fps: float = 30.0) -> FrameSource:
    """A video file plays once at its own rate; a still image repeats at ``fps``."""
    path = Path(path)
    if path.suffix.lower() in VIDEO_SUFFIXES:
        return VideoFileSource(path)
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise CameraError(f"not a readable image or video: {path}")
    return ImageListSource([image], fps=fps)


class LatestFrame:
    """One-slot mailbox: the capture thread overwrites, the analysis takes the newest.
    Frames that arrive while the analysis is busy are dropped (and counted)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._frame: np.ndarray | None = None
        self._stamp = 0.0
        self._seq = 0
        self.dropped = 0
        self.error: BaseException | None = None
        self.ended = False

    def put(self, frame: np.ndarray, stamp: float) -> None:
        with self._cond:
            if self._frame is not None:
                self.dropped += 1
            self._frame, self._stamp = frame, stamp
            self._seq += 1
            self._cond.notify_all()

    def fail(self, error: BaseException | None) -> None:
        with self._cond:
            self.error, self.ended = error, True
            self._cond.notify_all()

    def take(self, timeout: float) -> tuple[np.ndarray, float] | None:
        """The newest unseen frame and its capture time, or None after ``timeout``."""
        with self._cond:
            if self._frame is None and not self.ended:
                self._cond.wait(timeout)
            frame, self._frame = self._frame, None
            return None if frame is None else (frame, self._stamp)

    def clear(self) -> None:
        with self._cond:
            self._frame = None


class CaptureThread(threading.Thread):
    """Owns the source: reads frames, shows each on the preview, posts it for analysis."""

    def __init__(self, source: FrameSource, mailbox: LatestFrame,
                 on_frame: Callable[[np.ndarray], None]) -> None:
        super().__init__(name="camera-capture", daemon=True)
        self._source, self._mailbox, self._on_frame = source, mailbox, on_frame
        self._halt = threading.Event()
        self.frames = 0

    def run(self) -> None:
        try:
            self._source.open()
            while not self._halt.is_set():
                frame = self._source.read()
                self.frames += 1
                self._on_frame(frame)
                self._mailbox.put(frame, time.monotonic())
            self._mailbox.fail(None)
        except SourceEnded:
            self._mailbox.fail(None)
        except CameraError as e:
            self._mailbox.fail(e)
        except Exception as e:  # a driver bug must end the check, not hang it
            log.exception("capture thread crashed")
            self._mailbox.fail(CameraError(f"capture crashed: {type(e).__name__}"))
        finally:
            self._source.close()

    def stop(self) -> None:
        self._halt.set()
        self._source.interrupt()
        self.join(timeout=3.0)
