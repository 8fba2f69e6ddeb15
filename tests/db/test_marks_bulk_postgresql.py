"""Marks in bulk on a PostgreSQL server (issue 13): the set-based import stores there exactly
what it stores in a SQLite file (there SQLAlchemy runs the many-row statements itself, as
``insertmanyvalues``). Runs where JUDGING_TEST_PG_URL names a server database that may be
emptied (tests/db/test_postgresql.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from db.database import OpenDatabase, open_database
from db.repositories import scoring as scoring_repository
from judging.app import build_services
from tests.db.test_marks_bulk import make, marks_file, populate, typed_before
from tests.db.test_postgresql import PG_URL, pg_url  # noqa: F401  (the fixture)

KEY = (
    " JOIN assignment a ON a.id = m.assignment_id JOIN judge j ON j.id = a.judge_id"
    " JOIN entry e ON e.id = a.entry_id JOIN criterion c ON c.id = m.criterion_id"
)


def snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Marks, versions and sheets by codes, the same query on either database."""
    with engine.connect() as con:
        return {
            "marks": [
                tuple(r)
                for r in con.execute(
                    text(
                        "SELECT j.code, e.code, c.code, m.value, m.comment, m.version, m.origin"
                        " FROM mark m" + KEY + " ORDER BY 1, 2, 3"
                    )
                )
            ],
            "versions": [
                tuple(r)
                for r in con.execute(
                    text(
                        "SELECT j.code, e.code, c.code, v.version, v.old_value, v.new_value,"
                        " v.comment, v.origin, v.actor FROM mark_version v"
                        " JOIN mark m ON m.id = v.mark_id" + KEY + " ORDER BY 1, 2, 3, 4"
                    )
                )
            ],
            "sheets": [
                tuple(r)
                for r in con.execute(
                    text(
                        "SELECT j.code, e.code, s.state, s.comment, s.submitted_at IS NOT NULL"
                        " FROM score_sheet s JOIN assignment a ON a.id = s.assignment_id"
                        " JOIN judge j ON j.id = a.judge_id JOIN entry e ON e.id = a.entry_id"
                        " ORDER BY 1, 2"
                    )
                )
            ],
        }


@pytest.fixture
def pg_emptied(pg_url: str) -> Iterator[str]:  # noqa: F811
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield pg_url


def test_the_bulk_import_stores_the_same_on_postgresql_and_sqlite(
    pg_emptied: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert PG_URL
    monkeypatch.setattr(scoring_repository, "BATCH", 3_000)  # several batches
    stores: list[tuple[OpenDatabase, dict[str, list[tuple[object, ...]]]]] = []
    for where in (pg_emptied, str(tmp_path / "same.sqlite")):
        if "://" in where:
            database = open_database(where)
            services = build_services(database.uow_factory, location=database.location)
            populate(database, services)
        else:
            database, services = make(Path(where))
        typed_before(services, seed=3, count=60)
        data = marks_file(seed=5, skip=7).encode()
        report = services.scoring.import_marks(data, source="m.csv")
        again = services.scoring.import_marks(data, source="m.csv")
        assert (again.changed, again.sheets_submitted) == (0, 0)
        assert report.changed > 0
        stores.append((database, snapshot(database.engine)))
        database.close()
    (_pg, on_server), (_lite, in_file) = stores
    assert len(in_file["marks"]) > 17_000
    assert on_server == in_file
