"""Active liveness: the person performs challenges in random order, checked on the
five YuNet landmarks of one continuously tracked face.

Why the turns work against a flat picture: when a real head turns, the nose tip
(well in front of the eyes and mouth) moves more than a plane through the eyes
and mouth corners predicts. We fit the homography that maps the four planar
points (eyes, mouth corners) from the start pose to the turned pose and measure
how far the nose lands from where that plane puts it ("parallax", in eye
distances). A photo or a screen, moved or tilted, stays close to one plane.

Pure logic with no I/O: feed observations, read the state. See docs/face.md for
what this does NOT stop.
"""
from __future__ import annotations

import enum
import math
import random
from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np

from drivers.camera.api import Guidance
from drivers.camera.faces import Face

CHALLENGES = (Guidance.TURN_LEFT, Guidance.TURN_RIGHT, Guidance.COME_CLOSER)


class State(str, enum.Enum):
    RUNNING = "running"
    PASSED = "passed"
    FAILED = "failed"


@dataclass(frozen=True)
class LivenessRules:
    step_s: float = 6.0  # time to perform one challenge
    min_turn: float = 0.08  # change of the yaw ratio (eye distances) that counts as a turn
    min_parallax: float = 0.07  # nose off the eyes-mouth plane, in eye distances
    closer_ratio: float = 1.2  # growth of the eye distance that counts as coming closer
    hold_frames: int = 2  # consecutive analysed frames that must show it (landmarks jitter)
    max_gap_s: float = 1.0  # longest time the tracked face may be missing
    max_jump: float = 0.5  # centre movement between analysed frames, in face widths
    max_resize: float = 1.35  # size change between analysed frames
    frame_gap_s: float = 0.15  # the limits above hold for frames this far apart; a busier
    # machine analyses fewer frames, so for longer gaps they grow in proportion (at most 3x)


def random_order(k: int = 3, rng: random.Random | None = None) -> list[Guidance]:
    return (rng or random.SystemRandom()).sample(list(CHALLENGES), k)


def average(faces: Sequence[Face]) -> Face:
    """One steadier face from a few frames of a still person (landmark jitter averages out)."""
    boxes = np.array([f.box for f in faces], np.float32).mean(axis=0)
    rows = np.array([f.row for f in faces], np.float32).mean(axis=0)
    return Face(tuple(float(v) for v in boxes), rows[4:14].reshape(5, 2).copy(),
                float(rows[14]), rows)


def parallax(start: Face, now: Face) -> float:
    """Distance of the nose from where the eyes-mouth plane predicts it, in eye distances."""
    planar = [0, 1, 3, 4]
    h = cv2.getPerspectiveTransform(start.landmarks[planar].astype(np.float32),
                                    now.landmarks[planar].astype(np.float32))
    predicted = cv2.perspectiveTransform(start.landmarks[2].reshape(1, 1, 2).astype(np.float32), h)[0, 0]
    return float(np.linalg.norm(predicted - now.landmarks[2]) / max(now.eye_distance, 1.0))


class Liveness:
    """Feed one observation per analysed frame: the single tracked face, or None when
    there is no face or more than one."""

    def __init__(self, order: Sequence[Guidance], start: Face, t: float,
                 rules: LivenessRules = LivenessRules()) -> None:
        self.order = list(order)
        self.rules = rules
        self.state = State.RUNNING
        self.reason = ""
        self.step = 0
        self._start = start
        self._step_started = t
        self._last_face = start
        self._last_seen = t
        self._held = 0

    @property
    def guidance(self) -> Guidance:
        return self.order[self.step] if self.state is State.RUNNING else Guidance.CHECKING

    @property
    def fraction(self) -> float:
        return self.step / len(self.order)

    def _fail(self, reason: str) -> State:
        self.state, self.reason = State.FAILED, reason
        return self.state

    def feed(self, face: Face | None, t: float) -> State:
        if self.state is not State.RUNNING:
            return self.state
        if t - self._step_started > self.rules.step_s:
            return self._fail(f"step {self.order[self.step].value} not performed in time")
        if face is None:
            if t - self._last_seen > self.rules.max_gap_s:
                return self._fail("face lost")
            return self.state
        if not self._continuous(face, t - self._last_seen):
            return self._fail("face track broken")
        self._last_face, self._last_seen = face, t
        self._held = self._held + 1 if self._performed(self.order[self.step], face) else 0
        if self._held >= self.rules.hold_frames:
            self.step += 1
            self._step_started = t
            self._held = 0
            if self.step == len(self.order):
                self.state = State.PASSED
        return self.state

    def _continuous(self, face: Face, dt: float) -> bool:
        rules, last = self.rules, self._last_face
        scale = min(3.0, max(1.0, dt / rules.frame_gap_s))
        max_jump, max_resize = rules.max_jump * scale, 1.0 + (rules.max_resize - 1.0) * scale
        (ax, ay), (bx, by) = last.center, face.center
        moved = math.hypot(bx - ax, by - ay) / max(last.width, 1.0)
        resized = max(face.width, 1.0) / max(last.width, 1.0)
        return moved <= max_jump and 1 / max_resize <= resized <= max_resize

    def _performed(self, challenge: Guidance, face: Face) -> bool:
        start, rules = self._start, self.rules
        if challenge is Guidance.COME_CLOSER:
            return face.eye_distance >= rules.closer_ratio * start.eye_distance
        turn = face.yaw_ratio - start.yaw_ratio
        wanted = turn >= rules.min_turn if challenge is Guidance.TURN_LEFT else turn <= -rules.min_turn
        return wanted and parallax(start, face) >= rules.min_parallax
