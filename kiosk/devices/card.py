"""Build the card reader. PLACEHOLDER until the card issue lands: a simulated card
behind the real interface (CAN check, progress, errors), no chip protocol yet."""
from __future__ import annotations

import threading
import time
from typing import Callable

import cv2
import numpy as np

from drivers.card.api import (
    AccessKey, CardError, CardErrorCode, CardEvent, CardHolder, CardReader, CardReadResult, ReadProgress,
)
from kiosk import paths
from kiosk.config import Config
from kiosk.demo.env import DemoEnv


class _SimulatedCard(CardReader):
    def __init__(self, demo: DemoEnv) -> None:
        self._demo = demo

    def watch(self, on_event: Callable[[CardEvent], None], stop: threading.Event) -> None:
        on_event(CardEvent.READER_FOUND)
        on_event(CardEvent.INSERTED)
        stop.wait()

    def read(self, key: AccessKey, on_progress: Callable[[ReadProgress], None], cancel: threading.Event) -> CardReadResult:
        c = self._demo.citizen
        for i, step in enumerate(("connecting", "authenticating", "reading", "verifying")):
            on_progress(ReadProgress(step, i / 4))
            if cancel.wait(0.4 / self._demo.speed):
                raise CardError(CardErrorCode.CANCELLED)
            if step == "authenticating" and (key.kind != "can" or key.value != c.can):
                raise CardError(CardErrorCode.ACCESS_DENIED, "PACE-CAN mutual authentication failed")
        on_progress(ReadProgress("verifying", 1.0))
        photo_file = paths.DEMO_ASSETS / "citizen_photo.jpg"
        if photo_file.exists():
            photo = photo_file.read_bytes()
        else:
            ok, buf = cv2.imencode(".jpg", np.full((320, 240, 3), 200, np.uint8))
            photo = buf.tobytes()
        holder = CardHolder(c.id_number, c.full_name, c.date_of_birth, c.sex, "VNM")
        return CardReadResult(holder, photo, "jpeg", "PACE-CAN", "genuine", "passed")


def make_card_reader(cfg: Config, demo: DemoEnv | None) -> CardReader:
    if demo is None:
        raise NotImplementedError("the PC/SC driver arrives with the card issue")
    return _SimulatedCard(demo)
