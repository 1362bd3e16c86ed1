"""The kiosk's :class:`~drivers.card.api.CardReader`: a transport, a watcher
and the read sequence of :mod:`drivers.card.session`, glued together.

The same class serves a real PC/SC reader (:func:`pcsc_card_reader`) and the
in-process virtual card of demo mode; only the transport and the watcher
differ.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from drivers.card.api import AccessKey, CardError, CardErrorCode, CardEvent, CardReader, CardReadResult, ReadProgress
from drivers.card.errors import CardProtocolError
from drivers.card.session import ReadPolicy, ReadSession
from drivers.card.transport import CardGone, Transport

log = logging.getLogger("drivers.card.reader")

Watcher = Callable[[Callable[[CardEvent], None], threading.Event], None]


class ChipCardReader(CardReader):
    def __init__(self, transport: Transport, watcher: Watcher, policy: ReadPolicy) -> None:
        self._transport = transport
        self._watcher = watcher
        self.policy = policy
        self._lock = threading.Lock()  # one read at a time on one reader

    def watch(self, on_event: Callable[[CardEvent], None], stop: threading.Event) -> None:
        self._watcher(on_event, stop)

    def read(self, key: AccessKey, on_progress: Callable[[ReadProgress], None],
             cancel: threading.Event) -> CardReadResult:
        with self._lock:
            session = ReadSession(self._transport, key, self.policy, on_progress, cancel)
            try:
                result = session.run()
            except CardError as e:
                log.warning("card read failed: %s (%s); %d APDUs", e.code.value, e.detail, session.apdus)
                raise
            except CardGone as e:
                raise CardError(CardErrorCode.CARD_REMOVED, str(e)) from None
            except CardProtocolError as e:
                # Messages of the protocol layer carry no personal data (errors.py).
                log.warning("card read failed: %s", e)
                raise CardError(CardErrorCode.READ_ERROR, str(e)) from None
            finally:
                self._transport.close()
            doubtful = result.passive_auth != "genuine" or result.identity_source != "dg13"
            log.log(logging.WARNING if doubtful else logging.INFO,
                    "card read: %s, PA %s (%s), chip auth %s, identity from %s, %d APDUs, %d resumes, %.0f ms",
                    result.access_protocol, result.passive_auth, result.passive_auth_reason, result.chip_auth,
                    result.identity_source.upper(), session.apdus, session.resumes,
                    result.timings_ms.get("total_ms", 0.0))
            return result


def load_trust_store(directory: Path | str | None):
    """The CSCA trust store in ``directory``; None when it holds no certificate,
    so Passive Authentication reports "cannot verify" rather than "not genuine"."""
    from drivers.card.passive_auth import TrustStore

    if not directory:
        return None
    path = Path(directory)
    if not path.is_dir():
        log.warning("trust store %s does not exist; Passive Authentication cannot verify", path)
        return None
    store = TrustStore.from_dir(path)
    if not len(store):
        log.warning("trust store %s holds no CSCA certificate; Passive Authentication cannot verify", path)
        return None
    return store


def pcsc_card_reader(reader: str, policy: ReadPolicy) -> ChipCardReader:
    from drivers.card import pcsc_transport

    def watcher(on_event: Callable[[CardEvent], None], stop: threading.Event) -> None:
        pcsc_transport.watch(reader, on_event, stop)

    return ChipCardReader(pcsc_transport.PcscTransport(reader), watcher, policy)
