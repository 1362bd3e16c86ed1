"""What the kiosk needs from the face check, whatever camera and models sit behind it.

:meth:`FaceChecker.verify` blocks in a worker thread. It hands preview frames to
``on_frame`` (BGR ``numpy`` arrays, already at preview size; the UI only paints
them) and :class:`FaceProgress` to ``on_progress``; both may be called from any thread.
"""
from __future__ import annotations

import enum
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Callable, Literal


class FaceDecision(str, enum.Enum):
    MATCH = "match"
    NO_MATCH = "no_match"
    NO_FACE = "no_face"
    MULTIPLE_FACES = "multiple_faces"
    POOR_QUALITY = "poor_quality"
    LIVENESS_FAILED = "liveness_failed"
    TIMEOUT = "timeout"
    CAMERA_ERROR = "camera_error"
    CANCELLED = "cancelled"


class Guidance(str, enum.Enum):
    """Live hints; QML turns each into translated words."""

    SEARCHING = "searching"
    MOVE_CLOSER = "move_closer"
    MOVE_BACK = "move_back"
    LOOK_AT_CAMERA = "look_at_camera"
    TOO_DARK = "too_dark"
    HOLD_STILL = "hold_still"
    ONE_PERSON = "one_person"
    TURN_LEFT = "turn_left"
    TURN_RIGHT = "turn_right"
    COME_CLOSER = "come_closer"
    CHECKING = "checking"


@dataclass(frozen=True)
class FaceProgress:
    guidance: Guidance
    fraction: float  # 0..1 through the check (challenges done, frames collected)


@dataclass(frozen=True)
class FaceResult:
    """Only these facts leave the face check; no image or embedding ever does."""

    decision: FaceDecision
    score: float | None  # cosine similarity of the best frames, if any were matched
    threshold: float
    liveness: Literal["passed", "failed", "not_run"]
    timings_ms: dict[str, float] | None = None
    # Analysed frames counted by quality outcome ("ok", "no_face", "dark", ...) and
    # "dropped" (skipped while the analysis was busy): counts only, for tools and logs.
    frames: dict[str, int] | None = None


Frame = Any  # numpy.ndarray, HxWx3 uint8 BGR


class FaceChecker(ABC):
    @abstractmethod
    def verify(
        self,
        reference_image: bytes,
        on_frame: Callable[[Frame], None],
        on_progress: Callable[[FaceProgress], None],
        cancel: threading.Event,
        assisted: bool = False,
    ) -> FaceResult:
        """Match the live person to ``reference_image`` (the DG2 JPEG/JPEG2000 bytes).

        ``assisted``: a helper may be in the picture; only the largest face is checked."""
