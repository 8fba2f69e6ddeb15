"""The engine keeps its SQLite connections (db/engine.py): a unit of work opens none, a kept
connection that read under ``query_only`` writes again, and threads working at the same time
each get their own connection and lose nothing. A unit of work's lean path (db/uow.py) keeps
one transaction when the session joins it, stores nothing it did not commit, and reads only
where it was asked to."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from db.database import OpenDatabase
from judging.app import Services
from tests import scoring_helpers

D = Decimal
PAIRS = [(j, e) for j, entries in scoring_helpers.ASSIGNED.items() for e in entries]


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def test_typed_marks_open_no_connection(scored: Services, database: OpenDatabase) -> None:
    opened: list[object] = []

    @event.listens_for(database.engine, "connect")
    def _count(dbapi_connection: Any, _record: Any) -> None:
        opened.append(dbapi_connection)

    for n in range(20):
        scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(n))
        scored.scoring.sheet("R1", "J1", "E01")  # a read-only unit of work between
    assert opened == []
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").version == 20  # type: ignore[union-attr]


def test_a_kept_connection_reads_only_then_writes_again(
    scored: Services, database: OpenDatabase, db_path: Path
) -> None:
    factory = database.uow_factory
    with factory(read_only=True) as uow, pytest.raises(DBAPIError, match="readonly"):
        uow.session.execute(text("UPDATE competition SET name = 'x'"))
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(12))  # the same kept connection
    with factory(read_only=True) as uow, pytest.raises(DBAPIError, match="readonly"):
        uow.session.execute(text("UPDATE competition SET name = 'x'"))
    with sqlite3.connect(db_path) as other:
        names = other.execute("SELECT name FROM competition").fetchall()
    assert names == [("Giải thưởng Sáng kiến cộng đồng 2026",)]
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(12)  # type: ignore[union-attr]


def test_threads_at_once_each_have_a_connection_and_lose_nothing(
    scored: Services, db_path: Path
) -> None:
    failures: list[BaseException] = []

    def type_marks(judge: str) -> None:
        try:
            for n in range(15):
                for entry in scoring_helpers.ASSIGNED[judge]:
                    scored.scoring.set_mark("R1", judge, entry, "EFF", D(n))
        except BaseException as exc:  # handed to the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=type_marks, args=(j,)) for j in scoring_helpers.ASSIGNED]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    with sqlite3.connect(db_path) as other:
        versions = other.execute(
            "SELECT count(*) FROM mark_version v JOIN mark m ON m.id = v.mark_id "
            "JOIN criterion c ON c.id = m.criterion_id WHERE c.code = 'EFF'"
        ).fetchone()[0]
        integrity = other.execute("PRAGMA integrity_check").fetchone()[0]
    # the first value (0) is a new mark and version; each later one a version more
    assert versions == 15 * len(PAIRS)
    assert integrity == "ok"


# -- the lean path (db/uow.py): the driver's transaction without SQLAlchemy's Connection -------


def _competition_name(db_path: Path) -> str:
    with sqlite3.connect(db_path) as other:
        return str(other.execute("SELECT name FROM competition").fetchone()[0])


def test_the_session_carries_on_the_lean_transaction(
    scored: Services, database: OpenDatabase, db_path: Path
) -> None:
    with database.uow_factory() as uow:
        ref = uow.scoring.find_sheet("R1", "J1", "E01")  # on the driver, no Connection yet
        assert ref is not None
        driver = uow.driver()
        assert driver.connection.in_transaction
        # the session made afterwards works on the same driver connection, in the same
        # transaction (db/engine.py begins nothing on a driver already in one)
        uow.session.execute(text("UPDATE competition SET name = 'Đổi tên'"))
        assert uow.session.connection().connection.dbapi_connection is driver.connection
        uow.scoring.save_sheet(ref.assignment_id, state=ref.state, at=uow.core.now(), comment="x")
        assert _competition_name(db_path) != "Đổi tên"  # not before the commit
        uow.commit()
    assert _competition_name(db_path) == "Đổi tên"
    assert scored.scoring.sheet("R1", "J1", "E01").comment == "x"


def test_a_lean_transaction_left_by_an_error_stores_nothing(
    scored: Services, database: OpenDatabase, db_path: Path
) -> None:
    before = _competition_name(db_path)
    with pytest.raises(RuntimeError), database.uow_factory() as uow:
        uow.driver().connection.execute("UPDATE competition SET name = 'Bỏ dở'")
        raise RuntimeError("the action failed half-way")
    assert _competition_name(db_path) == before
    # the kept connection went back to the pool with nothing open: the next action writes
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(7))
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(7)  # type: ignore[union-attr]


def test_a_lean_unit_of_work_commits_twice_and_rolls_back(
    scored: Services, database: OpenDatabase, db_path: Path
) -> None:
    with database.uow_factory() as uow:
        uow.driver().connection.execute("UPDATE competition SET name = 'Một'")
        uow.commit()
        assert _competition_name(db_path) == "Một"
        uow.driver().connection.execute("UPDATE competition SET name = 'Hai'")  # begun again
        uow.rollback()
        # a third transaction, begun on asking: what it commits is stored, what the second
        # did is not
        uow.driver().connection.execute("UPDATE judge SET name = 'Ba' WHERE code = 'J1'")
        uow.commit()
    assert _competition_name(db_path) == "Một"
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT name FROM judge WHERE code = 'J1'").fetchone() == ("Ba",)


def test_a_lean_transaction_that_reads_cannot_write(
    scored: Services, database: OpenDatabase
) -> None:
    with database.uow_factory(read_only=True) as uow:
        driver = uow.driver()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            driver.connection.execute("UPDATE competition SET name = 'x'")
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(9))  # the same kept connection writes
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(9)  # type: ignore[union-attr]
