"""SQL implementation of ``judging.scoring.ports.ScoringRepository``.

Reads are plain column selects (no ORM objects leave this module); a mark change is an update
of ``mark`` plus an insert into ``mark_version`` in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, case, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from db.models.base import new_uuid
from db.models.core import (
    CategoryRow,
    CriterionRow,
    EntryRowModel,
    JudgeRowModel,
    RoundRow,
)
from db.models.scoring import MarkRow, MarkVersionRow, ScoreSheetRow, SettingRow
from db.models.setup import AssignmentRow, AttachmentRow
from judging.model import Band, Criterion, Role, RoundStatus
from judging.scoring.model import (
    CriterionRef,
    EntryDetails,
    JudgeProgress,
    MarkRecord,
    MarkVersion,
    Origin,
    SheetRef,
    SheetState,
    SheetSummary,
    StoredMark,
)


def _state(value: str | None) -> SheetState:
    return SheetState(value) if value is not None else SheetState.NOT_STARTED


class _Typed:
    """The statements of a typed mark, built once (Core, on the tables): a mark then costs
    no statement building and no cache key, only the lookup of their compiled form."""

    assignment = AssignmentRow.__table__
    rnd = RoundRow.__table__
    judge = JudgeRowModel.__table__
    entry = EntryRowModel.__table__
    sheet = ScoreSheetRow.__table__
    criterion = CriterionRow.__table__
    mark = cast(Table, MarkRow.__table__)
    version = cast(Table, MarkVersionRow.__table__)

    find_sheet = (
        select(assignment.c.id, rnd.c.code, rnd.c.status, judge.c.code, entry.c.code)
        .add_columns(sheet.c.state)
        .join(rnd, rnd.c.id == assignment.c.round_id)
        # the competition's judge and entry by their codes (unique per competition: an
        # index search, then the assignment by its key; no scan however many there are)
        .join(
            judge,
            (judge.c.id == assignment.c.judge_id)
            & (judge.c.competition_id == rnd.c.competition_id),
        )
        .join(
            entry,
            (entry.c.id == assignment.c.entry_id)
            & (entry.c.competition_id == rnd.c.competition_id),
        )
        .outerjoin(sheet, sheet.c.assignment_id == assignment.c.id)
        .where(
            rnd.c.code == bindparam("round_code"),
            judge.c.code == bindparam("judge_code"),
            entry.c.code == bindparam("entry_code"),
        )
    )
    criterion_and_mark = (
        select(
            criterion.c.id,
            criterion.c.name,
            criterion.c.max_value,
            criterion.c.step,
            criterion.c.weight,
            mark.c.id,
            mark.c.value,
            mark.c.comment,
            mark.c.version,
            mark.c.origin,
        )
        .join(rnd, rnd.c.id == criterion.c.round_id)
        .outerjoin(
            mark,
            (mark.c.criterion_id == criterion.c.id)
            & (mark.c.assignment_id == bindparam("assignment_id")),
        )
        .where(rnd.c.code == bindparam("round_code"), criterion.c.code == bindparam("code"))
    )
    insert_mark = insert(mark).returning(mark.c.id)
    update_mark = (
        update(mark)
        .where(mark.c.id == bindparam("mark_id"))
        .values(
            value=bindparam("value"),
            comment=bindparam("comment"),
            version=bindparam("version"),
            origin=bindparam("origin"),
            updated_at=bindparam("updated_at"),
        )
    )
    insert_version = insert(version)


class SqlScoringRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- finding sheets and criteria ------------------------------------------------------------
    def _sheet_select(self) -> Select[tuple[int, str, str, str, str, str]]:
        return (
            select(
                AssignmentRow.id,
                RoundRow.code,
                RoundRow.status,
                JudgeRowModel.code,
                EntryRowModel.code,
                ScoreSheetRow.state,
            )
            .join(RoundRow, RoundRow.id == AssignmentRow.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentRow.judge_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentRow.entry_id)
            .outerjoin(ScoreSheetRow, ScoreSheetRow.assignment_id == AssignmentRow.id)
        )

    @staticmethod
    def _ref(row: Any) -> SheetRef:
        aid, rcode, rstatus, jcode, ecode, state = row
        return SheetRef(aid, rcode, RoundStatus(rstatus), jcode, ecode, _state(state))

    def find_sheet(self, round_code: str, judge_code: str, entry_code: str) -> SheetRef | None:
        row = (
            self.session.connection()
            .execute(
                _Typed.find_sheet,
                {"round_code": round_code, "judge_code": judge_code, "entry_code": entry_code},
            )
            .first()
        )
        return self._ref(tuple(row)) if row is not None else None

    def round_sheets(self, round_code: str) -> Sequence[SheetRef]:
        rows = self.session.execute(
            self._sheet_select().where(RoundRow.code == round_code).order_by(AssignmentRow.id)
        )
        return [self._ref(tuple(r)) for r in rows]

    def round_criteria(self, round_code: str) -> Sequence[CriterionRef]:
        rows = self.session.scalars(
            select(CriterionRow)
            .join(RoundRow, RoundRow.id == CriterionRow.round_id)
            .where(RoundRow.code == round_code)
            .options(selectinload(CriterionRow.bands))
            .order_by(CriterionRow.position)
        )
        return [
            CriterionRef(
                c.id,
                Criterion(
                    code=c.code,
                    name=c.name,
                    description=c.description,
                    max=c.max_value,
                    step=c.step,
                    weight=c.weight,
                    bands=tuple(Band(b.min_value, b.max_value, b.label) for b in c.bands),
                ),
            )
            for c in rows
        ]

    def criterion_and_mark(
        self, assignment_id: int, round_code: str, criterion_code: str
    ) -> tuple[CriterionRef | None, StoredMark | None]:
        row = (
            self.session.connection()
            .execute(
                _Typed.criterion_and_mark,
                {"assignment_id": assignment_id, "round_code": round_code, "code": criterion_code},
            )
            .first()
        )
        if row is None:
            return None, None
        cid, name, mx, step, weight, mid, value, comment, version, origin = row
        criterion_ref = CriterionRef(
            cid, Criterion(code=criterion_code, name=name, max=mx, step=step, weight=weight)
        )
        if mid is None:
            return criterion_ref, None
        return criterion_ref, StoredMark(
            mid, criterion_code, value, comment, version, Origin(origin)
        )

    def sheet_summaries(
        self, round_code: str, judge_code: str | None = None
    ) -> Sequence[SheetSummary]:
        criteria_count = int(
            self.session.scalar(
                select(func.count())
                .select_from(CriterionRow)
                .join(RoundRow, RoundRow.id == CriterionRow.round_id)
                .where(RoundRow.code == round_code)
            )
            or 0
        )
        marked = (
            select(MarkRow.assignment_id, func.count().label("n"))
            .where(MarkRow.value.is_not(None))
            .group_by(MarkRow.assignment_id)
            .subquery()
        )
        query = (
            select(
                JudgeRowModel.code,
                JudgeRowModel.name,
                EntryRowModel.code,
                EntryRowModel.title,
                ScoreSheetRow.state,
                marked.c.n,
            )
            .select_from(AssignmentRow)
            .join(RoundRow, RoundRow.id == AssignmentRow.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentRow.judge_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentRow.entry_id)
            .outerjoin(ScoreSheetRow, ScoreSheetRow.assignment_id == AssignmentRow.id)
            .outerjoin(marked, marked.c.assignment_id == AssignmentRow.id)
            .where(RoundRow.code == round_code)
            .order_by(JudgeRowModel.id, EntryRowModel.code)
        )
        if judge_code is not None:
            query = query.where(JudgeRowModel.code == judge_code)
        return [
            SheetSummary(
                round_code=round_code,
                judge_code=jcode,
                judge_name=jname,
                entry_code=ecode,
                entry_title=title,
                state=_state(state),
                marked=int(n or 0),
                criteria=criteria_count,
            )
            for jcode, jname, ecode, title, state, n in self.session.execute(query)
        ]

    def judge_progress(self, round_code: str) -> Sequence[JudgeProgress]:
        state = func.coalesce(ScoreSheetRow.state, "not_started")

        def count_of(value: str) -> Any:
            return func.sum(case((state == value, 1), else_=0))

        query = (
            select(
                JudgeRowModel.code,
                JudgeRowModel.name,
                JudgeRowModel.role,
                func.count(AssignmentRow.id),
                count_of("not_started"),
                count_of("in_progress"),
                count_of("submitted"),
                count_of("recused"),
            )
            .select_from(AssignmentRow)
            .join(RoundRow, RoundRow.id == AssignmentRow.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentRow.judge_id)
            .outerjoin(ScoreSheetRow, ScoreSheetRow.assignment_id == AssignmentRow.id)
            .where(RoundRow.code == round_code)
            .group_by(JudgeRowModel.id)
            .order_by(JudgeRowModel.id)
        )
        return [
            JudgeProgress(
                judge_code=code,
                judge_name=name,
                role=Role(role),
                assigned=int(n),
                not_started=int(a or 0),
                in_progress=int(b or 0),
                submitted=int(c or 0),
                recused=int(d or 0),
            )
            for code, name, role, n, a, b, c, d in self.session.execute(query)
        ]

    def entry_details(self, entry_code: str) -> EntryDetails | None:
        row = self.session.execute(
            select(
                EntryRowModel.id,
                EntryRowModel.code,
                EntryRowModel.title,
                EntryRowModel.summary,
                EntryRowModel.authors,
                EntryRowModel.organisation,
                CategoryRow.name,
            )
            .outerjoin(CategoryRow, CategoryRow.id == EntryRowModel.category_id)
            .where(EntryRowModel.code == entry_code)
        ).first()
        if row is None:
            return None
        eid, code, title, summary, authors, organisation, category = row
        files = self.session.scalars(
            select(AttachmentRow.filename)
            .where(AttachmentRow.entry_id == eid)
            .order_by(AttachmentRow.id)
        )
        return EntryDetails(
            code=code,
            title=title,
            summary=summary,
            authors=tuple(a for a in authors.split("; ") if a),
            organisation=organisation,
            category_name=category or "",
            attachments=tuple(files),
            anonymised=False,
        )

    # -- marks ----------------------------------------------------------------------------------
    def _mark_select(
        self,
    ) -> Select[tuple[int, int, str, Decimal | None, str, int, str]]:
        return select(
            MarkRow.assignment_id,
            MarkRow.id,
            CriterionRow.code,
            MarkRow.value,
            MarkRow.comment,
            MarkRow.version,
            MarkRow.origin,
        ).join(CriterionRow, CriterionRow.id == MarkRow.criterion_id)

    def marks(self, assignment_id: int) -> dict[str, StoredMark]:
        rows = self.session.execute(
            self._mark_select().where(MarkRow.assignment_id == assignment_id)
        )
        return {
            code: StoredMark(mid, code, value, comment, version, Origin(origin))
            for _aid, mid, code, value, comment, version, origin in rows
        }

    def round_marks(self, round_code: str) -> dict[int, dict[str, StoredMark]]:
        rows = self.session.execute(
            self._mark_select()
            .join(RoundRow, RoundRow.id == CriterionRow.round_id)
            .where(RoundRow.code == round_code)
        )
        result: dict[int, dict[str, StoredMark]] = {}
        for aid, mid, code, value, comment, version, origin in rows:
            result.setdefault(aid, {})[code] = StoredMark(
                mid, code, value, comment, version, Origin(origin)
            )
        return result

    def write_mark(
        self,
        assignment_id: int,
        criterion_id: int,
        previous: StoredMark | None,
        *,
        value: Decimal | None,
        comment: str,
        origin: Origin,
        actor: str,
        at: datetime,
    ) -> int:
        connection = self.session.connection()
        if previous is None:
            mark_id = connection.execute(
                _Typed.insert_mark,
                {
                    "uuid": new_uuid(),
                    "assignment_id": assignment_id,
                    "criterion_id": criterion_id,
                    "value": value,
                    "comment": comment,
                    "version": 1,
                    "origin": origin.value,
                    "updated_at": at,
                },
            ).scalar_one()
            version, old = 1, None
        else:
            mark_id, version, old = previous.id, previous.version + 1, previous.value
            connection.execute(
                _Typed.update_mark,
                {
                    "mark_id": mark_id,
                    "value": value,
                    "comment": comment,
                    "version": version,
                    "origin": origin.value,
                    "updated_at": at,
                },
            )
        connection.execute(
            _Typed.insert_version,
            {
                "mark_id": mark_id,
                "version": version,
                "old_value": old,
                "new_value": value,
                "comment": comment,
                "origin": origin.value,
                "actor": actor,
                "at": at,
            },
        )
        return version

    def mark_history(self, assignment_id: int, criterion_code: str) -> Sequence[MarkVersion]:
        rows = self.session.execute(
            select(
                MarkVersionRow.version,
                MarkVersionRow.old_value,
                MarkVersionRow.new_value,
                MarkVersionRow.comment,
                MarkVersionRow.origin,
                MarkVersionRow.actor,
                MarkVersionRow.at,
            )
            .join(MarkRow, MarkRow.id == MarkVersionRow.mark_id)
            .join(CriterionRow, CriterionRow.id == MarkRow.criterion_id)
            .where(MarkRow.assignment_id == assignment_id, CriterionRow.code == criterion_code)
            .order_by(MarkVersionRow.version)
        )
        return [
            MarkVersion(version, old, new, comment, Origin(origin), actor, at)
            for version, old, new, comment, origin, actor, at in rows
        ]

    def mark_records(
        self, round_code: str | None, states: Sequence[SheetState]
    ) -> Sequence[MarkRecord]:
        query = (
            select(
                RoundRow.code,
                EntryRowModel.code,
                JudgeRowModel.code,
                CriterionRow.code,
                MarkRow.value,
                MarkRow.comment,
            )
            .select_from(MarkRow)
            .join(AssignmentRow, AssignmentRow.id == MarkRow.assignment_id)
            .join(ScoreSheetRow, ScoreSheetRow.assignment_id == AssignmentRow.id)
            .join(RoundRow, RoundRow.id == AssignmentRow.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentRow.judge_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentRow.entry_id)
            .join(CriterionRow, CriterionRow.id == MarkRow.criterion_id)
            .where(
                MarkRow.value.is_not(None),
                ScoreSheetRow.state.in_([s.value for s in states]),
            )
            .order_by(
                RoundRow.position, EntryRowModel.code, JudgeRowModel.code, CriterionRow.position
            )
        )
        if round_code is not None:
            query = query.where(RoundRow.code == round_code)
        return [
            MarkRecord(rcode, ecode, jcode, ccode, value, comment)
            for rcode, ecode, jcode, ccode, value, comment in self.session.execute(query)
        ]

    # -- sheets ---------------------------------------------------------------------------------
    def sheet_texts(self, assignment_id: int) -> tuple[str, str]:
        row = self.session.execute(
            select(ScoreSheetRow.comment, ScoreSheetRow.recusal_reason).where(
                ScoreSheetRow.assignment_id == assignment_id
            )
        ).first()
        return (row[0], row[1]) if row is not None else ("", "")

    def save_sheet(
        self,
        assignment_id: int,
        *,
        state: SheetState,
        at: datetime,
        comment: str | None = None,
        recusal_reason: str | None = None,
        submitted_at: datetime | None = None,
    ) -> None:
        sheet = self.session.scalars(
            select(ScoreSheetRow).where(ScoreSheetRow.assignment_id == assignment_id)
        ).first()
        if sheet is None:
            sheet = ScoreSheetRow(assignment_id=assignment_id, comment="", recusal_reason="")
            self.session.add(sheet)
        sheet.state = state.value
        sheet.updated_at = at
        if comment is not None:
            sheet.comment = comment
        if recusal_reason is not None:
            sheet.recusal_reason = recusal_reason
        sheet.submitted_at = submitted_at if state is SheetState.SUBMITTED else None
        self.session.flush()

    # -- settings -------------------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        return self.session.scalar(select(SettingRow.value).where(SettingRow.key == key))

    def set_setting(self, key: str, value: str | None) -> None:
        row = self.session.get(SettingRow, key)
        if value is None:
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self.session.flush()
