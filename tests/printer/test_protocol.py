"""ESC/POS protocol: status bytes both ways, commands in any chunking, raster blocks."""
from __future__ import annotations

import random

import pytest

from drivers.printer import commands as c
from drivers.printer import status as s


def test_status_bytes_from_the_epson_table():
    # Epson TM: 0x12 = online, nothing wrong; 0x1E = offline (bit 3); paper end on bits 5-6.
    assert s.decode(s.Query.PRINTER, 0x12) == s.PrinterStatus(False, False, False)
    assert s.decode(s.Query.PRINTER, 0x1A).offline
    assert s.decode(s.Query.OFFLINE_CAUSE, 0x16).cover_open
    assert s.decode(s.Query.OFFLINE_CAUSE, 0x32).paper_end_stop
    assert s.decode(s.Query.PAPER, 0x1E) == s.PaperStatus(near_end=True, out=False)
    assert s.decode(s.Query.PAPER, 0x72) == s.PaperStatus(near_end=False, out=True)
    assert s.decode(s.Query.ERROR_CAUSE, 0x1A).cutter


@pytest.mark.parametrize("event", [
    s.PrinterStatus(True, False, True), s.OfflineCause(True, False, True, False),
    s.ErrorCause(False, True, False), s.PaperStatus(True, True), s.PaperStatus(False, False),
])
def test_encode_decode_round_trip(event):
    q = {s.PrinterStatus: s.Query.PRINTER, s.OfflineCause: s.Query.OFFLINE_CAUSE,
         s.ErrorCause: s.Query.ERROR_CAUSE, s.PaperStatus: s.Query.PAPER}[type(event)]
    b = s.encode(event)[0]
    assert s.is_status_byte(b)
    assert s.decode(q, b) == event


def test_reader_pairs_answers_in_order_and_drops_noise():
    r = s.StatusReader(timeout_s=1.0)
    assert r.request(s.Query.PRINTER, 0.0) == b"\x10\x04\x01"
    r.request(s.Query.PAPER, 0.0)
    # 0xFF is not a status byte (bit 0 set): dropped; then the two answers.
    events = r.feed(b"\xff" + s.encode(s.PrinterStatus(False, False, False)) + s.encode(s.PaperStatus(True, False)), 0.1)
    assert events == [s.PrinterStatus(False, False, False), s.PaperStatus(True, False)]
    assert r.pending == 0


def test_silence_becomes_no_answer_on_the_given_clock():
    r = s.StatusReader(timeout_s=1.5)
    r.request(s.Query.PRINTER, 10.0)
    assert r.tick(11.4) == []
    assert r.tick(11.5) == [s.NoAnswer(s.Query.PRINTER)]
    assert s.condition([s.NoAnswer(s.Query.PRINTER)]).problem == "no_answer"


def test_condition_gravest_first():
    ok = [s.PrinterStatus(False, False, False), s.OfflineCause(False, False, False, False),
          s.ErrorCause(False, False, False), s.PaperStatus(True, False)]
    assert s.condition(ok) == s.Condition(True, "", True)
    out = [s.PrinterStatus(True, False, False), s.OfflineCause(True, False, True, False), s.PaperStatus(True, True)]
    assert s.condition(out).problem == "paper_out"
    assert s.condition([s.OfflineCause(True, False, False, False)]).problem == "cover_open"
    assert s.condition([s.PrinterStatus(True, False, False)]).problem == "offline"


def test_raster_blocks_and_decoder_in_random_chunks():
    width, height = 384, 300
    rng = random.Random(7)
    rows = bytes(rng.randrange(256) for _ in range(width // 8 * height))
    data = c.job(width, rows) + s.request(s.Query.PAPER)
    # Header of the first block: GS v 0, mode 0, 48 bytes a row, 128 rows.
    assert data[2:10] == bytes((0x1D, 0x76, 0x30, 0, 48, 0, 128, 0))
    cmds = []
    dec = c.CommandDecoder()
    i = 0
    while i < len(data):
        n = rng.randrange(1, 700)
        cmds += dec.feed(data[i:i + n])
        i += n
    blocks = [x for x in cmds if isinstance(x, c.RasterBlock)]
    assert isinstance(cmds[0], c.Init)
    assert [b.height for b in blocks] == [128, 128, 44]
    assert b"".join(b.data for b in blocks) == rows
    assert cmds[-3:] == [c.Feed(4), c.Cut(), c.StatusRequest(s.Query.PAPER)]


def test_raster_refuses_partial_rows():
    with pytest.raises(ValueError):
        c.raster(384, b"\x00" * 47)
