"""The Ministry of Health blood-pressure protocol: rest, two readings, average.

Pure arithmetic on (systolic, diastolic, pulse) triples; the device layer
drives the rest period and the cuff. Figures come from thresholds.BP_PROTOCOL.
"""
from __future__ import annotations

from typing import Sequence

from kiosk.clinical.thresholds import BP_PROTOCOL


def needs_another_reading(readings: Sequence[tuple[int, int, int]]) -> bool:
    """True while the protocol wants one more reading after ``readings``."""
    n = len(readings)
    if n < BP_PROTOCOL["readings"]:
        return True
    if n >= BP_PROTOCOL["max_readings"]:
        return False
    if n == 2:
        (s1, d1, _), (s2, d2, _) = readings[0], readings[1]
        limit = BP_PROTOCOL["recheck_difference_mmhg"]
        return abs(s1 - s2) > limit or abs(d1 - d2) > limit
    return False


def kept(readings: Sequence) -> Sequence:
    """The readings the protocol averages: the last two when a third was taken."""
    return readings[-BP_PROTOCOL["readings"]:] if len(readings) > BP_PROTOCOL["readings"] else readings


def third_taken(readings: Sequence) -> bool:
    return len(readings) > BP_PROTOCOL["readings"]


def average(readings: Sequence[tuple[int, int, int]]) -> dict[str, int]:
    """Rounded mean of the readings the protocol keeps (the last two when a third was taken)."""
    if not readings:
        raise ValueError("no readings to average")
    kept_ = kept(readings)
    n = len(kept_)
    # Half rounds up (Python's round() would send 78.5 to 78).
    return {key: int(sum(r[i] for r in kept_) / n + 0.5) for i, key in enumerate(("systolic", "diastolic", "pulse"))}
