"""What a station service is, seen from the session machine and the controller.

A service is offered on the chooser after identification ("Measure my health",
"Check my prescription", ...). It owns its screens and its state:

- a :class:`ServiceSession` (plain Python, no Qt, no I/O, no clock of its own):
  its screens, its state for one visit, the events it understands and the
  effects it asks for. The session machine creates it when the citizen picks
  the service and drops it at every wipe, so nothing of it outlives the visit.
- a :class:`ServiceRunner` (the controller's side): carries out the service's
  effects (a lookup, a camera scan) on job threads and posts events back.
- its QML screens, in ``kiosk/qml/Kiosk/services/<key>/``, and a view-model.

Adding one is one module under ``kiosk/services/``, one entry in
``registry.SERVICES`` and its QML files (docs/services.md).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, Mapping

from drivers.sensors.api import MeasurementKind, Reading
from offline_store.api import IdentityAssurance


@dataclass(frozen=True)
class Holder:
    """The identified person, as a service may know them: the chip was read and the
    face matched. Personal: lives only in the visit draft."""

    id_number: str
    given_name: str
    assurance: IdentityAssurance
    language: str
    # Readings taken in this visit so far (a service may use them, e.g. the pick-up pass
    # carries the blood pressure); read at the moment the service asks.
    readings: Callable[[], Mapping[MeasurementKind, Reading]] = field(default=dict, compare=False)


class ServiceSession(ABC):
    """One service's state for one visit. Returned effects go to its runner."""

    screen: str = ""  # the service's current screen, e.g. "entry"; QML shows pages[screen]
    error: str = ""  # translatable key of the message the current screen shows

    @property
    def busy(self) -> bool:
        """True while the kiosk itself works (a lookup): the idle countdown stands down."""
        return False

    @abstractmethod
    def start(self) -> list[object]:
        """The citizen picked the service: set the first screen, return effects."""

    @abstractmethod
    def handle(self, event: object) -> list[object] | None:
        """An event while the service is shown; None if the service does not take it here."""

    def stop(self) -> list[object]:
        """The visit ends or the citizen leaves the service: effects that stop its jobs."""
        return []


@dataclass(frozen=True)
class RunnerContext:
    """What a runner may use, for the kiosk's lifetime."""

    cfg: Any  # kiosk.config.Config
    devices: Any  # kiosk.flow.peripherals.Peripherals
    publish_frame: Callable[[object], None]  # the camera preview mailbox (FRAMES.publish)
    clock: Callable[[], datetime]


class ServiceRunner(ABC):
    @abstractmethod
    def apply(self, effect: object, post: Callable[[object], None]) -> None:
        """Carry out one of the service's effects without blocking the GUI thread. ``post``
        (callable from any thread) delivers result events into the session machine, and
        drops them once the visit the effect belonged to has ended."""

    def stop(self) -> None:
        """Stop whatever runs (a wipe); late results are dropped by the context's ``post``."""

    def close(self) -> None:
        """The kiosk shuts down."""


@dataclass(frozen=True)
class ServiceEntry:
    """One row of the registry."""

    key: str  # config name and page prefix: [flow] services = ["measure", "prescription"]
    guest: bool  # offered to a guest (not identified): only services that need no identity
    # Its QML files, in kiosk/qml/Kiosk/services/<key>/: the chooser tile and one page per screen.
    tile: str
    pages: Mapping[str, str]
    # Its state for one visit; None for the built-in measuring flow, whose screens the machine holds.
    session: Callable[[Holder], ServiceSession] | None = None
    runner: Callable[[RunnerContext], ServiceRunner] | None = None
    # Effect classes the runner carries out (the controller routes them by type).
    effects: tuple[type, ...] = ()
