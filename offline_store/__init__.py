"""Durable local visit queue, encryption at rest, FHIR R4 mapping and sync. No Qt here."""
