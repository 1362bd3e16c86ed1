"""Visit <-> JSON bytes, for the sealed payload. Datetimes keep their UTC offset."""
from __future__ import annotations

import json
from datetime import datetime

from offline_store.api import Consent, IdentityAssurance, Measurement, Visit
from offline_store.vitals import vital

PAYLOAD_VERSION = 1


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _measurement(m: Measurement) -> dict:
    out = {"id": m.id, "code": m.code, "value": m.value, "unit": m.unit,
           "measured_at": m.measured_at.isoformat(), "device_id": m.device_id}
    # Written only when set, so a plain measurement is the same bytes as before these fields.
    if m.group:
        out["group"] = m.group
    if m.derived_from:
        out["derived_from"] = list(m.derived_from)
    if m.started_at is not None:
        out["started_at"] = m.started_at.isoformat()
    if m.flags:
        out["flags"] = list(m.flags)
    return out


def _measurement_from(m: dict) -> Measurement:
    # Payloads queued by an older kiosk have none of the optional fields, and may name a vital
    # by an older name: both are read as today's (no migration of sealed payloads needed).
    v = vital(m["code"])
    return Measurement(
        id=m["id"], code=v.key if v else m["code"], value=m["value"], unit=m["unit"],
        measured_at=_dt(m["measured_at"]), device_id=m.get("device_id", ""),
        group=m.get("group", ""), derived_from=tuple(m.get("derived_from", ())),
        started_at=_dt(m["started_at"]) if m.get("started_at") else None,
        flags=tuple(m.get("flags", ())),
    )


def visit_to_bytes(visit: Visit) -> bytes:
    # Built by hand rather than with dataclasses.asdict, whose deep copies cost more than the disk write.
    a, c = visit.assurance, visit.consent
    data = {
        "v": PAYLOAD_VERSION,
        "id": visit.id,
        "station_id": visit.station_id,
        "citizen_id": visit.citizen_id,
        "started_at": visit.started_at.isoformat(),
        "finished_at": visit.finished_at.isoformat(),
        "measurements": [_measurement(m) for m in visit.measurements],
        "assurance": {
            "access_protocol": a.access_protocol, "passive_auth": a.passive_auth, "chip_auth": a.chip_auth,
            "face_decision": a.face_decision, "face_score": a.face_score, "face_threshold": a.face_threshold,
            "liveness": a.liveness,
        },
        "consent": {"version": c.version, "text_sha256": c.text_sha256, "language": c.language,
                    "given_at": c.given_at.isoformat()},
        "citizen_name": visit.citizen_name,
        "citizen_birth_date": visit.citizen_birth_date,
        "citizen_sex": visit.citizen_sex,
        "assisted": visit.assisted,
    }
    return json.dumps(data, separators=(",", ":"), allow_nan=False).encode()


def visit_from_bytes(raw: bytes) -> Visit:
    d = json.loads(raw)
    a = d["assurance"]
    c = d["consent"]
    return Visit(
        id=d["id"],
        station_id=d["station_id"],
        citizen_id=d["citizen_id"],
        started_at=_dt(d["started_at"]),
        finished_at=_dt(d["finished_at"]),
        measurements=tuple(_measurement_from(m) for m in d["measurements"]),
        assurance=IdentityAssurance(**a),
        consent=Consent(version=c["version"], text_sha256=c["text_sha256"], language=c["language"],
                        given_at=_dt(c["given_at"])),
        citizen_name=d.get("citizen_name", ""),
        citizen_birth_date=d.get("citizen_birth_date", ""),
        citizen_sex=d.get("citizen_sex", ""),
        assisted=bool(d.get("assisted", False)),  # payloads queued before issue 15 lack it: not assisted
    )


def record_from_bytes(raw: bytes):
    """A queued record: a Visit, or an AuditRecord (offline_store/audit.py) when the payload says so."""
    from offline_store.audit import AUDIT_PAYLOAD, audit_from_dict

    d = json.loads(raw)
    if isinstance(d, dict) and d.get("t") == AUDIT_PAYLOAD:
        return audit_from_dict(d)
    return visit_from_bytes(raw)
