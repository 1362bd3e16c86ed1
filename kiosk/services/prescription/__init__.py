""""Check my prescription": right person, right prescription (docs/prescription.md)."""
from kiosk.services.api import ServiceEntry
from kiosk.services.prescription import events as rx
from kiosk.services.prescription.session import PrescriptionSession


def _runner(ctx):
    from kiosk.services.prescription.runner import make_runner  # camera and HTTP only when offered

    return make_runner(ctx)


ENTRY = ServiceEntry(
    key="prescription",
    guest=False,
    tile="PrescriptionTile.qml",
    pages={"entry": "PrescriptionEntryScreen.qml", "looking_up": "PrescriptionEntryScreen.qml",
           "result": "PrescriptionResultScreen.qml"},
    session=PrescriptionSession,
    runner=_runner,
    effects=(rx.StartScan, rx.StopScan, rx.Lookup, rx.MakePass, rx.QueueAudit),
)
