"""The store's tables as they are at the newest migration (offline_store/migrations).

Only ``visits.payload`` and ``outbox.outcome`` can hold personal data, and both
are sealed (offline_store.sealing). Everything else is UUIDs, states, counters
and times, which the sync worker and ``kiosk queue status`` read without the key.
"""
from sqlalchemy import BLOB, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

visits = Table(
    "visits",
    metadata,
    Column("id", String(36), primary_key=True),  # client UUID of the visit
    Column("station_id", String(64), nullable=False),
    Column("created_at", Float, nullable=False),  # epoch seconds, when saved
    Column("payload", BLOB, nullable=True),  # sealed visit JSON; NULL once purged after the ack
    Column("purged_at", Float, nullable=True),
)

# One row per visit to send. States: queued -> sending -> synced | dead.
outbox = Table(
    "outbox",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("visit_id", String(36), ForeignKey("visits.id"), nullable=False, unique=True),
    Column("state", String(12), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("last_error", Text, nullable=True),  # technician text, never personal data
    Column("synced_at", Float, nullable=True),
    Column("outcome", BLOB, nullable=True),  # sealed OperationOutcome of a dead letter (may echo personal data)
    Column("dead_at", Float, nullable=True),
    Index("ix_outbox_state_next", "state", "next_attempt_at"),
    Index("ix_outbox_state_created", "state", "created_at"),
)

# Server-assigned ids of Patients and Devices, keyed by a keyed hash (never the ID number).
server_refs = Table(
    "server_refs",
    metadata,
    Column("lookup", String(64), primary_key=True),
    Column("server_id", String(128), nullable=False),
    Column("created_at", Float, nullable=False),
)

sync_meta = Table(
    "sync_meta",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Text, nullable=True),
)

# Entries that left "queued", kept by a trigger on outbox (migration 0003) so status never counts rows.
queue_counts = Table(
    "queue_counts",
    metadata,
    Column("state", String(12), primary_key=True),
    Column("n", Integer, nullable=False),
)
