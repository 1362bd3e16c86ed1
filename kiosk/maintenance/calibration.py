"""Calibration checks, due dates, use counters and the cleaning log of each device (no Qt).

A technician checks a device against a reference (a blood-pressure simulator's set
values, a test weight, an SpO2 simulator, a black-body reference): they enter the
reference, the kiosk takes a reading, and the check passes when every compared value
is within the tolerance of ``SPECS``. The next check is due ``interval_days`` later
(``[devices.<kind>] calibration_days``). A device whose check is overdue, or whose
last check failed, is out of citizen use: the visit skips its step with a note, the
dashboard shows it red and the metric ``kiosk_calibration_due_days`` goes negative.

A device never checked on this station counts from the day the kiosk first saw it
(it arrives calibrated from the supplier), so a fresh install is not locked out.

Kept in ``<paths.data_dir>/device-care.json``, replaced atomically on every change;
the clock is passed in. Nothing here concerns a citizen: only device kinds, values
of reference instruments, counts and times.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Mapping

log = logging.getLogger("kiosk.maintenance.calibration")

FILE_NAME = "device-care.json"
HISTORY = 20  # checks and cleanings kept per device
DUE_SOON_DAYS = 14  # the dashboard turns amber this long before a check is due


@dataclass(frozen=True)
class Spec:
    """What a calibration check compares, and how close is close enough."""

    values: tuple[str, ...]  # reading value keys (offline_store/vitals.py names)
    tolerance: float  # in the values' unit
    source: str  # where the tolerance comes from


# Tolerances: the device standards' accuracy limits, against a reference instrument.
SPECS: dict[str, Spec] = {
    # ISO 81060-2 validation allows a mean difference of 5 mmHg against the reference.
    "blood_pressure": Spec(("systolic", "diastolic"), 5.0, "ISO 81060-2: mean difference within 5 mmHg"),
    # OIML R 76 class III, 100 g interval, medium loads: maximum permissible error 2 e in service.
    "body": Spec(("weight_kg",), 0.2, "OIML R 76 class III in service (e = 0.1 kg): 0.2 kg"),
    # ISO 80601-2-61 accuracy against a simulator's set value; 2 % is the usual acceptance limit.
    "spo2": Spec(("spo2",), 2.0, "ISO 80601-2-61 / simulator acceptance: 2 %"),
    # ISO 80601-2-56 laboratory accuracy of a clinical thermometer: 0.3 C.
    "temperature": Spec(("body_temp_c",), 0.3, "ISO 80601-2-56: 0.3 C against a black body"),
}


@dataclass(frozen=True)
class CheckResult:
    kind: str
    passed: bool
    deviations: Mapping[str, float]  # measured - reference, per compared value
    tolerance: float
    due: datetime  # the next check


@dataclass(frozen=True)
class CareState:
    kind: str
    due: datetime
    days_left: float  # negative when overdue
    last_check: datetime | None
    last_passed: bool | None  # None: never checked on this station
    uses: int
    uses_since_cleaning: int
    last_cleaning: datetime | None
    clean_every: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def out_of_service(self) -> bool:
        return self.overdue or self.last_passed is False

    @property
    def cleaning_due(self) -> bool:
        return self.uses_since_cleaning >= self.clean_every


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _iso(t: datetime) -> str:
    return t.astimezone(timezone.utc).isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class CareBook:
    def __init__(self, data_dir: Path | str, clock: Callable[[], datetime] = _utcnow) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._clock = clock
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------
    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) and isinstance(data.get("devices"), dict) else {"devices": {}}
        except FileNotFoundError:
            return {"devices": {}}
        except (OSError, ValueError) as e:
            # Never guess a calibration: a damaged book leaves every device as if never checked
            # (counted from now), and the technician log says so.
            log.error("%s unreadable (%s): calibration dates start again from now", self.path, e.__class__.__name__)
            return {"devices": {}}

    def _device(self, data: dict, kind: str) -> dict:
        d = data["devices"].setdefault(kind, {})
        d.setdefault("first_seen", _iso(self._clock()))
        d.setdefault("checks", [])
        d.setdefault("cleanings", [])
        d.setdefault("uses", 0)
        d.setdefault("uses_since_cleaning", 0)
        return d

    def state(self, kind: str, interval_days: int, clean_every: int, remember: bool = True) -> CareState:
        """``remember=False`` for reports (`kiosk doctor`): nothing is written."""
        with self._lock:
            data = self._load()
            new = kind not in data["devices"]
            d = self._device(data, kind)
            if new and remember:
                self._save(data)  # the first sight starts the device's clock
        return self._state_of(kind, d, interval_days, clean_every)

    def _state_of(self, kind: str, d: dict, interval_days: int, clean_every: int) -> CareState:
        last = d["checks"][-1] if d["checks"] else None
        base = _parse(last["time"]) if last else _parse(d["first_seen"])
        due = base + timedelta(days=interval_days)
        days_left = (due - self._clock()).total_seconds() / 86400
        cleaning = d["cleanings"][-1] if d["cleanings"] else None
        return CareState(kind, due, days_left, _parse(last["time"]) if last else None,
                         bool(last["passed"]) if last else None, int(d["uses"]), int(d["uses_since_cleaning"]),
                         _parse(cleaning["time"]) if cleaning else None, clean_every)

    def history(self, kind: str) -> dict:
        """The device's recent checks and cleanings, newest last (for the screen)."""
        with self._lock:
            d = self._load()["devices"].get(kind, {})
        return {"checks": list(d.get("checks", [])), "cleanings": list(d.get("cleanings", []))}

    # -- writing -------------------------------------------------------------------
    def record_check(self, kind: str, reference: Mapping[str, float], measured: Mapping[str, float],
                     interval_days: int) -> CheckResult:
        spec = SPECS[kind]
        missing = [k for k in spec.values if k not in reference or k not in measured]
        if missing:
            raise ValueError(f"calibration of {kind} needs {', '.join(spec.values)} (missing {', '.join(missing)})")
        deviations = {k: round(float(measured[k]) - float(reference[k]), 3) for k in spec.values}
        passed = all(abs(v) <= spec.tolerance + 1e-9 for v in deviations.values())
        now = self._clock()
        with self._lock:
            data = self._load()
            d = self._device(data, kind)
            d["checks"] = [*d["checks"], {"time": _iso(now), "passed": passed, "tolerance": spec.tolerance,
                                          "reference": {k: float(reference[k]) for k in spec.values},
                                          "measured": {k: float(measured[k]) for k in spec.values},
                                          "deviations": deviations}][-HISTORY:]
            self._save(data)
        log.info("calibration check of %s: %s (deviations %s, tolerance %s)", kind,
                 "passed" if passed else "FAILED", deviations, spec.tolerance)
        return CheckResult(kind, passed, deviations, spec.tolerance, now + timedelta(days=interval_days))

    def count_use(self, kind: str) -> None:
        """A measurement was taken on the device (the cuff inflated, the clip was worn)."""
        with self._lock:
            data = self._load()
            d = self._device(data, kind)
            d["uses"] += 1
            d["uses_since_cleaning"] += 1
            self._save(data)

    def record_cleaning(self, kind: str) -> int:
        """The device was cleaned; returns the uses since the cleaning before."""
        with self._lock:
            data = self._load()
            d = self._device(data, kind)
            since = int(d["uses_since_cleaning"])
            d["cleanings"] = [*d["cleanings"], {"time": _iso(self._clock()), "uses_before": since}][-HISTORY:]
            d["uses_since_cleaning"] = 0
            self._save(data)
        log.info("cleaning of %s recorded after %d uses", kind, since)
        return since

    def _save(self, data: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1, sort_keys=True)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


# -- the station's devices, from its configuration --------------------------------------
def kinds(cfg) -> list[str]:
    """The measurements the station runs with an enabled device, in flow order."""
    return [k for k in cfg.flow.measurements if cfg.device(k) is not None]


def settings(cfg, kind: str) -> tuple[int, int]:
    """(calibration interval in days, uses between cleanings) of ``[devices.<kind>]``."""
    d = cfg.device(kind)
    return int(d.calibration_days), int(d.clean_every_uses)


def states(cfg, book: CareBook, remember: bool = True) -> list[CareState]:
    return [book.state(k, *settings(cfg, k), remember=remember) for k in kinds(cfg)]


def out_of_service(cfg, book: CareBook) -> set[str]:
    """Device kinds a citizen must not be measured on now."""
    out = set()
    for s in states(cfg, book):
        if s.out_of_service:
            out.add(s.kind)
    return out


def book_for(cfg, clock: Callable[[], datetime] = _utcnow) -> CareBook:
    return CareBook(Path(cfg.paths.data_dir), clock)

