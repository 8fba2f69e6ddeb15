"""Turning database driver failures into the domain's errors, sorted by whose fault."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from judging.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    EnvironmentFault,
    JudgingError,
    NotADatabase,
)


def translate(exc: BaseException, location: str) -> JudgingError | None:
    """The domain error for a driver failure, or None when it is not a known environment one
    (then it is a bug and propagates unchanged)."""
    if not isinstance(exc, DBAPIError | OperationalError):
        return None
    text = str(exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked(f"{location}: the database is in use by another program (locked)")
    if "readonly" in text or "read-only" in text or "read only" in text:
        return DatabaseReadOnly(f"{location}: the database is read-only; nothing can be saved")
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(f"{location}: the disk is full; the last change was not saved")
    if "malformed" in text:
        return damaged(location)
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabase(f"{location}: not a judging database")
    if "unable to open database" in text:
        return EnvironmentFault(f"{location}: the database file cannot be opened")
    if "disk i/o error" in text:
        return EnvironmentFault(f"{location}: a disk input/output error stopped the change")
    return None


def damaged(location: str) -> EnvironmentFault:
    """A judging database whose pages are broken (a disk fault, a copy cut short)."""
    return EnvironmentFault(
        f"{location}: the database file is damaged (malformed); restore it from a backup copy"
    )
