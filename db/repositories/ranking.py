"""SQL implementation of ``judging.ranking.ports.RankingRepository``.

Where the round's rules allow it (``judging.ranking.engine.Summing``), the database adds up
each entry's counted marks per criterion — sum, and the lowest and highest where one mark is
trimmed at each end — exactly, over the integers of ten-thousandths the marks are stored as;
Python then sees one row per entry and criterion, not one per mark. Entries the sums cannot
stand for (a sheet not submitted, a mark missing) and entries to be explained come with every
sheet, read by one query pivoted by the database: one row per assignment. Both run on the
driver's own cursor: no ORM object and no ``Decimal`` per mark (at 500,000 marks the
SQLAlchemy row layer alone would cost more than the whole ranking; see bench/bench_rank.py).

Every read runs on the unit of work's connection, through SQLAlchemy Core or that cursor,
without the ORM or the mapped classes: ``rank`` loads neither (issue 13, item 4). Only the
writes (a tie decision, an approved result) ask the unit of work for its ORM session.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, DateTime, Integer, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import column, table

from db.repositories.source import SessionSource
from judging.errors import NotFound
from judging.model import EntryStatus, Role, RoundStatus, SheetState
from judging.problems import ProblemCode as P
from judging.ranking.engine import (
    EntryInput,
    JudgeInfo,
    MarkSums,
    SheetInput,
    Summing,
    TieDecision,
)
from judging.ranking.results import RankingSnapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The tables and columns read here, named with SQLAlchemy's lightweight table()/column() (as
# db/repositories/listing.py: no ORM, no mapped class); tests/db/test_definition.py holds them
# to the mapped classes.
round_ = table(
    "round",
    column("id", Integer),
    column("competition_id"),
    column("code"),
    column("status"),
    column("position"),
)
criterion = table(
    "criterion", column("id", Integer), column("round_id"), column("code"), column("position")
)
entry = table(
    "entry",
    column("id", Integer),
    column("code"),
    column("title"),
    column("category_id"),
    column("status"),
)
judge = table("judge", column("id", Integer), column("code"), column("name"), column("role"))
assignment = table(
    "assignment", column("id"), column("round_id"), column("entry_id"), column("judge_id")
)
mark = table("mark", column("assignment_id"), column("criterion_id"), column("comment"))
tie_decision = table(
    "tie_decision",
    column("id"),
    column("round_id"),
    column("category_id"),
    column("entry_order"),
    column("reason"),
    column("decided_by"),
)
ranking_snapshot = table(
    "ranking_snapshot",
    column("id"),
    column("round_id"),
    column("format"),
    column("content"),
    column("approved_by"),
    column("at", DateTime),
)

#: Every table named here (for the test that holds them to the mapped classes).
TABLES = (
    round_,
    criterion,
    entry,
    judge,
    assignment,
    mark,
    tie_decision,
    ranking_snapshot,
)


class SqlRankingRepository:
    """Reads through SQLAlchemy Core on the unit of work's connection; writes through its
    ORM session, made (and the ORM loaded) only when something is written."""

    def __init__(self, source: SessionSource) -> None:
        self._source = source  # the unit of work

    @property
    def connection(self) -> Connection:
        return self._source.connection()

    @property
    def session(self) -> Session:
        return self._source.session

    # -- rounds ---------------------------------------------------------------------------
    def _round(self, round_code: str) -> Any:
        """The round's row (``id``, ``competition_id``, ``status``), or ``NotFound``."""
        row = self.connection.execute(
            select(round_.c.id, round_.c.competition_id, round_.c.status)
            .where(round_.c.code == round_code)
            .order_by(round_.c.id)
            .limit(1)
        ).first()
        if row is None:
            raise NotFound(P.ROUND_NOT_FOUND, code=round_code)
        return row

    def round_status(self, round_code: str) -> RoundStatus:
        return RoundStatus(self._round(round_code).status)

    def set_round_status(self, round_code: str, status: RoundStatus) -> None:
        self.connection.execute(
            update(round_).where(round_.c.code == round_code).values(status=status.value)
        )

    # -- judges ---------------------------------------------------------------------------
    def judges(self) -> list[JudgeInfo]:
        return [
            JudgeInfo(code=code, name=name, role=Role(role))
            for code, name, role in self.connection.execute(
                select(judge.c.code, judge.c.name, judge.c.role)
            )
        ]

    # -- entries, sheets and marks --------------------------------------------------------
    def mark_comments(self, round_code: str) -> dict[tuple[str, str, str], str]:
        round_id = self._round(round_code).id
        rows = self.connection.execute(
            select(entry.c.code, judge.c.code, criterion.c.code, mark.c.comment)
            .select_from(mark)
            .join(assignment, assignment.c.id == mark.c.assignment_id)
            .join(entry, entry.c.id == assignment.c.entry_id)
            .join(judge, judge.c.id == assignment.c.judge_id)
            .join(criterion, criterion.c.id == mark.c.criterion_id)
            .where(assignment.c.round_id == round_id, mark.c.comment != "")
        )
        return {(e, j, c): comment for e, j, c, comment in rows}

    def round_entries(
        self,
        round_code: str,
        *,
        summing: Summing | None = None,
        only: Collection[str] | None = None,
    ) -> list[EntryInput]:
        connection = self.connection
        rnd = self._round(round_code)
        round_id = rnd.id
        first = connection.scalar(
            select(round_.c.id)
            .where(round_.c.competition_id == rnd.competition_id)
            .order_by(round_.c.position)
            .limit(1)
        )
        criteria = list(
            connection.scalars(
                select(criterion.c.id)
                .where(criterion.c.round_id == round_id)
                .order_by(criterion.c.position)
            )
        )
        # Entries: the assigned ones; every entry for the first round.
        rows: list[Any]
        if only is not None:  # a few, named by code: looked up by the codes' index
            e = entry.c
            query = select(e.id, e.code, e.title, e.category_id, e.status).where(
                e.code.in_(sorted(set(only)))
            )
            if round_id != first:
                query = query.where(
                    e.id.in_(select(assignment.c.entry_id).where(assignment.c.round_id == round_id))
                )
            rows = [tuple(row) for row in connection.execute(query.order_by(e.id))]
        else:
            sql = "SELECT e.id, e.code, e.title, e.category_id, e.status FROM entry e"
            if round_id != first:
                sql += (
                    " WHERE e.id IN (SELECT a.entry_id FROM assignment a"
                    f" WHERE a.round_id = {int(round_id)})"
                )
            rows = self._fetch(sql + " ORDER BY e.id")
        ids = None if only is None else [row[0] for row in rows]
        summed: dict[int, MarkSums] = {}
        if summing is not None and only is None and criteria:
            summed = self._summed(round_id, criteria, summing)
            in_full = summing.in_full
            if in_full:
                for row in rows:
                    if row[1] in in_full:
                        summed.pop(row[0], None)
            ids = [row[0] for row in rows if row[0] not in summed]
        sheets = self._entry_sheets(round_id, criteria, ids) if ids is None or ids else {}
        categories = self._category_codes()
        components = self._components(round_id, ids if only is not None else None)
        active = EntryStatus.ACTIVE
        return [
            EntryInput(
                code=code,
                title=title,
                category=categories.get(category_id) if category_id is not None else None,
                status=active if status == active.value else EntryStatus(status),
                sheets=tuple(sheets.get(entry_id, ())),
                components=components.get(entry_id, {}),
                sums=summed.get(entry_id),
            )
            for entry_id, code, title, category_id, status in rows
        ]

    def _components(
        self, round_id: int, entry_ids: list[int] | None = None
    ) -> dict[int, dict[str, Decimal]]:
        """Each entry's component values (stored as decimal text: read exactly); of the
        entries named, or of every entry."""
        components: dict[int, dict[str, Decimal]] = {}
        where = f"d.round_id = {int(round_id)}"
        if entry_ids is not None:
            if not entry_ids:
                return components
            where += f" AND v.entry_id IN ({', '.join(str(int(i)) for i in entry_ids)})"
        for entry_id, code, value in self._fetch(
            "SELECT v.entry_id, d.code, v.value FROM component_value v"
            f" JOIN component_def d ON d.id = v.component_def_id WHERE {where}"
        ):
            found = components.get(entry_id)
            if found is None:
                components[entry_id] = {code: Decimal(value)}
            else:
                found[code] = Decimal(value)
        return components

    def _entry_sheets(
        self, round_id: int, criteria: list[int], entry_ids: list[int] | None
    ) -> dict[int, list[SheetInput]]:
        """Every sheet of the entries named (None: of the whole round), with its marks."""
        judge_codes = {jid: code for jid, code in self._fetch("SELECT id, code FROM judge")}
        by_entry: dict[int, list[SheetInput]] = {}
        not_started = SheetState.NOT_STARTED.value
        for row in self._sheets(round_id, criteria, entry_ids):
            sheet = SheetInput(judge_codes[row[2]], row[3] or not_started, row[4:])
            found = by_entry.get(row[1])
            if found is None:
                by_entry[row[1]] = [sheet]
            else:
                found.append(sheet)
        return by_entry

    def _summed(self, round_id: int, criteria: list[int], summing: Summing) -> dict[int, MarkSums]:
        """Each entry's counted marks added up by the database, for the entries whose every
        counting judge's sheet (recused ones aside) counts and has every mark; the other
        entries are left out (they come with their sheets)."""
        roles = _in_list(summing.roles)
        states = _in_list(summing.states)
        recused = SheetState.RECUSED.value
        not_started = SheetState.NOT_STARTED.value
        # Per entry: the counting judges' sheets (recused aside), and how many of them count.
        counts = {
            entry_id: counted
            for entry_id, sheets, counted in self._fetch(
                "SELECT a.entry_id, COUNT(*),"
                f" SUM(CASE WHEN COALESCE(s.state, '{not_started}') IN ({states})"
                " THEN 1 ELSE 0 END)"
                " FROM assignment a JOIN judge j ON j.id = a.judge_id"
                " LEFT JOIN score_sheet s ON s.assignment_id = a.id"
                f" WHERE a.round_id = {int(round_id)} AND j.role IN ({roles})"
                f" AND COALESCE(s.state, '{not_started}') <> '{recused}'"
                " GROUP BY a.entry_id"
            )
            if sheets == counted and counted > 0
        }
        if not counts:
            return {}
        # Per entry, pivoted by the database (rows come in entry order: no sort): how many
        # marks the counted sheets hold, and per criterion their sum (and extremes). A sheet
        # holds at most one mark a criterion, so n marks a sheet means none is missing.
        n = len(criteria)
        columns = [
            f"{aggregate}(CASE WHEN m.criterion_id = {int(cid)} THEN m.value END)"
            for aggregate in (("SUM", "MIN", "MAX") if summing.extremes else ("SUM",))
            for cid in criteria
        ]
        listed = ", ".join(str(int(cid)) for cid in criteria)
        summed: dict[int, MarkSums] = {}
        for row in self._fetch(
            f"SELECT a.entry_id, COUNT(m.value), {', '.join(columns)}"
            " FROM assignment a JOIN judge j ON j.id = a.judge_id"
            " JOIN score_sheet s ON s.assignment_id = a.id"
            " JOIN mark m ON m.assignment_id = a.id"
            f" WHERE a.round_id = {int(round_id)} AND j.role IN ({roles})"
            f" AND s.state IN ({states}) AND m.value IS NOT NULL"
            f" AND m.criterion_id IN ({listed})"
            " GROUP BY a.entry_id"
        ):
            judges = counts.get(row[0])
            if judges is None or row[1] != judges * n:
                continue  # a sheet that does not count, or a mark missing on one that does
            if summing.extremes:
                summed[row[0]] = MarkSums(
                    judges, row[2 : 2 + n], row[2 + n : 2 + 2 * n], row[2 + 2 * n :]
                )
            else:
                summed[row[0]] = MarkSums(judges, row[2:])
        return summed

    def _fetch(self, sql: str) -> list[Any]:
        """Rows of a query whose text holds no parameter (integers and fixed codes only), on
        the driver's own cursor: the SQLAlchemy row layer would cost more than the ranking."""
        cursor = self._source.driver().connection.cursor()
        try:
            cursor.execute(sql)
            return list(cursor.fetchall())
        except sqlite3.Error as exc:
            # Wrapped as SQLAlchemy would, so that the unit of work sorts it by its code
            # (a damaged page is the environment's fault, exit 3), like every other read.
            raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc
        finally:
            cursor.close()

    def _sheets(
        self, round_id: int, criteria: list[int], entry_ids: list[int] | None = None
    ) -> list[Any]:
        """One row per assignment of the round (of the entries named) — ``(assignment id,
        entry id, judge id, sheet state, mark of each criterion…)`` — the marks as integers of
        ten-thousandths, pivoted by the database so that Python never handles a row per
        mark. Every sheet's marks are read (trainees', unsubmitted); the engine decides what
        counts."""
        columns = "".join(
            f", MAX(CASE WHEN m.criterion_id = {int(cid)} THEN m.value END)" for cid in criteria
        )
        where = f"a.round_id = {int(round_id)}"
        if entry_ids is not None:
            where += f" AND a.entry_id IN ({', '.join(str(int(i)) for i in entry_ids)})"
        return self._fetch(
            "SELECT a.id, a.entry_id, a.judge_id,"
            " (SELECT s.state FROM score_sheet s WHERE s.assignment_id = a.id)"
            f"{columns}"
            " FROM assignment a LEFT JOIN mark m ON m.assignment_id = a.id"
            f" WHERE {where}"
            " GROUP BY a.id ORDER BY a.id"
        )

    # -- tie decisions --------------------------------------------------------------------
    def _category_codes(self) -> dict[int, str]:
        return {cid: code for cid, code in self._fetch("SELECT id, code FROM category")}

    def tie_decisions(self, round_code: str) -> list[TieDecision]:
        round_id = self._round(round_code).id
        categories = self._category_codes()
        t = tie_decision.c
        return [
            TieDecision(
                entries=tuple(code for code in order.split("\n") if code),
                reason=reason,
                decided_by=decided_by,
                category=categories.get(category_id) if category_id else None,
            )
            for order, reason, decided_by, category_id in self.connection.execute(
                select(t.entry_order, t.reason, t.decided_by, t.category_id)
                .where(t.round_id == round_id)
                .order_by(t.id)
            )
        ]

    def add_tie_decision(
        self, round_code: str, decision: TieDecision, *, kind: str = "rank"
    ) -> None:
        from sqlalchemy import delete

        from db.models.core import CategoryRow
        from db.models.ranking import TieDecisionRow

        rnd = self._round(round_code)
        wanted = frozenset(decision.entries)
        for row in self.session.scalars(
            select(TieDecisionRow).where(TieDecisionRow.round_id == rnd.id)
        ):
            if frozenset(code for code in row.entry_order.split("\n") if code) == wanted:
                self.session.execute(delete(TieDecisionRow).where(TieDecisionRow.id == row.id))
        category_id = None
        if decision.category is not None:
            category_id = self.session.scalar(
                select(CategoryRow.id).where(CategoryRow.code == decision.category)
            )
        self.session.add(
            TieDecisionRow(
                round_id=rnd.id,
                category_id=category_id,
                entry_order="\n".join(decision.entries),
                reason=decision.reason,
                decided_by=decision.decided_by,
                kind=kind,
            )
        )
        self.session.flush()

    # -- approved results -----------------------------------------------------------------
    def add_snapshot(self, snapshot: RankingSnapshot) -> None:
        from db.models.ranking import RankingSnapshotRow

        values = {} if snapshot.at is None else {"at": snapshot.at}
        self.session.add(
            RankingSnapshotRow(
                round_id=self._round(snapshot.round).id,
                format=snapshot.format,
                content=snapshot.content,
                approved_by=snapshot.approved_by,
                **values,
            )
        )
        self.session.flush()

    def latest_snapshot(self, round_code: str) -> RankingSnapshot | None:
        round_id = self._round(round_code).id
        r = ranking_snapshot.c
        row = self.connection.execute(
            select(r.format, r.content, r.approved_by, r.at)
            .where(r.round_id == round_id)
            .order_by(r.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return RankingSnapshot(round_code, row.format, row.content, row.approved_by, row.at)


def _in_list(codes: Iterable[str]) -> str:
    """Fixed codes (roles, sheet states: letters and underscores) as an SQL ``IN`` list."""
    listed = sorted(codes)
    assert all(code.replace("_", "").isalpha() for code in listed), listed
    return ", ".join(f"'{code}'" for code in listed)
