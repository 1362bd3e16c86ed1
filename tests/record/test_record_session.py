""""My health record" without Qt: the session's states, the registry entry, thinning of long series."""
from __future__ import annotations

import random
from datetime import datetime, timezone

from kiosk.services import registry
from kiosk.services.api import Holder
from kiosk.services.record import ENTRY
from kiosk.services.record import events as ev
from kiosk.services.record.session import RecordSession
from kiosk.services.record.trend import lttb
from offline_store.api import IdentityAssurance
from offline_store.history import Reading

AT = datetime(2026, 11, 1, tzinfo=timezone.utc)


def holder() -> Holder:
    return Holder("079158001234", "Thịnh", IdentityAssurance.__new__(IdentityAssurance), "vi")


def test_never_for_a_guest():
    assert ENTRY.guest is False
    assert ENTRY.pages == {"record": "RecordScreen.qml"}


def test_pages_then_loaded():
    s = RecordSession(holder())
    assert s.start() == [ev.LoadHistory("079158001234")] and s.busy
    s.handle(ev.HistoryPage((Reading("pulse", AT, 70.0),)))
    s.handle(ev.HistoryLoaded(True, ()))
    assert not s.busy and len(s.readings) == 1 and not s.empty and s.error == ""


def test_empty_history_is_a_normal_state():
    s = RecordSession(holder())
    s.start()
    s.handle(ev.HistoryLoaded(False, ()))
    assert s.empty and s.error == ""


def test_backend_down_hides_partial_history_and_stop_forgets():
    s = RecordSession(holder())
    s.start()
    s.handle(ev.HistoryPage((Reading("pulse", AT, 70.0),)))
    s.handle(ev.HistoryFailed("connection"))
    assert s.error == "history_unavailable" and s.readings == []
    s2 = RecordSession(holder())
    s2.start()
    s2.handle(ev.HistoryPage((Reading("pulse", AT, 70.0),)))
    assert s2.stop() == [ev.StopHistory()] and s2.readings == []


def test_thinning_keeps_ends_and_the_peak():
    rng = random.Random(1)
    pts = [(float(i), 120 + rng.uniform(-5, 5)) for i in range(500)]
    pts[250] = (250.0, 185.0)  # one very high reading
    thin = lttb(pts, 60)
    assert len(thin) == 60 and thin[0] == pts[0] and thin[-1] == pts[-1]
    assert (250.0, 185.0) in thin
    assert lttb(pts[:10], 60) == pts[:10]
