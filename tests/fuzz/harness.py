"""What every fuzzed reader must do: accept the file, or refuse it with an ``InputError`` (exit
2) that changed nothing in the database. Any other exception fails the test, and hypothesis's
deadline fails a case that takes too long."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, settings

from db.database import open_database
from judging.app import Services, build_services
from judging.errors import InputError

#: Per case: generous, as the issue asks ("a hang past a few seconds" is a failure).
DEADLINE = timedelta(seconds=5)
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

#: Always in the suite: a fixed seed and about thirty cases a reader.
SHORT = settings(
    derandomize=True,
    max_examples=30,
    deadline=DEADLINE,
    suppress_health_check=[*_HEALTH, HealthCheck.function_scoped_fixture],
    database=None,
)
#: ``-m fuzz_long``: random seeds, many more cases (``FUZZ_EXAMPLES`` a reader, 1500 unless set).
LONG = settings(
    derandomize=False,
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "1500")),
    deadline=DEADLINE,
    suppress_health_check=[*_HEALTH, HealthCheck.function_scoped_fixture],
    database=None,
)


def digest(path: Path) -> str:
    """A digest of every table's rows (what a refusal must leave as it was)."""
    h = hashlib.sha256()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            h.update(table.encode())
            for row in sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"'))):
                h.update(row.encode())
    finally:
        connection.close()
    return h.hexdigest()


@dataclass
class Target:
    """An open copy of a database that a reader's cases run against."""

    path: Path
    services: Services
    folder: Path
    outcomes: dict[str, int]

    def file(self, name: str, data: str | bytes) -> Path:
        path = self.folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    def attempt(self, read: Callable[[], object]) -> str:
        """Run ``read``: accepted, or refused with nothing changed. Returns which."""
        before = digest(self.path)
        try:
            read()
        except InputError as refusal:
            assert refusal.code is not None or refusal.problems, "a refusal without a reason"
            assert digest(self.path) == before, "a refused file changed the database"
            outcome = "refused"
        else:
            outcome = "accepted"
        event(outcome)
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        return outcome


@contextmanager
def target(source: Path, folder: Path) -> Iterator[Target]:
    """A copy of ``source`` opened, for one test's cases."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "target.sqlite"
    shutil.copyfile(source, path)
    database = open_database(str(path))
    try:
        services = build_services(database.uow_factory, location=str(path))
        yield Target(path, services, folder, {})
    finally:
        database.close()
