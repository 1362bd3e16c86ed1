"""Visit <-> JSON bytes, for the sealed payload. Datetimes keep their UTC offset."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime

from offline_store.api import Consent, IdentityAssurance, Measurement, Visit

PAYLOAD_VERSION = 1


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def visit_to_bytes(visit: Visit) -> bytes:
    data = asdict(visit)
    data["v"] = PAYLOAD_VERSION
    return json.dumps(data, default=_encode_default, separators=(",", ":"), allow_nan=False).encode()


def _encode_default(o):
    if isinstance(o, datetime):
        return o.isoformat()
    raise TypeError(f"cannot encode {type(o).__name__}")


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
        measurements=tuple(
            Measurement(
                id=m["id"], code=m["code"], value=m["value"], unit=m["unit"],
                measured_at=_dt(m["measured_at"]), device_id=m.get("device_id", ""),
            )
            for m in d["measurements"]
        ),
        assurance=IdentityAssurance(**a),
        consent=Consent(version=c["version"], text_sha256=c["text_sha256"], language=c["language"],
                        given_at=_dt(c["given_at"])),
        citizen_name=d.get("citizen_name", ""),
        citizen_birth_date=d.get("citizen_birth_date", ""),
        citizen_sex=d.get("citizen_sex", ""),
    )
