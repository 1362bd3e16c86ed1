"""Audit records: who looked at what, from which station, with which outcome.

A service that reads personal data from a backend (a prescription, the citizen's record)
queues one :class:`AuditRecord` per access with ``store.queue_audit_event(record)``. It is
sealed and queued in the same outbox as visits and reaches the server exactly once as a
FHIR AuditEvent (``PUT AuditEvent/<uuid>``: R4 gives AuditEvent no identifier, and a PUT with
our UUID is idempotent), the citizen as its requesting agent, the station as its observer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from offline_store.api import new_id

AUDIT_PAYLOAD = "audit"  # the payload's "t": visits have none


@dataclass(frozen=True)
class AuditRecord:
    station_id: str
    citizen_id: str  # the identified person who asked (personal data, sealed at rest)
    recorded_at: datetime
    action: str  # what was done, e.g. "prescription-lookup", "record-view"
    outcome: str  # the service's verdict key, e.g. match / not_for_holder / not_found / backend_down
    succeeded: bool  # False: the access could not be made (backend down, bad answer)
    entity_system: str = ""  # what was looked at, by identifier (e.g. the prescription code)
    entity_value: str = ""
    entity_type: str = ""  # a FHIR resource type, e.g. MedicationRequest
    id: str = field(default_factory=new_id)
    # The Visit-shaped fields the Patient mapping reads (an audit adds no name or birth date).
    citizen_name: str = ""
    citizen_birth_date: str = ""
    citizen_sex: str = ""
    measurements: tuple = ()

    def __repr__(self) -> str:
        return f"AuditRecord(id={self.id}, action={self.action}, outcome={self.outcome})"


def audit_to_bytes(r: AuditRecord) -> bytes:
    return json.dumps({
        "t": AUDIT_PAYLOAD, "v": 1, "id": r.id, "station_id": r.station_id, "citizen_id": r.citizen_id,
        "recorded_at": r.recorded_at.isoformat(), "action": r.action, "outcome": r.outcome,
        "succeeded": r.succeeded, "entity_system": r.entity_system, "entity_value": r.entity_value,
        "entity_type": r.entity_type,
    }, separators=(",", ":")).encode()


def audit_from_dict(d: dict) -> AuditRecord:
    return AuditRecord(
        id=d["id"], station_id=d["station_id"], citizen_id=d["citizen_id"],
        recorded_at=datetime.fromisoformat(d["recorded_at"]), action=d["action"], outcome=d["outcome"],
        succeeded=bool(d["succeeded"]), entity_system=d.get("entity_system", ""),
        entity_value=d.get("entity_value", ""), entity_type=d.get("entity_type", ""),
    )
