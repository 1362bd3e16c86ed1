"""Self-test of each peripheral, for the maintenance screen (no Qt).

- card reader: PC/SC lists it, and it answers a connect with the card's ATR or "no card";
- camera: frames arrive and a face is found in them, through the kiosk's own face
  checker (it opens the camera only when no face check holds it);
- each serial device: its port opens and the device answers its model's status or
  test command (drivers/sensors/selftest.py), through the running kiosk's own port.

Each result is a frozen ``DeviceResult``; statuses are keys the screen words.
Details are technician text (ports, codes, counts): never personal data.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from drivers.sensors import registry
from drivers.sensors import selftest as sensor_selftest

log = logging.getLogger("kiosk.maintenance.selftest")

# What the screen words; "ok" and "silent" are passes, the rest faults.
STATUSES = ("ok", "silent", "no_card", "busy", "reader_missing", "pcsc_unavailable", "no_frames", "no_face",
            "camera_unavailable", "port_missing", "port_error", "no_answer", "device_error", "not_configured",
            "crashed")
PASSES = frozenset({"ok", "silent", "no_card"})


@dataclass(frozen=True)
class DeviceResult:
    device: str  # card_reader, camera, device:<kind>
    status: str  # one of STATUSES
    detail: str
    elapsed_s: float = 0.0

    @property
    def passed(self) -> bool:
        return self.status in PASSES

    def as_dict(self) -> dict:
        return {"device": self.device, "status": self.status, "detail": self.detail,
                "passed": self.passed, "elapsed_s": round(self.elapsed_s, 2)}


def card_reader(wanted: str, demo: bool = False) -> DeviceResult:
    if demo:
        return DeviceResult("card_reader", "ok", "virtual CCCD reader in the app (demo): card present")
    started = time.monotonic()
    try:
        from drivers.card import pcsc_transport as pcsc

        names = pcsc.list_readers()
    except Exception as e:  # pcscd down, libpcsclite missing
        return DeviceResult("card_reader", "pcsc_unavailable", f"PC/SC unavailable ({e.__class__.__name__}: {e})")
    name = pcsc.pick_reader(names, wanted)
    if name is None:
        return DeviceResult("card_reader", "reader_missing", f"no reader matching {wanted!r} (found {names})",
                            time.monotonic() - started)
    transport = pcsc.PcscTransport(wanted)
    try:
        atr = transport.connect()
        return DeviceResult("card_reader", "ok", f"{name}: card answered, ATR {atr.hex(' ')}",
                            time.monotonic() - started)
    except pcsc.NoCard:
        return DeviceResult("card_reader", "no_card", f"{name}: answers, no card inserted", time.monotonic() - started)
    except Exception as e:
        return DeviceResult("card_reader", "reader_missing", f"{name}: {e.__class__.__name__}: {e}",
                            time.monotonic() - started)
    finally:
        transport.close()


def camera(checker: Any, frames: int = 10, timeout_s: float = 5.0) -> DeviceResult:
    probe = getattr(checker, "probe", None)
    if probe is None:
        return DeviceResult("camera", "not_configured", f"{type(checker).__name__} has no self-test")
    started = time.monotonic()
    read, with_face, error = probe(frames, timeout_s)
    took = time.monotonic() - started
    if error == "busy":
        return DeviceResult("camera", "busy", "a face check holds the camera; try again when it ends", took)
    if error and read == 0:
        return DeviceResult("camera", "camera_unavailable", error, took)
    if read == 0:
        return DeviceResult("camera", "no_frames", f"no frame within {timeout_s:.0f} s", took)
    if with_face == 0:
        return DeviceResult("camera", "no_face", f"{read} frames, no face found: stand in front of the camera", took)
    return DeviceResult("camera", "ok", f"{read} frames, a face in {with_face}", took)


def serial_device(kind: str, device: Any, protocol: str, answer_wait_s: float = sensor_selftest.ANSWER_WAIT_S,
                  open_wait_s: float = sensor_selftest.OPEN_WAIT_S) -> DeviceResult:
    """Self-test of the running kiosk's device for ``kind`` (a SerialMeasurementDevice)."""
    name = f"device:{kind}"
    hold = getattr(device, "idle_transport", None)
    if hold is None:
        return DeviceResult(name, "not_configured", getattr(device, "reason", "no serial device for this step"))
    model = registry.get(protocol)
    with hold() as transport:
        if transport is None:
            return DeviceResult(name, "busy", "a measurement is using the device")
        out = sensor_selftest.run(transport, model.make_codec, model.self_test, answer_wait_s, open_wait_s)
    return DeviceResult(name, out.status, f"{protocol}: {out.detail}", out.elapsed_s)


def run_all(cfg, card_demo: bool, face: Any, sensors: Mapping[Any, Any],
            report: Callable[[DeviceResult], None] = lambda r: None) -> list[DeviceResult]:
    """Every peripheral in turn; ``report`` sees each result as it comes (for the screen)."""
    jobs: list[tuple[str, Callable[[], DeviceResult]]] = [
        ("card_reader", lambda: card_reader(cfg.card.reader, card_demo)),
        ("camera", lambda: camera(face)),
    ]
    for kind, dev in sensors.items():
        kind = getattr(kind, "value", kind)
        d = cfg.devices.get(kind)
        protocol = d.protocol if d is not None else registry.demo_model(kind).protocol
        jobs.append((f"device:{kind}", lambda k=kind, dv=dev, p=protocol: serial_device(k, dv, p)))
    out = []
    for name, job in jobs:
        out.append(run_one(name, job))
        report(out[-1])
    return out


def run_one(name: str, job: Callable[[], DeviceResult]) -> DeviceResult:
    try:
        result = job()
    except Exception as e:  # a driver bug must show as a failed test, not end the screen
        log.exception("self-test of %s crashed", name)
        result = DeviceResult(name, "crashed", f"{e.__class__.__name__}: {e}")
    level = logging.INFO if result.passed else logging.WARNING
    log.log(level, "self-test %s: %s (%s)", name, result.status, result.detail)
    return result
