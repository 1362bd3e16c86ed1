"""The citizen session machine on its own: no Qt, no devices, no clock."""
from datetime import datetime, timezone

import pytest

from drivers.camera.api import FaceDecision, FaceResult
from drivers.card.api import AccessKey, CardErrorCode, CardHolder, CardReadResult
from drivers.sensors.api import DeviceFault, MeasurementKind as K, Reading
from kiosk.session import events as ev
from kiosk.session.machine import Screen, SessionMachine, StepPhase
from kiosk.session.visit import build_visit

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
HOLDER = CardHolder("079158001234", "Nguyễn Văn Thịnh", "1958-03-15", "M", "VNM")
CARD = CardReadResult(HOLDER, b"\xff\xd8photo", "jpeg", "PACE-CAN", "genuine", "passed")
MATCH = FaceResult(FaceDecision.MATCH, 0.71, 0.5, "passed")
BP = Reading(K.BLOOD_PRESSURE, {"systolic": 128, "diastolic": 82, "pulse": 72}, "bp-1")


def machine(steps=(K.BLOOD_PRESSURE, K.SPO2)) -> SessionMachine:
    return SessionMachine(list(steps), max_can_attempts=3, max_face_attempts=2, clock=lambda: NOW)


def to_can_entry(m: SessionMachine) -> None:
    m.handle(ev.Start())
    m.handle(ev.Agree("ab" * 32, "vi"))
    m.handle(ev.CardInserted())
    assert m.screen is Screen.CAN_ENTRY


def to_measure(m: SessionMachine) -> None:
    to_can_entry(m)
    assert m.handle(ev.CanEntered("001234")) == [ev.ReadCard(AccessKey("can", "001234"))]
    assert m.handle(ev.CardReadOk(CARD)) == [ev.RunFaceCheck()]
    m.handle(ev.FaceDone(MATCH))
    assert m.screen is Screen.MEASURE


def test_happy_path_to_done():
    m = machine()
    to_measure(m)
    assert m.handle(ev.StartMeasurement()) == [ev.Measure(K.BLOOD_PRESSURE)]
    assert not m.idle_applies  # a cuff inflating is not an abandoned session
    m.handle(ev.MeasurementDone(BP))
    assert m.draft.step_phase is StepPhase.RESULT
    m.handle(ev.NextMeasurement())
    assert m.draft.current_step is K.SPO2
    m.handle(ev.SkipMeasurement())
    assert m.screen is Screen.RESULTS and K.SPO2 in m.draft.skipped
    assert m.handle(ev.Finish()) == [ev.SaveVisit()]
    assert m.screen is Screen.SAVING
    assert m.handle(ev.Cancel()) == []  # never abandon a save in flight
    m.handle(ev.Saved("v-1"))
    assert m.screen is Screen.DONE and m.draft.visit_id == "v-1"
    assert m.handle(ev.ReturnToWelcome()) == [ev.Wipe()]
    assert m.screen is Screen.WELCOME and m.draft.card is None and not m.draft.readings


def test_decline_consent_stores_nothing():
    m = machine()
    m.handle(ev.Start())
    assert m.handle(ev.Decline()) == [ev.Wipe()]
    assert m.screen is Screen.WELCOME


def test_card_already_on_reader_skips_card_wait():
    m = machine()
    m.handle(ev.CardInserted())
    m.handle(ev.Start())
    m.handle(ev.Agree("x", "en"))
    assert m.screen is Screen.CAN_ENTRY and m.draft.language == "en"


def test_card_removed_while_typing_can():
    m = machine()
    to_can_entry(m)
    m.handle(ev.CardRemoved())
    assert m.screen is Screen.CARD_WAIT and m.draft.error == "card_removed"
    m.handle(ev.CardInserted())
    assert m.screen is Screen.CAN_ENTRY and m.draft.error == ""


def test_can_must_be_six_digits():
    m = machine()
    to_can_entry(m)
    assert m.handle(ev.CanEntered("12a")) == []
    assert m.screen is Screen.CAN_ENTRY and m.draft.error == "can_format"


def test_wrong_can_retries_then_staff_help():
    m = machine()
    to_can_entry(m)
    for attempt in (1, 2):
        m.handle(ev.CanEntered("999999"))
        m.handle(ev.CardReadFailed(CardErrorCode.ACCESS_DENIED))
        assert m.screen is Screen.CAN_ENTRY and m.draft.error == "can_mismatch"
        assert m.draft.can_attempts == attempt
    m.handle(ev.CanEntered("999999"))
    m.handle(ev.CardReadFailed(CardErrorCode.ACCESS_DENIED))
    assert m.screen is Screen.STAFF_HELP and m.draft.staff_reason == "can_attempts"


@pytest.mark.parametrize(
    "code, screen, error",
    [
        (CardErrorCode.CARD_REMOVED, Screen.CARD_WAIT, "card_removed"),
        (CardErrorCode.READ_ERROR, Screen.CARD_WAIT, "card_read_error"),
        (CardErrorCode.NO_READER, Screen.CARD_WAIT, "reader_unavailable"),
        (CardErrorCode.NOT_GENUINE, Screen.STAFF_HELP, ""),
    ],
)
def test_card_read_failures(code, screen, error):
    m = machine()
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    m.handle(ev.CardReadFailed(code))
    assert m.screen is screen and m.draft.error == error


def test_card_not_genuine_verdict_goes_to_staff():
    m = machine()
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    fake = CardReadResult(HOLDER, b"", "jpeg", "BAC", "not_genuine")
    m.handle(ev.CardReadOk(fake))
    assert m.screen is Screen.STAFF_HELP and m.draft.staff_reason == "card_not_genuine"


def test_card_read_timeout_asks_to_place_the_card_again_then_staff():
    m = machine()
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    assert m.handle(ev.CardReadTimedOut()) == []
    assert m.screen is Screen.CARD_WAIT and m.draft.error == "card_read_timeout"
    m.handle(ev.CardRemoved())
    m.handle(ev.CardInserted())  # placed again: a fresh read
    m.handle(ev.CanEntered("001234"))
    m.handle(ev.CardReadTimedOut())
    assert m.screen is Screen.STAFF_HELP and m.draft.staff_reason == "card_read_timeout"
    m.handle(ev.GuestMode())  # the way on without the card
    assert m.screen is Screen.MEASURE and m.draft.guest
    assert m.handle(ev.CardReadTimedOut()) == []  # a late deadline elsewhere is ignored


def test_reader_lost_while_waiting():
    m = machine()
    m.handle(ev.Start())
    m.handle(ev.Agree("x", "vi"))
    m.handle(ev.ReaderLost())
    assert m.screen is Screen.CARD_WAIT and m.draft.error == "reader_unavailable"


def test_face_no_match_retry_then_staff_then_guest():
    m = machine()
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    m.handle(ev.CardReadOk(CARD))
    no = FaceResult(FaceDecision.NO_MATCH, 0.2, 0.5, "passed")
    m.handle(ev.FaceDone(no))
    assert m.screen is Screen.FACE_FAILED and m.draft.error == "face_no_match"
    assert m.handle(ev.RetryFace()) == [ev.RunFaceCheck()]
    m.handle(ev.FaceDone(no))
    assert m.screen is Screen.STAFF_HELP and m.draft.staff_reason == "face_no_match"
    m.handle(ev.GuestMode())
    assert m.screen is Screen.MEASURE and m.draft.guest and m.draft.card is None


def test_camera_error_goes_to_staff_at_once():
    m = machine()
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    m.handle(ev.CardReadOk(CARD))
    m.handle(ev.FaceDone(FaceResult(FaceDecision.CAMERA_ERROR, None, 0.5, "not_run")))
    assert m.screen is Screen.STAFF_HELP and m.draft.staff_reason == "camera"


def test_device_failure_then_retry_then_skip():
    m = machine()
    to_measure(m)
    m.handle(ev.StartMeasurement())
    m.handle(ev.MeasurementFailed(DeviceFault(K.BLOOD_PRESSURE, "cuff_loose")))
    assert m.draft.step_phase is StepPhase.FAULT and m.draft.error == "cuff_loose"
    m.handle(ev.RetryMeasurement())
    assert m.draft.step_phase is StepPhase.INSTRUCT
    m.handle(ev.StartMeasurement())
    assert m.handle(ev.SkipMeasurement()) == [ev.CancelMeasurement()]
    assert m.draft.current_step is K.SPO2


def test_event_for_another_device_is_ignored():
    m = machine()
    to_measure(m)
    m.handle(ev.StartMeasurement())
    m.handle(ev.MeasurementDone(Reading(K.SPO2, {"spo2": 97, "pulse": 70})))
    assert m.draft.step_phase is StepPhase.MEASURING


def test_all_skipped_saves_nothing():
    m = machine()
    to_measure(m)
    m.handle(ev.SkipMeasurement())
    m.handle(ev.SkipMeasurement())
    assert m.handle(ev.Finish()) == []
    assert m.screen is Screen.DONE


@pytest.mark.parametrize("event", [ev.Cancel(), ev.IdleExpired()])
def test_cancel_and_timeout_wipe_and_stop_devices(event):
    m = machine()
    to_measure(m)
    m.handle(ev.StartMeasurement())
    assert m.handle(event) == [ev.CancelMeasurement(), ev.Wipe()]
    assert m.screen is Screen.WELCOME and m.draft.card is None and m.draft.readings == {}


def test_cancel_during_card_read_and_face():
    m = machine()
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    assert m.handle(ev.Cancel()) == [ev.CancelCardRead(), ev.Wipe()]
    to_can_entry(m)
    m.handle(ev.CanEntered("001234"))
    m.handle(ev.CardReadOk(CARD))
    assert m.handle(ev.IdleExpired()) == [ev.CancelFaceCheck(), ev.Wipe()]


def test_language_survives_the_wipe():
    m = machine()
    m.handle(ev.Start())
    m.handle(ev.Agree("x", "en"))
    m.handle(ev.Cancel())
    assert m.draft.language == "en"


def test_save_failure_is_shown_and_leaves():
    m = machine()
    to_measure(m)
    m.handle(ev.StartMeasurement())
    m.handle(ev.MeasurementDone(BP))
    m.handle(ev.NextMeasurement())
    m.handle(ev.SkipMeasurement())
    m.handle(ev.Finish())
    m.handle(ev.SaveFailed("disk_full"))
    assert m.screen is Screen.SAVE_FAILED and m.draft.error == "disk_full"
    assert m.handle(ev.ReturnToWelcome()) == [ev.Wipe()]


def test_idle_applies_only_where_a_person_must_act():
    m = machine()
    assert not m.idle_applies  # welcome
    m.handle(ev.Start())
    assert m.idle_applies  # consent
    m.handle(ev.Agree("x", "vi"))
    m.handle(ev.CardInserted())
    m.handle(ev.CanEntered("001234"))
    assert not m.idle_applies  # reading the card


def test_events_out_of_place_are_ignored():
    m = machine()
    for e in (ev.Agree("x", "vi"), ev.CanEntered("001234"), ev.Finish(), ev.Saved("x"), ev.RetryFace(),
              ev.StartMeasurement(), ev.NextMeasurement(), ev.Cancel(), ev.IdleExpired()):
        assert m.handle(e) == []
        assert m.screen is Screen.WELCOME


def test_build_visit_maps_readings_and_assurance():
    m = machine()
    to_measure(m)
    m.handle(ev.StartMeasurement())
    m.handle(ev.MeasurementDone(BP))
    visit = build_visit(m.draft, "ST-1", "2026-11-v1", NOW)
    codes = {x.code: (x.value, x.unit) for x in visit.measurements}
    assert codes == {"systolic": (128.0, "mm[Hg]"), "diastolic": (82.0, "mm[Hg]"), "pulse": (72.0, "/min")}
    assert visit.assurance.face_score == 0.71 and visit.assurance.passive_auth == "genuine"
    assert visit.consent.text_sha256 == "ab" * 32 and visit.citizen_id == "079158001234"
    assert "079158001234" not in repr(visit)
