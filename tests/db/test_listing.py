"""The listings read through SQLAlchemy Core (db/repositories/listing.py: ``info``'s summary,
the ``entries`` listing) name only tables and columns the mapped classes define, and read what
the ORM reads; a unit of work that reads through Core first and then writes through the ORM
does both in one transaction (db/uow.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.database import OpenDatabase
from db.models import Base
from db.models.core import CategoryRow, EntryRowModel
from db.models.scoring import MarkRow
from db.repositories import listing
from judging.app import Services
from judging.demo import build_demo
from judging.errors import NoCompetition


def test_every_table_and_column_named_is_one_of_the_mapped_classes() -> None:
    for light in listing.TABLES:
        assert light.name in Base.metadata.tables, light.name
        mapped = Base.metadata.tables[light.name]
        assert {c.name for c in light.columns} <= {c.name for c in mapped.columns}, light.name


def test_the_counts_are_the_tables_counted(
    services: Services, database: OpenDatabase, db_path: Path
) -> None:
    build_demo(services)
    with sqlite3.connect(db_path) as other:  # a cleared mark (NULL) is not counted
        other.execute("UPDATE mark SET value = NULL WHERE id = (SELECT min(id) FROM mark)")
    counts = services.core.report().counts
    with database.uow_factory(read_only=True) as uow:
        session = uow.session
        for name, light in listing.COUNTED.items():
            mapped = Base.metadata.tables[light.name]
            assert counts[name] == session.scalar(select(func.count()).select_from(mapped)), name
        given = select(func.count()).select_from(MarkRow).where(MarkRow.value.is_not(None))
        assert counts["marks"] == session.scalar(given)
        total = session.scalar(select(func.count()).select_from(MarkRow))
    assert list(counts) == [*listing.COUNTED, "marks"]
    assert counts["entries"] == 32 and counts["marks"] == (total or 0) - 1 > 0


def test_the_entry_rows_are_the_stored_entries(services: Services, database: OpenDatabase) -> None:
    build_demo(services)
    rows = services.core.entry_rows()
    with database.uow_factory(read_only=True) as uow:
        stored = uow.session.execute(
            select(EntryRowModel.code, EntryRowModel.title, CategoryRow.code)
            .outerjoin(CategoryRow, EntryRowModel.category_id == CategoryRow.id)
            .order_by(EntryRowModel.id)
        ).all()
        assert uow.core.entry_rows() == rows  # the ORM area reads through the same reader
    assert [(r.code, r.title, r.category) for r in rows] == [tuple(s) for s in stored]
    assert len(rows) == 32


def test_the_report_of_an_empty_database(services: Services) -> None:
    report = services.core.report()
    assert (report.competition_code, report.competition_name) == (None, None)
    assert set(report.counts.values()) == {0}
    assert report.healthy and report.written_by is None
    with pytest.raises(NoCompetition):
        services.core.require_competition()


def test_core_then_orm_in_one_unit_of_work_is_one_transaction(
    services: Services, database: OpenDatabase, db_path: Path
) -> None:
    build_demo(services)
    with database.uow_factory() as uow:
        before = uow.listing.counts()["judges"]  # the Core reader opens the connection
        uow.scoring.set_setting("listing.test", "written")  # the ORM joins it
        assert uow.listing.setting("listing.test") == "written"  # seen in the same transaction
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.listing.counts()["judges"] == before
        uow.scoring.set_setting("listing.test", "rolled back")
        # left without commit(): nothing of it is stored
    with sqlite3.connect(db_path) as other:
        stored = other.execute("SELECT value FROM setting WHERE key = 'listing.test'").fetchall()
    assert stored == [("written",)]
