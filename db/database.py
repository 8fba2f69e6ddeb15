"""Opening a database for the program: checks, engine, migration, unit-of-work factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from db.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    check_sqlite_file,
    make_engine,
    parse_target,
    probe,
    reading,
)
from db.errors import damaged, translate
from db.migrate import upgrade
from db.uow import SqlUnitOfWorkFactory
from judging.errors import EnvironmentFault
from judging.problems import ProblemCode as P


@dataclass
class OpenDatabase:
    location: str
    engine: Engine
    uow_factory: SqlUnitOfWorkFactory
    backup: Path | None  # the copy made before an upgrade, if one was made

    def close(self) -> None:
        self.uow_factory.close()
        self.engine.dispose()


def _reason(exc: DBAPIError) -> str:
    """The driver's first line (psycopg adds hints on further lines), without its prefix."""
    text = str(exc.orig if exc.orig is not None else exc).strip().splitlines()
    first = text[0] if text else type(exc).__name__
    return first.removeprefix("connection failed: ").strip()


def open_database(
    value: str,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    read_only: bool = False,
    check: bool = False,
) -> OpenDatabase:
    """Open (creating and migrating if needed) the database named by a path or URL.

    Raises the domain's errors: ``NotADatabase`` (2), ``DatabaseTooNew``, ``DatabaseLocked``,
    ``DatabaseReadOnly``, ``DiskFull``, ``EnvironmentFault`` for a server that cannot be
    reached (3); ``InputError`` for a path in a folder that does not exist (2).

    ``check`` runs ``PRAGMA quick_check`` now, before any migration (the desktop app, which
    offers a backup copy for a damaged file at start); otherwise it runs before the first
    write of the process (``db.health``), so that reading commands stay fast.
    """
    target = parse_target(value)
    if target.path is not None:
        check_sqlite_file(target.path)
    engine = make_engine(target, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
    uow_factory = SqlUnitOfWorkFactory(engine, location=target.location)
    try:
        if target.path is not None:
            probe(engine, target.location)
            if check:
                with reading(engine).connect() as connection:  # takes no write lock
                    uow_factory.write_check.ensure(connection)
        backup = upgrade(engine, location=target.location, sqlite_path=target.path)
    except DBAPIError as exc:
        engine.dispose()
        error = translate(exc, target.location)
        if error is not None:
            raise error from None
        if target.path is None and isinstance(exc, OperationalError):
            raise EnvironmentFault(
                P.DB_SERVER_UNREACHABLE, location=target.location, reason=_reason(exc)
            ) from None
        raise
    except UnicodeDecodeError:
        # SQLite hands back text from scribbled-over pages that is not UTF-8.
        engine.dispose()
        raise damaged(target.location) from None
    except Exception:
        engine.dispose()
        raise
    return OpenDatabase(
        location=target.location,
        engine=engine,
        uow_factory=uow_factory,
        backup=backup,
    )
