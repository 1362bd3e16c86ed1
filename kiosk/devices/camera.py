"""Build the face checker: the real camera in production; in demo mode the same
pipeline watching a simulated visitor who follows the on-screen instructions."""
from __future__ import annotations

import logging
import threading
from typing import Callable

import cv2

from drivers.camera.api import FaceChecker, FaceProgress, FaceResult, Frame
from drivers.camera.checker import CheckSettings, OpenCvFaceChecker
from drivers.camera.liveness import LivenessRules
from drivers.camera.sources import CameraError, CameraSource
from drivers.camera.synthetic import ActorSource, HeadModel
from kiosk import paths
from kiosk.config import Config
from kiosk.demo.env import DemoEnv
from kiosk.demo.held_code import HeldCode, HoldingSource

log = logging.getLogger("kiosk.devices.camera")

# The simulated visitor moves at a natural pace whatever demo.speed says: faster
# motions would be shorter than the analysis (10 frames/s, fewer on a busy machine) can follow.
MAX_ACTOR_SPEED = 1.0


def settings_from(cfg: Config) -> CheckSettings:
    return CheckSettings(
        threshold=float(cfg.face.threshold),
        liveness=bool(cfg.face.liveness),
        timeout_s=float(cfg.timeouts.face_check_s),
        rules=LivenessRules(step_s=float(cfg.face.challenge_s)),
    )


class DemoVisitor(FaceChecker):
    """The real face check, watching :class:`ActorSource` made from the demo citizen's
    live photo (a different public-domain photo of the person on the demo card)."""

    def __init__(self, settings: CheckSettings, speed: float) -> None:
        self._actor: ActorSource | None = None
        self._checker = OpenCvFaceChecker(lambda: self._actor, paths.MODELS, settings)
        photo = cv2.imread(str(paths.DEMO_ASSETS / "citizen_live.jpg"))
        if photo is None:
            raise CameraError("demo camera picture assets/demo/citizen_live.jpg is missing")
        faces = self._checker.engine.detect(photo)
        if not faces:
            raise CameraError("no face in assets/demo/citizen_live.jpg")
        self._head = HeadModel(photo, faces[0])
        self._speed = min(speed, MAX_ACTOR_SPEED)
        self.held = HeldCode()  # a prescription QR the visitor may hold up (kiosk/demo/held_code.py)

    def verify(self, reference_image: bytes, on_frame: Callable[[Frame], None],
               on_progress: Callable[[FaceProgress], None], cancel: threading.Event,
               assisted: bool = False) -> FaceResult:
        self._actor = ActorSource(self._head, fps=30, speed=self._speed)
        return self._checker.verify(reference_image, on_frame, self._actor.follow(on_progress), cancel, assisted)


    def scan(self, on_frame: Callable[[Frame], None], on_codes: Callable[[list[str]], None],
             cancel: threading.Event, read: Callable[[Frame], list[str]]) -> str:
        """The real checker's code scan, watching the visitor and whatever they hold up."""
        self._actor = HoldingSource(ActorSource(self._head, fps=30, speed=self._speed), self.held)
        try:
            return self._checker.scan(on_frame, on_codes, cancel, read)
        finally:
            self.held.put_down()  # the code was read (or the page left): the visitor lowers the slip

    def hold_up(self, which: str) -> None:
        """Demo control: the visitor holds up the QR of the demo citizen's prescription
        ``which`` ("ordinary", "controlled") for a few seconds."""
        from kiosk.demo.prescriptions import HELD_UP

        if which in HELD_UP:
            self.held.hold_up(HELD_UP[which])

    def probe(self, frames: int = 10, timeout_s: float = 5.0) -> tuple[int, int, str]:
        """The maintenance self-test on the simulated visitor (standing still in front of the camera)."""
        if self._actor is None:
            self._actor = ActorSource(self._head, fps=30, speed=self._speed)
        return self._checker.probe(frames, timeout_s)


def make_face_checker(cfg: Config, demo: DemoEnv | None) -> FaceChecker:
    settings = settings_from(cfg)
    if demo is not None:
        return DemoVisitor(settings, demo.speed)
    device = cfg.face.camera
    log.info("face check on camera %r, threshold %.3f, liveness %s", device, settings.threshold, settings.liveness)
    return OpenCvFaceChecker(lambda: CameraSource(device), paths.MODELS, settings)
