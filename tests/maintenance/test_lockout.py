"""Wrong-PIN waits double, are capped, survive a new object (a restart) and a damaged file."""
from kiosk.maintenance.lockout import MAX_DELAY_S, PinAttempts, delay_after


class Clock:
    t = 5000.0

    def __call__(self):
        return self.t


def test_waits_double_and_are_capped():
    assert [delay_after(n) for n in range(6)] == [0, 1, 2, 4, 8, 16]
    assert delay_after(40) == MAX_DELAY_S


def test_the_wait_survives_a_restart(tmp_path):
    clock = Clock()
    a = PinAttempts(tmp_path, clock)
    for _ in range(3):
        a.record_failure()
    assert a.wait_s() == 4
    clock.t += 1
    b = PinAttempts(tmp_path, clock)  # as a new process would read it
    assert b.failures == 3 and b.wait_s() == 3
    clock.t += 3
    assert b.wait_s() == 0
    b.record_success()
    assert PinAttempts(tmp_path, clock).failures == 0


def test_a_clock_set_backwards_does_not_lengthen_the_wait(tmp_path):
    clock = Clock()
    a = PinAttempts(tmp_path, clock)
    a.record_failure()
    clock.t -= 86400
    assert a.wait_s() == 1


def test_a_damaged_file_means_the_longest_wait(tmp_path):
    clock = Clock()
    PinAttempts(tmp_path, clock).record_failure()
    (tmp_path / "maintenance-pin-attempts.json").write_text("{not json", encoding="utf-8")
    a = PinAttempts(tmp_path, clock)
    assert a.wait_s() == MAX_DELAY_S


def test_the_lockout_is_flagged_once():
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        clock = Clock()
        a = PinAttempts(d, clock)
        flags = [a.record_failure().locked_out for _ in range(9)]
        assert flags == [False] * 6 + [True, False, False]
