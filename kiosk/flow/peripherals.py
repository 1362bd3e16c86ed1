"""Everything outside the app that the flow talks to, built once at start-up."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from drivers.camera.api import FaceChecker
from drivers.card.api import CardReader
from drivers.sensors.api import MeasurementDevice, MeasurementKind
from kiosk.config import Config
from kiosk.demo.env import DemoEnv
from offline_store.api import SyncTrigger, VisitStore


@dataclass
class Peripherals:
    card: CardReader
    face: FaceChecker
    sensors: dict[MeasurementKind, MeasurementDevice]
    store: VisitStore
    sync: SyncTrigger
    printer: Any = None  # kiosk.slip.printing.SlipPrinter, None when the station has none ([devices.printer])

    def close(self) -> None:
        self.sync.stop()
        for device in self.sensors.values():
            device.close()
        self.store.close()


def build_peripherals(cfg: Config, demo: DemoEnv | None) -> Peripherals:
    # Imported here so that a missing driver dependency names itself at start-up.
    from kiosk.devices.camera import make_face_checker
    from kiosk.devices.card import make_card_reader
    from kiosk.devices.printer import make_printer
    from kiosk.devices.sensors import make_measurement_devices
    from kiosk.devices.store import open_store

    store, sync = open_store(cfg, demo)
    return Peripherals(
        card=make_card_reader(cfg, demo),
        face=make_face_checker(cfg, demo),
        sensors=make_measurement_devices(cfg, demo),
        store=store,
        sync=sync,
        printer=make_printer(cfg, demo),
    )
