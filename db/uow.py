"""The unit of work: one session, one transaction, one user action.

Driver failures that come from the environment (locked, read-only, disk full) leave the block
as the domain's errors, after a rollback, so nothing half-done is ever stored.

Each area's repository is made, and its module (with the domain modules it imports) loaded, on
its first use in a unit of work: a quick command loads the areas it reads, not all seven
(issue 13, item 4). Likewise the ORM: a unit of work makes its session (and so loads
``sqlalchemy.orm`` and the mapped classes) when an area that maps rows first needs it; the
listings (``info``'s summary, the ``entries`` listing) read through SQLAlchemy Core on the unit
of work's connection, which the session, once made, shares (one transaction either way).

The statements a person waits on many times a minute (a typed mark: ``db.driver``) run on the
driver's connection (``driver()``). On SQLite a unit of work that needs nothing else takes
that connection from the pool itself and begins and commits its transaction on the driver,
without SQLAlchemy's ``Connection`` (whose checkout, begin and commit events cost about a tenth
of a typed mark); when something in the same unit of work then asks for the Core connection
or the session, they are made on that same pooled connection and carry on its transaction
(``db.engine`` begins nothing on a driver already in a transaction).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import PoolProxiedConnection

from db import engine as engines
from db.driver import Driver
from db.engine import reading
from db.errors import translate
from db.health import WriteCheck
from judging import __version__, faults
from judging.services.core import WRITTEN_BY

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.repositories.access import SqlAttemptsRepository
    from db.repositories.certificates import SqlCertificateRepository
    from db.repositories.core import SqlCoreRepository
    from db.repositories.kits import SqlKitRepository
    from db.repositories.listing import SqlListingRepository
    from db.repositories.ranking import SqlRankingRepository
    from db.repositories.scoring import SqlScoringRepository
    from db.repositories.setup import SqlSetupRepository

Repository = TypeVar("Repository")

#: A fault point for drills (tests only; judging.faults): ``JUDGING_FAULT=commit:<folder>``
#: (or ``JUDGING_FAULT_PAUSE=<folder>``) stops the first unit of work that commits just before
#: its commit, holding its write transaction open, until ``resume`` appears in the folder.
FAULT_PAUSE = faults.FAULT_PAUSE


def _pause_before_commit() -> None:
    faults.reach("commit")


def _new_session(bind: Engine | Connection) -> Session:
    from sqlalchemy.orm import Session  # the ORM: loaded by the first session (see above)

    return Session(bind, expire_on_commit=False, autoflush=False)


class SqlUnitOfWork:
    def __init__(
        self,
        engine: Engine,
        *,
        location: str,
        stamp: Callable[[SqlUnitOfWork], None] | None = None,
        write_check: WriteCheck | None = None,
    ) -> None:
        self._engine = engine  # the program's engine, or the same one reading only
        self._location = location
        self._write_check = write_check  # None: a unit of work that only reads
        self._open = False  # inside the with-block
        self._connection: Connection | None = None  # the Core readers', before any session
        self._pooled: PoolProxiedConnection | None = None  # the lean path's (see the module)
        self._session: Session | None = None  # made on first use
        self._repositories: dict[str, object] = {}  # per area, made on first use
        self._stamp = stamp  # called in the first write transaction of the program's run

    @property
    def session(self) -> Session:
        assert self._open, "unit of work used outside its with-block"
        if self._session is None:  # on the Core readers' connection if they came first
            fresh = self._connection is None and self._pooled is None
            self._session = _new_session(self._engine if fresh else self.connection())
        return self._session

    def connection(self) -> Connection:
        """The connection of this unit of work's transaction, for reading through Core: the
        session's once there is one, else one of its own that a later session joins."""
        assert self._open, "unit of work used outside its with-block"
        if self._session is not None:
            return self._session.connection()
        if self._connection is None:
            if self._pooled is not None:  # the lean path's: SQLAlchemy carries on its work
                pooled, self._pooled = self._pooled, None
                self._connection = Connection(self._engine, pooled)
            else:
                self._connection = self._engine.connect()
        return self._connection

    def driver(self) -> Driver:
        """The driver's connection of this unit of work, in its transaction, for the
        statements of ``db.driver`` (see the module's text)."""
        assert self._open, "unit of work used outside its with-block"
        lean = self._engine.dialect.name == "sqlite"  # the lean path is SQLite's
        if self._session is not None or self._connection is not None or not lean:
            connection = self.connection()
            if not connection.in_transaction():
                connection.begin()
            return Driver(connection.connection.dbapi_connection, connection.dialect)
        pooled = self._pooled
        if pooled is None:
            pooled = self._pooled = _checkout(self._engine)
        if not engines.driver_of(pooled).in_transaction:
            engines.begin(pooled, reads=engines.reads_only(self._engine))
        return Driver(pooled.dbapi_connection, self._engine.dialect)

    def __enter__(self) -> SqlUnitOfWork:
        self._open = True
        self._repositories = {}
        return self

    def _repository(self, area: str, kind: Callable[[Session], Repository]) -> Repository:
        made = self._repositories.get(area)
        if made is None:
            repository = kind(self.session)
            self._repositories[area] = repository
            return repository
        return cast(Repository, made)  # stored under its area by this method only

    def _sourced(self, area: str, kind: Callable[[SqlUnitOfWork], Repository]) -> Repository:
        """An area's repository given this unit of work (db.repositories.source): it asks for
        the session only when it maps rows, so a typed mark makes none."""
        made = self._repositories.get(area)
        if made is None:
            repository = kind(self)
            self._repositories[area] = repository
            return repository
        return cast(Repository, made)  # stored under its area by this method only

    # The repositories' modules are imported in these properties, on first use (see above).

    @property
    def core(self) -> SqlCoreRepository:
        from db.repositories.core import SqlCoreRepository

        return self._sourced("core", SqlCoreRepository)

    @property
    def setup(self) -> SqlSetupRepository:
        from db.repositories.setup import SqlSetupRepository

        return self._repository("setup", SqlSetupRepository)

    @property
    def scoring(self) -> SqlScoringRepository:
        from db.repositories.scoring import SqlScoringRepository

        return self._sourced("scoring", SqlScoringRepository)

    @property
    def ranking(self) -> SqlRankingRepository:
        from db.repositories.ranking import SqlRankingRepository

        return self._sourced("ranking", SqlRankingRepository)

    @property
    def certificates(self) -> SqlCertificateRepository:
        from db.repositories.certificates import SqlCertificateRepository

        return self._repository("certificates", SqlCertificateRepository)

    @property
    def kits(self) -> SqlKitRepository:
        from db.repositories.kits import SqlKitRepository

        return self._repository("kits", SqlKitRepository)

    @property
    def access(self) -> SqlAttemptsRepository:
        from db.repositories.access import SqlAttemptsRepository

        return self._repository("access", SqlAttemptsRepository)

    @property
    def listing(self) -> SqlListingRepository:
        from db.repositories.listing import SqlListingRepository

        made = self._repositories.get("listing")
        if made is None:
            made = self._repositories["listing"] = SqlListingRepository(self.connection)
        return cast(SqlListingRepository, made)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, connection, pooled = self._session, self._connection, self._pooled
        self._open, self._session, self._connection, self._repositories = False, None, None, {}
        self._pooled = None
        try:
            if session is not None:
                try:
                    session.rollback()  # after commit() this is a no-op
                except DBAPIError:
                    pass
                finally:
                    session.close()
        finally:
            if connection is not None:
                with contextlib.suppress(DBAPIError):
                    connection.close()  # rolls back what was not committed
            if pooled is not None:  # back to the pool, which rolls back what was not committed
                with contextlib.suppress(DBAPIError, sqlite3.Error):
                    pooled.close()
        if isinstance(exc, DBAPIError):
            error = translate(exc, self._location)
            if error is not None:
                raise error from exc

    def commit(self) -> None:
        _pause_before_commit()
        try:
            if self._write_check is not None and not self._write_check.passed:
                self._write_check.ensure(self.connection())  # a damaged file takes no writes
            if self._stamp is not None:
                self._stamp(self)
            if self._session is not None:
                self._session.commit()
            if self._connection is not None:  # the session joined it: its transaction ends here
                self._connection.commit()
            if self._pooled is not None and engines.driver_of(self._pooled).in_transaction:
                engines.commit(self._pooled)
        except DBAPIError as exc:
            error = translate(exc, self._location)
            if error is not None:
                self.rollback()
                raise error from exc
            raise

    def rollback(self) -> None:
        assert self._open, "unit of work used outside its with-block"
        if self._session is not None:
            self._session.rollback()
        if self._connection is not None:
            self._connection.rollback()
        if self._pooled is not None and engines.driver_of(self._pooled).in_transaction:
            engines.rollback(self._pooled)


def _checkout(engine: Engine) -> PoolProxiedConnection:
    """A connection from the engine's pool (its driver's failure to open leaves as
    SQLAlchemy's, as from ``engine.connect()``)."""
    try:
        return engine.raw_connection()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(None, None, exc, sqlite3.Error) from exc


class SqlUnitOfWorkFactory:
    """Callable that makes a fresh unit of work for each user action.

    ``read_only=True`` gives one that only reads: on SQLite it never waits on a writer (WAL)
    and works on a file that cannot be written; a write through it is refused."""

    def __init__(self, engine: Engine, *, location: str) -> None:
        self.engine = engine
        self.location = location
        self._reading = reading(engine)
        self._watch: Any = None  # the kept connection that reads SQLite's change counter
        self._stamped = False  # the program's version recorded in this run
        self.write_check = WriteCheck(location)

    def __call__(self, *, read_only: bool = False) -> SqlUnitOfWork:
        if read_only:
            return SqlUnitOfWork(self._reading, location=self.location)
        stamp = None if self._stamped else self._stamp_version
        return SqlUnitOfWork(
            self.engine, location=self.location, stamp=stamp, write_check=self.write_check
        )

    def _stamp_version(self, uow: SqlUnitOfWork) -> None:
        """Record, in the first transaction this run writes, which version of the program
        wrote the database (one statement a run, not one a change)."""
        if uow.scoring.setting(WRITTEN_BY) != __version__:
            uow.scoring.set_setting(WRITTEN_BY, __version__)
        self._stamped = True

    def data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version`` on one kept connection: it moves whenever another
        connection commits (another program on the same file, or this program's own units
        of work). None for a server database, or when the file cannot be read just now."""
        if self.engine.dialect.name != "sqlite":
            return None
        try:
            if self._watch is None:
                self._watch = self.engine.raw_connection()
            cursor = self._watch.cursor()
            try:
                row = cursor.execute("PRAGMA data_version").fetchone()
            finally:
                cursor.close()
        except (DBAPIError, sqlite3.Error):
            self.close()
            return None
        return int(row[0])

    def close(self) -> None:
        """Close the kept connection (opened again when the counter is read next)."""
        watch, self._watch = self._watch, None
        if watch is not None:
            with contextlib.suppress(DBAPIError, sqlite3.Error):
                watch.close()
