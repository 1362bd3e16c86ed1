"""The entry gesture recogniser, on a clock the test moves."""
from kiosk.maintenance.gesture import CornerGesture, corner_of

W, H = 1920, 1080
TL, BR, TR, MID = (5, 5), (W - 5, H - 5), (W - 5, 5), (W / 2, H / 2)


class Clock:
    t = 0.0

    def __call__(self):
        return self.t


def hold(g, clock, pos, seconds, release_at=None):
    g.press(*pos, W, H)
    clock.t += seconds
    return g.release(*(release_at or pos), W, H)


def test_corners():
    assert corner_of(*TL, W, H) == "top_left" and corner_of(*BR, W, H) == "bottom_right"
    assert corner_of(*MID, W, H) is None and corner_of(200, 5, W, H) is None


def test_the_gesture_completes_only_in_order_with_long_holds():
    c = Clock()
    g = CornerGesture(c)
    assert not hold(g, c, TL, 2.0)
    c.t += 4.9
    assert hold(g, c, BR, 2.0)


def test_what_does_not_complete_it():
    c = Clock()
    g = CornerGesture(c)
    assert not hold(g, c, TL, 1.9) and not hold(g, c, BR, 2.5)          # first hold too short
    assert not hold(g, c, TL, 2.0) and not hold(g, c, BR, 1.0)          # second too short
    assert not hold(g, c, TL, 2.0) and not hold(g, c, MID, 0.1) and not hold(g, c, BR, 2.0)  # a tap between
    assert not hold(g, c, TL, 2.0)
    c.t += 5.1
    assert not hold(g, c, BR, 2.0)                                      # too late
    assert not hold(g, c, BR, 2.0) and not hold(g, c, TL, 2.0)          # reverse order
    assert not hold(g, c, TR, 2.0) and not hold(g, c, BR, 2.0)          # wrong first corner
    assert not hold(g, c, TL, 2.0, release_at=MID) and not hold(g, c, BR, 2.0)  # dragged out of the corner
