"""Queue counts without counting rows, so status costs the same with 100,000 queued visits.

Outbox rows are never deleted (a trigger refuses it: nothing unsent may go), so
the number of entries ever queued is ``max(rowid)``, an index seek. Triggers
count the entries that moved on to sending, synced or dead, off the save path:
``queued = max(rowid) - sending - synced - dead``.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

MOVED_ON = ("sending", "synced", "dead")


def upgrade() -> None:
    op.execute("CREATE TABLE queue_counts (state VARCHAR(12) PRIMARY KEY, n INTEGER NOT NULL)")
    for state in MOVED_ON:
        op.execute(f"INSERT INTO queue_counts (state, n) "
                   f"SELECT '{state}', count(*) FROM outbox WHERE state = '{state}'")
    op.execute("""CREATE TRIGGER outbox_count_update AFTER UPDATE OF state ON outbox
        WHEN OLD.state IS NOT NEW.state BEGIN
        UPDATE queue_counts SET n = n - 1 WHERE state = OLD.state;
        UPDATE queue_counts SET n = n + 1 WHERE state = NEW.state; END""")
    op.execute("""CREATE TRIGGER outbox_never_delete BEFORE DELETE ON outbox BEGIN
        SELECT RAISE(ABORT, 'outbox entries are never deleted'); END""")


def downgrade() -> None:
    op.execute("DROP TRIGGER outbox_never_delete")
    op.execute("DROP TRIGGER outbox_count_update")
    op.execute("DROP TABLE queue_counts")
