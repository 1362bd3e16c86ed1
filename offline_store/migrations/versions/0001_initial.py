"""First schema: visits with a sealed payload, their outbox entries, sync facts.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visits",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("payload", sa.BLOB, nullable=True),
        sa.Column("purged_at", sa.Float, nullable=True),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("visit_id", sa.String(36), sa.ForeignKey("visits.id"), nullable=False, unique=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.Float, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("synced_at", sa.Float, nullable=True),
    )
    op.create_index("ix_outbox_state", "outbox", ["state"])
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sync_meta")
    op.drop_index("ix_outbox_state", "outbox")
    op.drop_table("outbox")
    op.drop_table("visits")
