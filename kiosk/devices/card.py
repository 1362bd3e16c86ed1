"""Build the card reader: the real PC/SC reader from the configuration, or in
demo mode a virtual CCCD (the emulator, in process) behind the same interface."""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from drivers.card.api import CardEvent, CardReader, ReadProgress
from drivers.card.reader import ChipCardReader, load_trust_store, pcsc_card_reader
from drivers.card.session import ReadPolicy
from kiosk import paths
from kiosk.config import Config
from kiosk.demo.env import DemoEnv

log = logging.getLogger("kiosk.devices.card")


def _policy(cfg: Config, trust_dir) -> ReadPolicy:
    return ReadPolicy(
        access_order=tuple(cfg.card.access_order),
        require_genuine=bool(cfg.card.require_genuine),
        resume_timeout_s=float(cfg.card.resume_timeout_s),
        trust_store=load_trust_store(trust_dir),
    )


def make_card_reader(cfg: Config, demo: DemoEnv | None) -> CardReader:
    if demo is None:
        return pcsc_card_reader(cfg.card.reader, _policy(cfg, cfg.card.trust_dir or paths.TRUST))
    return _demo_reader(cfg, demo)


def _demo_reader(cfg: Config, demo: DemoEnv) -> CardReader:
    from drivers.card.emulator.applet import Applet
    from drivers.card.emulator.inprocess import InProcessCard
    from drivers.card.emulator.photo import synthetic_photo
    from drivers.card.emulator.profile import Person, make_profile

    c = demo.citizen
    photo_file = paths.DEMO_ASSETS / "citizen_photo.jpg"
    photo = photo_file.read_bytes() if photo_file.exists() else synthetic_photo()
    person = Person(id_number=c.id_number, full_name=c.full_name, date_of_birth=c.date_of_birth, sex=c.sex,
                    date_of_expiry=c.expiry, hometown=c.hometown, residence=c.residence)
    profile = make_profile(demo.workdir / "card-profile", person, photo, can=c.can)
    card = InProcessCard(Applet(profile))
    # The demo trusts the profile's own test CSCA, so Passive Authentication runs for real.
    reader = ChipCardReader(card, _always_inserted, _policy(cfg, profile.directory))
    return _Paced(reader, demo.speed)


def _always_inserted(on_event: Callable[[CardEvent], None], stop: threading.Event) -> None:
    on_event(CardEvent.READER_FOUND)
    on_event(CardEvent.INSERTED)
    stop.wait()


class _Paced(CardReader):
    """Demo only: the in-process card answers in ~0.1 s; a real one takes 1-3 s.
    Stretch the progress so the demo shows the screens a citizen will see."""

    def __init__(self, inner: ChipCardReader, speed: float) -> None:
        self._inner = inner
        self._delay = 0.4 / max(speed, 0.1)

    def watch(self, on_event, stop):
        self._inner.watch(on_event, stop)

    def read(self, key, on_progress: Callable[[ReadProgress], None], cancel: threading.Event):
        last = {"step": None}

        def paced(p: ReadProgress) -> None:
            if p.step != last["step"]:
                last["step"] = p.step
                cancel.wait(self._delay)
            on_progress(p)

        started = time.monotonic()
        result = self._inner.read(key, paced, cancel)
        log.debug("demo card read in %.2f s", time.monotonic() - started)
        return result
