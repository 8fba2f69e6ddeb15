"""Proof that no acknowledged mark is lost: a process killed with SIGKILL while marks are
being entered, a database locked by another process, a read-only file, a full disk. Each
ends in the right error with a plain message and a database that passes
``PRAGMA integrity_check`` with every acknowledged mark in it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from db.database import OpenDatabase, open_database
from db.uow import SqlUnitOfWorkFactory
from judging.app import Services, build_services
from judging.errors import DatabaseLocked, DatabaseReadOnly, DiskFull
from tests import scoring_helpers

ROOT = Path(__file__).resolve().parents[2]
BUSY_MS = int(os.environ.get("JUDGING_BUSY_TIMEOUT_MS", "200"))
D = Decimal

#: (judge, entry) pairs the child cycles through, with the criteria's maxima and steps.
PAIRS = [(j, e) for j, entries in scoring_helpers.ASSIGNED.items() for e in entries]
CRITERIA = [(c.code, c.max, c.step) for c in scoring_helpers.CRITERIA]

CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from decimal import Decimal
    from db.database import open_database
    from judging.app import build_services

    pairs = {pairs!r}
    criteria = [(code, Decimal(mx), Decimal(step)) for code, mx, step in {criteria!r}]
    database = open_database({path!r}, busy_timeout_ms=5000)
    services = build_services(database.uow_factory, location=database.location)
    n = 0
    limit = {limit!r}
    while limit is None or n < limit:
        for judge, entry in pairs:
            for code, mx, step in criteria:
                n += 1
                if limit is not None and n > limit:
                    break
                value = (step * n) % (mx + step)
                services.scoring.set_mark("R1", judge, entry, code, value)
                # acknowledged only once set_mark has returned (committed)
                print(f"{{judge}},{{entry}},{{code}},{{value}}", flush=True)
    """
)


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def _history(services: Services, judge: str, entry: str, code: str) -> list[Decimal | None]:
    return [v.new for v in services.scoring.mark_history("R1", judge, entry, code)]


def test_sigkill_while_entering_marks_loses_nothing_acknowledged(
    scored: Services, database: OpenDatabase, db_path: Path, tmp_path: Path
) -> None:
    database.close()
    script = tmp_path / "enter_marks.py"
    script.write_text(
        CHILD.format(
            root=str(ROOT),
            pairs=PAIRS,
            criteria=[(c, str(m), str(s)) for c, m, s in CRITERIA],
            path=str(db_path),
            limit=None,
        ),
        encoding="utf-8",
    )
    child = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=str(tmp_path),
    )
    assert child.stdout is not None
    acked: list[str] = []
    try:
        while len(acked) < 60:
            line = child.stdout.readline()
            if not line:
                raise AssertionError(f"the child stopped early: {child.stderr.read()}")  # type: ignore[union-attr]
            acked.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    acked += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
    child.stdout.close()
    child.stderr.close()  # type: ignore[union-attr]

    # restart: open the file again, as the program would
    reopened = open_database(str(db_path))
    try:
        services = build_services(reopened.uow_factory, location=reopened.location)
        assert services.core.report().integrity == ("ok",)
        by_key: dict[tuple[str, str, str], list[Decimal]] = {}
        for line in acked:
            judge, entry, code, value = line.split(",")
            by_key.setdefault((judge, entry, code), []).append(D(value))
        for (judge, entry, code), values in by_key.items():
            history = _history(services, judge, entry, code)
            # every acknowledged version is stored, in order; at most one more (committed
            # but killed before it was printed) may follow
            assert history[: len(values)] == values, (judge, entry, code)
            assert len(history) - len(values) in (0, 1)
            current = services.scoring.sheet("R1", judge, entry).mark(code)
            assert current is not None and current.value == history[-1]
    finally:
        reopened.close()


@pytest.mark.parametrize("how", ["begin_exclusive", "locking_mode_exclusive"])
def test_a_locked_database_gives_database_locked(
    scored: Services, database: OpenDatabase, db_path: Path, how: str
) -> None:
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(20))
    short = open_database(str(db_path), busy_timeout_ms=BUSY_MS)
    services = build_services(short.uow_factory, location=short.location)
    if how == "locking_mode_exclusive":
        # A program keeps its connections open (db/engine.py), and an open WAL connection
        # holds a shared lock that EXCLUSIVE locking mode waits for: the other program takes
        # its lock while this one has none open (its connections open again on the next use).
        database.engine.dispose()
        short.engine.dispose()
    # The other program waits for its own lock if it must (a checkpoint may be finishing).
    other = sqlite3.connect(str(db_path), isolation_level=None, timeout=5)
    try:
        if how == "begin_exclusive":
            other.execute("BEGIN EXCLUSIVE")
        else:
            other.execute("PRAGMA locking_mode = EXCLUSIVE")
            other.execute("BEGIN EXCLUSIVE")
            other.execute("UPDATE competition SET name = name")
            other.execute("COMMIT")  # the exclusive lock stays with this connection
        with pytest.raises(DatabaseLocked, match="in use by another program"):
            services.scoring.set_mark("R1", "J1", "E01", "NEW", D(25))
    finally:
        other.close()
        short.close()
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(20)  # type: ignore[union-attr]
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(25))  # free again: it goes through
    assert scored.core.report().healthy


@pytest.fixture
def read_only_services(db_path: Path) -> Iterator[Services]:
    """The same file opened through SQLite's URI ``mode=ro``, with the program's pragmas and
    ``BEGIN IMMEDIATE`` but without the check at open (``open_database`` refuses a read-only
    file at once): a connection whose file stopped being writable. Root ignores file modes,
    so chmod would prove nothing here."""
    engine = create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    factory = SqlUnitOfWorkFactory(engine, location=str(db_path))
    yield build_services(factory, location=str(db_path))
    engine.dispose()


def test_a_read_only_file_gives_database_read_only(
    scored: Services, read_only_services: Services, db_path: Path
) -> None:
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(20))
    # opened read-only by the program (as a file this user may not write is): it can be
    # read, and a write is refused with the plain message (issue 12, defect 5)
    opened = open_database(str(db_path), busy_timeout_ms=BUSY_MS, read_only=True)
    try:
        reader = build_services(opened.uow_factory, location=opened.location)
        assert reader.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(20)  # type: ignore[union-attr]
        assert reader.core.report().healthy
        with pytest.raises(DatabaseReadOnly, match="read-only; nothing can be saved"):
            reader.scoring.set_mark("R1", "J1", "E01", "NEW", D(22))
    finally:
        opened.close()
    # a file that turns read-only while marks are being typed (the engine below is what
    # such a connection is): the mark is refused with the same message
    with pytest.raises(DatabaseReadOnly, match="read-only; nothing can be saved"):
        read_only_services.scoring.set_mark("R1", "J1", "E01", "NEW", D(21))
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(20)  # type: ignore[union-attr]
    assert scored.core.report().healthy


def test_a_full_disk_gives_disk_full_and_keeps_what_was_acknowledged(
    scored: Services, database: OpenDatabase, db_path: Path
) -> None:
    with sqlite3.connect(str(db_path)) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(database.engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # No room to grow: the next page the file needs makes SQLite report a full disk.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    database.engine.dispose()  # the kept connections go: the next ones are limited
    acked: list[tuple[str, str, str, Decimal]] = []
    n = 0
    with pytest.raises(DiskFull, match="the disk is full") as caught:
        while n < 20000:
            for judge, entry in PAIRS:
                for code, mx, step in CRITERIA:
                    n += 1
                    value = (step * n) % (mx + step)
                    scored.scoring.set_mark("R1", judge, entry, code, value, actor="x" * 200)
                    acked.append((judge, entry, code, value))
    assert "last change was not saved" in caught.value.message
    assert len(acked) > 10
    event.remove(database.engine, "connect", _limit)
    reopened = open_database(str(db_path))
    try:
        services = build_services(reopened.uow_factory, location=reopened.location)
        assert services.core.report().integrity == ("ok",)
        last: dict[tuple[str, str, str], Decimal] = {}
        counts: dict[tuple[str, str, str], int] = {}
        for judge, entry, code, value in acked:
            last[(judge, entry, code)] = value
            counts[(judge, entry, code)] = counts.get((judge, entry, code), 0) + 1
        for (judge, entry, code), value in last.items():
            history = _history(services, judge, entry, code)
            assert len(history) == counts[(judge, entry, code)]
            assert history[-1] == value
    finally:
        reopened.close()


def test_two_copies_of_the_program_on_one_file_lose_nothing(
    scored: Services, database: OpenDatabase, db_path: Path, tmp_path: Path
) -> None:
    """Two processes enter marks on the same file at the same time (different judges):
    transactions wait for each other (BEGIN IMMEDIATE, busy timeout); every mark is kept."""
    database.close()
    halves = [[p for p in PAIRS if p[0] == "J1"], [p for p in PAIRS if p[0] != "J1"]]
    children = []
    for number, pairs in enumerate(halves):
        script = tmp_path / f"copy{number}.py"
        script.write_text(
            CHILD.format(
                root=str(ROOT),
                pairs=pairs,
                criteria=[(c, str(m), str(s)) for c, m, s in CRITERIA],
                path=str(db_path),
                limit=40,
            ),
            encoding="utf-8",
        )
        children.append(
            subprocess.Popen(
                [sys.executable, str(script)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=str(tmp_path),
            )
        )
    acked: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        acked += out.split()
    assert len(acked) == 80
    reopened = open_database(str(db_path))
    try:
        services = build_services(reopened.uow_factory, location=reopened.location)
        assert services.core.report().integrity == ("ok",)
        by_key: dict[tuple[str, str, str], list[Decimal]] = {}
        for line in acked:
            judge, entry, code, value = line.split(",")
            by_key.setdefault((judge, entry, code), []).append(D(value))
        for (judge, entry, code), values in by_key.items():
            assert _history(services, judge, entry, code) == values
    finally:
        reopened.close()
