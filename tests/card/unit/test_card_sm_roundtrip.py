"""Secure messaging between our terminal and chip sides: AES, 3DES, extended length,
odd INS (DO85), MAC tampering and the SSC kept in step."""
import os

import pytest

from drivers.card.apdu import CommandApdu, parse_command
from drivers.card.errors import SecureMessagingError
from drivers.card.secure_messaging import ChipSmSession, SessionKeys, SmSession


def _pair(kind, key_len=16):
    block = 8 if kind == "3des" else 16
    keys = SessionKeys(kind, os.urandom(key_len), os.urandom(16), bytes(block))
    return SmSession(keys), ChipSmSession(keys)


@pytest.mark.parametrize("kind,key_len", [("3des", 16), ("aes", 16), ("aes", 24), ("aes", 32)])
@pytest.mark.parametrize(
    "plain",
    [
        CommandApdu(0x00, 0xA4, 0x02, 0x0C, bytes.fromhex("011E")),
        CommandApdu(0x00, 0xB0, 0x81, 0x00, le=223),
        CommandApdu(0x00, 0xB0, 0x00, 0x00, le=256),
        CommandApdu(0x00, 0x88, 0x00, 0x00, os.urandom(8), le=256),
        CommandApdu(0x00, 0xB0, 0x00, 0x00, le=1024, extended=True),
        CommandApdu(0x00, 0xB1, 0x00, 0x00, bytes.fromhex("54028000"), le=65536, extended=True),
        CommandApdu(0x00, 0xD6, 0x00, 0x00, os.urandom(300)),
    ],
    ids=repr,
)
def test_round_trip(kind, key_len, plain):
    term, chip = _pair(kind, key_len)
    for _ in range(3):  # several exchanges keep both counters in step
        protected = term.wrap_command(plain.encode())
        assert chip.unwrap_command(protected) == plain.encode()
        data = os.urandom(plain.le % 65536 if plain.le else 0) if plain.le and plain.le < 2000 else b""
        assert term.unwrap_response(chip.wrap_response(data, 0x9000)) == (data, 0x9000)
    assert term.ssc == chip.ssc


def test_short_le_limits_fit_in_256_bytes():
    for kind, le in (("3des", 231), ("aes", 223)):
        term, chip = _pair(kind)
        chip.unwrap_command(term.wrap_command(CommandApdu(0, 0xB0, 0, 0, le=le).encode()))
        assert len(chip.wrap_response(bytes(le), 0x9000)) <= 258


def test_error_status_travels_in_do99():
    term, chip = _pair("aes")
    chip.unwrap_command(term.wrap_command(bytes.fromhex("00A4020C02010F")))
    assert term.unwrap_response(chip.wrap_response(b"", 0x6A82)) == (b"", 0x6A82)


@pytest.mark.parametrize("kind", ["3des", "aes"])
def test_tampered_command_and_response_are_rejected(kind):
    term, chip = _pair(kind)
    protected = bytearray(term.wrap_command(bytes.fromhex("00B0000004")))
    protected[-3] ^= 1
    with pytest.raises(SecureMessagingError):
        chip.unwrap_command(bytes(protected))
    term, chip = _pair(kind)
    chip.unwrap_command(term.wrap_command(bytes.fromhex("00B0000004")))
    rapdu = bytearray(chip.wrap_response(b"abcd", 0x9000))
    rapdu[3] ^= 1
    with pytest.raises(SecureMessagingError):
        term.unwrap_response(bytes(rapdu))


def test_replayed_response_fails_because_the_ssc_moved_on():
    term, chip = _pair("aes")
    chip.unwrap_command(term.wrap_command(bytes.fromhex("00B0000004")))
    first = chip.wrap_response(b"abcd", 0x9000)
    term.unwrap_response(first)
    term.wrap_command(bytes.fromhex("00B0000404"))
    with pytest.raises(SecureMessagingError):
        term.unwrap_response(first)


def test_extended_command_stays_extended():
    term, _ = _pair("aes")
    protected = parse_command(term.wrap_command(CommandApdu(0, 0xB0, 0, 0, le=4000, extended=True).encode()))
    assert protected.extended and protected.le == 65536
