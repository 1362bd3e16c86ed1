"""Quality gates: is this frame good enough to match, and if not, what should the person do?

Pure functions on a frame and its detections, so each gate is testable on its
own. Sizes are in pixels of the 640x480 analysis frame.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

import cv2
import numpy as np

from drivers.camera.api import Guidance
from drivers.camera.faces import Face


class Issue(str, enum.Enum):
    OK = "ok"
    NO_FACE = "no_face"
    MULTIPLE = "multiple"
    DARK = "dark"
    SMALL = "small"
    LARGE = "large"
    POSE = "pose"
    BLUR = "blur"


GUIDANCE = {
    Issue.OK: Guidance.HOLD_STILL,
    Issue.NO_FACE: Guidance.SEARCHING,
    Issue.MULTIPLE: Guidance.ONE_PERSON,
    Issue.DARK: Guidance.TOO_DARK,
    Issue.SMALL: Guidance.MOVE_CLOSER,
    Issue.LARGE: Guidance.MOVE_BACK,
    Issue.POSE: Guidance.LOOK_AT_CAMERA,
    Issue.BLUR: Guidance.HOLD_STILL,
}


@dataclass(frozen=True)
class Gates:
    min_face_px: float = 150.0  # SFace needs detail; about 60 cm from a 640x480 kiosk camera
    max_face_px: float = 330.0  # leaves room for the "come closer" challenge
    person_px: float = 60.0  # smaller faces are passers-by far behind, not a second person
    min_score: float = 0.85
    max_roll_deg: float = 12.0
    max_yaw: float = 0.25  # nose offset from the eye midpoint, in eye distances
    min_brightness: float = 60.0  # mean grey level of the face, 0..255
    dark_frame: float = 35.0  # mean grey level of a whole frame too dark to find anyone in
    min_sharpness: float = 25.0  # variance of the Laplacian on a 112x112 face crop
    # An assisted visit ("Someone is helping me"): a helper beside the citizen is expected, so
    # only the largest face counts (the one nearest the camera, the citizen's when they sit in
    # front of it). It is still matched against the chip photo: a helper in front never matches.
    helper_allowed: bool = False


def people(faces: list[Face], gates: Gates) -> list[Face]:
    found = sorted((f for f in faces if f.width >= gates.person_px and f.score >= 0.7),
                   key=lambda f: f.width, reverse=True)
    return found[:1] if gates.helper_allowed else found


def face_patch(frame: np.ndarray, face: Face) -> np.ndarray:
    h, w = frame.shape[:2]
    x, y, fw, fh = face.box
    x0, y0 = max(0, int(x)), max(0, int(y))
    x1, y1 = min(w, int(x + fw)), min(h, int(y + fh))
    if x1 <= x0 or y1 <= y0:
        return np.zeros((1, 1), np.uint8)
    return cv2.cvtColor(frame[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)


def sharpness(patch: np.ndarray) -> float:
    small = cv2.resize(patch, (112, 112), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(small, cv2.CV_32F).var())


def assess(frame: np.ndarray, faces: list[Face], gates: Gates = Gates()) -> Issue:
    """The first problem found, in the order a person can fix them."""
    persons = people(faces, gates)
    if not persons:
        if faces and float(face_patch(frame, faces[0]).mean()) < gates.min_brightness:
            return Issue.DARK
        grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        return Issue.DARK if float(grey.mean()) < gates.dark_frame else Issue.NO_FACE
    if len(persons) > 1:
        return Issue.MULTIPLE
    face = persons[0]
    patch = face_patch(frame, face)
    if float(patch.mean()) < gates.min_brightness:
        return Issue.DARK
    if face.width < gates.min_face_px:
        return Issue.SMALL
    if face.width > gates.max_face_px:
        return Issue.LARGE
    h, w = frame.shape[:2]
    x, y, fw, fh = face.box
    if x < 0 or y < 0 or x + fw > w or y + fh > h:
        return Issue.POSE  # partly out of the picture: "look at the camera" recentres people
    if face.score < gates.min_score or abs(face.roll_deg) > gates.max_roll_deg or abs(face.yaw_ratio) > gates.max_yaw:
        return Issue.POSE
    if sharpness(patch) < gates.min_sharpness:
        return Issue.BLUR
    return Issue.OK
