"""How sure the kiosk is that this is the card holder, from the card read and the face check.

One place for it: the visit record (visit.py) and the services (kiosk/services) read it.
"""
from __future__ import annotations

from drivers.camera.api import FaceResult
from drivers.card.api import CardReadResult
from offline_store.api import IdentityAssurance


def assurance_of(card: CardReadResult, face: FaceResult | None) -> IdentityAssurance:
    return IdentityAssurance(
        access_protocol=card.access_protocol,
        passive_auth=card.passive_auth,
        chip_auth=card.chip_auth,
        face_decision=face.decision.value if face else "skipped",
        face_score=face.score if face else None,
        face_threshold=face.threshold if face else None,
        liveness=face.liveness if face else "not_run",
    )
