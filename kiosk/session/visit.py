"""Turn a finished visit draft into the immutable record the store keeps."""
from __future__ import annotations

from datetime import datetime, timezone

from drivers.sensors.api import Reading
from kiosk.clinical import bp_protocol
from kiosk.session.assurance import assurance_of
from kiosk.session.machine import VisitDraft
from offline_store.api import Consent, Measurement, Visit, new_id
from offline_store.vitals import VITALS


def _when(reading: Reading, fallback: datetime) -> datetime:
    """The time the device gave the reading; the save time only for a reading made without a port."""
    if reading.measured_at is None:
        return fallback
    return datetime.fromtimestamp(reading.measured_at, timezone.utc)


def _single(reading: Reading, fallback: datetime, group: str = "") -> list[Measurement]:
    """One measurement per vital in the reading (ambient temperature is device context, not a vital)."""
    when = _when(reading, fallback)
    return [Measurement(key, float(value), VITALS[key].ucum, when, reading.device_id, group=group,
                        flags=tuple(sorted(reading.flags)))
            for key, value in reading.values.items() if key in VITALS]


def _combined(reading: Reading, fallback: datetime) -> list[Measurement]:
    """A mean of cuff readings: each reading is recorded as it was taken, and the mean says
    which readings it was computed from and the time they span (docs/sync.md)."""
    parts = [_single(p, fallback, group=new_id()) for p in reading.parts]
    used = bp_protocol.kept(parts)
    flags = {*reading.flags, *(("third_reading",) if bp_protocol.third_taken(parts) else ())}
    group = new_id()
    out = [m for p in parts for m in p]
    for key, value in reading.values.items():
        if key not in VITALS:
            continue
        sources = [m for p in used for m in p if m.code == key]
        out.append(Measurement(
            key, float(value), VITALS[key].ucum, sources[-1].measured_at, reading.device_id, group=group,
            derived_from=tuple(m.id for m in sources), started_at=sources[0].measured_at,
            flags=tuple(sorted(flags)),
        ))
    return out


def build_visit(draft: VisitDraft, station_id: str, consent_version: str, now: datetime) -> Visit:
    if draft.card is None or draft.guest:
        raise ValueError("only an identified, non-guest visit is recorded")
    card, face = draft.card, draft.face
    measurements = tuple(
        m for reading in draft.readings.values()
        for m in (_combined(reading, now) if reading.parts else _single(reading, now))
    )
    assurance = assurance_of(card, face)
    consent = Consent(consent_version, draft.consent_sha256, draft.language, draft.consent_at or now)
    return Visit(
        station_id=station_id,
        citizen_id=card.holder.id_number,
        started_at=draft.started_at or now,
        finished_at=now,
        measurements=measurements,
        assurance=assurance,
        consent=consent,
        citizen_name=card.holder.full_name,
        citizen_birth_date=card.holder.date_of_birth,
        citizen_sex=card.holder.sex,
        assisted=draft.assisted,
    )
