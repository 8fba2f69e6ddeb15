"""Opening a judging database: the engine and its pragmas, checks, migration at start-up.

SQLite is used in WAL mode with ``synchronous=FULL`` (a committed mark survives a pulled plug),
``foreign_keys=ON`` and a busy timeout. A transaction that may write begins with ``BEGIN
IMMEDIATE`` so a second writer waits (up to the busy timeout) at the start, never half-way
through a change. A transaction that only reads (``reading(engine)``: the read-only units of
work, the checks at start-up) begins with a plain ``BEGIN`` under ``PRAGMA query_only``: in WAL
mode it never waits on a writer, and it cannot write by mistake.
A value containing ``://`` is an SQLAlchemy URL (PostgreSQL) and skips the SQLite specifics.

Connections are kept while the program runs (``QueuePool``, no pre-ping): opening one costs
more than a typed mark (the pragmas, the WAL index, and the checkpoint SQLite makes when the
last connection of a file closes). A connection belongs to one unit of work at a time: the pool
hands it out to one checkout only and takes it back when the unit of work ends, so the worker
threads (``ui.setup.runner``, the walk-through's mark saver) and the GUI thread never share one
at the same time; ``check_same_thread=False`` only lets a connection go to another thread
between two checkouts, which SQLite (serialized mode) allows. Each thread doing work at the
same time has its own connection; the pool keeps 5, opens more while they are needed (up to
15 at once) and closes those beyond 5 when they come back.

Other programs still read and write: in WAL mode a kept connection holds no lock between
transactions (only a shared lock on the WAL index, which readers and ``BEGIN IMMEDIATE``
writers share). What it does rule out is another program's ``PRAGMA locking_mode =
EXCLUSIVE``, which waits for every other connection to close. Nothing here needs that mode:
a migration (``db.migrate.upgrade``) runs in one ``BEGIN IMMEDIATE`` transaction at start-up,
before any unit of work, and holds the write lock throughout, so other writers wait and
readers see the file as it was until the commit; a backup (``db.backup``) copies through
SQLite's online backup API, which reads a consistent snapshot in a read transaction while
writers go on; a restore writes the copy's pages through the same API inside one write
transaction on the live file (all other writers wait), and the program reopens the database
afterwards (``OpenDatabase.close`` disposes of the kept connections). A test that needs a
connection opened afresh (a new ``connect`` listener) calls ``engine.dispose()``.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.dialects import registry
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import PoolProxiedConnection, QueuePool

from db.errors import translate
from judging.errors import EnvironmentFault, InputError, NotADatabase
from judging.problems import ProblemCode as P

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
READING = "judging_reading"  # the execution option that marks a read-only transaction
QUERY_ONLY = "judging_query_only"  # a connection's PRAGMA query_only, as last set


def reading(engine: Engine) -> Engine:
    """The same database, for transactions that only read (see the module's text)."""
    return engine.execution_options(**{READING: True})


@dataclass(frozen=True)
class Target:
    """Where the database is: a SQLite file, or a server URL."""

    location: str  # for messages: a path, or the URL with its password hidden
    path: Path | None  # None for a server URL
    server_url: str | None = None

    @property
    def url(self) -> str:
        if self.path is not None:
            return f"sqlite:///{self.path}"
        assert self.server_url is not None
        return self.server_url


#: The driver the program ships for a URL that names none (``postgresql://``): SQLAlchemy's
#: own default there, psycopg2, is not installed.
SHIPPED_DRIVERS = {"postgresql": "postgresql+psycopg"}


def parse_target(value: str) -> Target:
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError:
            raise InputError(P.DB_BAD_URL, location=value) from None
        if url.drivername in SHIPPED_DRIVERS:
            url = url.set(drivername=SHIPPED_DRIVERS[url.drivername])
        shown = url.render_as_string(hide_password=True)
        try:
            registry.load(url.drivername.replace("+", "."))
        except NoSuchModuleError:
            raise InputError(P.DB_UNKNOWN_DRIVER, location=shown, driver=url.drivername) from None
        return Target(
            location=shown, path=None, server_url=url.render_as_string(hide_password=False)
        )
    path = Path(value).expanduser().resolve()
    return Target(location=str(path), path=path)


def check_sqlite_file(path: Path) -> None:
    """Refuse what is plainly not a SQLite file before SQLite is asked to open it."""
    if path.is_dir():
        raise NotADatabase(P.DB_IS_FOLDER, location=path)
    if not path.exists():
        if not path.parent.is_dir():
            # A typo in the folder must not quietly start a new edition somewhere else.
            raise InputError(P.DB_FOLDER_MISSING, location=path, folder=path.parent)
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except PermissionError:
        raise EnvironmentFault(P.DB_PERMISSION_DENIED, location=path) from None
    except OSError as exc:
        raise EnvironmentFault(P.DB_UNREADABLE, location=path, reason=exc.strerror) from None
    if head and head != SQLITE_MAGIC:
        raise NotADatabase(P.DB_NOT_SQLITE, location=path)


def make_engine(
    target: Target,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    read_only: bool = False,
) -> Engine:
    """The engine for a target. ``read_only`` (or a file this user may not write) opens the
    SQLite file with ``mode=ro``, so that any attempt to write fails at once and clearly."""
    if target.path is None:
        try:
            return create_engine(target.url, pool_pre_ping=True)
        except ImportError as exc:
            raise EnvironmentFault(
                P.DB_DRIVER_MISSING, location=target.location, module=exc.name or ""
            ) from None
    if not read_only and target.path.exists() and not os.access(target.path, os.W_OK):
        read_only = True
    url = target.url
    connect_args: dict[str, Any] = {
        "timeout": busy_timeout_ms / 1000,
        "check_same_thread": False,
    }
    if read_only:
        url = f"sqlite:///file:{target.path}?mode=ro&uri=true"
        connect_args["uri"] = True
    engine = create_engine(
        url,
        poolclass=QueuePool,  # connections kept: see the module's text
        pool_size=5,
        max_overflow=10,
        pool_pre_ping=False,
        connect_args=connect_args,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transactions out of the driver's hands: BEGIN is ours (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal" and not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        pooled = connection.connection
        if driver_of(pooled).in_transaction:
            # begun on the driver by the unit of work's lean path (db.uow), whose transaction
            # SQLAlchemy now carries on: nothing to begin
            return
        begin(pooled, reads=bool(connection.get_execution_options().get(READING, False)))

    return engine


def begin(pooled: PoolProxiedConnection, *, reads: bool) -> None:
    """Begin a transaction on a pooled SQLite connection's driver: ``BEGIN IMMEDIATE`` for one
    that may write, a plain ``BEGIN`` under ``PRAGMA query_only`` for one that only reads."""
    kept = pooled.info  # lives as long as the driver's connection
    driver = driver_of(pooled)
    if kept.get(QUERY_ONLY) is not reads:  # a kept connection: set only when it changes
        _driver_sql(driver, f"PRAGMA query_only = {'ON' if reads else 'OFF'}")
        kept[QUERY_ONLY] = reads
    _driver_sql(driver, "BEGIN" if reads else "BEGIN IMMEDIATE")


def commit(pooled: PoolProxiedConnection) -> None:
    """Commit the transaction ``begin`` began (an error leaves as SQLAlchemy's)."""
    _driver_sql(driver_of(pooled), "COMMIT")


def rollback(pooled: PoolProxiedConnection) -> None:
    """Roll back the transaction ``begin`` began (an error leaves as SQLAlchemy's)."""
    _driver_sql(driver_of(pooled), "ROLLBACK")


def driver_of(pooled: PoolProxiedConnection) -> sqlite3.Connection:
    """The SQLite driver's connection of a pooled connection that is open."""
    driver = pooled.driver_connection
    assert driver is not None, "a pooled connection that was closed"
    return cast(sqlite3.Connection, driver)


def reads_only(engine: Engine) -> bool:
    """Whether transactions on ``engine`` only read (``reading(engine)``)."""
    return bool(engine.get_execution_options().get(READING, False))


def _driver_sql(driver: sqlite3.Connection, sql: str) -> None:
    """``sql`` on the driver's connection (every unit of work begins so: SQLAlchemy's own
    execution would cost more than a typed mark's statements); its error leaves as
    SQLAlchemy's, as from any statement, for the unit of work to sort (a locked file)."""
    try:
        driver.execute(sql).close()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc


def probe(engine: Engine, location: str) -> None:
    """Open a connection once, reading only, so that a broken or unreadable file is told now.

    It takes no write lock: a second program reading while another writes never waits (issue
    12, defect 6), and a read-only file can still be read. A write to a locked or read-only
    file is refused when it is tried, with the same plain messages (exit status 3)."""
    try:
        with reading(engine).connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            connection.rollback()
    except DBAPIError as exc:
        error = translate(exc, location)
        if error is not None:
            raise error from None
        raise
