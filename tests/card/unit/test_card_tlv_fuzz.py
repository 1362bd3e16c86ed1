"""TLV and ASN.1 parsing must turn any input into a result or a clean ParseError."""
from hypothesis import given, settings, strategies as st

from drivers.card import lds
from drivers.card.errors import ParseError
from drivers.card.tlv import encode_tlv, find, parse_tlv, total_length, walk

_PARSERS = [
    lambda b: list(walk(b)),
    lds.parse_com,
    lds.parse_dg1,
    lds.parse_dg2,
    lds.parse_dg13,
    lds.parse_dg14,
    lds.parse_dg15,
    total_length,
]


def test_round_trip_short_and_long_lengths():
    for size in (0, 1, 127, 128, 255, 256, 70000):
        value = bytes(size)
        for tag in (0x04, 0x5F1F, 0x7F61):
            (obj,) = parse_tlv(encode_tlv(tag, value))
            assert obj.tag == tag and obj.value == value
            assert total_length(obj.raw[:8]) == len(obj.raw)


def test_find_and_nested_walk():
    data = encode_tlv(0x7F61, encode_tlv(0x02, b"\x01") + encode_tlv(0x5F2E, b"abc"))
    (top,) = parse_tlv(data)
    assert top.constructed
    assert find(top.children(), 0x5F2E).value == b"abc"
    assert [o.tag for o in walk(data)] == [0x7F61, 0x02, 0x5F2E]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_parsers_never_crash_on_random_bytes(data):
    for parse in _PARSERS:
        try:
            parse(data)
        except ParseError:
            pass


_tags = st.sampled_from([0x30, 0x31, 0x61, 0x6D, 0x75, 0x7F61, 0x7F60, 0x5F2E, 0x02, 0x0C, 0x06, 0x5C])


@st.composite
def _nested(draw, depth=0):
    tag = draw(_tags)
    if depth < 3 and tag in (0x30, 0x31, 0x61, 0x6D, 0x75, 0x7F61, 0x7F60):
        kids = draw(st.lists(_nested(depth + 1), max_size=3))
        return encode_tlv(tag, b"".join(kids))
    return encode_tlv(tag, draw(st.binary(max_size=20)))


@settings(max_examples=300, deadline=None)
@given(_nested(), st.integers(0, 400), st.integers(0, 255))
def test_parsers_never_crash_on_mutated_structures(data, pos, byte):
    mutated = bytearray(data)
    if mutated:
        mutated[pos % len(mutated)] = byte
    for parse in _PARSERS:
        for candidate in (data, bytes(mutated), bytes(mutated[: pos % (len(mutated) + 1)])):
            try:
                parse(candidate)
            except ParseError:
                pass
