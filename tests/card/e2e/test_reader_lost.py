"""The reader going away while the kiosk runs (here: pcscd stopping, which
takes every reader with it, like unplugging the only USB reader) and coming
back: the watcher says READER_LOST then READER_FOUND, and reads work again
without restarting anything."""
from __future__ import annotations

import threading
import time

import pytest

from drivers.card import pcsc_transport
from drivers.card.api import AccessKey, CardError, CardErrorCode, CardEvent
from drivers.card.reader import load_trust_store, pcsc_card_reader
from drivers.card.session import ReadPolicy

from virtual_cards import PERSON

pytestmark = pytest.mark.pcscd


def _wait(pred, timeout=10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_reader_lost_and_found(lab, card_on, profile_dir):
    if not lab.owns_pcscd:
        pytest.skip("a pcscd not started by the test lab is running; cannot stop it")
    reader = pcsc_card_reader(lab.reader_name, ReadPolicy(trust_store=load_trust_store(profile_dir)))
    key = AccessKey("can", PERSON.id_number[-6:])
    events: list[CardEvent] = []
    stop = threading.Event()
    watcher = threading.Thread(target=reader.watch, args=(events.append, stop))
    watcher.start()
    try:
        card_on(profile_dir)
        assert _wait(lambda: CardEvent.INSERTED in events)
        reader.read(key, lambda p: None, threading.Event())

        lab.stop_pcscd()
        assert _wait(lambda: CardEvent.READER_LOST in events)
        with pytest.raises(CardError) as e:
            reader.read(key, lambda p: None, threading.Event())
        assert e.value.code is CardErrorCode.NO_READER

        lab.start_pcscd()
        assert _wait(lambda: events.count(CardEvent.READER_FOUND) >= 2)
        card_on(profile_dir)
        assert _wait(lambda: events[-1] is CardEvent.INSERTED)
        assert reader.read(key, lambda p: None, threading.Event()).passive_auth == "genuine"
    finally:
        stop.set()
        watcher.join(5)
    assert not watcher.is_alive()
    assert pcsc_transport.list_readers()
