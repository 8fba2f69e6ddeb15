"""Alembic migrations at start-up: refuse a newer file, back up an older one, then upgrade.

The script location is package-relative (``db/migrations``) so that a frozen build still finds
it. SQLite migrations run in batch mode (see ``migrations/env.py``).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

from db.engine import reading
from judging.errors import DatabaseTooNew, NotADatabase
from judging.problems import ProblemCode as P

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations must have one head, not {heads}"
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with reading(engine).connect() as connection:  # no write lock: readers never wait
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), beside the file."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix or '.sqlite'}")
    source = sqlite3.connect(str(path))
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, *, location: str, sqlite_path: Path | None) -> Path | None:
    """Bring the database to the head revision. Returns the backup made, if any.

    Raises ``DatabaseTooNew`` for a file whose revision this program does not know and
    ``NotADatabase`` for a database with tables but no revision (some other program's file).
    """
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise NotADatabase(P.DB_FOREIGN_TABLES, location=location)
    elif current == head:
        return None
    else:
        try:
            known = script.get_revision(current)
        except CommandError:
            known = None
        if known is None:
            raise DatabaseTooNew(P.DB_TOO_NEW, location=location, revision=current)
    backup = None
    if current is not None and sqlite_path is not None:
        backup = backup_sqlite(sqlite_path, current)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
