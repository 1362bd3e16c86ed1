"""Demo mode's card reader: the kiosk's device factory builds a virtual CCCD
for the demo citizen, in process, behind the real CardReader interface."""
from __future__ import annotations

import threading
import tomllib

from drivers.card.api import AccessKey, CardError, CardErrorCode, CardEvent
from kiosk import paths
from kiosk.config import parse_config
from kiosk.demo.env import DemoEnv
from kiosk.devices.card import make_card_reader

import pytest


def test_demo_reader_reads_the_demo_citizen(tmp_path):
    cfg = parse_config(tomllib.loads(paths.EXAMPLE_CONFIG.read_text(encoding="utf-8")))
    demo = DemoEnv(workdir=tmp_path, speed=100)
    reader = make_card_reader(cfg, demo)

    events: list[CardEvent] = []
    stop = threading.Event()
    t = threading.Thread(target=reader.watch, args=(events.append, stop))
    t.start()
    stop.set()
    t.join(5)
    assert CardEvent.INSERTED in events

    steps: list[str] = []
    r = reader.read(AccessKey("can", demo.citizen.can), lambda p: steps.append(p.step), threading.Event())
    assert r.holder.full_name == demo.citizen.full_name
    assert r.holder.id_number == demo.citizen.id_number
    assert r.passive_auth == "genuine" and r.chip_auth == "passed"
    assert r.photo_format == "jpeg" and len(r.photo) > 1000
    assert steps[0] == "connecting" and "reading" in steps and steps[-1] == "verifying"

    with pytest.raises(CardError) as e:
        reader.read(AccessKey("can", "000000"), lambda p: None, threading.Event())
    assert e.value.code is CardErrorCode.ACCESS_DENIED
