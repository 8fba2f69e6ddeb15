"""Backups of the database file: made automatically, listed, and restored.

The policy lives here; the copying (SQLite's online backup API, integrity checks) is the db
side's, behind ``BackupStore``.

- Where: one folder per database inside the user's data folder (``backups/<name>-<hash>``: two
  files called ``judging.sqlite`` in different folders never share copies), each copy named
  ``<name>-YYYYMMDD-HHMMSS-ffffff.sqlite`` with the time in UTC.
- When (``backup_if_due``): the desktop app asks at start and after changes, the command line
  after a command that changed something. A copy is due when there is none yet, when
  ``every`` changes (service calls that stored something, ``judging.changes.change_count``)
  have been made since the last copy of this process, or, at start or after a change, when
  the newest copy is older than a day. So the app copies at most once a day at start, and a
  busy session every 50 changes.
- Written whole: to a temporary file beside it, checked with ``PRAGMA integrity_check``, then
  renamed. Only after a copy passed its check does rotation delete older ones: the newest
  ``keep_recent`` copies are kept, and the newest copy of each of the last ``keep_days`` days.
- Restore: the chosen copy must be a judging database this program knows (not newer) and
  pass its check; the current file is first copied aside, next to it
  (``<name>.before-restore-<time>.sqlite``), then the copy is written into it and checked.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from judging.changes import change_count
from judging.errors import EnvironmentFault, InputError
from judging.problems import ProblemCode as P

STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite$")
EVERY_CHANGES = 50
KEEP_RECENT = 10
KEEP_DAYS = 7
DAY = timedelta(days=1)
LEFTOVER_AGE_S = 3600


@dataclass(frozen=True)
class Summary:
    """What a database file holds, read without a full check."""

    revision: str | None  # None: no version record
    known: bool  # a revision this program can open (not newer)
    entries: int
    marks: int


@dataclass(frozen=True)
class BackupCopy:
    """One automatic copy in the backup folder, for the Restore… list."""

    path: Path
    made: datetime  # UTC
    size: int


@dataclass(frozen=True)
class Restored:
    source: Path
    kept_aside: Path | None  # where the file that was replaced now is
    summary: Summary


class BackupStore(Protocol):
    """The db side: copies and checks of SQLite files."""

    def copy(self, source: Path, target: Path) -> None:
        """A consistent copy of ``source`` at ``target``, written whole (a temporary file
        beside it, renamed) and only once it passed ``PRAGMA integrity_check``; raises
        ``EnvironmentFault(DB_DAMAGED)`` naming ``source`` when the copy fails its check."""
        ...

    def summary(self, path: Path) -> Summary | None:
        """What the file holds; None when it is not a judging database."""
        ...

    def problems(self, path: Path) -> list[str]:
        """``PRAGMA integrity_check``'s findings; empty when the file is whole."""
        ...

    def keep_aside(self, current: Path, aside: Path) -> None:
        """Copy the current file (with what its WAL holds) to ``aside``, even a damaged one."""
        ...

    def restore(self, source: Path, target: Path) -> None:
        """Write ``source`` into ``target`` (safe while ``target`` is open elsewhere)."""
        ...


def _utc(clock: Callable[[], datetime]) -> datetime:
    return clock().astimezone(UTC)


class BackupService:
    """Backups of one SQLite database file (``database`` None: a server, no backups)."""

    def __init__(
        self,
        store: BackupStore,
        *,
        database: Path | None,
        folder: Path | None,
        location: str = "",
        every: int = EVERY_CHANGES,
        keep_recent: int = KEEP_RECENT,
        keep_days: int = KEEP_DAYS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self.database = database
        self.location = location or str(database or "")
        self._root = folder
        self.every = every
        self.keep_recent = keep_recent
        self.keep_days = keep_days
        self._clock = clock
        self._baseline = change_count()  # the change count at the last copy of this process
        self._lock = threading.Lock()

    # -- where ------------------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self.database is not None and self._root is not None

    def folder(self) -> Path:
        """This database's own backup folder (made when first needed)."""
        database = self._require_database()
        assert self._root is not None
        digest = hashlib.sha256(str(database).encode("utf-8")).hexdigest()[:8]
        return self._root / f"{database.stem}-{digest}"

    def _require_database(self) -> Path:
        if self.database is None or self._root is None:
            raise InputError(P.BACKUP_NOT_SQLITE_FILE, location=self.location)
        return self.database

    def _existing_database(self) -> Path:
        database = self._require_database()
        if not database.is_file():
            raise InputError(P.FILE_MISSING, name=database)
        return database

    # -- listing ----------------------------------------------------------------------------
    def copies(self) -> list[BackupCopy]:
        """The automatic copies of this database, newest first."""
        if not self.available:
            return []
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = []
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or not path.is_file():
                continue
            try:
                made = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
            except ValueError:  # a name that only looks like a copy's (a 13th month…)
                continue
            found.append(BackupCopy(path=path, made=made, size=path.stat().st_size))
        return sorted(found, key=lambda c: c.made, reverse=True)

    def summary(self, path: Path) -> Summary | None:
        return self._store.summary(path)

    def newest_good(self) -> BackupCopy | None:
        """The newest copy that is a judging database this program knows and passes its
        check (older ones are tried when a newer one does not)."""
        for copy in self.copies():
            summary = self._store.summary(copy.path)
            if summary is None or not summary.known:
                continue
            if not self._store.problems(copy.path):
                return copy
        return None

    # -- making copies ----------------------------------------------------------------------
    def is_due(self, *, at_start: bool = False) -> bool:
        if not self.available or not self._require_database().exists():
            return False
        changed = change_count() - self._baseline
        if not at_start and changed == 0:
            return False
        if changed >= self.every:
            return True
        copies = self.copies()
        return not copies or _utc(self._clock) - copies[0].made >= DAY

    def backup_if_due(self, *, at_start: bool = False) -> BackupCopy | None:
        """Make a copy if one is due (see the module's policy); the copy made, or None."""
        with self._lock:
            if not self.is_due(at_start=at_start):
                return None
            return self._backup()

    def backup_now(self) -> BackupCopy:
        """Make a copy now, checked, then rotate the older ones."""
        with self._lock:
            return self._backup()

    def _backup(self) -> BackupCopy:
        database = self._existing_database()
        folder = self.folder()
        folder.mkdir(parents=True, exist_ok=True)
        made = _utc(self._clock)
        target = folder / f"{database.stem}-{made.strftime(STAMP)}.sqlite"
        count = change_count()
        self._store.copy(database, target)  # checked before it is renamed into place
        self._baseline = count
        self.rotate()
        return BackupCopy(path=target, made=made, size=target.stat().st_size)

    def backup_to(self, out: Path) -> Summary:
        """A checked copy of the database at ``out`` (``backup --out FILE``)."""
        database = self._existing_database()
        self._store.copy(database, out)
        summary = self._store.summary(out)
        assert summary is not None
        return summary

    def rotate(self) -> list[Path]:
        """Delete the copies the policy no longer keeps; the paths deleted."""
        copies = self.copies()
        keep = {c.path for c in copies[: self.keep_recent]}
        today = _utc(self._clock).date()
        seen_days: set[object] = set()
        for copy in copies:  # newest first: the first of each day is that day's newest
            day = copy.made.date()
            if (today - day).days < self.keep_days and day not in seen_days:
                seen_days.add(day)
                keep.add(copy.path)
        deleted = []
        for copy in copies:
            if copy.path not in keep:
                copy.path.unlink(missing_ok=True)
                deleted.append(copy.path)
        return deleted + self._remove_leftovers()

    def _remove_leftovers(self) -> list[Path]:
        """Temporary files of copies cut short (the program killed mid-copy), once they are
        an hour old: a younger one may be another program's copy under way."""
        removed = []
        for path in self.folder().glob(".*.part"):
            try:
                age = time.time() - path.stat().st_mtime
            except OSError:
                continue
            if age > LEFTOVER_AGE_S:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    # -- restoring --------------------------------------------------------------------------
    def check_restorable(self, source: Path) -> Summary:
        """Refuse a file that is not a whole copy of a judging database this program knows."""
        if not source.is_file():
            raise InputError(P.BACKUP_MISSING, location=source)
        summary = self._store.summary(source)
        if summary is None:
            raise InputError(P.BACKUP_NOT_A_BACKUP, location=source)
        if not summary.known:
            raise EnvironmentFault(P.BACKUP_TOO_NEW, location=source, revision=summary.revision)
        if self._store.problems(source):
            raise InputError(P.BACKUP_DAMAGED, location=source)
        return summary

    def restore(self, source: Path) -> Restored:
        """Put the copy ``source`` in place of the database, the current file kept aside
        first. The caller reopens the database afterwards (an older copy is then upgraded)."""
        database = self._require_database()
        summary = self.check_restorable(source)
        with self._lock:
            aside = None
            if database.exists():
                stamp = _utc(self._clock).strftime(STAMP)
                aside = database.with_name(
                    f"{database.stem}.before-restore-{stamp}{database.suffix or '.sqlite'}"
                )
                self._store.keep_aside(database, aside)
            self._store.restore(source, database)
            if self._store.problems(database):
                raise EnvironmentFault(P.DB_DAMAGED, location=database)
            self._baseline = change_count()
        return Restored(source=source, kept_aside=aside, summary=summary)
