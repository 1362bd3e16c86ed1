"""The hidden entry gesture: hold the top-left corner for 2 s, let go, then hold
the bottom-right corner for 2 s within 5 s.

A citizen does not hold a blank corner for two seconds, let alone two opposite
corners one after the other; the two corners chosen hold no button on the
welcome and staff-help screens (the language switch and "End" are top right).
Any other press, a press that wanders out of its corner, or a pause too long
starts over. Plain Python with the clock passed in; the view-model feeds it the
positions QML reports.
"""
from __future__ import annotations

from typing import Callable

HOLD_S = 2.0
BETWEEN_S = 5.0   # from letting go of the first corner to pressing the second
CORNER_FRACTION = 0.12  # of the window's shorter side
CORNER_MIN_PX = 48

SEQUENCE = ("top_left", "bottom_right")


def corner_of(x: float, y: float, width: float, height: float) -> str | None:
    size = max(CORNER_MIN_PX, CORNER_FRACTION * min(width, height))
    horizontal = "left" if x <= size else "right" if x >= width - size else None
    vertical = "top" if y <= size else "bottom" if y >= height - size else None
    return f"{vertical}_{horizontal}" if horizontal and vertical else None


class CornerGesture:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._step = 0              # how many corners of SEQUENCE are done
        self._done_at = 0.0         # when the last finished corner was let go
        self._pressed: tuple[str | None, float] | None = None

    def reset(self) -> None:
        self._step, self._pressed = 0, None

    def press(self, x: float, y: float, width: float, height: float) -> None:
        now = self._clock()
        corner = corner_of(x, y, width, height)
        if self._step and now - self._done_at > BETWEEN_S:
            self._step = 0
        if corner != SEQUENCE[self._step]:
            self._step = 0
            corner = corner if corner == SEQUENCE[0] else None
        self._pressed = (corner, now)

    def release(self, x: float, y: float, width: float, height: float) -> bool:
        """True when this release completes the gesture."""
        pressed, self._pressed = self._pressed, None
        if pressed is None or pressed[0] is None:
            return False
        corner, since = pressed
        now = self._clock()
        if corner_of(x, y, width, height) != corner or now - since < HOLD_S:
            self._step = 0
            return False
        self._step += 1
        self._done_at = now
        if self._step == len(SEQUENCE):
            self._step = 0
            return True
        return False
