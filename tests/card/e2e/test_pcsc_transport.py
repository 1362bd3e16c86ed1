"""The PC/SC transport and card watcher against the real pcscd + vpcd, with a
minimal card that echoes the APDU header (the eMRTD applet is tested in
test_read_e2e.py)."""
from __future__ import annotations

import threading
import time

import pytest

from drivers.card import pcsc_transport
from drivers.card.api import CardEvent
from drivers.card.emulator.vpcd import VirtualCardSlot
from drivers.card.transport import CardGone, NoCard, NoReader

pytestmark = pytest.mark.pcscd


class EchoCard:
    atr = bytes.fromhex("3B951381018073FF01404B")  # advertises extended length

    def __init__(self) -> None:
        self.power_cycles = 0

    def process(self, apdu: bytes) -> bytes:
        return apdu[:4] + b"\x90\x00"

    def power_cycle(self) -> None:
        self.power_cycles += 1


@pytest.fixture
def slot(lab):
    s = VirtualCardSlot(EchoCard(), port=lab.port)
    yield s
    s.remove()
    time.sleep(0.5)  # let pcscd's poll notice, so the next test starts without a card


def _wait(pred, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.02)
    return False


def test_lists_the_virtual_reader(lab):
    readers = pcsc_transport.list_readers()
    assert any(lab.reader_name in r for r in readers)


def test_unknown_reader_name_is_no_reader(lab):
    with pytest.raises(NoReader):
        pcsc_transport.PcscTransport("no such reader").connect()


def test_connect_without_card_is_no_card(lab):
    with pytest.raises(NoCard):
        pcsc_transport.PcscTransport(lab.reader_name).connect()


def test_transmit_and_removal_mid_exchange(lab, slot):
    slot.insert()
    t = pcsc_transport.PcscTransport(lab.reader_name)
    assert _wait(lambda: _try_connect(t))
    assert t.extended_length
    assert t.transmit(bytes.fromhex("00B0000000")) == bytes.fromhex("00B000009000")
    slot.remove_after = 0
    with pytest.raises(CardGone):
        t.transmit(bytes.fromhex("00B0000000"))
    threading.Timer(0.3, slot.insert).start()
    assert t.wait_for_card(5.0, threading.Event())
    assert t.transmit(bytes.fromhex("00B0000100")) == bytes.fromhex("00B000019000")
    t.close()


def test_watch_reports_reader_then_insert_and_removal(lab, slot):
    events: list[CardEvent] = []
    stop = threading.Event()
    th = threading.Thread(target=pcsc_transport.watch, args=(lab.reader_name, events.append, stop))
    th.start()
    try:
        assert _wait(lambda: CardEvent.REMOVED in events)  # first the current state: empty
        slot.insert()
        assert _wait(lambda: CardEvent.INSERTED in events)
        slot.remove()
        assert _wait(lambda: events.count(CardEvent.REMOVED) == 2)
    finally:
        stop.set()
        th.join(5)
    assert events[0] is CardEvent.READER_FOUND
    assert not th.is_alive()


def _try_connect(t) -> bool:
    try:
        t.connect()
        return True
    except NoCard:
        return False
