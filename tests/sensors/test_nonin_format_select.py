"""Nonin format select: the command bytes, the ACK/NAK answer in the codecs,
the greeting the transport sends on every open, and the simulator that
answers only in its first 5 s after being connected (real ptys)."""
from __future__ import annotations

import logging
import threading
import time

import pytest
from hypothesis import given, settings, strategies as st

from drivers.sensors import transport as transport_mod
from drivers.sensors.api import Reading
from drivers.sensors.events import Ack, Measured, ProtocolError, Status
from drivers.sensors import registry
from drivers.sensors.protocols import nonin
from drivers.sensors.simulators import PtyLink
from drivers.sensors.simulators.nonin import NoninDf2Simulator, NoninDf8Simulator, unmodelled_line
from drivers.sensors.transport import LineSettings, SerialTransport
from tests.sensors.conftest import SPEED, make_device


def h(s: str) -> bytes:
    return bytes.fromhex(s)


def wait_for(predicate, timeout: float = 15.0) -> bool:
    """Poll for a condition instead of asserting on wall-clock timings."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


# --- command bytes ---------------------------------------------------------------

def test_format_select_matches_the_reference_bytes():
    assert nonin.format_select(nonin.DF2) == h("027002020203")
    assert nonin.format_select(nonin.DF8) == h("027002020803")
    assert nonin.format_select(nonin.DF7) == h("027002020703")
    assert nonin.format_select(nonin.DF13) == h("027002020D03")
    with pytest.raises(ValueError, match="format select"):
        nonin.format_select(0x05)


def test_each_nonin_codec_greets_with_its_own_format_and_the_others_send_nothing():
    assert nonin.NoninDf2Codec.greeting == nonin.format_select(nonin.DF2)
    assert nonin.NoninDf8Codec.greeting == nonin.format_select(nonin.DF8)
    assert {m.protocol for m in registry.all_models() if m.codec.greeting} == {"nonin-df2", "nonin-df8"}


# --- the answer in the codecs --------------------------------------------------------

def test_ack_and_nak_before_a_frame_are_answers():
    packet = nonin.df2_packet(72, 97)
    c = nonin.NoninDf2Codec()
    assert c.feed(b"\x06" + packet) == [Ack(True), Measured({"spo2": 97, "pulse": 72})]
    assert c.feed(b"\x15" + packet) == [Ack(False), Measured({"spo2": 97, "pulse": 72})]
    frame = nonin.df8_frame(72, 97)
    c8 = nonin.NoninDf8Codec()
    assert c8.feed(b"\x06" + frame) == [Ack(True), Measured({"spo2": 97, "pulse": 72})]
    assert c8.feed(b"\x15" + frame) == [Ack(False), Measured({"spo2": 97, "pulse": 72})]


def test_an_answer_waits_for_the_frame_after_it_and_a_stray_one_is_garbage():
    c = nonin.NoninDf2Codec()
    assert c.feed(b"\x06") == []  # not decided yet: only a valid frame after it makes it an answer
    assert c.feed(b"\x33\x44") == []
    assert c.feed(nonin.df2_packet(72, 97)) == [ProtocolError("garbage", 3), Measured({"spo2": 97, "pulse": 72})]
    # A 06 inside a damaged DF8 frame is not an answer either.
    c8 = nonin.NoninDf8Codec()
    assert c8.feed(b"\x06\x48\x61" + nonin.df8_frame(72, 97)) == [
        ProtocolError("garbage", 3), Measured({"spo2": 97, "pulse": 72})]


def test_an_answer_between_the_frames_of_a_packet_leaves_the_packet_whole():
    packet = nonin.df2_packet(72, 97)
    c = nonin.NoninDf2Codec()
    assert c.feed(packet[:5] + b"\x06" + packet[5:]) == [Ack(True), Measured({"spo2": 97, "pulse": 72})]


def test_damaged_select_window_bytes_never_make_a_reading():
    # DF13 (or any format the kiosk does not parse) stands in as ASCII: no frame, no answer.
    stream = b"".join(unmodelled_line(72, 97) for _ in range(20))
    assert nonin.NoninDf2Codec().feed(stream) == []
    assert nonin.NoninDf8Codec().feed(stream) == []


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["nonin-df2", "nonin-df8"]),
       st.lists(st.tuples(st.integers(0, 60), st.sampled_from([b"", b"\x06", b"\x15"])), min_size=1, max_size=5),
       st.lists(st.integers(0, 10_000), max_size=12))
def test_answers_between_frames_come_out_once_whatever_the_split(name, items, cuts):
    build = (lambda a: nonin.df2_packet(50 + a, 90)) if name == "nonin-df2" else (lambda a: nonin.df8_frame(50 + a, 90))
    stream = b"".join(answer + build(a) for a, answer in items)
    points = sorted({c % (len(stream) + 1) for c in cuts})
    chunks = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)])]
    c = registry.codec_for(name)
    got = [e for chunk in chunks for e in c.feed(chunk)]
    expected = []
    for a, answer in items:
        if answer:
            expected.append(Ack(answer == b"\x06"))
        expected.append(Measured({"spo2": 90, "pulse": 50 + a}))
    assert got == expected


def test_host_side_parser_for_the_simulator():
    c = nonin.NoninHostCodec()
    assert c.feed(nonin.format_select(nonin.DF8)) == [Status("format_select", nonin.DF8)]
    assert c.feed(h("027002020503")) == [Status("format_select", 0x05)]  # unknown format: the device NAKs it
    assert c.feed(h("02700202021F")) == [Status("bad_command")]
    assert c.feed(b"\x99" + nonin.format_select(nonin.DF2)) == [ProtocolError("garbage", 1),
                                                                 Status("format_select", nonin.DF2)]


# --- the simulator on a pty, read with plain pyserial ------------------------------------

@pytest.fixture
def raw_sim(tmp_path):
    """A Nonin simulator on a pty, and a plain pyserial handle on the host end."""
    import serial

    made = []

    def start(cls=NoninDf2Simulator, scenario: str = "normal"):
        link = PtyLink(tmp_path / f"tty-{cls.protocol}-{scenario}")
        sim = cls(link, scenario, SPEED, seed=7)
        host = serial.Serial(link.device_path, 9600, timeout=0.05)
        made.append((link, sim, host))
        return sim, host

    yield start
    for link, sim, host in made:
        sim.stop()
        host.close()
        link.close()


def read_events(host, codec, until, timeout: float = 15.0) -> list:
    events: list = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until(events):
        data = host.read(4096)
        if data:
            events.extend(codec.feed(data))
    return events


def test_simulator_acks_a_select_in_time_and_switches_format(raw_sim):
    sim, host = raw_sim()
    sim.start()
    host.write(nonin.format_select(nonin.DF8))
    assert wait_for(lambda: sim.answers == ["ack"])
    assert sim.data_format == nonin.DF8
    events = read_events(host, nonin.NoninDf8Codec(), lambda evs: any(isinstance(e, Measured) for e in evs))
    assert Ack(True) in events and any(isinstance(e, Measured) for e in events)


def test_simulator_naks_an_unknown_format_and_keeps_its_own(raw_sim):
    sim, host = raw_sim()
    sim.start()
    host.write(h("027002020503"))
    assert wait_for(lambda: sim.answers == ["nak"])
    assert sim.data_format == nonin.DF2
    events = read_events(host, nonin.NoninDf2Codec(), lambda evs: Ack(False) in evs)
    assert Ack(False) in events


def test_simulator_ignores_a_select_after_its_first_5_seconds(raw_sim):
    sim, host = raw_sim(scenario="factory_default")
    sim.connected_at = -1000.0  # connected long ago (device time)
    sim.start()
    host.write(nonin.format_select(nonin.DF2))
    assert wait_for(lambda: sim.answers == ["ignored"])
    assert sim.data_format == nonin.DF13
    # Still DF13: nothing the kiosk can parse, and no answer.
    got = nonin.NoninDf2Codec().feed(host.read(4096) + host.read(4096))
    assert not any(isinstance(e, (Measured, Ack)) for e in got)


def test_factory_fresh_simulator_streams_nothing_parsable_until_selected(raw_sim):
    sim, host = raw_sim(scenario="factory_default")
    sim.start()
    assert wait_for(lambda: len(host.read(4096)) > 0)
    codec = nonin.NoninDf2Codec()
    assert codec.feed(host.read(4096)) == []
    host.write(nonin.format_select(nonin.DF2))
    events = read_events(host, codec, lambda evs: any(isinstance(e, Measured) for e in evs))
    assert Ack(True) in events
    assert sim.answers == ["ack"]


# --- through the real transport --------------------------------------------------------

@pytest.mark.timeout(60)
@pytest.mark.parametrize("protocol, sim_cls", [("nonin-df2", NoninDf8Simulator), ("nonin-df8", NoninDf2Simulator)])
def test_the_kiosk_switches_a_device_in_another_format(tmp_path, protocol, sim_cls):
    link = PtyLink(tmp_path / "tty-spo2")
    sim = sim_cls(link, "normal", SPEED, seed=7)
    sim.start()
    dev = make_device(link.device_path, protocol)
    try:
        result = dev.measure(lambda e: None, threading.Event())
        assert isinstance(result, Reading), result
        assert result.values["spo2"] == 97
        assert sim.data_format == registry.get(protocol).codec.greeting[4]
        assert wait_for(lambda: dev.transport.greeting_result == "ack")
    finally:
        dev.close()
        sim.stop()
        link.close()


@pytest.mark.timeout(60)
def test_greeting_is_sent_again_after_every_replug(sim_on_pty):
    _, sim, dev = sim_on_pty("nonin-df2", "unplug")
    first = dev.measure(lambda e: None, threading.Event())
    assert first.key == "unplugged"
    assert wait_for(lambda: len(sim.answers) >= 2)
    assert sim.answers[0] == "ack"


@pytest.mark.timeout(60)
def test_a_nak_is_logged_and_the_port_keeps_streaming(tmp_path, caplog):
    link = PtyLink(tmp_path / "tty-spo2")
    sim = NoninDf2Simulator(link, "normal", SPEED, seed=7)
    sim.start()
    chunks = []
    t = SerialTransport(link.device_path, LineSettings(9600), "spo2", greeting=h("027002020503"),
                        answer_decoder=nonin.NoninDf2Codec)
    t.listener = chunks.append
    caplog.set_level(logging.INFO, logger="drivers.sensors.transport")
    t.start()
    try:
        assert wait_for(lambda: t.greeting_result == "nak")
        assert wait_for(lambda: len(chunks) > 5)  # refused, but the port stays open and bytes keep coming
        assert t.is_open.is_set()
        assert any("NAK" in r.getMessage() for r in caplog.records)
    finally:
        t.stop()
        sim.stop()
        link.close()


@pytest.mark.timeout(60)
def test_no_answer_is_logged_and_a_device_already_in_format_still_measures(tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(transport_mod, "ANSWER_WAIT_S", 0.5)
    link = PtyLink(tmp_path / "tty-spo2")
    sim = NoninDf2Simulator(link, "normal", SPEED, seed=7)
    sim.connected_at = -1000.0  # powered long before the kiosk opened the port: the select comes too late
    sim.start()
    caplog.set_level(logging.INFO, logger="drivers.sensors.transport")
    dev = make_device(link.device_path, "nonin-df2")
    try:
        result = dev.measure(lambda e: None, threading.Event())
        assert isinstance(result, Reading), result
        assert wait_for(lambda: dev.transport.greeting_result == "no_answer")
        assert sim.answers == ["ignored"]
        assert any("did not answer" in r.getMessage() for r in caplog.records)
    finally:
        dev.close()
        sim.stop()
        link.close()


@pytest.mark.timeout(60)
def test_a_device_left_in_df13_is_not_responding_not_a_hang(tmp_path):
    link = PtyLink(tmp_path / "tty-spo2")
    sim = NoninDf2Simulator(link, "factory_default", SPEED, seed=7)
    sim.connected_at = -1000.0  # the select comes too late: it stays in DF13
    sim.start()
    dev = make_device(link.device_path, "nonin-df2")
    try:
        result = dev.measure(lambda e: None, threading.Event())
        assert result.key == "not_responding" and "wrong data format" in result.detail
        assert sim.data_format == nonin.DF13
    finally:
        dev.close()
        sim.stop()
        link.close()
