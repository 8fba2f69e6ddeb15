"""Driver errors are sorted by their error code (SQLite's result code, PostgreSQL's SQLSTATE),
never by their message text: the table of the mapping, then real SQLite failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from db.errors import sort_sqlite, sort_sqlstate, translate
from judging.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    EnvironmentFault,
    JudgingError,
    NotADatabase,
)
from judging.problems import ProblemCode as P

SQLITE_TABLE = [
    (sqlite3.SQLITE_BUSY, DatabaseLocked, P.DB_LOCKED),
    (sqlite3.SQLITE_BUSY_SNAPSHOT, DatabaseLocked, P.DB_LOCKED),
    (sqlite3.SQLITE_LOCKED, DatabaseLocked, P.DB_LOCKED),
    (sqlite3.SQLITE_LOCKED_SHAREDCACHE, DatabaseLocked, P.DB_LOCKED),
    (sqlite3.SQLITE_PROTOCOL, DatabaseLocked, P.DB_LOCKED),
    (sqlite3.SQLITE_READONLY, DatabaseReadOnly, P.DB_READ_ONLY),
    (sqlite3.SQLITE_READONLY_DBMOVED, DatabaseReadOnly, P.DB_READ_ONLY),
    (sqlite3.SQLITE_READONLY_DIRECTORY, DatabaseReadOnly, P.DB_READ_ONLY),
    (sqlite3.SQLITE_READONLY_RECOVERY, DatabaseReadOnly, P.DB_READ_ONLY),
    (sqlite3.SQLITE_READONLY_CANTLOCK, DatabaseReadOnly, P.DB_READ_ONLY),
    (sqlite3.SQLITE_FULL, DiskFull, P.DB_DISK_FULL),
    (sqlite3.SQLITE_CORRUPT, EnvironmentFault, P.DB_DAMAGED),
    (sqlite3.SQLITE_CORRUPT_INDEX, EnvironmentFault, P.DB_DAMAGED),
    (sqlite3.SQLITE_NOTADB, NotADatabase, P.DB_NOT_A_DATABASE),
    (sqlite3.SQLITE_CANTOPEN, EnvironmentFault, P.DB_CANNOT_OPEN),
    (sqlite3.SQLITE_CANTOPEN_ISDIR, EnvironmentFault, P.DB_CANNOT_OPEN),
    (sqlite3.SQLITE_IOERR, EnvironmentFault, P.DB_IO_ERROR),
    (sqlite3.SQLITE_IOERR_WRITE, EnvironmentFault, P.DB_IO_ERROR),
    (sqlite3.SQLITE_IOERR_FSYNC, EnvironmentFault, P.DB_IO_ERROR),
    (sqlite3.SQLITE_IOERR_SHORT_READ, EnvironmentFault, P.DB_IO_ERROR),
]

#: Programming errors: not the environment's doing, so they stay bugs.
SQLITE_BUGS = [
    sqlite3.SQLITE_ERROR,
    sqlite3.SQLITE_CONSTRAINT,
    sqlite3.SQLITE_CONSTRAINT_UNIQUE,
    sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY,
    sqlite3.SQLITE_MISMATCH,
    sqlite3.SQLITE_RANGE,
]

SQLSTATE_TABLE = [
    ("53100", DiskFull, P.DB_DISK_FULL),
    ("53200", EnvironmentFault, P.DB_SERVER_BUSY),
    ("53300", EnvironmentFault, P.DB_SERVER_BUSY),
    ("25006", DatabaseReadOnly, P.DB_READ_ONLY),
    ("42501", DatabaseReadOnly, P.DB_NO_PERMISSION),
    ("55P03", DatabaseLocked, P.DB_LOCKED),
    ("55006", DatabaseLocked, P.DB_LOCKED),
    ("40P01", DatabaseLocked, P.DB_LOCKED),
    ("40001", DatabaseLocked, P.DB_LOCKED),
    ("08000", EnvironmentFault, P.DB_CONNECTION_LOST),
    ("08003", EnvironmentFault, P.DB_CONNECTION_LOST),
    ("08006", EnvironmentFault, P.DB_CONNECTION_LOST),
    ("57P01", EnvironmentFault, P.DB_CONNECTION_LOST),
    ("57P03", EnvironmentFault, P.DB_CONNECTION_LOST),
    ("28P01", EnvironmentFault, P.DB_LOGIN_REFUSED),
    ("28000", EnvironmentFault, P.DB_LOGIN_REFUSED),
    ("3D000", EnvironmentFault, P.DB_CANNOT_OPEN),
    ("XX001", EnvironmentFault, P.DB_DAMAGED),
    ("XX002", EnvironmentFault, P.DB_DAMAGED),
    ("58030", EnvironmentFault, P.DB_IO_ERROR),
]

SQLSTATE_BUGS = ["23505", "23503", "42P01", "42703", "22003", "57014", "XX000"]


def _sqlite_failure(code: int, message: str = "whatever the driver says") -> DBAPIError:
    orig = sqlite3.OperationalError(message)
    orig.sqlite_errorcode = code
    orig.sqlite_errorname = "SQLITE_TEST"
    return OperationalError("UPDATE mark SET value = 1", {}, orig)


def _pg_failure(state: str) -> DBAPIError:
    orig = psycopg.errors.lookup(state)("whatever the server says")
    assert orig.sqlstate == state
    return OperationalError("UPDATE mark SET value = 1", {}, orig)


@pytest.mark.parametrize(("code", "error", "problem"), SQLITE_TABLE)
def test_sqlite_result_codes_sort_by_code(code: int, error: type[JudgingError], problem: P) -> None:
    sorting = sort_sqlite(code)
    assert sorting is not None
    assert (sorting.error, sorting.code) == (error, problem)
    # The message text plays no part: a misleading one changes nothing.
    made = translate(_sqlite_failure(code, "database is locked"), "giai.db")
    assert type(made) is error
    assert made.code is problem
    assert made.params == {"location": "giai.db"}
    assert made.text("vi").startswith("giai.db: ")


@pytest.mark.parametrize("code", SQLITE_BUGS)
def test_sqlite_programming_errors_stay_bugs(code: int) -> None:
    assert sort_sqlite(code) is None
    assert translate(_sqlite_failure(code, "database or disk is full"), "giai.db") is None


@pytest.mark.parametrize(("state", "error", "problem"), SQLSTATE_TABLE)
def test_postgresql_sqlstates_sort_by_code(
    state: str, error: type[JudgingError], problem: P
) -> None:
    sorting = sort_sqlstate(state)
    assert sorting is not None
    assert (sorting.error, sorting.code) == (error, problem)
    made = translate(_pg_failure(state), "postgresql://giai")
    assert type(made) is error
    assert made.code is problem


@pytest.mark.parametrize("state", SQLSTATE_BUGS)
def test_postgresql_programming_errors_stay_bugs(state: str) -> None:
    assert sort_sqlstate(state) is None
    assert translate(_pg_failure(state), "postgresql://giai") is None


def test_an_error_without_a_code_is_a_bug() -> None:
    orig = sqlite3.OperationalError("database is locked")  # text alone sorts nothing
    assert translate(OperationalError("SELECT 1", {}, orig), "giai.db") is None
    assert translate(ValueError("database is locked"), "giai.db") is None


def _driver_error(url: str, statement: str) -> DBAPIError:
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 0.05})
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError(f"{statement} did not fail")


def test_a_real_write_lock_held_by_another_connection_is_database_locked(tmp_path: Path) -> None:
    path = tmp_path / "giai.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE mark (value INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO mark VALUES (1)")
    try:
        exc = _driver_error(f"sqlite:///{path}", "INSERT INTO mark VALUES (2)")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert exc.orig.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
    error = translate(exc, str(path))
    assert isinstance(error, DatabaseLocked)
    assert error.exit_status == 3
    assert error.code is P.DB_LOCKED
    assert error.text("vi") == (
        f"{path}: cơ sở dữ liệu đang được một chương trình khác sử dụng (bị khóa)"
    )


def test_a_real_file_that_is_not_a_database_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "ghi-chu.db"
    path.write_bytes(b"Danh sach giam khao, khong phai co so du lieu\n" * 200)
    exc = _driver_error(f"sqlite:///{path}", "SELECT count(*) FROM sqlite_master")
    assert exc.orig.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    error = translate(exc, path.name)
    assert isinstance(error, NotADatabase)
    assert error.exit_status == 2
    assert error.text("en") == "ghi-chu.db: not a judging database"
    assert error.text("vi") == "ghi-chu.db: không phải cơ sở dữ liệu chấm giải"


def test_a_real_read_only_connection_refusing_a_write_is_read_only(tmp_path: Path) -> None:
    path = tmp_path / "giai.db"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE mark (value INTEGER)")
    setup.close()
    exc = _driver_error(f"sqlite:///file:{path}?mode=ro&uri=true", "INSERT INTO mark VALUES (1)")
    assert exc.orig.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY
    error = translate(exc, path.name)
    assert isinstance(error, DatabaseReadOnly)
    assert error.code is P.DB_READ_ONLY
