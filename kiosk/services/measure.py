""""Measure my health": the built-in flow (measure -> results -> saving -> done).

Its screens predate the registry and stay in the session machine
(kiosk/session/machine.py); the entry puts it on the chooser, also for guests.
"""
from kiosk.services.api import ServiceEntry

ENTRY = ServiceEntry(key="measure", guest=True, tile="MeasureTile.qml", pages={})
