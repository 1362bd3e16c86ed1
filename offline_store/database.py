"""Open the SQLite file durably: WAL, synchronous=FULL, foreign keys, migrations at start-up.

A file that fails its health check is moved aside (renamed, never overwritten
or deleted: it may hold unsent visits a technician can still recover) and a
fresh store is started.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

log = logging.getLogger("offline_store.database")
alert = logging.getLogger("offline_store.alert")  # technician alerts: disk full, corrupt store

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
SIDE_FILES = ("-wal", "-shm", "-journal")


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    configure_connection(dbapi_conn)


def configure_connection(dbapi_conn: sqlite3.Connection) -> None:
    """Durability settings every connection to the store gets."""
    # The driver's own transaction handling is off; we issue BEGIN IMMEDIATE ourselves
    # (see _on_begin), so a writer takes the lock up front instead of failing mid-way.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"cannot switch the store to WAL (journal_mode={mode})")
    cur.execute("PRAGMA synchronous=FULL")  # WAL+NORMAL may lose the last commits on power loss
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_begin(conn) -> None:
    # Readers (status, state_of) take no write lock, so they never wait for a commit.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly") else "BEGIN IMMEDIATE")


def readonly_uri(db_path: Path) -> str:
    """SQLite URI that opens the file read-only: reports must never change the store they report on."""
    return f"file:{quote(str(db_path))}?mode=ro"


def make_engine(db_path: Path, readonly: bool = False) -> Engine:
    url = f"sqlite:///{readonly_uri(db_path)}&uri=true" if readonly else f"sqlite:///{db_path}"
    engine = create_engine(url, pool_size=4, max_overflow=4, pool_pre_ping=False)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(connection) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


class SchemaTooNew(Exception):
    """The store was written by a newer kiosk: its schema revision is unknown to these migrations.

    Opening it anyway could drop or misread what the newer schema added, so the store is refused
    and left exactly as it was; the message is for the technician (no personal data).
    """


def migrate(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        refuse_unknown_revision(conn)
        command.upgrade(alembic_config(conn), revision)


def refuse_unknown_revision(conn) -> None:
    """Raise SchemaTooNew when the database's revision is not one of this app's migrations."""
    current = MigrationContext.configure(conn).get_current_revision()
    if current is None or current in known_revisions():
        return
    raise SchemaTooNew(
        f"store {conn.engine.url.database} has schema revision {current!r}, which this kiosk does not know "
        f"(its newest is {head_revision()!r}): a newer kiosk version wrote it. Install that version (or a later "
        "one) again; the store was left unchanged"
    )


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def check_health(db_path: Path, readonly: bool = False) -> str | None:
    """None if the file opens and passes quick_check; else the reason (no personal data)."""
    if not db_path.exists():
        return None
    try:
        conn = (sqlite3.connect(readonly_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000) if readonly
                else sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000))
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        # Locked, busy, cannot open: not corruption. Moving a healthy store aside (maybe
        # while the kiosk has it open) would be far worse than failing this start.
        raise
    except sqlite3.DatabaseError as e:  # "file is not a database", "malformed"
        return f"{e.__class__.__name__}: {e}"
    if rows != [("ok",)]:
        return "quick_check: " + "; ".join(str(r[0]) for r in rows[:3])
    return None


def move_aside(db_path: Path, reason: str) -> Path:
    """Rename the store and its WAL/SHM to ``<name>.corrupt-<time>``; never overwrite anything."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    n = 0
    while True:
        target = db_path.with_name(f"{db_path.name}.corrupt-{stamp}" + (f"-{n}" if n else ""))
        if not any(Path(str(target) + s).exists() for s in ("", *SIDE_FILES)):
            break
        n += 1
    for suffix in SIDE_FILES:  # side files first, so a crash mid-way never leaves a bare WAL next to a new db
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.rename(str(target) + suffix)
    db_path.rename(target)
    alert.critical("store %s failed its check (%s); moved aside to %s and a fresh store started",
                   db_path, reason, target)
    return target
