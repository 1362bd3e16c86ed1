"""Property tests: split anywhere, inject garbage, corrupt frames.

- The same byte stream fed in any chunks gives identical events.
- Garbage between frames never changes the readings (only ProtocolError
  events, and for Nonin an Ack when a stray 06/15 happens to sit right before
  a valid frame: noise may look like a device answer, never like a reading).
- A corrupted frame never becomes a reading: every Measured that comes out is
  one of the frames that went in unharmed.
"""
from hypothesis import HealthCheck, given, settings, strategies as st

from drivers.sensors.events import Ack, Measured, ProtocolError
from drivers.sensors.protocols import and_standard, healthometer, ir_uart, nonin, suntech

# Per protocol: a frame builder from (a, b) small ints, the codec, and the
# garbage alphabet, which leaves out the start-of-frame bytes (noise that forms
# a valid frame by chance is not a corruption any codec can detect).
PROTOCOLS = {
    "suntech": (lambda a, b: suntech.data_frame(100 + a, 60 + b, 70 + a % 30, 80 + b),
                suntech.SuntechCodec, {0x3E}),
    "suntech-pressure": (lambda a, b: suntech.pressure_frame(a * 3 + b), suntech.SuntechCodec, {0x3E}),
    "nonin-df2": (lambda a, b: nonin.df2_packet(50 + a, 80 + b % 20), nonin.NoninDf2Codec, {0x01}),
    "nonin-df8": (lambda a, b: nonin.df8_frame(50 + a, 80 + b % 20), nonin.NoninDf8Codec, set(range(0x80))),
    "ir-uart": (lambda a, b: ir_uart.result_frame(35 + a / 10, 20 + b / 10), ir_uart.IrUartCodec, {0xAA}),
    "healthometer": (lambda a, b: healthometer.frame(40 + a, 150 + b), healthometer.HealthometerCodec, {0x1B}),
    "and": (lambda a, b: and_standard.line("ST" if a % 2 else "US", 40 + a + b / 100),
            and_standard.AndStandardCodec, set(range(0x41, 0x5B))),
}

values = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=6)
names = st.sampled_from(sorted(PROTOCOLS))


def feed_all(codec, chunks):
    out = []
    for c in chunks:
        out.extend(codec.feed(c, 0.0))
    return out


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    edges = [0, *points, len(data)]
    return [data[a:b] for a, b in zip(edges, edges[1:])]


def garbage_of(name, draw):
    banned = PROTOCOLS[name][2]
    return draw(st.binary(max_size=12).map(lambda b: bytes(x for x in b if x not in banned)))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(names, values, st.lists(st.integers(0, 10_000), max_size=20), st.data())
def test_events_do_not_depend_on_where_the_stream_is_split(name, vals, cuts, data):
    build, codec_cls, _ = PROTOCOLS[name]
    stream = b"".join(garbage_of(name, data.draw) + build(a, b) for a, b in vals)
    whole = codec_cls().feed(stream, 0.0)
    assert feed_all(codec_cls(), split(stream, cuts)) == whole
    assert feed_all(codec_cls(), [stream[i:i + 1] for i in range(len(stream))]) == whole


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(names, values, st.data())
def test_garbage_between_frames_changes_no_reading(name, vals, data):
    build, codec_cls, _ = PROTOCOLS[name]
    clean = codec_cls().feed(b"".join(build(a, b) for a, b in vals), 0.0)
    noisy = codec_cls().feed(b"".join(garbage_of(name, data.draw) + build(a, b) for a, b in vals), 0.0)
    assert [e for e in noisy if not isinstance(e, (ProtocolError, Ack))] == clean


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["suntech", "nonin-df2", "ir-uart"]), values, st.data())
def test_a_corrupted_frame_never_becomes_a_reading(name, vals, data):
    # Only the checksummed protocols: a flipped digit in a Health o meter or
    # A&D line is undetectable by design (their syntax checks are tested apart).
    build, codec_cls, _ = PROTOCOLS[name]
    frames = [build(a, b) for a, b in vals]
    victim = data.draw(st.integers(0, len(frames) - 1))
    frame = bytearray(frames[victim])
    # A DF2 packet carries its values in frames 1-3 (15 bytes); damage after
    # them leaves a genuine reading, so aim at the part that matters.
    last = 14 if name == "nonin-df2" else len(frame) - 1
    pos = data.draw(st.integers(0, last))
    frame[pos] ^= data.draw(st.integers(1, 255))
    stream = b"".join(bytes(frame) if i == victim else f for i, f in enumerate(frames))
    got = [e for e in codec_cls().feed(stream, 0.0) if isinstance(e, Measured)]
    good = [e for i, f in enumerate(frames) if i != victim for e in codec_cls().feed(f, 0.0)]
    for m in got:
        assert m in good
    assert len(got) <= len(good)


@settings(max_examples=100)
@given(st.integers(0, 40), st.sampled_from([b"\xff", b"x", b"\x00", b"\x1b"]))
def test_healthometer_frame_with_a_foreign_byte_in_the_weight_is_dropped(at, junk):
    frame = healthometer.frame(61.5, 162.0)
    w = frame.index(b"W61.5")
    pos = w + 1 + at % 4
    bad = frame[:pos] + junk + frame[pos:]
    got = [e for e in healthometer.HealthometerCodec().feed(bad) if isinstance(e, Measured)]
    assert got == []
