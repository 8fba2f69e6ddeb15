"""SQL implementation of ``judging.services.core_ports.SummaryRepository``: what ``info`` shows.

Written on SQLAlchemy Core, without the ORM or the mapped classes, so that ``info`` loads
neither (issue 13, item 4: importing the ORM, mapping the 27 tables and configuring the mappers
cost about as much as a bare ``import sqlalchemy``). The few tables and columns read here are
named in ``TABLES`` (SQLAlchemy's lightweight ``table()``, not a second schema: no types, no
constraints); ``tests/db/test_summary.py`` holds each equal to a table and its columns in the
mapped classes' metadata, so that a renamed one fails there.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Select, func, select, text
from sqlalchemy.sql import TableClause, column, table

competition = table("competition", column("id"), column("code"), column("name"))
category = table("category", column("id"))
round_ = table("round", column("id"))
criterion = table("criterion", column("id"))
entry = table("entry", column("id"))
judge = table("judge", column("id"))
assignment = table("assignment", column("id"))
mark = table("mark", column("id"), column("value"))
setting = table("setting", column("key"), column("value"))

#: Every table named here (for the test that compares them with the mapped classes).
TABLES = (competition, category, round_, criterion, entry, judge, assignment, mark, setting)

#: The counts ``info`` shows, in its order.
COUNTED = {
    "categories": category,
    "rounds": round_,
    "criteria": criterion,
    "entries": entry,
    "judges": judge,
    "assignments": assignment,
}


def rows(counted: TableClause) -> Select[tuple[int]]:
    return select(func.count()).select_from(counted)


class SqlSummaryRepository:
    def __init__(self, connection: Callable[[], Connection]) -> None:
        self._connection = connection  # the unit of work's, for its current transaction

    @property
    def connection(self) -> Connection:
        return self._connection()

    def competition_title(self) -> tuple[str, str] | None:
        """The competition's code and name (one a database), or None."""
        row = self.connection.execute(
            select(competition.c.code, competition.c.name).order_by(competition.c.id).limit(1)
        ).first()
        return None if row is None else (str(row.code), str(row.name))

    def counts(self) -> dict[str, int]:
        found = {name: self._count(rows(counted)) for name, counted in COUNTED.items()}
        found["marks"] = self._count(rows(mark).where(mark.c.value.is_not(None)))
        return found

    def _count(self, query: Select[tuple[int]]) -> int:
        return int(self.connection.scalar(query) or 0)

    def schema_revision(self) -> str:
        value = self.connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(value or "")

    def integrity_check(self) -> list[str]:
        if self.connection.dialect.name != "sqlite":
            return ["ok"]
        return [str(r[0]) for r in self.connection.execute(text("PRAGMA integrity_check"))]

    def setting(self, key: str) -> str | None:
        value = self.connection.scalar(select(setting.c.value).where(setting.c.key == key))
        return None if value is None else str(value)
