"""Tap-driven walks through the citizen flow in a real window."""
import json

from kiosk.demo.citizen import DEMO_CITIZEN


def walk_to_measure(k):
    k.wait_screen("welcome")
    k.tap("startButton")
    k.wait_screen("consent")
    k.tap("agreeButton")
    k.qtbot.waitUntil(lambda: k.screen in ("card_wait", "can_entry"), timeout=10_000)
    k.wait_screen("can_entry")
    k.type_can(DEMO_CITIZEN.can)
    k.wait_screen("measure", timeout_ms=120_000)  # the face check is slow on a loaded host


def test_whole_visit_by_taps(kiosk):
    k = kiosk
    walk_to_measure(k)
    assert k.c.machine.draft.card is not None
    for _ in range(len(k.c.machine.draft.steps)):
        k.tap("startMeasureButton")
        k.qtbot.waitUntil(lambda: k.c.machine.draft.step_phase.value in ("result", "fault"), timeout=60_000)
        k.tap("nextButton" if k.c.machine.draft.step_phase.value == "result" else "skipButton")
    k.wait_screen("results")
    results = k.c.machine.draft.readings
    assert results, "no measurement completed"
    k.tap("finishButton")
    k.wait_screen("done")
    visit_id = k.c.machine.draft.visit_id
    assert visit_id and k.c.devices.store.state_of(visit_id) in ("queued", "sending", "synced")
    assert k.text("doneTitle") in ("Đã lưu trên trạm", "Đã cập nhật vào hồ sơ sức khỏe điện tử")
    k.tap("doneButton")
    k.wait_screen("welcome")
    assert k.c.machine.draft.card is None and not k.c.machine.draft.readings


def test_decline_consent_returns_to_welcome_with_nothing_stored(kiosk):
    k = kiosk
    k.tap("startButton")
    k.wait_screen("consent")
    k.tap("declineButton")
    k.wait_screen("welcome")
    assert k.c.devices.store.status().queued == 0


def test_wrong_can_says_so_and_allows_retry(kiosk):
    k = kiosk
    k.tap("startButton")
    k.tap("agreeButton")
    k.wait_screen("can_entry")
    k.type_can("999999")
    k.qtbot.waitUntil(lambda: k.c.machine.draft.error == "can_mismatch", timeout=20_000)
    assert k.screen == "can_entry"
    assert "không khớp" in k.text("canError")
    k.type_can(DEMO_CITIZEN.can)
    k.wait_screen("face_check", timeout_ms=20_000)


def test_skip_everything_saves_nothing(kiosk):
    k = kiosk
    walk_to_measure(k)
    for _ in range(len(k.c.machine.draft.steps)):
        k.tap("skipButton")
    k.wait_screen("results")
    k.tap("finishButton")
    k.wait_screen("done")
    assert k.c.devices.store.status().queued == 0


def test_end_button_cancels_mid_visit(kiosk):
    k = kiosk
    walk_to_measure(k)
    k.tap("startMeasureButton")
    k.tap("endVisitButton")
    k.wait_screen("welcome")
    assert k.c.machine.draft.card is None


def test_logs_hold_no_personal_data(kiosk):
    k = kiosk
    walk_to_measure(k)
    k.tap("endVisitButton")
    k.wait_screen("welcome")
    text = k.log_file.read_text(encoding="utf-8")
    assert "screen" in text  # the log is really being written
    c = DEMO_CITIZEN
    dob_vn = "/".join(reversed(c.date_of_birth.split("-")))
    for secret in (c.id_number, c.full_name, c.full_name.split()[-1] + " ", c.date_of_birth, dob_vn,
                   c.can, c.residence, json.dumps(c.full_name)):
        assert secret not in text, f"personal data in the technician log: {secret[:3]}…"
