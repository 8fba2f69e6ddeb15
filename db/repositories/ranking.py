"""SQL implementation of ``judging.ranking.ports.RankingRepository``.

The marks of a round are read by one query that joins mark, assignment, score sheet, judge and
criterion and returns integers only (assignment id, criterion id, the mark in ten-thousandths),
run on the driver's own cursor: no ORM object and no ``Decimal`` per mark. At 500,000 marks the
SQLAlchemy row layer alone would cost more than the whole ranking (see bench/bench_rank.py).
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.models.core import CategoryRow, CriterionRow, EntryRowModel, JudgeRowModel, RoundRow
from db.models.ranking import RankingSnapshotRow, TieDecisionRow
from db.models.scoring import MarkRow
from db.models.setup import AssignmentRow, ComponentDefRow, ComponentValueRow
from judging.errors import NotFound
from judging.model import EntryStatus, Role, RoundStatus, SheetState
from judging.problems import ProblemCode as P
from judging.ranking.engine import EntryInput, JudgeInfo, SheetInput, TieDecision
from judging.ranking.results import RankingSnapshot


class SqlRankingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- rounds ---------------------------------------------------------------------------
    def _round(self, round_code: str) -> RoundRow:
        row = self.session.scalars(select(RoundRow).where(RoundRow.code == round_code)).first()
        if row is None:
            raise NotFound(P.ROUND_NOT_FOUND, code=round_code)
        return row

    def round_status(self, round_code: str) -> RoundStatus:
        return RoundStatus(self._round(round_code).status)

    def set_round_status(self, round_code: str, status: RoundStatus) -> None:
        self.session.execute(
            update(RoundRow).where(RoundRow.code == round_code).values(status=status.value)
        )
        self.session.flush()

    # -- judges ---------------------------------------------------------------------------
    def judges(self) -> list[JudgeInfo]:
        return [
            JudgeInfo(code=code, name=name, role=Role(role))
            for code, name, role in self.session.execute(
                select(JudgeRowModel.code, JudgeRowModel.name, JudgeRowModel.role)
            )
        ]

    # -- entries, sheets and marks --------------------------------------------------------
    def mark_comments(self, round_code: str) -> dict[tuple[str, str, str], str]:
        round_id = self._round(round_code).id
        rows = self.session.execute(
            select(EntryRowModel.code, JudgeRowModel.code, CriterionRow.code, MarkRow.comment)
            .select_from(MarkRow)
            .join(AssignmentRow, AssignmentRow.id == MarkRow.assignment_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentRow.entry_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentRow.judge_id)
            .join(CriterionRow, CriterionRow.id == MarkRow.criterion_id)
            .where(AssignmentRow.round_id == round_id, MarkRow.comment != "")
        ).tuples()
        return {(entry, judge, criterion): comment for entry, judge, criterion, comment in rows}

    def round_entries(self, round_code: str) -> list[EntryInput]:
        session = self.session
        rnd = self._round(round_code)
        round_id = rnd.id
        first = session.scalar(
            select(RoundRow.id)
            .where(RoundRow.competition_id == rnd.competition_id)
            .order_by(RoundRow.position)
            .limit(1)
        )
        criteria = list(
            session.scalars(
                select(CriterionRow.id)
                .where(CriterionRow.round_id == round_id)
                .order_by(CriterionRow.position)
            )
        )
        judge_codes = dict(
            session.execute(select(JudgeRowModel.id, JudgeRowModel.code)).tuples().all()
        )
        # One pass over the sheets (50,000 in the benchmark): a row's tail is already the
        # tuple of marks the engine wants.
        by_entry: dict[int, list[SheetInput]] = {}
        not_started = SheetState.NOT_STARTED.value
        for row in self._sheets(round_id, criteria):
            sheet = SheetInput(judge_codes[row[2]], row[3] or not_started, row[4:])
            found = by_entry.get(row[1])
            if found is None:
                by_entry[row[1]] = [sheet]
            else:
                found.append(sheet)
        # Entries: the assigned ones; every entry for the first round.
        categories = dict(session.execute(select(CategoryRow.id, CategoryRow.code)).tuples().all())
        query = select(
            EntryRowModel.id,
            EntryRowModel.code,
            EntryRowModel.title,
            EntryRowModel.category_id,
            EntryRowModel.status,
        ).order_by(EntryRowModel.id)
        if round_id != first:
            query = query.where(
                EntryRowModel.id.in_(
                    select(AssignmentRow.entry_id).where(AssignmentRow.round_id == round_id)
                )
            )
        components: dict[int, dict[str, Decimal]] = {}
        for entry_id, code, value in session.execute(
            select(ComponentValueRow.entry_id, ComponentDefRow.code, ComponentValueRow.value)
            .join(ComponentDefRow, ComponentDefRow.id == ComponentValueRow.component_def_id)
            .where(ComponentDefRow.round_id == round_id)
        ).tuples():
            components.setdefault(entry_id, {})[code] = value
        return [
            EntryInput(
                code=code,
                title=title,
                category=categories.get(category_id) if category_id is not None else None,
                status=EntryStatus(status),
                sheets=tuple(by_entry.get(entry_id, ())),
                components=components.get(entry_id, {}),
            )
            for entry_id, code, title, category_id, status in session.execute(query).tuples()
        ]

    def _sheets(self, round_id: int, criteria: list[int]) -> list[Any]:
        """The hot query: one row per assignment of the round — ``(assignment id, entry id,
        judge id, sheet state, mark of each criterion…)`` — the marks as integers of
        ten-thousandths, pivoted by SQLite so that Python never handles a row per mark. Every
        sheet's marks are read (trainees', unsubmitted); the engine decides what counts. Only
        integers go into the text, so no parameter style is needed and the driver's own
        cursor can run it (the SQLAlchemy row layer would cost more than the ranking)."""
        columns = "".join(
            f", MAX(CASE WHEN m.criterion_id = {int(cid)} THEN m.value END)" for cid in criteria
        )
        sql = (
            "SELECT a.id, a.entry_id, a.judge_id,"
            " (SELECT s.state FROM score_sheet s WHERE s.assignment_id = a.id)"
            f"{columns}"
            " FROM assignment a LEFT JOIN mark m ON m.assignment_id = a.id"
            f" WHERE a.round_id = {int(round_id)}"
            " GROUP BY a.id ORDER BY a.id"
        )
        dbapi = self.session.connection().connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql)
            return list(cursor.fetchall())
        except sqlite3.Error as exc:
            # Wrapped as SQLAlchemy would, so that the unit of work sorts it by its code
            # (a damaged page is the environment's fault, exit 3), like every other read.
            raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc
        finally:
            cursor.close()

    # -- tie decisions --------------------------------------------------------------------
    def tie_decisions(self, round_code: str) -> list[TieDecision]:
        rnd = self._round(round_code)
        categories = dict(
            self.session.execute(select(CategoryRow.id, CategoryRow.code)).tuples().all()
        )
        return [
            TieDecision(
                entries=tuple(code for code in row.entry_order.split("\n") if code),
                reason=row.reason,
                decided_by=row.decided_by,
                category=categories.get(row.category_id) if row.category_id else None,
            )
            for row in self.session.scalars(
                select(TieDecisionRow)
                .where(TieDecisionRow.round_id == rnd.id)
                .order_by(TieDecisionRow.id)
            )
        ]

    def add_tie_decision(
        self, round_code: str, decision: TieDecision, *, kind: str = "rank"
    ) -> None:
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
        row = self.session.scalars(
            select(RankingSnapshotRow)
            .where(RankingSnapshotRow.round_id == self._round(round_code).id)
            .order_by(RankingSnapshotRow.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return RankingSnapshot(round_code, row.format, row.content, row.approved_by, row.at)
