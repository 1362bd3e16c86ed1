"""ESC/POS real-time status (``DLE EOT n``): requests out, status bytes in, typed frozen events.

Pure protocol (h11 style): no I/O, no threads, clocks passed in. A printer
answers each ``DLE EOT n`` with one byte whose fixed bits (bit 0 = 0, bit 1 = 1,
bit 4 = 1, bit 7 = 0) mark it as a status byte; the byte itself does not say
which question it answers, so ``StatusReader`` pairs answers with its
outstanding requests in order. Bytes that are not status bytes (an
Automatic Status Back the printer volunteers, line noise) are dropped.
Bit meanings are Epson's (TM series) and shared by the common 58/80 mm clones.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import IntEnum

DLE, EOT = 0x10, 0x04
_FIXED_MASK, _FIXED_BITS = 0x93, 0x12


class Query(IntEnum):
    PRINTER = 1  # online/offline
    OFFLINE_CAUSE = 2  # cover, paper-end stop, error
    ERROR_CAUSE = 3  # cutter, unrecoverable, auto-recoverable
    PAPER = 4  # roll near end / end


def request(q: Query) -> bytes:
    return bytes((DLE, EOT, int(q)))


@dataclass(frozen=True)
class PrinterStatus:
    offline: bool
    waiting_recovery: bool
    feed_button: bool


@dataclass(frozen=True)
class OfflineCause:
    cover_open: bool
    feeding_by_button: bool
    paper_end_stop: bool
    error: bool


@dataclass(frozen=True)
class ErrorCause:
    cutter: bool
    unrecoverable: bool
    auto_recoverable: bool


@dataclass(frozen=True)
class PaperStatus:
    near_end: bool
    out: bool


@dataclass(frozen=True)
class NoAnswer:
    """A request went unanswered for ``timeout_s``: the printer is off, unplugged or not ESC/POS."""

    query: Query


StatusEvent = PrinterStatus | OfflineCause | ErrorCause | PaperStatus | NoAnswer


def is_status_byte(b: int) -> bool:
    return b & _FIXED_MASK == _FIXED_BITS


def decode(q: Query, b: int) -> StatusEvent:
    bit = lambda n: bool(b >> n & 1)  # noqa: E731
    if q is Query.PRINTER:
        return PrinterStatus(offline=bit(3), waiting_recovery=bit(5), feed_button=bit(6))
    if q is Query.OFFLINE_CAUSE:
        return OfflineCause(cover_open=bit(2), feeding_by_button=bit(3), paper_end_stop=bit(5), error=bit(6))
    if q is Query.ERROR_CAUSE:
        return ErrorCause(cutter=bit(3), unrecoverable=bit(5), auto_recoverable=bit(6))
    # Near end and end are each reported on two bits (two sensors on some models): either counts.
    return PaperStatus(near_end=bit(2) or bit(3), out=bit(5) or bit(6))


def encode(event: StatusEvent) -> bytes:
    """The byte a printer sends for ``event``: the simulator's side of the same table."""
    b = _FIXED_BITS
    set_ = lambda cond, n: (1 << n) if cond else 0  # noqa: E731
    if isinstance(event, PrinterStatus):
        b |= set_(event.offline, 3) | set_(event.waiting_recovery, 5) | set_(event.feed_button, 6)
    elif isinstance(event, OfflineCause):
        b |= (set_(event.cover_open, 2) | set_(event.feeding_by_button, 3) | set_(event.paper_end_stop, 5)
              | set_(event.error, 6))
    elif isinstance(event, ErrorCause):
        b |= set_(event.cutter, 3) | set_(event.unrecoverable, 5) | set_(event.auto_recoverable, 6)
    elif isinstance(event, PaperStatus):
        b |= (0b1100 if event.near_end else 0) | (0b1100000 if event.out else 0)
    else:
        raise TypeError(f"not a status answer: {event!r}")
    return bytes((b,))


class StatusReader:
    """Pairs status bytes with the requests sent, in order; ``tick`` turns silence into NoAnswer."""

    def __init__(self, timeout_s: float = 1.0) -> None:
        self.timeout_s = timeout_s
        self._pending: deque[tuple[Query, float]] = deque()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def request(self, q: Query, now: float) -> bytes:
        self._pending.append((q, now))
        return request(q)

    def feed(self, data: bytes, now: float) -> list[StatusEvent]:
        out: list[StatusEvent] = self.tick(now)
        for b in data:
            if self._pending and is_status_byte(b):
                q, _ = self._pending.popleft()
                out.append(decode(q, b))
        return out

    def tick(self, now: float) -> list[StatusEvent]:
        out: list[StatusEvent] = []
        while self._pending and now - self._pending[0][1] >= self.timeout_s:
            out.append(NoAnswer(self._pending.popleft()[0]))
        return out


@dataclass(frozen=True)
class Condition:
    """What the four answers say together, as the kiosk acts on it."""

    ready: bool
    problem: str  # "" | paper_out | cover_open | offline | cutter | no_answer
    paper_near_end: bool


def condition(events: list[StatusEvent]) -> Condition:
    """Fold one round of answers into a condition; the gravest problem wins."""
    by_type = {type(e): e for e in events}
    if any(isinstance(e, NoAnswer) for e in events):
        return Condition(False, "no_answer", False)
    paper = by_type.get(PaperStatus, PaperStatus(False, False))
    cause = by_type.get(OfflineCause, OfflineCause(False, False, False, False))
    err = by_type.get(ErrorCause, ErrorCause(False, False, False))
    st = by_type.get(PrinterStatus, PrinterStatus(False, False, False))
    if paper.out or cause.paper_end_stop:
        problem = "paper_out"
    elif cause.cover_open:
        problem = "cover_open"
    elif err.cutter:
        problem = "cutter"
    elif st.offline or cause.error or err.unrecoverable:
        problem = "offline"
    else:
        problem = ""
    return Condition(problem == "", problem, paper.near_end)


ROUND = (Query.PRINTER, Query.OFFLINE_CAUSE, Query.ERROR_CAUSE, Query.PAPER)
