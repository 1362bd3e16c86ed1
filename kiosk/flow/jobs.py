"""One job class per external action (card, face, measurement, save).

A job runs a blocking driver call on its own thread and posts what happens to
the GUI thread. Each carries the session token it was started under, so that
a late answer from a cancelled visit can never leak into the next one.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from drivers.camera.api import FaceChecker, FaceDecision, FaceProgress, FaceResult
from drivers.card.api import AccessKey, CardError, CardErrorCode, CardEvent, CardReader, ReadProgress
from drivers.sensors.api import DeviceFault, MeasurementDevice, Progress, Reading
from kiosk.flow.bridge import GuiBridge
from offline_store.api import StoreUnavailable, Visit, VisitStore

log = logging.getLogger("kiosk.jobs")

Deliver = Callable[[object], None]  # runs on the GUI thread


class Job:
    name = "job"

    def __init__(self, bridge: GuiBridge, deliver: Deliver) -> None:
        self._bridge = bridge
        self._deliver = deliver
        self.cancel = threading.Event()
        self._thread = threading.Thread(target=self._main, name=self.name, daemon=True)

    def start(self) -> "Job":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.cancel.set()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def post(self, item: object) -> None:
        if not self.cancel.is_set():
            self._bridge.post(lambda: self._deliver(item))

    def _main(self) -> None:
        try:
            self.run()
        except Exception:  # a driver bug must surface as a failure, not a hung screen
            log.exception("%s crashed", self.name)
            self.post(self.crashed())

    def run(self) -> None:
        raise NotImplementedError

    def crashed(self) -> object:
        raise NotImplementedError


class CardWatchJob(Job):
    """Runs for the kiosk's lifetime: card inserted/removed, reader lost/found."""

    name = "card-watch"

    def __init__(self, bridge: GuiBridge, deliver: Deliver, reader: CardReader) -> None:
        super().__init__(bridge, deliver)
        self._reader = reader

    def run(self) -> None:
        while not self.cancel.is_set():
            try:
                self._reader.watch(self.post, self.cancel)
                return
            except CardError as e:
                log.warning("card watch: %s; retrying in 2 s", e.code.value)
                self.post(CardEvent.READER_LOST)
                self.cancel.wait(2.0)

    def crashed(self) -> object:
        return CardEvent.READER_LOST


class CardReadJob(Job):
    name = "card-read"

    def __init__(self, bridge: GuiBridge, deliver: Deliver, reader: CardReader, key: AccessKey) -> None:
        super().__init__(bridge, deliver)
        self._reader, self._key = reader, key

    def run(self) -> None:
        try:
            result = self._reader.read(self._key, self.post, self.cancel)
        except CardError as e:
            log.info("card read failed: %s", e.code.value)
            self.post(e)
            return
        log.info("card read: %r", result)
        self.post(result)

    def crashed(self) -> object:
        return CardError(CardErrorCode.READ_ERROR, "driver crashed")


class FaceCheckJob(Job):
    name = "face-check"

    def __init__(self, bridge: GuiBridge, deliver: Deliver, checker: FaceChecker, reference: bytes,
                 on_frame: Callable[[object], None], threshold: float, assisted: bool = False) -> None:
        super().__init__(bridge, deliver)
        self._checker, self._reference, self._on_frame = checker, reference, on_frame
        self._threshold, self._assisted = threshold, assisted

    def run(self) -> None:
        result = self._checker.verify(self._reference, self._frame, self.post, self.cancel, self._assisted)
        log.info("face check: decision=%s score=%s liveness=%s", result.decision.value,
                 None if result.score is None else round(result.score, 3), result.liveness)
        self.post(result)

    def _frame(self, frame: object) -> None:
        if not self.cancel.is_set():
            self._on_frame(frame)

    def crashed(self) -> object:
        return FaceResult(FaceDecision.CAMERA_ERROR, None, self._threshold, "not_run")


class MeasureJob(Job):
    name = "measure"

    def __init__(self, bridge: GuiBridge, deliver: Deliver, device: MeasurementDevice) -> None:
        super().__init__(bridge, deliver)
        self._device = device

    def run(self) -> None:
        final = self._device.measure(self._emit, self.cancel)
        if isinstance(final, DeviceFault):
            log.warning("%s: %s (%s)", final.kind.value, final.key, final.detail)
        self.post(final)

    def _emit(self, event: object) -> None:
        if isinstance(event, Progress):  # finals are posted once, by run()
            self.post(event)

    def crashed(self) -> object:
        return DeviceFault(self._device.kind, "device_error", "driver crashed")


class SaveVisitJob(Job):
    name = "save-visit"

    def __init__(self, bridge: GuiBridge, deliver: Deliver, store: VisitStore, visit: Visit) -> None:
        super().__init__(bridge, deliver)
        self._store, self._visit = store, visit

    def post(self, item: object) -> None:
        # Never dropped, even if the visit was cancelled meanwhile: the outcome of a
        # durable write must always reach the screen and the log.
        self._bridge.post(lambda: self._deliver(item))

    def run(self) -> None:
        try:
            self._store.save(self._visit)
        except StoreUnavailable as e:
            log.error("visit %s not stored: %s", self._visit.id, e.reason)
            self.post(e)
            return
        log.info("visit %s stored (%d measurements)", self._visit.id, len(self._visit.measurements))
        self.post(self._visit.id)

    def crashed(self) -> object:
        return StoreUnavailable("store_error", "store crashed")


__all__ = ["CardWatchJob", "CardReadJob", "FaceCheckJob", "MeasureJob", "SaveVisitJob",
           "ReadProgress", "FaceProgress", "Reading"]
