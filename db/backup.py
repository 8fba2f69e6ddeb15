"""Copies of SQLite database files through SQLite's online backup API (``Connection.backup``):
consistent while the program or another one has the file open (WAL included), and written
whole (a temporary file beside the target, checked, then renamed). The policy (when, where,
how many) is ``judging.backup``'s; this is the ``BackupStore`` it is given."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from db.engine import SQLITE_MAGIC
from db.errors import DAMAGED, NOT_A_DATABASE, damaged, sort_sqlite
from db.migrate import known_revisions
from judging.backup import Summary
from judging.errors import EnvironmentFault, JudgingError
from judging.problems import ProblemCode as P
from judging.textfiles import atomic_output

BUSY_TIMEOUT_S = 5.0
#: Tables every judging database has since the first revision: a file without them is not one.
CORE_TABLES = {"alembic_version", "competition", "entry", "judge"}


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if read_only:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    else:
        connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        yield connection
    finally:
        connection.close()


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a file; a file SQLite cannot read at all is one problem."""
    try:
        with _connect(path, read_only=True) as connection:
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


class _StillBusy(sqlite3.OperationalError):
    """The other side stayed locked past the busy timeout (a writer holding it)."""

    sqlite_errorcode = sqlite3.SQLITE_BUSY


def _copy_pages(origin: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """``origin.backup(target)``, giving up after the busy timeout: Python's loop retries a
    locked source or destination for ever otherwise."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _StillBusy("database is locked")

    origin.backup(target, progress=progress, sleep=0.05)


def _backup(source: Path, target: Path) -> None:
    """Copy through the backup API; the copy in rollback-journal mode, so that reading it
    later (read-only) leaves no ``-wal``/``-shm`` files beside it."""
    with _connect(source) as origin, _connect(target) as copy:
        _copy_pages(origin, copy)
        copy.execute("PRAGMA journal_mode = DELETE")


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _known(revision: str | None) -> bool:
    return revision is not None and revision in known_revisions()


def _unreadable(exc: sqlite3.Error) -> bool:
    """SQLite could not read the file as a database (damaged pages, a broken header)."""
    return sort_sqlite(getattr(exc, "sqlite_errorcode", 0)) in (DAMAGED, NOT_A_DATABASE)


def _refusal(exc: sqlite3.Error, location: Path) -> JudgingError:
    """The environment's refusal for a copy that could not be made (locked, disk full…)."""
    sorting = sort_sqlite(getattr(exc, "sqlite_errorcode", 0))
    if sorting is None:
        return EnvironmentFault(P.DB_IO_ERROR, location=location)
    return sorting.make(str(location))


class SqliteBackupStore:
    def copy(self, source: Path, target: Path) -> None:
        with atomic_output(target) as temporary:
            try:
                _backup(source, temporary)
            except sqlite3.Error as exc:
                if _unreadable(exc):
                    raise damaged(str(source)) from None
                raise _refusal(exc, target) from None
            if integrity_problems(temporary):
                raise damaged(str(source))

    def summary(self, path: Path) -> Summary | None:
        if not _is_sqlite(path):
            return None
        try:
            with _connect(path, read_only=True) as connection:
                tables = {
                    str(row[0])
                    for row in connection.execute(
                        "SELECT name FROM sqlite_master WHERE type='table'"
                    )
                }
                if not tables >= CORE_TABLES:
                    return None
                versions = [str(r[0]) for r in connection.execute("SELECT * FROM alembic_version")]
                entries = int(connection.execute("SELECT count(*) FROM entry").fetchone()[0])
                marks = (
                    int(connection.execute("SELECT count(*) FROM mark").fetchone()[0])
                    if "mark" in tables
                    else 0
                )
        except sqlite3.DatabaseError:
            return None
        revision = versions[0] if len(versions) == 1 else None
        return Summary(revision=revision, known=_known(revision), entries=entries, marks=marks)

    def problems(self, path: Path) -> list[str]:
        return integrity_problems(path)

    def keep_aside(self, current: Path, aside: Path) -> None:
        try:
            with atomic_output(aside) as temporary:  # whole or absent, even when killed
                _backup(current, temporary)
            return
        except sqlite3.Error as exc:
            aside.unlink(missing_ok=True)
            if not _unreadable(exc):
                raise _refusal(exc, current) from None
        # Too damaged for SQLite to read: the bytes as they are, its WAL beside them.
        try:
            shutil.copyfile(current, aside)
            wal = current.with_name(current.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
        except OSError as exc:
            aside.unlink(missing_ok=True)
            raise EnvironmentFault(
                P.OUTPUT_UNWRITABLE, path=aside, reason=exc.strerror or str(exc)
            ) from None

    def restore(self, source: Path, target: Path) -> None:
        try:
            with _connect(source, read_only=True) as origin, _connect(target) as live:
                _copy_pages(origin, live)
            return
        except sqlite3.Error as exc:
            if not _unreadable(exc):  # locked by another program, a full disk…
                raise _refusal(exc, target) from None
        # The current file is not one SQLite can write into (its first page is gone): the
        # copy, written whole beside it, replaces it; its stale WAL must not be replayed.
        with atomic_output(target) as temporary:
            _backup(source, temporary)
            for leftover in ("-wal", "-shm"):
                target.with_name(target.name + leftover).unlink(missing_ok=True)
