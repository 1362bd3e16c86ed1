"""The scripted tour: one whole citizen visit without a person, offscreen.

It taps the same buttons a citizen would, saves a PNG of every screen it
passes, and succeeds only if the visit reached the FHIR server.
"""
from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import requests
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.app import KioskWindow
from kiosk.config import Config
from kiosk.demo.env import DemoEnv
from kiosk.flow.controller import FlowController
from kiosk.ui_driver import tap
from kiosk.viewmodels.camera_preview import FRAMES

log = logging.getLogger("kiosk.tour")


@dataclass
class Wait:
    what: str
    until: Callable[[], bool]
    timeout_s: float = 30.0


@dataclass
class Pause:
    seconds: float


class TourFailed(Exception):
    pass


class Tour(QObject):
    def __init__(self, ui: KioskWindow, controller: FlowController, outdir: Path, cfg: Config,
                 demo: DemoEnv | None) -> None:
        super().__init__()
        self.ui, self.c, self.cfg, self.demo = ui, controller, cfg, demo
        self.outdir = outdir
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.exit_code = 1
        self.failure = "did not finish"
        self.shots: list[Path] = []
        self._measured: dict[str, float | None] = {}  # measurement kind -> when its device gave it
        self._steps: Iterator[object] = self._script()
        self._current: object | None = None
        self._since = 0.0
        self._timer = QTimer(self, interval=40)
        self._timer.timeout.connect(self._tick)

    # -- engine ----------------------------------------------------------------
    def start(self) -> None:
        self._advance()
        self._timer.start()

    def _advance(self) -> None:
        try:
            self._current = next(self._steps)
            self._since = time.monotonic()
        except StopIteration:
            self._finish(0, "")
        except (TourFailed, LookupError) as e:
            self._finish(1, str(e))

    def _tick(self) -> None:
        step, waited = self._current, time.monotonic() - self._since
        if isinstance(step, Pause):
            if waited >= step.seconds:
                self._advance()
        elif isinstance(step, Wait):
            if step.until():
                self._advance()
            elif waited > step.timeout_s:
                self._finish(1, f"timed out after {step.timeout_s:.0f} s waiting for {step.what} "
                                f"(screen: {self.screen})")

    def _finish(self, code: int, failure: str) -> None:
        self._timer.stop()
        self.exit_code, self.failure = code, failure
        if code:
            self.shot("failure")
            log.error("tour failed: %s", failure)
        QTimer.singleShot(0, QGuiApplication.quit)

    # -- helpers ---------------------------------------------------------------
    @property
    def screen(self) -> str:
        return self.c.machine.screen.value

    def on(self, screen: str, timeout_s: float = 30.0) -> Wait:
        return Wait(f"screen {screen}", lambda: self.screen == screen, timeout_s)

    def shot(self, name: str) -> None:
        path = self.outdir / f"{len(self.shots) + 1:02d}-{name}.png"
        if not self.ui.window.grabWindow().save(str(path)):
            raise TourFailed(f"could not write {path}")
        self.shots.append(path)

    def tap(self, name: str) -> None:
        tap(self.ui.window, name)

    # -- the visit -------------------------------------------------------------
    def _script(self) -> Iterator[object]:
        settle = Pause(0.4)
        yield self.on("welcome")
        yield settle
        self.shot("welcome-vi")
        self.tap("language_en")
        yield settle
        self.shot("welcome-en")
        self.tap("language_vi")
        yield settle
        self.tap("startButton")
        yield self.on("consent")
        yield settle
        self.shot("consent")
        self.tap("agreeButton")
        yield Wait("card screen", lambda: self.screen in ("card_wait", "can_entry"))
        if self.screen == "card_wait":
            yield settle
            self.shot("card-wait")
            yield self.on("can_entry")
        yield settle
        can = self.demo.citizen.can if self.demo else ""
        for digit in can[:3]:
            self.tap(f"key{digit}")
        yield settle
        self.shot("can-entry")
        for digit in can[3:]:
            self.tap(f"key{digit}")
        self.tap("keyOk")
        yield Wait("card reading or face check", lambda: self.screen != "can_entry", 10)
        if self.screen == "card_reading":
            yield Pause(0.2)
            if self.screen == "card_reading":  # fast demo cards may be done already
                self.shot("card-reading")
        yield Wait("card read", lambda: self.screen not in ("can_entry", "card_reading"), self.cfg.timeouts.card_read_s)
        for attempt in (1, 2):  # a person whose first face check fails is offered another
            if self.screen == "face_failed":
                yield settle
                self.shot("face-failed")
                self.tap("retryFaceButton")
                yield Wait("face check", lambda: self.screen != "face_failed", 10)
            if self.screen == "face_check":
                yield Wait("camera guidance", lambda: self.c.live.face_fraction > 0.3 or self.screen != "face_check", 30)
                if self.screen == "face_check" and attempt == 1:
                    self.shot("face-check")
                yield Wait("face check result", lambda: self.screen != "face_check", self.cfg.timeouts.face_check_s)
        if self.screen == "services":  # the chooser: a station with more than one service
            yield settle
            self.shot("services")
            self.tap("service_measure")
            yield self.on("measure", 10)
        if self.screen != "measure":
            raise TourFailed(f"face check ended on {self.screen} ({self.c.machine.draft.error or self.c.machine.draft.staff_reason}), not measure")
        for _ in self.c.machine.draft.steps:
            kind = self.c.machine.draft.current_step.value
            yield settle
            self.shot(f"measure-{kind}")
            self.tap("startMeasureButton")
            yield Wait(f"{kind} live progress", lambda: self.c.live.measure_phase not in ("", "starting")
                       or self.c.machine.draft.step_phase.value != "measuring", 60)
            yield Pause(1.0)
            if self.c.machine.draft.step_phase.value == "measuring":
                self.shot(f"measure-{kind}-live")
            yield Wait(f"{kind} reading", lambda: self.c.machine.draft.step_phase.value in ("result", "fault"),
                       self.cfg.timeouts.measurement_s)
            yield settle
            self.shot(f"measure-{kind}-{self.c.machine.draft.step_phase.value}")
            self.tap("nextButton" if self.c.machine.draft.step_phase.value == "result" else "skipButton")
        yield self.on("results")
        yield settle
        self.shot("results")
        # When each device gave its reading, to find on the server after the visit is wiped.
        self._measured = {r.kind.value: r.measured_at for r in self.c.machine.draft.readings.values()}
        self.tap("finishButton")
        yield Wait("saved", lambda: self.screen in ("done", "save_failed"), 30)
        if self.screen != "done":
            raise TourFailed(f"the visit was not saved ({self.c.machine.draft.error})")
        yield settle
        visit_id = self.c.machine.draft.visit_id
        self._done_timer_off()
        if self.c.live.save_state != "synced":
            self.shot("done-queued")
        store = self.c.devices.store
        yield Wait("visit synced", lambda: store.state_of(visit_id) == "synced", 120)
        yield Wait("done screen shows it", lambda: self.c.live.save_state == "synced", 5)
        yield settle
        self.shot("done-synced")
        self._check_server()
        yield from self._print_slip()
        yield from self._record()
        yield from self._prescription()

    def _print_slip(self) -> Iterator[object]:
        """Print my results on the demo's simulated printer; its PNG goes beside the screenshots."""
        printer = self.c.devices.printer
        if printer is None or printer.simulator is None:
            return
        self.tap("printButton")
        yield Wait("slip printed", lambda: self.ui.slip.state not in ("", "printing"), 30)
        if self.ui.slip.state != "printed":
            raise TourFailed(f"the slip was not printed ({self.ui.slip.state})")
        yield Pause(0.4)
        self.shot("done-printed")
        path = self.outdir / f"{len(self.shots) + 1:02d}-slip.png"
        shutil.copyfile(printer.simulator.jobs[-1], path)
        self.shots.append(path)

    def _record(self) -> Iterator[object]:
        """My health record, after measuring: today next to before, the charts, the vaccinations."""
        if "record" not in self.c.machine.services_enabled:
            return
        self.tap("otherServicesButton")
        yield self.on("services", 10)
        yield Pause(0.4)
        self.tap("service_record")
        service = lambda: self.c.machine.draft.service  # noqa: E731
        yield Wait("history read", lambda: service() is not None and not service().loading, 30)
        if service().error:
            raise TourFailed(f"the history was not read ({service().error})")
        for tab in ("today", "bp", "weight", "vaccines"):
            self.tap(f"recordTab_{tab}")
            yield Pause(0.6)
            self.shot(f"record-{tab}")
        self.tap("recordBackButton")
        yield Wait("back to the services", lambda: self.screen in ("services", "welcome"), 10)

    def _prescription(self) -> Iterator[object]:
        """Check my prescription: the QR held up to the camera (Vietnamese), the result and pick-up
        pass in both languages, a mistyped code, the controlled one typed, someone else's code."""
        if "prescription" not in self.c.machine.services_enabled:
            return
        from kiosk.demo import prescriptions as demo_rx

        if self.screen == "done":
            self.tap("otherServicesButton")
        yield self.on("services", 10)
        yield Pause(0.4)
        self.shot("services-again")
        self.tap("service_prescription")
        service = lambda: self.c.machine.draft.service  # noqa: E731
        yield Wait("the camera picture", lambda: self.ui.prescription.scanning and FRAMES.latest() is not None, 10)
        yield Pause(0.6)
        self.shot("prescription-entry-vi")
        hold_up = getattr(self.c.devices.face, "hold_up", None)
        if hold_up is not None:
            hold_up("ordinary")  # the visitor holds the printed prescription's QR up to the camera
        else:
            self._type_code(demo_rx.ORDINARY)
        yield Wait("the prescription", lambda: service().screen == "result" and bool(service().token), 30)
        if service().verdict != "match":
            raise TourFailed(f"the demo prescription was not found ({service().verdict})")
        yield Pause(0.6)
        self.shot("prescription-result-vi")
        self.tap("language_en")
        yield Pause(0.4)
        self.shot("prescription-result-en")
        self.tap("prescriptionAnotherButton")
        yield Wait("the code entry", lambda: service().screen == "entry", 10)
        mistyped = demo_rx.CONTROLLED[:10] + demo_rx.CONTROLLED[-2:]  # two characters short
        self._type_code(mistyped)
        yield Wait("the wrong part named", lambda: service().error == "code_length", 10)
        yield Pause(0.4)
        self.shot("prescription-code-error-en")
        for _ in mistyped:
            self.tap("codeKeyBack")
        self._type_code(demo_rx.CONTROLLED)
        yield Wait("the controlled prescription", lambda: service().screen == "result" and bool(service().token), 30)
        yield Pause(0.6)
        self.shot("prescription-controlled-en")
        self.tap("prescriptionAnotherButton")
        yield Wait("the code entry", lambda: service().screen == "entry", 10)
        self._type_code(demo_rx.SOMEONE_ELSE)
        yield Wait("the verdict", lambda: service().screen == "result", 30)
        self.tap("language_vi")
        yield Pause(0.4)
        self.shot("prescription-not-found-vi")
        self.tap("prescriptionDoneButton")
        yield Wait("out of the service", lambda: self.screen in ("services", "welcome"), 10)

    def _type_code(self, code: str) -> None:
        for ch in code.upper():
            self.tap("codeKey" + ("Hyphen" if ch == "-" else ch))
        self.tap("codeKeyOk")

    def _done_timer_off(self) -> None:
        """The tour watches the done screen until the sync lands; a person would have left."""
        self.c.hold_done_screen()

    def _check_server(self) -> None:
        """Ask the server itself, by plain FHIR search, that the visit is there."""
        if self.demo is None or not self.demo.fhir_url:
            raise TourFailed("no FHIR server to check against")
        system = self.cfg.backend.patient_identifier_system
        session = requests.Session()
        session.trust_env = False
        patients = session.get(f"{self.demo.fhir_url}/Patient", params={"identifier": f"{system}|{self.demo.citizen.id_number}"},
                               timeout=10).json()
        entries = patients.get("entry", [])
        if len(entries) != 1:
            raise TourFailed(f"expected 1 Patient on the server, found {len(entries)}")
        pid = entries[0]["resource"]["id"]
        # Newest first: the demo citizen also has a seeded year of history (kiosk/demo/history_seed.py).
        obs = session.get(f"{self.demo.fhir_url}/Observation", params={"subject": f"Patient/{pid}", "_sort": "-date",
                                                                        "_count": "20"}, timeout=10).json()
        count = len(obs.get("entry", []))
        if count == 0:
            raise TourFailed("the server has no Observation for the visit")
        self._check_times([e["resource"] for e in obs["entry"]])
        log.info("tour: server has the patient and %d observations, each at its own measured time", count)

    def _check_times(self, observations: list[dict]) -> None:
        """Each vital carries the time its device gave it, in the station's offset (not the save time)."""
        offset = self.cfg.station.timezone_offset
        kind_of = {"85354-9": "blood_pressure", "29463-7": "body", "8302-2": "body", "39156-5": "body",
                   "2708-6": "spo2", "8310-5": "temperature"}  # heart rate comes from two devices
        latest: dict[str, float] = {}
        for o in observations:
            when = o.get("effectiveDateTime") or o.get("effectivePeriod", {}).get("end", "")
            if not when.endswith(offset):
                raise TourFailed(f"an Observation's time {when!r} is not in the station offset {offset}")
            kind = kind_of.get(o["code"]["coding"][0]["code"])
            if kind:
                t = datetime.fromisoformat(when).timestamp()
                latest[kind] = max(latest.get(kind, t), t)
        for kind, t in latest.items():
            measured = self._measured.get(kind)
            if measured is None or abs(t - measured) > 1:
                raise TourFailed(f"the {kind} Observation is not at the time its device gave the reading")
