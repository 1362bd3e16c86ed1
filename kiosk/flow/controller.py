"""The citizen flow, live: feeds taps, device results and timers into the
session machine and carries out the effects it returns."""
from __future__ import annotations

import gc
import logging
from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from drivers.camera.api import FaceDecision, FaceProgress, FaceResult
from drivers.card.api import CardError, CardEvent, CardReadResult, ReadProgress
from drivers.sensors.api import DeviceFault, MeasurementKind, Progress, Reading
from kiosk.config import Config
from kiosk.flow import jobs
from kiosk.flow.bridge import GuiBridge
from kiosk.flow.idle import IdleGuard
from kiosk.flow.peripherals import Peripherals
from kiosk.health.visits import visit_ended
from kiosk.maintenance import calibration
from kiosk.services import registry as services
from kiosk.services.api import RunnerContext, ServiceRunner
from kiosk.session import events as ev
from kiosk.session.machine import Screen, SessionMachine
from kiosk.session.visit import build_visit
from kiosk.viewmodels.camera_preview import FRAMES
from offline_store.api import StoreUnavailable

log = logging.getLogger("kiosk.flow")

FACE_BACKSTOP_S = 10.0  # past timeouts.face_check_s, for a face checker that never returns


class LiveStatus:
    """Transient progress for the current screen; not part of the visit record."""

    def __init__(self) -> None:
        self.card_step = ""
        self.card_fraction = 0.0
        self.face_guidance = ""
        self.face_fraction = 0.0
        self.measure_phase = ""
        self.measure_value: float | None = None
        self.save_state = ""  # saving, queued, synced, failed


class FlowController(QObject):
    changed = Signal()  # anything the screens show may have changed
    screenChanged = Signal(str)

    def __init__(self, cfg: Config, devices: Peripherals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cfg = cfg
        self.devices = devices
        self.machine = SessionMachine(
            [MeasurementKind(k) for k in cfg.flow.measurements if k in {m.value for m in devices.sensors}],
            max_can_attempts=cfg.card.max_can_attempts,
            max_face_attempts=cfg.face.max_attempts,
            out_of_service=self._out_of_service,
            services_enabled=tuple(cfg.flow.services),
        )
        self.machine.draft.language = cfg.station.language
        self.live = LiveStatus()
        self.store_accepting = True
        self.queue = None  # the store's QueueStatus, refreshed on welcome and every few seconds
        self._bridge = GuiBridge(self)
        self._token = 0  # bumped at every wipe; late job results of older sessions are dropped
        self._job: jobs.Job | None = None
        self._runners: dict[str, ServiceRunner] = {}  # one per service, made at its first effect
        # Each device job has a deadline from [timeouts], so a driver that hangs (a reader stuck
        # mid-command, a device that never answers) ends in a message with a way on, not a frozen screen.
        self._deadline = QTimer(self, singleShot=True)
        self._deadline.timeout.connect(self._on_deadline)
        self._expired: tuple[str, float, Callable[[], object]] | None = None  # (config key, limit, event)
        self.idle = IdleGuard(cfg.timeouts.idle_s, cfg.timeouts.idle_warning_s, self)
        self.idle.countdownChanged.connect(self.changed)
        self.idle.expired.connect(lambda: self.handle(ev.IdleExpired()))
        self._done_timer = QTimer(self, singleShot=True, interval=int(cfg.timeouts.done_return_s * 1000))
        self._done_timer.timeout.connect(lambda: self.handle(ev.ReturnToWelcome()))
        self._sync_poll = QTimer(self, interval=500)
        self._sync_poll.timeout.connect(self._poll_sync_state)
        self._watch = jobs.CardWatchJob(self._bridge, self._on_card_event, devices.card).start()
        self.refresh_store_status()
        # The welcome screen shows whether visits are waiting to be sent.
        self._queue_poll = QTimer(self, interval=5000)
        self._queue_poll.timeout.connect(self._poll_queue)
        self._queue_poll.start()

    # -- public ------------------------------------------------------------------
    def handle(self, event: object) -> None:
        before, idle_before = self.machine.screen, self.machine.idle_applies
        for effect in self.machine.handle(event):
            self._apply(effect)
        if self.machine.screen is not before:
            self._entered(self.machine.screen)
        elif self.machine.idle_applies != idle_before:  # e.g. a measurement started or ended
            self.idle.arm(self.machine.idle_applies)
        self.changed.emit()

    def hold_done_screen(self) -> None:
        """Keep the done screen up (the tour waits there for the sync to land)."""
        self._done_timer.stop()
        self.idle.arm(False)

    def touch(self) -> None:
        self.idle.activity()

    def shutdown(self) -> None:
        self._watch.stop()
        self._stop_job()
        for runner in self._runners.values():
            runner.close()
        self._sync_poll.stop()
        self._queue_poll.stop()
        self.devices.close()

    def refresh_store_status(self) -> None:
        try:
            self.queue = self.devices.store.status()
            self.store_accepting = self.queue.accepting
        except Exception:  # the store itself reports why; here it only means "not now"
            log.exception("store status unavailable")
            self.queue = None
            self.store_accepting = False

    # -- effects -----------------------------------------------------------------
    def _apply(self, effect: object) -> None:
        d = self.machine.draft
        entry = services.entry_for_effect(effect)
        if entry is not None:
            deliver = self._tokened(self.handle)
            self._runner(entry).apply(effect, lambda event: self._bridge.post(lambda: deliver(event)))
            return
        if isinstance(effect, ev.ReadCard):
            self.live.card_step, self.live.card_fraction = "connecting", 0.0
            self._run(jobs.CardReadJob(self._bridge, self._on_card_read, self.devices.card, effect.key),
                      "timeouts.card_read_s", self.cfg.timeouts.card_read_s, ev.CardReadTimedOut)
        elif isinstance(effect, ev.RunFaceCheck):
            self.live.face_guidance, self.live.face_fraction = "searching", 0.0
            threshold = self.cfg.face.threshold
            # The checker decides "timeout" itself at face_check_s; this backstop is for one that never returns.
            self._run(jobs.FaceCheckJob(self._bridge, self._on_face, self.devices.face, d.card.photo,
                                        FRAMES.publish, threshold, d.assisted),
                      "timeouts.face_check_s", self.cfg.timeouts.face_check_s + FACE_BACKSTOP_S,
                      lambda: ev.FaceDone(FaceResult(FaceDecision.TIMEOUT, None, threshold, "not_run")))
        elif isinstance(effect, ev.Measure):
            self.live.measure_phase, self.live.measure_value = "starting", None
            device, kind = self.devices.sensors[effect.kind], effect.kind
            limit = device.time_limit(self.cfg.timeouts.measurement_s)
            self._run(jobs.MeasureJob(self._bridge, self._on_measure, device), "timeouts.measurement_s", limit,
                      lambda: ev.MeasurementFailed(DeviceFault(kind, "timeout", f"no result within {limit:g} s")))
        elif isinstance(effect, (ev.CancelCardRead, ev.CancelFaceCheck, ev.CancelMeasurement)):
            self._stop_job()
        elif isinstance(effect, ev.SaveVisit):
            self.live.save_state = "saving"
            visit = build_visit(d, self.cfg.station.id, self.cfg.flow.consent_version, datetime.now(timezone.utc))
            jobs.SaveVisitJob(self._bridge, self._tokened(self._on_saved), self.devices.store, visit).start()
        elif isinstance(effect, ev.Wipe):
            if effect.ended_on:
                visit_ended(effect.ended_on, effect.completed)
            self._wipe()

    def _run(self, job: jobs.Job, key: str, limit_s: float, expired: Callable[[], object]) -> None:
        self._stop_job()
        job._deliver = self._tokened(job._deliver)
        self._job = job.start()
        self._expired = (key, limit_s, expired)
        self._deadline.start(int(limit_s * 1000))

    def _stop_job(self) -> None:
        self._deadline.stop()
        if self._job is not None:
            self._job.stop()
            self._job = None

    def _on_deadline(self) -> None:
        if self._job is None or self._expired is None:
            return  # the job answered in time (its result cleared self._job)
        key, limit_s, expired = self._expired
        log.warning("%s: no result within %g s (%s); job stopped, the screen offers a way on",
                    self._job.name, limit_s, key)
        self._stop_job()  # its late answer, if any, is dropped (Job.post checks its cancel flag)
        self.handle(expired())

    def _runner(self, entry) -> ServiceRunner:
        if entry.key not in self._runners:
            ctx = RunnerContext(self.cfg, self.devices, FRAMES.publish, lambda: datetime.now(timezone.utc))
            self._runners[entry.key] = entry.runner(ctx)
        return self._runners[entry.key]

    def _tokened(self, deliver):
        token = self._token

        def guarded(item: object) -> None:
            if token == self._token:
                deliver(item)
            else:
                log.debug("dropped a late %s from an ended session", type(item).__name__)

        return guarded

    def _wipe(self) -> None:
        self._stop_job()
        for runner in self._runners.values():
            runner.stop()
        self._token += 1
        self.live = LiveStatus()
        FRAMES.clear()
        self._sync_poll.stop()
        gc.collect()  # drop the photo and card data now, not at some later collection
        log.info("session wiped")

    def _entered(self, screen: Screen) -> None:
        self.idle.arm(self.machine.idle_applies)
        self._done_timer.stop()
        if screen is Screen.DONE:
            self._done_timer.start()
            if self.machine.draft.visit_id:
                self._poll_sync_state()
                self._sync_poll.start()
        if screen is Screen.WELCOME:
            self.refresh_store_status()
        self.screenChanged.emit(screen.value)

    # -- job results (GUI thread) ----------------------------------------------------
    def _on_card_event(self, event: CardEvent) -> None:
        mapping = {
            CardEvent.INSERTED: ev.CardInserted(),
            CardEvent.REMOVED: ev.CardRemoved(),
            CardEvent.READER_LOST: ev.ReaderLost(),
        }
        if event in mapping:
            log.info("card reader: %s", event.value)
            self.handle(mapping[event])

    def _on_card_read(self, item: object) -> None:
        if isinstance(item, ReadProgress):
            self.live.card_step, self.live.card_fraction = item.step, item.fraction
            self.changed.emit()
        elif isinstance(item, CardReadResult):
            self._job = None
            self.handle(ev.CardReadOk(item))
        elif isinstance(item, CardError):
            self._job = None
            self.handle(ev.CardReadFailed(item.code))

    def _on_face(self, item: object) -> None:
        if isinstance(item, FaceProgress):
            self.live.face_guidance, self.live.face_fraction = item.guidance.value, item.fraction
            self.changed.emit()
        elif isinstance(item, FaceResult):
            self._job = None
            FRAMES.clear()
            self.handle(ev.FaceDone(item))

    def _on_measure(self, item: object) -> None:
        if isinstance(item, Progress):
            self.live.measure_phase, self.live.measure_value = item.phase, item.value
            self.changed.emit()
        elif isinstance(item, Reading):
            self._job = None
            self._count_use(item.kind)
            self.handle(ev.MeasurementDone(item))
        elif isinstance(item, DeviceFault):
            self._job = None
            self.handle(ev.MeasurementFailed(item))

    # -- calibration and hygiene (kiosk/maintenance/calibration.py) ------------------------
    def _out_of_service(self) -> set[MeasurementKind]:
        try:
            kinds = calibration.out_of_service(self.cfg, calibration.book_for(self.cfg))
        except Exception:  # the visit must go on; the dashboard's calibration check shows the fault
            log.exception("calibration book unreadable: no device taken out of citizen use")
            return set()
        if kinds:
            log.warning("calibration overdue or failed, skipped in this visit: %s", ", ".join(sorted(kinds)))
        return {MeasurementKind(k) for k in kinds}

    def _count_use(self, kind: MeasurementKind) -> None:
        try:
            calibration.book_for(self.cfg).count_use(kind.value)
        except Exception:
            log.exception("cannot count a use of %s", kind.value)

    def _on_saved(self, item: object) -> None:
        if isinstance(item, StoreUnavailable):
            self.live.save_state = "failed"
            self.store_accepting = False
            self.handle(ev.SaveFailed(item.reason))
        else:
            self.live.save_state = "queued"
            self.handle(ev.Saved(str(item)))
            self.devices.sync.kick()

    def _poll_queue(self) -> None:
        if self.machine.screen is Screen.WELCOME:
            self.refresh_store_status()
            self.changed.emit()

    def _poll_sync_state(self) -> None:
        visit_id = self.machine.draft.visit_id
        if not visit_id:
            self._sync_poll.stop()
            return
        state = self.devices.store.state_of(visit_id)
        new = "synced" if state == "synced" else "queued"
        if new != self.live.save_state:
            self.live.save_state = new
            log.info("visit %s: %s", visit_id, state)
            self.changed.emit()
        if new == "synced":
            self._sync_poll.stop()
