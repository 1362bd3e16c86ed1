"""Build the measurement devices from ``[devices.<kind>]``, or simulators in demo mode.

Real mode: one SerialMeasurementDevice per configured measurement, opened by
its port path with the configured line settings. Demo mode: each device's
simulator runs on a pseudo-terminal in a background thread at ``demo.speed``
and the REAL serial transport opens that pty, so the demo exercises the same
bytes, codecs and coordinators as a station.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

from drivers.sensors import registry
from drivers.sensors.api import DeviceFault, MeasurementDevice, MeasurementKind, Reading, SensorEvent
from drivers.sensors.coordinators import BpPlan
from drivers.sensors.device import SerialMeasurementDevice
from drivers.sensors.simulators import PtyLink
from drivers.sensors.transport import LineSettings
from kiosk.clinical import bp_protocol
from kiosk.clinical.thresholds import BP_PROTOCOL
from kiosk.config import Config
from kiosk.config.fields import code_number
from kiosk.demo.env import DemoEnv

log = logging.getLogger("kiosk.devices.sensors")


def moh_bp_plan(rest_s: float = BP_PROTOCOL["rest_s"], interval_s: float = BP_PROTOCOL["interval_s"]) -> BpPlan:
    """Ministry of Health protocol: rest, two readings (a third if far apart), averaged."""
    return BpPlan(rest_s=rest_s, interval_s=interval_s,
                  needs_another=bp_protocol.needs_another_reading, combine=bp_protocol.average)


class UnavailableDevice(MeasurementDevice):
    """Stands in for a measurement with no configured device: fails at once so
    the visit moves on."""

    def __init__(self, kind: MeasurementKind, reason: str) -> None:
        self.kind = kind
        self.reason = reason

    def measure(self, emit: Callable[[SensorEvent], None], cancel: threading.Event) -> Reading | DeviceFault:
        fault = DeviceFault(self.kind, "device_error", self.reason, retryable=False)
        emit(fault)
        return fault


def error_keys_of(table: dict[str, str]) -> dict[int, str] | None:
    """``[devices.blood_pressure] error_codes`` (already checked by the config
    schema) as the codec's ``error_keys``; None when empty (the built-in table)."""
    return {code_number(code): key for code, key in table.items()} or None


def _device(kind: str, port: str, protocol: str, settings: LineSettings, silence_s: float,
            speed: float = 1.0, plan: BpPlan | None = None,
            error_keys: dict[int, str] | None = None) -> SerialMeasurementDevice:
    # The protocol's kind and its error-code table were checked when the config loaded.
    plan = plan or moh_bp_plan()

    def make():
        return registry.coordinator_for(protocol, bp_plan=plan, silence_timeout_s=silence_s,
                                        time_scale=speed, device_id=protocol)

    make_codec = None
    if error_keys is not None:
        def make_codec():
            return registry.codec_for(protocol, error_keys=error_keys)

    readings, planned_wait_s = 1, 0.0
    if registry.get(protocol).kind is MeasurementKind.BLOOD_PRESSURE:
        # The protocol's own waits, in real seconds: the rest, then a pause before each further reading.
        readings = BP_PROTOCOL["max_readings"]
        planned_wait_s = (plan.rest_s + plan.interval_s * (readings - 1)) / speed
    return SerialMeasurementDevice(port, protocol, settings, make, name=kind, make_codec=make_codec,
                                   readings=readings, planned_wait_s=planned_wait_s)


def _bp_settings(kind: str, d) -> tuple[BpPlan | None, dict[int, str] | None]:
    """The rest, interval and error-code table of ``[devices.blood_pressure]``."""
    if kind != "blood_pressure" or d is None:
        return None, None
    return moh_bp_plan(d.rest_s, d.interval_s), error_keys_of(d.error_codes)


def _real_devices(cfg: Config) -> dict[MeasurementKind, MeasurementDevice]:
    out: dict[MeasurementKind, MeasurementDevice] = {}
    for kind in cfg.flow.measurements:
        d = cfg.device(kind)
        if d is None:
            log.warning("no enabled [devices.%s]: that step will be reported as unavailable", kind)
            out[MeasurementKind(kind)] = UnavailableDevice(MeasurementKind(kind), f"no [devices.{kind}] configured")
            continue
        settings = LineSettings(d.baudrate, d.bytesize, d.parity, d.stopbits)
        plan, error_keys = _bp_settings(kind, d)
        out[MeasurementKind(kind)] = _device(kind, d.port, d.protocol, settings, d.silence_timeout_s,
                                             plan=plan, error_keys=error_keys)
    return out


def _demo_devices(cfg: Config, demo: DemoEnv) -> dict[MeasurementKind, MeasurementDevice]:
    out: dict[MeasurementKind, MeasurementDevice] = {}
    for kind in cfg.flow.measurements:
        configured = cfg.devices.get(kind)
        model = registry.get(configured.protocol) if configured is not None else registry.demo_model(kind)
        link = PtyLink(demo.workdir / f"tty-{kind}")
        sim = model.simulator(link, "normal", demo.speed)
        sim.start()
        plan, error_keys = _bp_settings(kind, configured)
        dev = _device(kind, link.device_path, model.protocol, model.line, 5.0,
                      speed=demo.speed, plan=plan, error_keys=error_keys)
        # Cleanups run last first: close the port, then stop the simulator, then remove the pty.
        demo.cleanups.append(link.close)
        demo.cleanups.append(sim.stop)
        demo.cleanups.append(dev.close)
        out[MeasurementKind(kind)] = dev
    return out


def make_measurement_devices(cfg: Config, demo: DemoEnv | None) -> dict[MeasurementKind, MeasurementDevice]:
    return _real_devices(cfg) if demo is None else _demo_devices(cfg, demo)
