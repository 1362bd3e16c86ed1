"""A reading reaches the record as the device gave it: its own time in the station's offset,
the device's decimals, how it was derived and what may weaken it (issue 10, items 1-3).

Readings come from the real coordinators fed the real codecs' frames on a controlled clock
(monotonic and wall time, as the transport stamps them), then go through the visit builder,
the store's codec and the FHIR mapping; the last test sends them to the real server.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from drivers.camera.api import FaceDecision, FaceResult
from drivers.card.api import CardHolder, CardReadResult
from drivers.sensors.api import MeasurementKind as K, Reading
from drivers.sensors.coordinators import BpPlan, coordinator_for
from drivers.sensors.events import CuffPressure, Measured, Status
from drivers.sensors.protocols import codec_for
from kiosk.clinical import bp_protocol
from kiosk.session.machine import VisitDraft
from kiosk.session.visit import build_visit
from offline_store import fhir_mapping as fm
from offline_store.codec import visit_from_bytes, visit_to_bytes
from offline_store.settings import SyncSettings
from offline_store.sync import SyncEngine

S = SyncSettings(base_url="http://127.0.0.1/fhir", timezone_offset="+07:00")
ICT = timezone(timedelta(hours=7))
T0 = datetime(2026, 11, 23, 8, 0, 0, tzinfo=timezone.utc).timestamp()  # wall clock of monotonic 0
MOH = BpPlan(rest_s=300, interval_s=60, needs_another=bp_protocol.needs_another_reading, combine=bp_protocol.average)
HOLDER = CardHolder("079158001299", "Nguyễn Thị Thử", "1950-01-02", "F", "VNM")
CARD = CardReadResult(HOLDER, b"\xff\xd8photo", "jpeg", "PACE-CAN", "genuine", "passed")


def feed(c, now, event):
    """Bytes that complete a frame arrive at ``now``: the coordinator sees both clocks, then the event."""
    c.on_bytes(now, T0 + now)
    c.on_event(event, now)


def bp_cycle(c, now, values):
    c.tick(now)
    for p in (40, 120, 150, 130, 90):
        now += 0.3
        c.tick(now)
        feed(c, now, CuffPressure(p))
    feed(c, now, Status("complete"))
    now += 0.1
    feed(c, now, Measured(values))
    return now


def bp_reading(triples, gap_s=60.0):
    c = coordinator_for("suntech-advantage", bp_plan=MOH, device_id="bp-cuff")
    c.start(0.0)
    now, times = 300.0, []
    for s, d, p in triples:
        now = bp_cycle(c, now, {"systolic": s, "diastolic": d, "pulse": p})
        times.append(T0 + now)
        now += gap_s
    assert isinstance(c.outcome, Reading), c.outcome
    return c.outcome, times


def scale_reading(line: bytes, start: float):
    c = coordinator_for("and-standard", device_id="scale", height_cm=165.0)
    codec = codec_for("and-standard")
    c.start(start)
    now = start
    for _ in range(3):
        now += 0.5
        c.on_bytes(now, T0 + now)
        for ev in codec.feed(line, now):
            c.on_event(ev, now)
    assert isinstance(c.outcome, Reading), c.outcome
    return c.outcome, T0 + now


def spo2_reading(start: float, flagged_packets: int):
    c = coordinator_for("nonin-df8", device_id="oximeter")
    c.start(start)
    now = start
    for i in range(flagged_packets + 4):
        now += 1.0
        flags = frozenset({"artifact"}) if i < flagged_packets else frozenset()
        feed(c, now, Measured({"spo2": 97, "pulse": 72}, flags=flags))
        if c.done:
            break
    assert isinstance(c.outcome, Reading), c.outcome
    return c.outcome, T0 + now


def draft_with(readings) -> VisitDraft:
    return VisitDraft(started_at=datetime.fromtimestamp(T0, timezone.utc), consent_sha256="ab" * 32,
                      consent_at=datetime.fromtimestamp(T0, timezone.utc), card=CARD,
                      face=FaceResult(FaceDecision.MATCH, 0.7, 0.5, "passed"), readings=readings,
                      steps=list(readings))


def visit_of(readings, saved_at: float):
    visit = build_visit(draft_with(readings), "VN-TEST-0001", "2026-11-v1",
                        datetime.fromtimestamp(saved_at, timezone.utc))
    return visit_from_bytes(visit_to_bytes(visit))  # as the sync worker will read it back


def mapped(visit):
    refs = {k: f"Device/{i}" for i, k in enumerate(fm.devices(visit, S))}
    return fm.observations(visit, S, "Patient/p1", refs)


def at(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def loinc(o) -> str:
    return o["code"]["coding"][0]["code"]


def test_each_vital_carries_its_own_measured_time_in_the_station_offset():
    bp, bp_times = bp_reading([(130, 80, 70), (126, 77, 74)])
    body, body_t = scale_reading(b"ST,+00071.35 kg\r\n", 300.0 + 8 * 60)
    spo2, spo2_t = spo2_reading(300.0 + 11 * 60, 0)
    obs = mapped(visit_of({K.BLOOD_PRESSURE: bp, K.BODY: body, K.SPO2: spo2}, T0 + 20 * 60))

    panels = [o for o in obs if loinc(o) == "85354-9"]
    singles = sorted((o for o in panels if "effectiveDateTime" in o), key=lambda o: o["effectiveDateTime"])
    assert len(singles) == 2  # each cuff reading is its own Observation, a minute apart
    for o, t in zip(singles, bp_times):
        assert o["effectiveDateTime"].endswith("+07:00")
        assert abs(at(o["effectiveDateTime"]) - t) < 1
    assert at(singles[1]["effectiveDateTime"]) - at(singles[0]["effectiveDateTime"]) > 50
    for code, t in (("29463-7", body_t), ("8302-2", body_t), ("39156-5", body_t), ("2708-6", spo2_t)):
        [o] = [o for o in obs if loinc(o) == code]
        assert o["effectiveDateTime"].endswith("+07:00") and abs(at(o["effectiveDateTime"]) - t) < 1, code
    # Nothing is stamped with the save time any more.
    assert not any(o.get("effectiveDateTime", "").startswith("2026-11-23T15:20") for o in obs)


def test_bp_mean_records_its_period_method_and_each_reading_it_was_derived_from():
    bp, times = bp_reading([(150, 80, 70), (130, 80, 70), (134, 82, 72)])  # a third: first two far apart
    obs = mapped(visit_of({K.BLOOD_PRESSURE: bp}, T0 + 20 * 60))
    panels = [o for o in obs if loinc(o) == "85354-9"]
    [mean] = [o for o in panels if "effectivePeriod" in o]
    singles = [o for o in panels if "effectiveDateTime" in o]
    assert len(singles) == 3
    assert {c["code"]["coding"][0]["code"]: c["valueQuantity"]["value"] for c in mean["component"]} == \
        {"8480-6": 132, "8462-4": 81}
    # The mean spans the readings it kept (the last two) and refers to each of them by identifier.
    assert abs(at(mean["effectivePeriod"]["start"]) - times[1]) < 1
    assert abs(at(mean["effectivePeriod"]["end"]) - times[2]) < 1
    assert mean["effectivePeriod"]["start"].endswith("+07:00")
    kept = sorted(singles, key=lambda o: o["effectiveDateTime"])[1:]
    assert [r["identifier"] for r in mean["derivedFrom"]] == [o["identifier"][0] for o in kept]
    assert mean["method"]["text"] == "Mean of 2 readings"
    assert any("third reading" in n["text"] for n in mean["note"])
    [hr] = [o for o in obs if loinc(o) == "8867-4" and "effectivePeriod" in o]
    assert hr["valueQuantity"]["value"] == 71 and len(hr["derivedFrom"]) == 2


def test_the_device_decimals_reach_the_record():
    body, _ = scale_reading(b"ST,+00071.35 kg\r\n", 0.0)
    assert body.values["weight_kg"] == 71.35
    obs = mapped(visit_of({K.BODY: body}, T0 + 60))
    [weight] = [o for o in obs if loinc(o) == "29463-7"]
    assert weight["valueQuantity"]["value"] == 71.35


def test_device_flags_seen_while_measuring_travel_as_notes():
    spo2, _ = spo2_reading(0.0, flagged_packets=3)
    assert spo2.low_confidence and spo2.flags == {"artifact"}
    obs = mapped(visit_of({K.SPO2: spo2}, T0 + 60))
    for o in obs:
        assert ["signal artefact" in n["text"] for n in o["note"]] == [True]
    clean, _ = spo2_reading(0.0, flagged_packets=0)
    assert not clean.low_confidence
    assert not any("note" in o for o in mapped(visit_of({K.SPO2: clean}, T0 + 60)))


@pytest.mark.fhir
def test_the_server_keeps_each_readings_time_and_the_derivation(fhir_server, store, http):
    settings = SyncSettings(base_url=fhir_server.url, timezone_offset="+07:00")
    bp, times = bp_reading([(150, 80, 70), (130, 80, 70), (134, 82, 72)])
    body, body_t = scale_reading(b"ST,+00071.35 kg\r\n", 600.0)
    visit = visit_of({K.BLOOD_PRESSURE: bp, K.BODY: body}, T0 + 20 * 60)
    store.save(visit)
    assert SyncEngine(store, settings).run_once().synced == [visit.id]
    pats = http.get(f"{fhir_server.url}/Patient",
                    params={"identifier": f"{settings.patient_identifier_system}|{HOLDER.id_number}"}).json()
    pid = pats["entry"][0]["resource"]["id"]
    obs = [e["resource"] for e in http.get(f"{fhir_server.url}/Observation",
                                           params={"subject": f"Patient/{pid}", "_count": 50}).json()["entry"]]
    panels = [o for o in obs if loinc(o) == "85354-9"]
    singles = sorted((o["effectiveDateTime"] for o in panels if "effectiveDateTime" in o))
    assert [s[-6:] for s in singles] == ["+07:00"] * 3
    assert all(abs(at(s) - t) < 1 for s, t in zip(singles, times))
    [mean] = [o for o in panels if "effectivePeriod" in o]
    assert len(mean["derivedFrom"]) == 2 and mean["method"]["text"] == "Mean of 2 readings"
    [weight] = [o for o in obs if loinc(o) == "29463-7"]
    assert weight["valueQuantity"]["value"] == 71.35
    assert abs(at(weight["effectiveDateTime"]) - body_t) < 1


def test_a_time_stored_in_utc_is_written_in_the_station_offset():
    from offline_store.api import Measurement
    from tests.store.visits import make_visit

    utc = datetime(2026, 11, 23, 8, 5, 12, tzinfo=timezone.utc)
    visit = make_visit(7, measurements=(Measurement("spo2", 97, "%", utc, "oximeter"),))
    [o] = mapped(visit)
    assert o["effectiveDateTime"] == "2026-11-23T15:05:12+07:00"


def test_the_scale_coordinator_keeps_the_device_decimals():
    c = coordinator_for("and-standard", device_id="scale")
    codec = codec_for("and-standard")
    c.start(0.0)
    for i in range(3):
        for ev in codec.feed(b"ST,+00071.35 kg\r\n", 0.5 * (i + 1)):
            c.on_event(ev, 0.5 * (i + 1))
    assert c.outcome.values["weight_kg"] == 71.35
