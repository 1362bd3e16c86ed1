"""Alembic environment: the store runs migrations itself at start-up, on its own connection."""
from alembic import context

from offline_store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
