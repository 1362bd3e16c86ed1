"""Clinical interpretation of readings: one threshold table with sources, applied.

``interpret(kind, values) -> list[Finding]``; no Qt here. The QML turns each
finding's band and severity into colours and plain-language advice.
"""
from kiosk.clinical.interpret import Finding, any_urgent, interpret

__all__ = ["Finding", "any_urgent", "interpret"]
