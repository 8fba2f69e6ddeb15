"""Turning database driver failures into the domain's errors, sorted by whose fault.

Sorted by the driver's error code, never by its message text (which changes between versions
and languages): SQLite's result code (``sqlite3.Error.sqlite_errorcode``, its primary code in
the low byte, https://sqlite.org/rescode.html) and PostgreSQL's SQLSTATE (``.sqlstate`` on
psycopg 3's errors, ``.pgcode`` on psycopg2's, https://www.postgresql.org/docs/current/
errcodes-appendix.html). A code not in these tables is not the environment's doing: it is a
bug, and propagates unchanged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from judging.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    EnvironmentFault,
    JudgingError,
    NotADatabase,
)
from judging.problems import ProblemCode


@dataclass(frozen=True)
class Sorting:
    """Where a driver error code goes: the domain error class and the problem it states."""

    error: type[JudgingError]
    code: ProblemCode

    def make(self, location: str) -> JudgingError:
        return self.error(self.code, location=location)


LOCKED = Sorting(DatabaseLocked, ProblemCode.DB_LOCKED)
READ_ONLY = Sorting(DatabaseReadOnly, ProblemCode.DB_READ_ONLY)
NO_PERMISSION = Sorting(DatabaseReadOnly, ProblemCode.DB_NO_PERMISSION)
FULL = Sorting(DiskFull, ProblemCode.DB_DISK_FULL)
DAMAGED = Sorting(EnvironmentFault, ProblemCode.DB_DAMAGED)
NOT_A_DATABASE = Sorting(NotADatabase, ProblemCode.DB_NOT_A_DATABASE)
CANNOT_OPEN = Sorting(EnvironmentFault, ProblemCode.DB_CANNOT_OPEN)
IO_ERROR = Sorting(EnvironmentFault, ProblemCode.DB_IO_ERROR)
SERVER_BUSY = Sorting(EnvironmentFault, ProblemCode.DB_SERVER_BUSY)
LOGIN_REFUSED = Sorting(EnvironmentFault, ProblemCode.DB_LOGIN_REFUSED)
CONNECTION_LOST = Sorting(EnvironmentFault, ProblemCode.DB_CONNECTION_LOST)

#: SQLite primary result codes (the low byte of the extended code: SQLITE_READONLY_DBMOVED,
#: SQLITE_IOERR_WRITE… sort with their primary code).
SQLITE_CODES: dict[int, Sorting] = {
    sqlite3.SQLITE_BUSY: LOCKED,  # another connection holds the write lock past the timeout
    sqlite3.SQLITE_LOCKED: LOCKED,  # a table is locked within a shared cache
    sqlite3.SQLITE_PROTOCOL: LOCKED,  # the WAL lock protocol lost a race too often
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_PERM: READ_ONLY,
    sqlite3.SQLITE_FULL: FULL,
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: NOT_A_DATABASE,
    sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN,
    sqlite3.SQLITE_IOERR: IO_ERROR,
}

#: PostgreSQL SQLSTATEs sorted one by one; they win over their class below.
SQLSTATE_CODES: dict[str, Sorting] = {
    "53100": FULL,  # disk_full
    "25006": READ_ONLY,  # read_only_sql_transaction (a hot standby, a read-only default)
    "42501": NO_PERMISSION,  # insufficient_privilege
    "55P03": LOCKED,  # lock_not_available (lock_timeout, NOWAIT)
    "55006": LOCKED,  # object_in_use
    "40P01": LOCKED,  # deadlock_detected
    "40001": LOCKED,  # serialization_failure
    "57P01": CONNECTION_LOST,  # admin_shutdown
    "57P02": CONNECTION_LOST,  # crash_shutdown
    "57P03": CONNECTION_LOST,  # cannot_connect_now (the server is starting)
    "XX001": DAMAGED,  # data_corrupted
    "XX002": DAMAGED,  # index_corrupted
    "3D000": CANNOT_OPEN,  # invalid_catalog_name: no such database on the server
}

#: PostgreSQL SQLSTATE classes (the first two characters).
SQLSTATE_CLASSES: dict[str, Sorting] = {
    "08": CONNECTION_LOST,  # connection exception
    "28": LOGIN_REFUSED,  # invalid authorization specification
    "53": SERVER_BUSY,  # insufficient resources (besides a full disk)
    "58": IO_ERROR,  # system error (an I/O error on the server)
}


def sort_sqlite(code: int) -> Sorting | None:
    """The sorting of an SQLite (extended) result code, or None for a bug."""
    return SQLITE_CODES.get(code & 0xFF)


def sort_sqlstate(state: str) -> Sorting | None:
    """The sorting of a PostgreSQL SQLSTATE, or None for a bug."""
    return SQLSTATE_CODES.get(state) or SQLSTATE_CLASSES.get(state[:2])


def sorting_of(driver_error: BaseException | None) -> Sorting | None:
    """The sorting of a driver's own exception (sqlite3 or psycopg), by its error code."""
    sqlite_code = getattr(driver_error, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        return sort_sqlite(sqlite_code)
    state = getattr(driver_error, "sqlstate", None) or getattr(driver_error, "pgcode", None)
    if isinstance(state, str) and state:
        return sort_sqlstate(state)
    return None


def translate(exc: BaseException, location: str) -> JudgingError | None:
    """The domain error for a driver failure, or None when it is not a known environment one
    (then it is a bug and propagates unchanged)."""
    if not isinstance(exc, DBAPIError):
        return None
    sorting = sorting_of(exc.orig)
    return sorting.make(location) if sorting is not None else None


def damaged(location: str) -> EnvironmentFault:
    """A judging database whose pages are broken (a disk fault, a copy cut short)."""
    return EnvironmentFault(ProblemCode.DB_DAMAGED, location=location)
