"""`kiosk sensor ...`: list the device models, run a device simulator on a pty, take one reading.

    kiosk sensor protocols      (also: kiosk sensor list)
    kiosk sensor simulate --protocol NAME --port-link PATH [--scenario NAME] [--speed X]
    kiosk sensor read --protocol NAME --port PATH [--json] [--timeout S]
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import datetime

from dataclasses import replace

from drivers.sensors import registry
from drivers.sensors.api import DeviceFault, Progress, Reading
from drivers.sensors.coordinators import BpPlan
from drivers.sensors.device import SerialMeasurementDevice
from drivers.sensors.simulators import PtyLink
from kiosk.clinical import interpret
from offline_store.vitals import VITALS

# The vitals' units come from their table; ambient temperature is device context, not a vital.
UNITS = {**{k: v.unit for k, v in VITALS.items()}, "ambient_c": "C"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sensor", help="health sensor tools: protocols, simulators, one-off readings")
    s = p.add_subparsers(dest="sensor_command", metavar="<action>", required=True)

    s.add_parser("protocols", aliases=["list"],
                 help="list the device models: protocol name for [devices.*], measurement, device, "
                      "default line settings, scenarios").set_defaults(func=_protocols)

    sim = s.add_parser("simulate", help="run a device simulator on a new pty linked at PATH")
    sim.add_argument("--protocol", required=True, choices=registry.names())
    sim.add_argument("--port-link", required=True, metavar="PATH", help="symlink to create for the device's port")
    sim.add_argument("--scenario", default="normal", help="see `kiosk sensor protocols` for each protocol's list")
    sim.add_argument("--speed", type=float, default=1.0, help="time scale (10 = ten times faster)")
    sim.set_defaults(func=_simulate)

    rd = s.add_parser("read", help="take one measurement and print it with its classification")
    rd.add_argument("--protocol", required=True, choices=registry.names())
    rd.add_argument("--port", required=True, metavar="PATH")
    rd.add_argument("--json", action="store_true", help="machine-readable output")
    rd.add_argument("--timeout", type=float, default=120.0, metavar="S")
    rd.add_argument("--baudrate", type=int, default=None, help="default: the device model's own rate")
    rd.add_argument("--silence", type=float, default=5.0, metavar="S", help="watchdog: quiet this long = not responding")
    rd.add_argument("--speed", type=float, default=1.0, help="time scale of a simulator on the other end")
    rd.set_defaults(func=_read)


def _protocols(args: argparse.Namespace) -> int:
    for m in registry.all_models():
        line = f"{m.line.baudrate} {m.line.bytesize}{m.line.parity}{m.line.stopbits:g}"
        notes = [note for note, on in (("demo", m.demo), ("error_codes", m.error_codes)) if on]
        print(f"{m.protocol:20} {m.kind.value:15} {line:>12}   {m.device}" + (f"   [{', '.join(notes)}]" if notes else ""))
        print(f"{'':20} scenarios: {', '.join(m.simulator.scenarios)}")
    return 0


def _simulate(args: argparse.Namespace) -> int:
    cls = registry.get(args.protocol).simulator
    if args.scenario not in cls.scenarios:
        print(f"unknown scenario {args.scenario!r} for {args.protocol}; known: {', '.join(cls.scenarios)}",
              file=sys.stderr)
        return 2
    link = PtyLink(args.port_link)
    sim = cls(link, args.scenario, args.speed)
    signal.signal(signal.SIGTERM, lambda *_: sim.stop())  # a plain `kill` still removes the link
    print(f"{args.protocol} ({args.scenario}, speed {args.speed:g}) on {link.path}, linked at {args.port_link}; "
          "Ctrl-C to stop", flush=True)
    try:
        sim.run()
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        link.close()
    return 0


def _read(args: argparse.Namespace) -> int:
    settings = registry.get(args.protocol).line
    if args.baudrate:
        settings = replace(settings, baudrate=args.baudrate)
    make = lambda: registry.coordinator_for(args.protocol, bp_plan=BpPlan(), silence_timeout_s=args.silence,  # noqa: E731
                                            time_scale=args.speed, device_id=args.protocol)
    device = SerialMeasurementDevice(args.port, args.protocol, settings, make, name="cli")
    cancel = threading.Event()
    timer = threading.Timer(args.timeout, cancel.set)
    timer.start()

    def show(ev) -> None:
        if isinstance(ev, Progress) and not args.json:
            value = "" if ev.value is None else f" {ev.value:g}"
            print(f"  {ev.phase}{value}", file=sys.stderr, flush=True)

    try:
        result = device.measure(show, cancel)
    finally:
        timer.cancel()
        device.close()
    if isinstance(result, DeviceFault) and result.key == "cancelled" and cancel.is_set():
        result = DeviceFault(result.kind, "timeout", f"no result within {args.timeout:g} s")
    return _report(result, args.json)


def _report(result: Reading | DeviceFault, as_json: bool) -> int:
    if isinstance(result, DeviceFault):
        if as_json:
            print(json.dumps({"ok": False, "kind": result.kind.value, "fault": result.key,
                              "detail": result.detail, "retryable": result.retryable}))
        else:
            print(f"{result.kind.value}: device fault {result.key} ({result.detail})")
        return 1
    findings = interpret(result.kind, result.values)
    if as_json:
        print(json.dumps({
            "ok": True, "kind": result.kind.value, "values": dict(result.values), "units": {k: UNITS.get(k, "") for k in result.values},
            "quality": dict(result.quality), "device_id": result.device_id, "flags": sorted(result.flags),
            "measured_at": (None if result.measured_at is None
                            else datetime.fromtimestamp(result.measured_at).astimezone().isoformat()),
            "findings": [{"metric": f.metric, "value": f.value, "unit": f.unit, "band": f.band,
                          "severity": f.severity, "urgent": f.urgent} for f in findings],
        }, ensure_ascii=False))
        return 0
    values = ", ".join(f"{k} {v:g} {UNITS.get(k, '')}".rstrip() for k, v in result.values.items())
    print(f"{result.kind.value}: {values}")
    for f in findings:
        if f.band != "none":
            urgent = "  URGENT: call 115" if f.urgent else ""
            print(f"  {f.metric}: {f.band} ({f.severity}){urgent}")
    return 0
