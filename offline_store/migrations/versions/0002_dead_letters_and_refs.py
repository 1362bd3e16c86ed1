"""Dead letters keep the server's OperationOutcome (sealed); cache of server ids; queue indexes.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("outcome", sa.BLOB, nullable=True))
        batch.add_column(sa.Column("dead_at", sa.Float, nullable=True))
    op.drop_index("ix_outbox_state", "outbox")
    # The worker picks "queued and due, oldest first"; status needs "oldest unsent".
    op.create_index("ix_outbox_state_next", "outbox", ["state", "next_attempt_at"])
    op.create_index("ix_outbox_state_created", "outbox", ["state", "created_at"])
    op.create_table(
        "server_refs",
        sa.Column("lookup", sa.String(64), primary_key=True),
        sa.Column("server_id", sa.String(128), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_refs")
    op.drop_index("ix_outbox_state_created", "outbox")
    op.drop_index("ix_outbox_state_next", "outbox")
    op.create_index("ix_outbox_state", "outbox", ["state"])
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("dead_at")
        batch.drop_column("outcome")
