"""The face check: one live person, good frames, liveness, then a 1:1 match.

Threads: the capture thread (sources.CaptureThread) owns the camera, paints the
preview through ``on_frame`` and leaves each frame in a one-slot mailbox. This
analysis loop runs in the caller's worker thread and always takes the newest
frame, so frames that arrive while it is busy are dropped, never queued.

Privacy: the decoded chip photo, embeddings and aligned crops live only in
memory and are zeroed when the check ends; only the decision, the score and the
liveness result (with timings and frame counts) leave :meth:`OpenCvFaceChecker.verify`.
"""
from __future__ import annotations

import contextlib
import logging
import os
import statistics
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import cv2
import numpy as np

from drivers.camera.api import FaceChecker, FaceDecision, FaceProgress, FaceResult, Frame, Guidance
from drivers.camera.faces import FaceEngine, cosine
from drivers.camera.liveness import Liveness, LivenessRules, State, average, random_order
from drivers.camera.models import checked_model_files
from drivers.camera.quality import GUIDANCE, Gates, Issue, assess, people
from drivers.camera.reference import ReferenceError, reference_embedding
from drivers.camera.sources import CaptureThread, FrameSource, LatestFrame
from drivers.camera.stills import analysis_frame

log = logging.getLogger("drivers.camera.checker")

# What a still photo's one frame failing a gate means: it will never get better.
_STILL_DECISIONS = {Issue.NO_FACE: FaceDecision.NO_FACE, Issue.MULTIPLE: FaceDecision.MULTIPLE_FACES}

# The DNN runs on one core so the other stays free for the UI thread.
cv2.setNumThreads(1)


@dataclass(frozen=True)
class CheckSettings:
    threshold: float = 0.5  # SFace cosine; calibrated in docs/face.md
    liveness: bool = True
    timeout_s: float = 60.0  # the whole check, from the call to verify()
    match_frames: int = 3  # good frames embedded before deciding (best-of-N)
    # Analyse at most this often: enough for the challenges, and it leaves CPU to the UI.
    analysis_fps: float = 10.0
    gates: Gates = Gates()
    rules: LivenessRules = LivenessRules()


@dataclass
class _Session:
    """Everything one verify() call keeps in memory; wiped at the end."""

    gates: Gates = Gates()  # the settings' gates, with helper_allowed for an assisted visit
    reference: np.ndarray | None = None
    embeddings: list[np.ndarray] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    issues: Counter = field(default_factory=Counter)
    detect_ms: list[float] = field(default_factory=list)
    embed_ms: list[float] = field(default_factory=list)
    good_faces: list = field(default_factory=list)  # detections (geometry only) of the matched frames
    first_face: float | None = None
    first_good: float | None = None
    liveness: Liveness | None = None
    liveness_result: str = "not_run"

    def wipe(self) -> None:
        for array in [self.reference, *self.embeddings]:
            if array is not None:
                array.fill(0)
        self.reference, self.embeddings = None, []


@contextlib.contextmanager
def _lower_priority(niceness: int = 10):
    """Run the analysis at a lower CPU priority than the UI thread (Linux: per thread),
    so that on a busy 2-core machine the painter wins and the check waits a little."""
    tid = threading.get_native_id()
    try:
        before = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, before + niceness))
    except (AttributeError, OSError):  # not Linux, or not permitted: run as is
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # raising priority back needs privileges on some systems
            os.setpriority(os.PRIO_PROCESS, tid, before)


class OpenCvFaceChecker(FaceChecker):
    def __init__(self, open_source: Callable[[], FrameSource], model_dir: Path,
                 settings: CheckSettings = CheckSettings()) -> None:
        """``open_source`` makes a fresh frame source for each check (the camera is
        only held while a check runs)."""
        self._open_source = open_source
        self._files = checked_model_files(model_dir)  # fail at start-up, not at the first visitor
        self.engine = FaceEngine(self._files)
        self._engine_lock = threading.Lock()
        self.settings = settings

    def verify(self, reference_image: bytes, on_frame: Callable[[Frame], None],
               on_progress: Callable[[FaceProgress], None], cancel: threading.Event,
               assisted: bool = False) -> FaceResult:
        with self._engine_lock, _lower_priority():  # one check at a time owns the models
            session = _Session(gates=self._gates(assisted))
            try:
                return self._verify(session, reference_image, on_frame, on_progress, cancel)
            finally:
                session.wipe()

    def probe(self, frames: int = 10, timeout_s: float = 5.0) -> tuple[int, int, str]:
        """The maintenance self-test: (frames read, frames with a face, error or "").

        It opens the camera through the same source factory as a check, and only while
        no check runs ("busy"), so the camera is never opened twice."""
        if not self._engine_lock.acquire(blocking=False):
            return 0, 0, "busy"
        try:
            source = self._open_source()
            if source is None:
                return 0, 0, "no camera source"
            read = with_face = 0
            try:
                source.open()
                deadline = time.monotonic() + timeout_s
                while read < frames and time.monotonic() < deadline:
                    frame = source.read()
                    read += 1
                    with_face += bool(self.engine.detect(frame))
            except Exception as e:  # CameraError, SourceEnded, a driver hiccup: the test says so
                return read, with_face, f"{e.__class__.__name__}: {e}"
            finally:
                source.close()
            return read, with_face, ""
        finally:
            self._engine_lock.release()

    def scan(self, on_frame: Callable[[Frame], None], on_codes: Callable[[list[str]], None],
             cancel: threading.Event, read: Callable[[np.ndarray], list[str]]) -> str:
        """Lend the camera to a code reader until ``cancel``: frames go to ``on_frame`` (the
        preview), the texts ``read`` finds to ``on_codes``. Only while no face check holds the
        camera (the same lock as probe), so it is never opened twice. Returns "" or "busy"."""
        if not self._engine_lock.acquire(blocking=False):
            return "busy"
        mailbox = LatestFrame()
        try:
            capture = CaptureThread(self._open_source(), mailbox, on_frame)
            capture.start()
            try:
                while not cancel.is_set():
                    if mailbox.ended:
                        return "camera_error"
                    got = mailbox.take(0.2)
                    if got is not None:
                        codes = read(got[0])
                        if codes:
                            on_codes(codes)
            finally:
                capture.stop()
                mailbox.clear()
            return ""
        finally:
            self._engine_lock.release()

    def _gates(self, assisted: bool) -> Gates:
        return replace(self.settings.gates, helper_allowed=True) if assisted else self.settings.gates

    def verify_still(self, reference_image: bytes, image: np.ndarray, assisted: bool = False) -> FaceResult:
        """One decision on one still photo, at once: a still never changes, so waiting
        for a better frame is pointless, and liveness does not apply to it ("not_run")."""
        with self._engine_lock:
            session = _Session(gates=self._gates(assisted))
            frame = image
            timings: dict[str, float] = {}
            started = time.perf_counter()

            def done(decision: FaceDecision, issue: Issue, score: float | None = None) -> FaceResult:
                timings["total_ms"] = (time.perf_counter() - started) * 1000
                log.info("face check (still photo): decision=%s score=%s threshold=%.3f quality=%s total_ms=%.0f",
                         decision.value, None if score is None else round(score, 3), self.settings.threshold,
                         issue.value, timings["total_ms"])
                return FaceResult(decision, score, self.settings.threshold, "not_run", timings, {issue.value: 1})

            try:
                t = time.perf_counter()
                try:
                    session.reference = reference_embedding(self.engine, reference_image)
                except ReferenceError as e:
                    log.error("chip photo unusable: %s", e)
                    return done(FaceDecision.POOR_QUALITY, Issue.OK)
                timings["reference_ms"] = (time.perf_counter() - t) * 1000
                t = time.perf_counter()
                frame = analysis_frame(self.engine, image)
                faces = self.engine.detect(frame)
                timings["detect_ms"] = (time.perf_counter() - t) * 1000
                issue = assess(frame, faces, session.gates)
                if issue is not Issue.OK:
                    return done(_STILL_DECISIONS.get(issue, FaceDecision.POOR_QUALITY), issue)
                t = time.perf_counter()
                session.embeddings.append(self.engine.embed(frame, people(faces, session.gates)[0]))
                timings["embed_ms"] = (time.perf_counter() - t) * 1000
                score = cosine(session.reference, session.embeddings[0])
                return done(FaceDecision.MATCH if score >= self.settings.threshold else FaceDecision.NO_MATCH,
                            issue, score)
            finally:
                if frame is not image:  # the framed copy is ours to wipe; the caller owns the photo
                    frame.fill(0)
                session.wipe()

    # -- the check ---------------------------------------------------------------
    def _verify(self, s: _Session, reference: bytes, on_frame, on_progress, cancel) -> FaceResult:
        cfg = self.settings
        started = time.monotonic()
        last_hint: list[FaceProgress | None] = [None]

        def hint(guidance: Guidance, fraction: float) -> None:
            progress = FaceProgress(guidance, round(min(max(fraction, 0.0), 1.0), 2))
            if progress != last_hint[0]:
                last_hint[0] = progress
                on_progress(progress)

        def result(decision: FaceDecision, score: float | None = None) -> FaceResult:
            timings = {
                "reference_ms": reference_ms,
                "detect_ms": statistics.median(s.detect_ms) if s.detect_ms else 0.0,
                "embed_ms": statistics.median(s.embed_ms) if s.embed_ms else 0.0,
                "total_ms": (time.monotonic() - started) * 1000,
            }
            if s.first_good is not None:
                timings["good_face_to_decision_ms"] = (time.monotonic() - s.first_good) * 1000
            if s.first_face is not None:
                timings["first_face_ms"] = (s.first_face - started) * 1000
            frames = {issue.value: n for issue, n in s.issues.items()}
            log.info("face check: decision=%s score=%s threshold=%.3f liveness=%s frames=%s dropped=%d "
                     "detect_ms=%.1f embed_ms=%.1f", decision.value,
                     None if score is None else round(score, 3), cfg.threshold, s.liveness_result,
                     frames, mailbox.dropped, timings["detect_ms"], timings["embed_ms"])
            frames["dropped"] = mailbox.dropped
            return FaceResult(decision, score, cfg.threshold, s.liveness_result, timings, frames)

        mailbox = LatestFrame()
        hint(Guidance.SEARCHING, 0.0)
        t = time.perf_counter()
        try:
            s.reference = reference_embedding(self.engine, reference)
        except ReferenceError as e:
            reference_ms = (time.perf_counter() - t) * 1000
            log.error("chip photo unusable: %s", e)
            return result(FaceDecision.POOR_QUALITY)
        reference_ms = (time.perf_counter() - t) * 1000

        capture = CaptureThread(self._open_source(), mailbox, on_frame)
        capture.start()
        try:
            return self._analyse(s, mailbox, hint, result, cancel, started)
        finally:
            capture.stop()
            mailbox.clear()

    def _analyse(self, s: _Session, mailbox: LatestFrame, hint, result, cancel, started) -> FaceResult:
        cfg = self.settings
        deadline = started + cfg.timeout_s
        phase = "acquire"  # -> "liveness" -> "confirm"
        next_analysis = 0.0
        while True:
            if cancel.is_set():
                return result(FaceDecision.CANCELLED)
            if time.monotonic() > deadline:
                return result(self._give_up(s, phase))
            pause = next_analysis - time.monotonic()
            if pause > 0 and cancel.wait(pause):
                continue
            item = mailbox.take(timeout=0.2)
            if item is None:
                if mailbox.ended:
                    if mailbox.error is not None:
                        log.error("camera failed: %s", mailbox.error)
                        return result(FaceDecision.CAMERA_ERROR)
                    return result(self._give_up(s, phase))  # a probe file ran out
                continue
            frame, stamp = item
            next_analysis = time.monotonic() + 1.0 / cfg.analysis_fps
            t = time.perf_counter()
            faces = self.engine.detect_tracking(frame)
            s.detect_ms.append((time.perf_counter() - t) * 1000)
            issue = assess(frame, faces, s.gates)
            s.issues[issue] += 1
            persons = people(faces, s.gates)
            if persons and s.first_face is None:
                s.first_face = stamp

            if phase == "liveness":
                live = s.liveness
                live.feed(persons[0] if len(persons) == 1 else None, stamp)
                if live.state is State.FAILED:
                    log.info("liveness failed: %s", live.reason)
                    s.liveness_result = "failed"
                    return result(FaceDecision.LIVENESS_FAILED, self._score(s))
                if live.state is State.PASSED:
                    phase = "confirm"
                    hint(Guidance.LOOK_AT_CAMERA, 0.9)
                elif len(persons) > 1:
                    hint(Guidance.ONE_PERSON, 0.3 + 0.6 * live.fraction)
                else:
                    hint(live.guidance, 0.3 + 0.6 * live.fraction)
                continue

            if issue is not Issue.OK:
                hint(GUIDANCE[issue], 0.0 if phase == "acquire" else 0.9)
                continue
            if s.first_good is None:
                s.first_good = stamp
            tracked = persons[0]
            face = self._full_resolution(frame, tracked)
            t = time.perf_counter()
            embedding = self.engine.embed(frame, face)
            s.embed_ms.append((time.perf_counter() - t) * 1000)

            if phase == "confirm":
                # Same person after the challenges as before them (no swap mid-check)?
                same = max(cosine(embedding, e) for e in s.embeddings)
                s.embeddings.append(embedding)
                if same < cfg.threshold:
                    log.info("liveness failed: identity changed during the challenges (%.3f)", same)
                    s.liveness_result = "failed"
                    return result(FaceDecision.LIVENESS_FAILED, self._score(s))
                s.scores.append(cosine(s.reference, embedding))
                s.liveness_result = "passed"
                return self._decide(s, result)

            s.embeddings.append(embedding)
            s.good_faces.append(tracked)  # the liveness baseline: same detector as the challenges
            s.scores.append(cosine(s.reference, embedding))
            hint(Guidance.HOLD_STILL, 0.3 * len(s.scores) / cfg.match_frames)
            if len(s.scores) >= cfg.match_frames:
                if not cfg.liveness:
                    return self._decide(s, result)
                s.liveness = Liveness(random_order(), average(s.good_faces), stamp, cfg.rules)
                phase = "liveness"
                hint(s.liveness.guidance, 0.3)

    def _full_resolution(self, frame: np.ndarray, tracked):
        """Re-detect at full size before embedding: SFace's alignment needs the most
        precise landmarks. Falls back to the tracked face if the two disagree."""
        cx, cy = tracked.center
        for face in self.engine.detect(frame):
            fx, fy = face.center
            if abs(fx - cx) < tracked.width / 3 and abs(fy - cy) < tracked.width / 3:
                return face
        return tracked

    def _score(self, s: _Session) -> float | None:
        if not s.scores:
            return None
        best = sorted(s.scores, reverse=True)[: self.settings.match_frames]
        return float(sum(best) / len(best))

    def _decide(self, s: _Session, result) -> FaceResult:
        score = self._score(s)
        decision = FaceDecision.MATCH if score >= self.settings.threshold else FaceDecision.NO_MATCH
        return result(decision, score)

    def _give_up(self, s: _Session, phase: str) -> FaceDecision:
        """Time is up: name what stood in the way most."""
        if phase != "acquire":
            s.liveness_result = "failed"
            return FaceDecision.LIVENESS_FAILED
        issues = s.issues
        with_face = sum(n for i, n in issues.items() if i not in (Issue.NO_FACE, Issue.DARK))
        if issues[Issue.MULTIPLE] and issues[Issue.MULTIPLE] >= with_face / 2:
            return FaceDecision.MULTIPLE_FACES
        if issues[Issue.DARK] and issues[Issue.DARK] >= issues[Issue.NO_FACE]:
            return FaceDecision.POOR_QUALITY
        if with_face == 0:
            return FaceDecision.NO_FACE
        if s.scores:
            return FaceDecision.TIMEOUT  # some good frames, but not enough before time ran out
        return FaceDecision.POOR_QUALITY
