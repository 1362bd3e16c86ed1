"""Replay the recorded captures (fixtures/<model>/*.hex) through the codec and
the coordinator with the recorded timestamps: the same outcome comes out."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from drivers.sensors.api import Reading
from drivers.sensors.coordinators import BpPlan, coordinator_for
from drivers.sensors.protocols import codec_for
from kiosk.clinical import bp_protocol

FIXTURES = Path(__file__).parent / "fixtures"
CAPTURES = sorted(FIXTURES.glob("*/*.hex"))


def load(path: Path) -> list[tuple[float, bytes]]:
    out = []
    for line in path.read_text().splitlines():
        ms, hexdata = line.split()
        out.append((float(ms) / 1000, bytes.fromhex(hexdata)))
    return out


def test_there_are_captures_for_every_model():
    assert {p.parent.name for p in CAPTURES} >= {
        "suntech_advantage", "healthometer_500kl", "and_standard", "nonin_df2", "nonin_df8", "ir_uart_module"}


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_capture_replays_to_the_recorded_outcome(capture):
    meta = json.loads(capture.with_suffix(".json").read_text())
    plan = BpPlan(rest_s=1, interval_s=1, needs_another=bp_protocol.needs_another_reading, combine=bp_protocol.average)
    coord = coordinator_for(meta["protocol"], bp_plan=plan, time_scale=meta["speed"], silence_timeout_s=5)
    codec = codec_for(meta["protocol"])
    coord.start(0.0)
    for at, data in load(capture):
        coord.tick(at)
        coord.on_bytes(at)
        for ev in codec.feed(data, at):
            coord.on_event(ev, at)
    assert isinstance(coord.outcome, Reading), coord.outcome
    assert dict(coord.outcome.values) == meta["values"]
