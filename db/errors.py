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
        return DatabaseLocked(
            f"{location}: the database is in use by another program (locked)",
            vi=f"{location}: cơ sở dữ liệu đang được một chương trình khác sử dụng (bị khóa)",
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return DatabaseReadOnly(
            f"{location}: the database is read-only; nothing can be saved",
            vi=f"{location}: cơ sở dữ liệu chỉ đọc; không lưu được gì",
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            f"{location}: the disk is full; the last change was not saved",
            vi=f"{location}: ổ đĩa đã đầy; thay đổi cuối cùng chưa được lưu",
        )
    if "malformed" in text:
        return damaged(location)
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabase(
            f"{location}: not a judging database",
            vi=f"{location}: không phải cơ sở dữ liệu chấm giải",
        )
    if "unable to open database" in text:
        return EnvironmentFault(
            f"{location}: the database file cannot be opened",
            vi=f"{location}: không mở được tệp cơ sở dữ liệu",
        )
    if "disk i/o error" in text:
        return EnvironmentFault(
            f"{location}: a disk input/output error stopped the change",
            vi=f"{location}: lỗi đọc/ghi ổ đĩa đã chặn thay đổi",
        )
    return None


def damaged(location: str) -> EnvironmentFault:
    """A judging database whose pages are broken (a disk fault, a copy cut short)."""
    return EnvironmentFault(
        f"{location}: the database file is damaged (malformed); restore it from a backup copy",
        vi=f"{location}: tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu",
    )
