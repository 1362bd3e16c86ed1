"""Wrong-PIN delays that survive a restart.

Each wrong PIN doubles the wait before the next try (1 s, 2 s, 4 s ... capped at
15 min); a right one clears it. The state is a small JSON file in the data
directory, so pulling the plug does not buy a fresh set of fast guesses. The
clock is wall-clock seconds (passed in): a monotonic clock restarts at boot.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

log = logging.getLogger("kiosk.maintenance")

FILE_NAME = "maintenance-pin-attempts.json"
FIRST_DELAY_S = 1
MAX_DELAY_S = 15 * 60
LOCKOUT_DELAY_S = 60  # a wrong PIN that makes the wait this long is audited as a lockout


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong PINs in a row."""
    if failures <= 0:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(failures - 1, 30))


@dataclass(frozen=True)
class Failure:
    failures: int
    delay_s: int
    locked_out: bool  # this failure crossed LOCKOUT_DELAY_S


class PinAttempts:
    def __init__(self, data_dir: Path, clock: Callable[[], float]) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._clock = clock
        self.failures = 0
        self._not_before = 0.0
        self._load()

    def wait_s(self) -> float:
        """Seconds before the next PIN may be tried (0 = now)."""
        left = self._not_before - self._clock()
        # A clock set backwards must not turn a 1 s wait into hours.
        return max(0.0, min(left, float(delay_after(self.failures))))

    def record_failure(self) -> Failure:
        before = delay_after(self.failures)
        self.failures += 1
        delay = delay_after(self.failures)
        self._not_before = self._clock() + delay
        self._save()
        return Failure(self.failures, delay, before < LOCKOUT_DELAY_S <= delay)

    def record_success(self) -> None:
        self.failures, self._not_before = 0, 0.0
        self._save()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self.failures = int(raw["failures"])
            self._not_before = float(raw["not_before"])
            if self.failures < 0:
                raise ValueError("negative count")
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as e:
            # Someone edited or damaged it: start from the longest wait rather than from none.
            log.warning("PIN attempt state %s unreadable (%s): starting with the longest wait",
                        self.path, e.__class__.__name__)
            self.failures = 99
            self._not_before = self._clock() + MAX_DELAY_S
            self._save()

    def _save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"failures": self.failures, "not_before": self._not_before}),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as e:
            # Still enforced in memory for this run; the technician log says the file is not kept.
            log.error("cannot save PIN attempt state to %s: %s", self.path, e)
