"""Coordinator state machines with a fake clock: no ports, no threads."""
from __future__ import annotations

from drivers.sensors.api import DeviceFault, Progress, Reading
from drivers.sensors.coordinator import State
from drivers.sensors.coordinators import BpPlan, coordinator_for
from drivers.sensors.events import Ack, CuffPressure, DeviceError, Measured, Status
from drivers.sensors.protocols import ir_uart, suntech
from kiosk.clinical import bp_protocol

MOH = BpPlan(rest_s=300, interval_s=60, needs_another=bp_protocol.needs_another_reading, combine=bp_protocol.average)


def progress(c):
    return [(e.phase, e.value) for e in c.emitted if isinstance(e, Progress)]


def run_cycle(c, now, values):
    c.tick(now)
    assert suntech.START_BP in c.outbox
    c.outbox.clear()
    for p in (40, 120, 150, 130, 90):
        now += 0.3
        c.tick(now)
        c.on_event(CuffPressure(p), now)
    c.on_event(Status("complete"), now)
    assert c.outbox[-1] == suntech.GET_BP_DATA
    c.on_event(Measured(values), now + 0.1)
    return now + 0.1


def test_bp_rest_two_readings_average_and_state_path():
    c = coordinator_for("suntech-advantage", bp_plan=MOH)
    assert c.state is State.IDLE
    c.start(0.0)
    assert c.state is State.PREPARING
    c.tick(1.0)
    assert progress(c)[-1] == ("resting", 299.0)
    now = run_cycle(c, 300.0, {"systolic": 130, "diastolic": 80, "pulse": 70, "map": 97})
    assert c.state is State.PREPARING and not c.done
    now = run_cycle(c, now + 60, {"systolic": 126, "diastolic": 77, "pulse": 74, "map": 93})
    assert c.state is State.RESULT
    assert isinstance(c.outcome, Reading)
    assert dict(c.outcome.values) == {"systolic": 128, "diastolic": 79, "pulse": 72}
    assert c.outcome.quality["readings"] == "2"
    phases = [p for p, _ in progress(c)]
    assert phases.count("inflating") and phases.count("deflating") and ("reading", 2.0) in progress(c)


def test_bp_third_reading_when_the_first_two_differ():
    c = coordinator_for("suntech-advantage", bp_plan=MOH)
    c.start(0.0)
    now = run_cycle(c, 300.0, {"systolic": 150, "diastolic": 80, "pulse": 70})
    now = run_cycle(c, now + 60, {"systolic": 130, "diastolic": 80, "pulse": 70})
    assert not c.done
    run_cycle(c, now + 60, {"systolic": 134, "diastolic": 82, "pulse": 72})
    assert c.outcome.values == {"systolic": 132, "diastolic": 81, "pulse": 71}


def test_bp_no_reply_is_not_responding_and_device_error_maps_to_key():
    c = coordinator_for("suntech-advantage", silence_timeout_s=5)
    c.start(0.0)
    for t in range(0, 70):
        c.tick(t / 10)
    assert isinstance(c.outcome, DeviceFault) and c.outcome.key == "not_responding"
    c = coordinator_for("suntech-advantage")
    c.start(0.0)
    c.tick(0.1)
    c.on_event(DeviceError("suntech:error=0x02", "motion"), 0.2)
    assert c.outcome.key == "motion" and c.state is State.ERROR


def test_bp_overpressure_aborts_the_cuff():
    c = coordinator_for("suntech-advantage")
    c.start(0.0)
    c.tick(0.1)
    c.outbox.clear()
    c.on_event(CuffPressure(305), 0.2)
    assert c.outbox == [suntech.ABORT_BP] and c.outcome.key == "overpressure"


def test_spo2_needs_clean_packets_and_reports_persistent_faults():
    c = coordinator_for("nonin-df8")
    c.start(0.0)
    c.on_event(Measured({}, flags=frozenset({"missing", "out_of_track"})), 0.5)
    c.on_event(Measured({"spo2": 97, "pulse": 72}, flags=frozenset({"artifact"})), 1.0)
    assert progress(c)[-2:] == [("searching", None), ("hold_still", None)]
    c.on_event(Measured({"spo2": 97, "pulse": 72}), 2.0)
    assert not c.done
    c.on_event(Measured({"spo2": 96, "pulse": 73}), 3.0)
    assert c.outcome.values == {"spo2": 96, "pulse": 73}
    c = coordinator_for("nonin-df8")
    c.start(0.0)
    for i in range(15):
        c.on_bytes(i)
        c.on_event(Measured({}, flags=frozenset({"finger_out", "missing"})), float(i))
        c.tick(float(i))
    assert c.outcome.key == "finger_out"


def test_spo2_bytes_that_never_decode_are_not_responding():
    # A Nonin still in its factory format streams, so the silence watchdog is fed, but nothing decodes.
    c = coordinator_for("nonin-df2")
    c.start(0.0)
    for i in range(1, 10):
        c.on_bytes(float(i))
        c.tick(float(i))
    assert not c.done
    c.on_event(Measured({}, flags=frozenset({"missing"})), 9.5)  # any frame resets it, even a searching one
    for t in (11.0, 15.0, 19.0):
        c.on_bytes(t)
        c.tick(t)
    assert not c.done
    c.on_bytes(19.6)
    c.tick(19.6)
    assert c.outcome.key == "not_responding" and "no nonin-df2 frame" in c.outcome.detail


def test_scale_settles_then_reports_and_step_off_is_a_fault():
    c = coordinator_for("and-standard", height_cm=160.0)
    c.start(0.0)
    c.on_event(Measured({"weight_kg": 30.0}, stable=False), 0.2)
    assert progress(c)[-1] == ("settling", 30.0)
    for t in (0.4, 0.6, 0.8):
        c.on_event(Measured({"weight_kg": 61.5}), t)
    assert c.outcome.values == {"weight_kg": 61.5, "height_cm": 160.0, "bmi": 24.0}
    c = coordinator_for("healthometer-esc")
    c.start(0.0)
    c.tick(30.0)  # silent while settling is normal for this scale
    assert not c.done
    c.on_event(Measured({"weight_kg": 61.5}), 31.0)
    c.tick(34.0)
    assert c.outcome.key == "stepped_off"


def test_thermometer_selects_body_mode_retries_and_checks_range():
    c = coordinator_for("ir-uart")
    c.start(0.0)
    assert c.outbox == [ir_uart.SET_BODY_MODE]
    c.tick(1.5)
    assert c.outbox == [ir_uart.SET_BODY_MODE] * 2  # no reply: asked again
    c.on_event(Ack(True, 2), 1.6)
    assert c.outbox[-1] == ir_uart.MEASURE
    c.on_event(Measured({"body_temp_c": 36.64, "ambient_c": 25.3}), 1.8)
    assert c.outcome.values == {"body_temp_c": 36.64, "ambient_c": 25.3}  # only the screen rounds
    c = coordinator_for("ir-uart")
    c.start(0.0)
    c.on_event(Ack(True, 2), 0.1)
    c.on_event(Measured({"body_temp_c": 27.0, "ambient_c": 25.0}), 0.2)
    assert c.outcome.key == "out_of_range"


def test_cancel_gives_cancelled_and_progress_is_not_repeated():
    c = coordinator_for("nonin-df2")
    c.start(0.0)
    for t in range(5):
        c.on_event(Measured({}, flags=frozenset({"missing"})), t / 10)
    assert progress(c) == [("starting", None), ("searching", None)]
    c.cancel()
    assert c.outcome.key == "cancelled" and c.outcome.retryable
