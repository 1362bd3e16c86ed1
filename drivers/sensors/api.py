"""What the kiosk needs from a measurement device, whatever protocol it speaks.

A device runs one measurement at a time with :meth:`MeasurementDevice.measure`,
blocking in a worker thread and reporting typed, frozen events through ``emit``.
"""
from __future__ import annotations

import enum
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, Mapping, Union


class MeasurementKind(str, enum.Enum):
    BLOOD_PRESSURE = "blood_pressure"  # values: systolic, diastolic (mmHg), pulse (/min)
    BODY = "body"  # values: weight_kg, height_cm, bmi
    SPO2 = "spo2"  # values: spo2 (%), pulse (/min)
    TEMPERATURE = "temperature"  # values: body_temp_c, ambient_c


@dataclass(frozen=True)
class Progress:
    """Live progress, e.g. phase "inflating" with the cuff pressure in mmHg."""

    kind: MeasurementKind
    phase: str  # "starting", "resting" (s left), "reading" (1, 2...), "inflating"/"deflating" (mmHg),
    #             "settling" (kg or None), "hold_still", "searching", "measuring" (live value or None)
    value: float | None = None


# Device flags that leave a value standing but less trustworthy: seen during a
# measurement, they travel with the reading to the record and the screen.
LOW_CONFIDENCE_FLAGS = ("low_perfusion", "motion", "artifact")


@dataclass(frozen=True)
class Reading:
    kind: MeasurementKind
    values: Mapping[str, float]  # as the device sent them: never rounded before the screen
    device_id: str = ""  # instrument identity for the record (model/serial), no personal data
    quality: Mapping[str, str] = field(default_factory=dict)  # technician detail, e.g. {"protocol": ...}
    # Wall-clock time (Unix seconds) at which the final frame arrived, from the
    # transport; None only for readings not made from a port (tests, tools).
    measured_at: float | None = None
    # The single readings a combined value was made from (blood pressure), each with its own time.
    parts: tuple["Reading", ...] = ()
    flags: frozenset[str] = frozenset()  # LOW_CONFIDENCE_FLAGS (and others) seen while measuring

    @property
    def low_confidence(self) -> bool:
        return any(f in self.flags for f in LOW_CONFIDENCE_FLAGS)


@dataclass(frozen=True)
class DeviceFault:
    """A failure. ``key`` is a translatable message key; ``detail`` is for the technician log."""

    kind: MeasurementKind
    key: str  # cuff_loose, motion, overpressure, weak_pulse, finger_out, sensor_off, low_perfusion,
    #           artifact, stepped_off, out_of_range, not_responding, unplugged, device_error,
    #           timeout, cancelled
    detail: str = ""
    retryable: bool = True


SensorEvent = Union[Progress, Reading, DeviceFault]

# Every DeviceFault key (the QML's Messages.fault words each one but "cancelled").
FAULT_KEYS = (
    "cuff_loose", "motion", "overpressure", "weak_pulse", "finger_out", "sensor_off", "low_perfusion",
    "artifact", "stepped_off", "out_of_range", "not_responding", "unplugged", "device_error", "timeout",
    "cancelled",
)


class MeasurementDevice(ABC):
    kind: MeasurementKind
    # The kiosk bounds one measure() by timeouts.measurement_s for each reading it may take,
    # plus the waits its protocol prescribes (a blood-pressure rest and pauses, in real seconds).
    readings: int = 1
    planned_wait_s: float = 0.0

    def time_limit(self, measurement_s: float) -> float:
        return self.readings * measurement_s + self.planned_wait_s

    @abstractmethod
    def measure(
        self, emit: Callable[[SensorEvent], None], cancel: threading.Event
    ) -> Reading | DeviceFault:
        """Take one measurement; returns the final Reading or DeviceFault (also emitted).

        ``emit`` may be called from the device's own port thread as well as the
        caller's: forward events through queued Qt signals (thread-safe)."""

    def close(self) -> None:
        """Release the port; the default does nothing."""
