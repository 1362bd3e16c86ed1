"""Shape the visit's readings and their clinical interpretation for the results screen."""
from __future__ import annotations

from drivers.sensors.api import LOW_CONFIDENCE_FLAGS
from kiosk.clinical import bp_protocol, interpret
from kiosk.session.machine import VisitDraft


def results_for(draft: VisitDraft) -> list[dict]:
    """One entry per measurement step, in visit order: measured, skipped or failed."""
    out = []
    for kind in draft.steps:
        entry = {"kind": kind.value, "status": "skipped", "faultKey": "", "values": {}, "findings": [],
                 "lowConfidence": False, "qualityKeys": []}
        reading = draft.readings.get(kind)
        if reading is not None:
            entry["status"] = "measured"
            # Device flags make the value low-confidence; a third cuff reading is only explained.
            entry["lowConfidence"] = reading.low_confidence
            entry["qualityKeys"] = [f for f in LOW_CONFIDENCE_FLAGS if f in reading.flags] + (
                ["third_reading"] if bp_protocol.third_taken(reading.parts) else [])
            entry["values"] = {k: float(v) for k, v in reading.values.items()}
            entry["findings"] = [
                {
                    "metric": f.metric,
                    "value": float(f.value),
                    "unit": f.unit,
                    "band": f.band,
                    "severity": f.severity,
                    "urgent": bool(f.urgent),
                }
                for f in interpret(kind, reading.values)
            ]
        elif kind in draft.faults:
            entry["status"] = "failed"
            entry["faultKey"] = draft.faults[kind].key
        out.append(entry)
    return out
