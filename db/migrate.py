"""Alembic migrations at start-up: refuse a newer file, back up an older one, then upgrade.

The script location is package-relative (``db/migrations``) so that a frozen build still finds
it. SQLite migrations run in batch mode (see ``migrations/env.py``).

Before an upgrade the version record is checked against the tables: two version rows, or an
older revision whose later tables already exist (a version row copied from an older release),
are refused as ``EnvironmentFault(DB_VERSION_INCONSISTENT)`` before any backup is made, so
that trying again does not leave a new copy each time. An upgrade that fails (and so is rolled
back: SQLite's DDL is transactional) removes the copy it made before it.

Alembic (and its template engine) is imported only when the file's revision differs from the
head: the head and the known revisions are read from the ``revision =`` lines of the scripts in
``migrations/versions`` (a test checks them against Alembic's own reading), so that opening an
up-to-date database costs one plain query.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.pool import StaticPool

from db.engine import reading
from judging import faults
from judging.errors import DatabaseTooNew, EnvironmentFault, NotADatabase
from judging.problems import ProblemCode as P

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


#: A module-level ``revision = '0001'`` or ``down_revision: str | None = None`` line.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _assigned(script: Path) -> dict[str, object]:
    """The ``revision`` and ``down_revision`` literals of one migration script."""
    found = _ASSIGNMENT.findall(script.read_text(encoding="utf-8"))
    return {name: ast.literal_eval(value) for name, value in found}


@functools.cache
def known_revisions() -> dict[str, tuple[str, ...]]:
    """Every revision of the migration scripts with the revisions it follows, read from the
    scripts' ``revision`` and ``down_revision`` lines without importing Alembic."""
    known: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        values = _assigned(script)
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            continue
        if isinstance(down, str):
            known[revision] = (down,)
        else:  # None (the first) or a tuple of revisions (a merge)
            known[revision] = tuple(str(each) for each in down) if isinstance(down, tuple) else ()
    return known


def head_revision() -> str:
    """The one revision no other revision follows."""
    known = known_revisions()
    followed = {down for downs in known.values() for down in downs}
    heads = sorted(set(known) - followed)
    assert len(heads) == 1, f"migrations must have one head, not {heads}"
    return heads[0]


def version_rows(engine: Engine) -> list[str]:
    """Every row of ``alembic_version`` (none when the table is missing)."""
    with reading(engine).connect() as connection:  # no write lock: readers never wait
        if not inspect(connection).has_table("alembic_version"):
            return []
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return [str(row[0]) for row in rows]


@functools.lru_cache(maxsize=16)
def tables_at(revision: str) -> frozenset[str]:
    """The tables an empty database has after the migrations up to ``revision``, found by
    running them on an in-memory database (only on the rare upgrade path)."""
    from alembic import command

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return frozenset(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def inconsistency(engine: Engine, rows: list[str]) -> str | None:
    """Why the version record does not match the tables, or None when it does: two rows, or
    an older revision whose later tables already exist, or whose own tables are missing."""
    if len(rows) > 1:
        return f"alembic_version: {', '.join(sorted(rows))}"
    if not rows:
        return None
    revision = rows[0]
    with reading(engine).connect() as connection:
        present = set(inspect(connection).get_table_names())
    expected = tables_at(revision)
    later = (tables_at(head_revision()) - expected) & present
    if later:
        return f"{revision}: +{', +'.join(sorted(later))}"
    missing = expected - present
    if missing:
        return f"{revision}: −{', −'.join(sorted(missing))}"
    return None


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL), beside the file, written
    whole and checked (``db.backup``); a damaged file is refused before it is upgraded."""
    from db.backup import SqliteBackupStore  # db.backup reads this module's configuration

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix or '.sqlite'}")
    SqliteBackupStore().copy(path, target)
    return target


def upgrade(engine: Engine, *, location: str, sqlite_path: Path | None) -> Path | None:
    """Bring the database to the head revision. Returns the backup made, if any.

    Raises ``DatabaseTooNew`` for a file whose revision this program does not know and
    ``NotADatabase`` for a database with tables but no revision (some other program's file).
    """
    head = head_revision()
    rows = version_rows(engine)
    if len(rows) > 1:
        _refuse_inconsistent(engine, rows, location)
    current = rows[0] if rows else None
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise NotADatabase(P.DB_FOREIGN_TABLES, location=location)
    elif current == head:
        return None
    else:
        if current not in known_revisions():
            raise DatabaseTooNew(P.DB_TOO_NEW, location=location, revision=current)
        _refuse_inconsistent(engine, rows, location)
    backup = None
    if current is not None and sqlite_path is not None:
        backup = backup_sqlite(sqlite_path, current)
    from alembic import command  # only here: an upgrade is due

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            faults.reach("migrate")  # drills: killed here, the upgrade is not committed
    except Exception:
        # Rolled back: the file is as it was, and the copy would only pile up on each try.
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()
        raise
    return backup


def _refuse_inconsistent(engine: Engine, rows: list[str], location: str) -> None:
    reason = inconsistency(engine, rows)
    if reason is not None:
        raise EnvironmentFault(P.DB_VERSION_INCONSISTENT, location=location, detail=reason)
