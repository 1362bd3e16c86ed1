""""My health record": the citizen's readings of 12 months, trends and vaccinations (docs/services.md)."""
from kiosk.services.api import ServiceEntry
from kiosk.services.record.events import LoadHistory, StopHistory
from kiosk.services.record.runner import make_runner
from kiosk.services.record.session import RecordSession

ENTRY = ServiceEntry(
    key="record",
    guest=False,  # never for a guest: the record is read by the chip's identity
    tile="RecordTile.qml",
    pages={"record": "RecordScreen.qml"},
    session=RecordSession,
    runner=make_runner,
    effects=(LoadHistory, StopHistory),
)
