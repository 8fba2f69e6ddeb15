"""SQL implementation of ``judging.services.core_ports.ListingRepository``: what the quick
reading commands show (``info``'s summary of the database, the ``entries`` listing).

Written on SQLAlchemy Core, without the ORM or the mapped classes, so that those commands load
neither (issue 13, item 4: importing the ORM, mapping the 27 tables and configuring the mappers
cost about half a bare ``import sqlalchemy``). The few tables and columns read here are named
with SQLAlchemy's lightweight ``table()`` and ``column()``: names only, no types or
constraints, not a second schema; ``tests/db/test_listing.py`` holds each equal to a table and
its columns of the mapped classes, so that a renamed one fails there.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Select, func, select, text
from sqlalchemy.sql import TableClause, column, table

from judging.model import Competition, EntryStatus
from judging.services.dto import EntryRow

competition = table("competition", column("id"), column("code"), column("name"))
category = table("category", column("id"), column("code"), column("name"))
round_ = table("round", column("id"))
criterion = table("criterion", column("id"))
entry = table(
    "entry",
    column("id"),
    column("code"),
    column("title"),
    column("category_id"),
    column("authors"),
    column("organisation"),
    column("summary"),
    column("status"),
    column("status_reason"),
    column("folded"),
)
judge = table("judge", column("id"))
assignment = table("assignment", column("id"))
mark = table("mark", column("id"), column("value"))
setting = table("setting", column("key"), column("value"))

#: Every table named here (for the test that compares them with the mapped classes).
TABLES = (competition, category, round_, criterion, entry, judge, assignment, mark, setting)

#: The counts ``info`` shows, in its order (then the marks given).
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


def read_entry_rows(connection: Connection) -> list[EntryRow]:
    """Every entry in the order they were added, with its category's code and name."""
    categories = {
        cid: (code, name)
        for cid, code, name in connection.execute(
            select(category.c.id, category.c.code, category.c.name)
        )
    }
    e = entry.c
    found = connection.execute(
        select(
            e.code,
            e.title,
            e.category_id,
            e.authors,
            e.organisation,
            e.summary,
            e.status,
            e.status_reason,
            e.folded,
        ).order_by(e.id)
    )
    result = []
    for code, title, cat_id, authors, org, summary, status, reason, folded in found:
        cat_code, cat_name = (
            categories.get(cat_id, (None, "")) if cat_id is not None else (None, "")
        )
        result.append(
            EntryRow(
                code=code,
                title=title,
                category=cat_code,
                category_name=cat_name,
                authors=tuple(a for a in authors.split("; ") if a),
                organisation=org,
                summary=summary,
                status=EntryStatus(status),
                status_reason=reason,
                folded=folded,
            )
        )
    return result


class SqlListingRepository:
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

    def entry_rows(self) -> list[EntryRow]:
        return read_entry_rows(self.connection)

    def competition(self) -> Competition | None:
        from db.repositories.definition import read_competition  # the ranking's, not info's

        return read_competition(self.connection)
