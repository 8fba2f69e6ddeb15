"""The unit of work: one session, one transaction, one user action.

Driver failures that come from the environment (locked, read-only, disk full) leave the block
as the domain's errors, after a rollback, so nothing half-done is ever stored.
"""

from __future__ import annotations

import contextlib
import sqlite3
from types import TracebackType
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import translate
from db.health import WriteCheck
from db.repositories.certificates import SqlCertificateRepository
from db.repositories.core import SqlCoreRepository
from db.repositories.kits import SqlKitRepository
from db.repositories.ranking import SqlRankingRepository
from db.repositories.scoring import SqlScoringRepository
from db.repositories.setup import SqlSetupRepository


class SqlUnitOfWork:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        location: str,
        write_check: WriteCheck | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._location = location
        self._write_check = write_check or WriteCheck(location)
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        assert self._session is not None, "unit of work used outside its with-block"
        return self._session

    def __enter__(self) -> SqlUnitOfWork:
        self._session = self._session_factory()
        self.core = SqlCoreRepository(self._session)
        self.setup = SqlSetupRepository(self._session)
        self.scoring = SqlScoringRepository(self._session)
        self.ranking = SqlRankingRepository(self._session)
        self.certificates = SqlCertificateRepository(self._session)
        self.kits = SqlKitRepository(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()  # after commit() this is a no-op
        except DBAPIError:
            pass
        finally:
            session.close()
            self._session = None
        if isinstance(exc, DBAPIError):
            error = translate(exc, self._location)
            if error is not None:
                raise error from exc

    def commit(self) -> None:
        try:
            self._write_check.ensure(self.session.connection())  # a damaged file takes no writes
            self.session.commit()
        except DBAPIError as exc:
            error = translate(exc, self._location)
            if error is not None:
                self.session.rollback()
                raise error from exc
            raise

    def rollback(self) -> None:
        self.session.rollback()


class SqlUnitOfWorkFactory:
    """Callable that makes a fresh unit of work for each user action."""

    def __init__(self, engine: Engine, *, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        self._watch: Any = None  # the kept connection that reads SQLite's change counter
        self.write_check = WriteCheck(location)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions, location=self.location, write_check=self.write_check)

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
