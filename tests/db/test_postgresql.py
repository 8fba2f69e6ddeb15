"""The same program on a PostgreSQL server (DESIGN.md §8: a --db value with :// is a URL).

Runs where JUDGING_TEST_PG_URL names a server database that may be emptied (.ci/run starts
the machine's PostgreSQL and sets it); skipped elsewhere, except under CI=true, where a missing
server is a failure: a green CI run must have run these tests.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.database import OpenDatabase, open_database
from judging.app import build_services
from judging.model import Band, Category, Competition, Criterion, Entry, Judge, Round

PG_URL = os.environ.get("JUDGING_TEST_PG_URL", "")
NO_SERVER = "JUDGING_TEST_PG_URL not set (no server)"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The server's URL, held by one test at a time: the tests empty its one database, and
    the suite runs in parallel workers (an exclusive lock on a file beside the tests' temporary
    files, taken in turn by each worker's test)."""
    if not PG_URL:
        if _in_ci():
            pytest.fail(f"CI=true but {NO_SERVER}: .ci/run must start PostgreSQL")
        pytest.skip(NO_SERVER)
    lock = Path(tempfile.gettempdir()) / "judging-tests-postgresql.lock"
    with lock.open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        try:
            yield PG_URL
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[OpenDatabase]:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    database = open_database(pg_url)
    yield database
    database.close()


def test_migrates_and_stores_a_competition_on_postgresql(pg_database: OpenDatabase) -> None:
    services = build_services(pg_database.uow_factory, location=pg_database.location)
    competition = Competition(
        code="ISTAR",
        name="Giải thưởng I-Star 2026",
        categories=(Category("DMST", "Đổi mới sáng tạo"),),
        rounds=(
            Round(
                code="CK",
                name="Vòng chung khảo",
                criteria=(
                    Criterion(
                        "sang_tao",
                        "Tính sáng tạo",
                        Decimal(30),
                        step=Decimal("0.25"),
                        weight=Decimal("0.8"),
                        bands=(Band(Decimal(25), Decimal(30), "Xuất sắc"),),
                    ),
                ),
            ),
        ),
    )
    services.core.create_competition(
        competition,
        [Entry("E1", "Nền tảng số cho nông dân", "DMST", ("Lê Thị Hồng",))],
        [Judge("GK01", "PGS.TS. Nguyễn Văn Đức")],
    )
    report = services.core.report()
    assert report.competition_code == "ISTAR"
    assert report.counts["entries"] == 1
    assert services.core.competition() == competition
    assert "judging:***@" in pg_database.location or "***" in pg_database.location


def test_typed_marks_and_sheet_states_on_postgresql(pg_database: OpenDatabase) -> None:
    """The typed mark's statements run on the driver's cursor (db.driver), compiled for the
    server's dialect: new, changed and cleared marks, their versions, the sheet's states and
    texts, read back through the ordinary queries."""
    services = build_services(pg_database.uow_factory, location=pg_database.location)
    criteria = (
        Criterion("a", "Tính mới", Decimal(10), step=Decimal("0.25")),
        Criterion("b", "Hiệu quả", Decimal(10), step=Decimal("0.5")),
    )
    services.core.create_competition(
        Competition(
            code="SK", name="Sáng kiến", rounds=(Round("R1", "Vòng 1", criteria=criteria),)
        ),
        [Entry("E1", "Hồ sơ một")],
        [Judge("J1", "Giám khảo một")],
    )
    services.setup.add_assignment("R1", "J1", "E1")
    scoring = services.scoring

    first = scoring.set_mark("R1", "J1", "E1", "a", Decimal("7.25"))
    assert (first.version, first.changed, first.state.value) == (1, True, "in_progress")
    assert scoring.set_mark("R1", "J1", "E1", "a", Decimal("7.25")).changed is False
    assert scoring.set_mark("R1", "J1", "E1", "a", Decimal("8.5")).version == 2
    assert scoring.set_mark("R1", "J1", "E1", "b", None).changed is False  # nothing to clear
    scoring.set_mark("R1", "J1", "E1", "b", Decimal(6))
    assert scoring.set_mark("R1", "J1", "E1", "b", None).version == 2
    scoring.set_mark("R1", "J1", "E1", "b", Decimal("9.5"))
    assert scoring.set_sheet_comment("R1", "J1", "E1", "Ý tưởng tốt")

    sheet = scoring.sheet("R1", "J1", "E1")
    assert {m.criterion_code: (m.value, m.version) for m in sheet.marks} == {
        "a": (Decimal("8.5"), 2),
        "b": (Decimal("9.5"), 3),
    }
    assert sheet.state.value == "in_progress" and sheet.comment == "Ý tưởng tốt"
    history = scoring.mark_history("R1", "J1", "E1", "a")
    assert [(v.version, v.old, v.new) for v in history] == [
        (1, None, Decimal("7.25")),
        (2, Decimal("7.25"), Decimal("8.5")),
    ]
    assert scoring.submit("R1", "J1", "E1").value == "submitted"
    assert scoring.sheet("R1", "J1", "E1").comment == "Ý tưởng tốt"  # kept by the new state
