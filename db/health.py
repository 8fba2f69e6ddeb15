"""The write check: a damaged SQLite file takes no writes.

``PRAGMA quick_check`` reads every page (about 0.23 s at 500,000 marks, warm; the full
``integrity_check`` about 1.4 s), too slow for every reading command (the budget for a
command is 1.5× a bare ``import sqlalchemy``). So it runs once per process: before the first
commit (inside that transaction, before its changes are flushed, so nothing is stored when it
fails), or at open where the caller asks for it (the desktop app, to offer a restore at once).
A file that fails it is refused as damaged (exit 3) and the transaction is rolled back.
"""

from __future__ import annotations

import threading

from sqlalchemy import Connection

from db.errors import damaged


class WriteCheck:
    """Remembers whether this process has checked the file; checks it once."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._passed = False
        self._lock = threading.Lock()

    @property
    def passed(self) -> bool:
        """Whether this process has checked the file and found it whole (then ``ensure``
        has nothing to do, and the caller need not make a connection for it)."""
        return self._passed

    def ensure(self, connection: Connection) -> None:
        """Raise ``EnvironmentFault(DB_DAMAGED)`` if the file fails ``PRAGMA quick_check``
        (checked once per process; a server database is not checked)."""
        if connection.dialect.name != "sqlite":
            return
        with self._lock:
            if not self._passed:
                self._check(connection)
                self._passed = True

    def _check(self, connection: Connection) -> None:
        rows = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
        if [str(row) for row in rows] != ["ok"]:
            raise damaged(self.location)
