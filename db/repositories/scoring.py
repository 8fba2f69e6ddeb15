"""SQL implementation of ``judging.scoring.ports.ScoringRepository``.

Reads are plain column selects (no ORM objects leave this module); a mark change is an update
of ``mark`` plus an insert into ``mark_version`` in the caller's transaction.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar, cast

from sqlalchemy import (
    Connection,
    Insert,
    Select,
    Table,
    Text,
    Update,
    bindparam,
    case,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, selectinload

from db.driver import Driver, DriverStatement
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
from db.repositories.definition import criterion_of
from db.repositories.source import SessionSource
from judging.model import Criterion, Role, RoundStatus
from judging.scoring.model import (
    CriterionRef,
    EntryDetails,
    JudgeProgress,
    MarkRecord,
    MarkVersion,
    MarkWrite,
    Origin,
    SheetRef,
    SheetState,
    SheetSummary,
    SheetWrite,
    StoredMark,
)

#: Rows handed to the driver in one ``executemany``: bounds the memory of the parameter lists
#: of a set-based write (500,000 marks would otherwise be a million dictionaries at once).
BATCH = 5_000
_MARK: Table = MarkRow.__table__  # type: ignore[assignment]
_VERSION: Table = MarkVersionRow.__table__  # type: ignore[assignment]
_SHEET: Table = ScoreSheetRow.__table__  # type: ignore[assignment]


def _state(value: str | None) -> SheetState:
    return SheetState(value) if value is not None else SheetState.NOT_STARTED


_MARK_COLUMNS = (
    "uuid",
    "assignment_id",
    "criterion_id",
    "value",
    "comment",
    "version",
    "origin",
    "updated_at",
)
_VERSION_COLUMNS = (
    "mark_id",
    "version",
    "old_value",
    "new_value",
    "comment",
    "origin",
    "actor",
    "at",
)
_SHEET_COLUMNS = (
    "assignment_id",
    "state",
    "comment",
    "recusal_reason",
    "submitted_at",
    "updated_at",
)


_MARK_UPDATE = (
    update(_MARK)
    .where(_MARK.c.id == bindparam("b_id"))
    .values(
        value=bindparam("b_value"),
        comment=bindparam("b_comment"),
        version=bindparam("b_version"),
        origin=bindparam("b_origin"),
        updated_at=bindparam("b_at"),
    )
)


class _Typed:
    """The statements of a typed mark, built once (Core, on the tables): a mark then costs
    no statement building and no cache key, only the lookup of their compiled form."""

    assignment = AssignmentRow.__table__
    rnd = RoundRow.__table__
    judge = JudgeRowModel.__table__
    entry = EntryRowModel.__table__
    sheet = cast(Table, ScoreSheetRow.__table__)
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
    # the sheet, the round's criterion by its code (unique per round) and the sheet's mark
    # for it: each an index search, in one statement
    sheet_and_mark = (
        find_sheet.add_columns(
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
        .outerjoin(
            criterion,
            (criterion.c.round_id == rnd.c.id) & (criterion.c.code == bindparam("code")),
        )
        .outerjoin(
            mark,
            (mark.c.criterion_id == criterion.c.id) & (mark.c.assignment_id == assignment.c.id),
        )
    )
    insert_mark = insert(mark).returning(mark.c.id)
    update_mark = _MARK_UPDATE  # the set-based writes' statement, one mark at a time
    insert_version = insert(version)
    update_sheet = (
        update(sheet)
        .where(sheet.c.assignment_id == bindparam("assignment_id"))
        .values(
            state=bindparam("state"),
            updated_at=bindparam("updated_at"),
            submitted_at=bindparam("submitted_at"),
            # None: the sheet's comment (and reason) stay as they are
            comment=func.coalesce(bindparam("comment", type_=Text()), sheet.c.comment),
            recusal_reason=func.coalesce(
                bindparam("recusal_reason", type_=Text()), sheet.c.recusal_reason
            ),
        )
    )
    insert_sheet = insert(sheet)

    #: Run on the driver's cursor (db.driver): each name, its statement and (for an insert or
    #: an update) the columns it sets.
    driver: ClassVar[dict[str, tuple[Any, tuple[str, ...] | None]]] = {
        "find_sheet": (find_sheet, None),
        "sheet_and_mark": (sheet_and_mark, None),
        "insert_mark": (insert_mark, _MARK_COLUMNS),
        "update_mark": (update_mark, None),
        "insert_version": (insert_version, _VERSION_COLUMNS),
        "update_sheet": (update_sheet, None),
        "insert_sheet": (insert_sheet, _SHEET_COLUMNS),
    }


#: The typed mark's statements compiled, per dialect (and server version).
_COMPILED: dict[tuple[str, Any, str], DriverStatement] = {}


def _typed(driver: Driver, name: str) -> DriverStatement:
    dialect = driver.dialect
    key = (dialect.name, dialect.server_version_info, name)
    found = _COMPILED.get(key)
    if found is None:
        statement, keys = _Typed.driver[name]
        found = _COMPILED[key] = DriverStatement(statement, dialect, keys)
    return found


class SqlScoringRepository:
    def __init__(self, source: SessionSource) -> None:
        self._source = source

    @property
    def session(self) -> Session:
        """The unit of work's session, made on first use (a typed mark makes none)."""
        return self._source.session

    def _current(self) -> Driver:
        """The unit of work's driver connection in its transaction, for the typed
        statements."""
        return self._source.driver()

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
        driver = self._current()
        row = _typed(driver, "find_sheet").first(
            driver,
            {"round_code": round_code, "judge_code": judge_code, "entry_code": entry_code},
        )
        return self._ref(row) if row is not None else None

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
        return [CriterionRef(c.id, criterion_of(c, c.bands)) for c in rows]

    def sheet_and_mark(
        self, round_code: str, judge_code: str, entry_code: str, criterion_code: str
    ) -> tuple[SheetRef, CriterionRef | None, StoredMark | None] | None:
        driver = self._current()
        row = _typed(driver, "sheet_and_mark").first(
            driver,
            {
                "round_code": round_code,
                "judge_code": judge_code,
                "entry_code": entry_code,
                "code": criterion_code,
            },
        )
        if row is None:
            return None
        ref = self._ref(row[:6])
        cid, name, mx, step, weight, mid, value, comment, version, origin = row[6:]
        if cid is None:
            return ref, None, None
        criterion_ref = CriterionRef(
            cid, Criterion(code=criterion_code, name=name, max=mx, step=step, weight=weight)
        )
        if mid is None:
            return ref, criterion_ref, None
        return (
            ref,
            criterion_ref,
            StoredMark(mid, criterion_code, value, comment, version, Origin(origin)),
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
        driver = self._current()
        if previous is None:
            inserted = _typed(driver, "insert_mark").first(
                driver,
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
            )
            assert inserted is not None  # RETURNING gives the new row's id
            mark_id, version, old = inserted[0], 1, None
        else:
            mark_id, version, old = previous.id, previous.version + 1, previous.value
            _typed(driver, "update_mark").execute(
                driver,
                {
                    "b_id": mark_id,
                    "b_value": value,
                    "b_comment": comment,
                    "b_version": version,
                    "b_origin": origin.value,
                    "b_at": at,
                },
            )
        _typed(driver, "insert_version").execute(
            driver,
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

    def write_marks(self, writes: Sequence[MarkWrite], *, actor: str, at: datetime) -> list[int]:
        """``write_mark`` for many marks at once, set-based: new marks inserted with one
        ``executemany`` a batch (see ``_insert_marks`` for their ids), changed ones updated with
        one, and a version row each inserted with one. Returns the version numbers, in
        order."""
        connection = self.session.connection()
        versions: list[int] = []
        for start in range(0, len(writes), BATCH):
            batch = writes[start : start + BATCH]
            ids = iter(_insert_marks(connection, [w for w in batch if w.previous is None], at))
            _update_marks(connection, [w for w in batch if w.previous is not None], at)
            rows = []
            for w in batch:
                old = w.previous
                if old is None:
                    mark_id, version, old_value = next(ids), 1, None
                else:
                    mark_id, version, old_value = old.id, old.version + 1, old.value
                versions.append(version)
                rows.append(
                    (mark_id, version, old_value, w.value, w.comment, w.origin.value, actor, at)
                )
            executemany(connection, insert(_VERSION), _VERSION_COLUMNS, rows)
        return versions

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

    def round_sheet_texts(self, round_code: str) -> dict[int, tuple[str, str]]:
        """``sheet_texts`` of every sheet of the round that has a row, by assignment id."""
        rows = self.session.execute(
            select(ScoreSheetRow.assignment_id, ScoreSheetRow.comment, ScoreSheetRow.recusal_reason)
            .join(AssignmentRow, AssignmentRow.id == ScoreSheetRow.assignment_id)
            .join(RoundRow, RoundRow.id == AssignmentRow.round_id)
            .where(RoundRow.code == round_code)
        )
        return {aid: (comment, reason) for aid, comment, reason in rows}

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
        driver = self._current()
        values = {
            "assignment_id": assignment_id,
            "state": state.value,
            "updated_at": at,
            "submitted_at": submitted_at if state is SheetState.SUBMITTED else None,
            "comment": comment,
            "recusal_reason": recusal_reason,
        }
        if _typed(driver, "update_sheet").execute(driver, values) == 0:
            values["comment"] = comment or ""
            values["recusal_reason"] = recusal_reason or ""
            _typed(driver, "insert_sheet").execute(driver, values)

    def save_sheets(
        self,
        sheets: Sequence[SheetWrite],
        *,
        at: datetime,
        submitted_at: datetime | None = None,
    ) -> None:
        """``save_sheet`` for many sheets at once, set-based: the rows that exist are updated
        with one ``executemany`` a batch, the missing ones inserted with one. A submitted
        sheet gets ``submitted_at``, any other state none."""
        connection = self.session.connection()
        for start in range(0, len(sheets), BATCH):
            batch = sheets[start : start + BATCH]
            existing = set(
                connection.scalars(
                    select(_SHEET.c.assignment_id).where(
                        _SHEET.c.assignment_id.in_([s.assignment_id for s in batch])
                    )
                )
            )
            _update_sheets(
                connection, [s for s in batch if s.assignment_id in existing], at, submitted_at
            )
            missing = [s for s in batch if s.assignment_id not in existing]
            rows = [
                (
                    s.assignment_id,
                    s.state.value,
                    s.comment or "",
                    s.recusal_reason or "",
                    _submitted(s, submitted_at),
                    at,
                )
                for s in missing
            ]
            executemany(connection, insert(_SHEET), _SHEET_COLUMNS, rows)

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


# -- set-based writes -----------------------------------------------------------------------------


def executemany(
    connection: Connection,
    statement: Insert | Update,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Run a Core INSERT or UPDATE once for each row (values in the order of ``names``: the
    columns of an insert, the bound parameters of an update), as one ``executemany``.

    On SQLite the statement is compiled once and handed to the driver with each row as a
    plain tuple, its values converted by the columns' own types (each distinct value once):
    SQLAlchemy's per-row parameter handling would otherwise cost as much as SQLite's own
    work. Elsewhere (PostgreSQL) SQLAlchemy runs it (there as ``insertmanyvalues``)."""
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(statement, [dict(zip(names, row, strict=True)) for row in rows])
        return
    if isinstance(statement, Insert):
        compiled = statement.compile(dialect=dialect, column_keys=list(names))
    else:
        compiled = statement.compile(dialect=dialect)
    order = compiled.positiontup
    assert order is not None and set(order) == set(names), (order, names)
    columns = list(zip(*rows, strict=True))
    for at, name in enumerate(names):
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            columns[at] = _converted(columns[at], process)
    connection.exec_driver_sql(
        compiled.string, list(zip(*(columns[names.index(key)] for key in order), strict=True))
    )


def _converted(values: Sequence[Any], process: Any) -> tuple[Any, ...]:
    """The values as the column's type hands them to the driver, each distinct one converted
    once (marks, times and states repeat)."""
    try:
        table = {v: None if v is None else process(v) for v in set(values)}
    except TypeError:  # a value that cannot be hashed
        return tuple(None if v is None else process(v) for v in values)
    return tuple(map(table.__getitem__, values))


def _insert_marks(connection: Connection, writes: Sequence[MarkWrite], at: datetime) -> list[int]:
    """Insert new marks (version 1) with one ``executemany``; their ids, in the order of
    ``writes``.

    SQLite cannot return the ids of a many-row insert in order (asked to, SQLAlchemy inserts
    the rows one by one). There the ids are given: the next ones after the largest, which is
    what SQLite itself would choose, and safe because the transaction holds the write lock
    from its start (``BEGIN IMMEDIATE``). Elsewhere the server's sequence numbers them and
    they are found by the rows' new UUIDs (one indexed select)."""
    if not writes:
        return []
    uuids = new_uuids(len(writes))
    rows = [
        (key, w.assignment_id, w.criterion_id, w.value, w.comment, 1, w.origin.value, at)
        for key, w in zip(uuids, writes, strict=True)
    ]
    if connection.dialect.name == "sqlite":
        first = int(connection.scalar(select(func.coalesce(func.max(_MARK.c.id), 0))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        numbered = [(mark_id, *row) for mark_id, row in zip(ids, rows, strict=True)]
        executemany(connection, insert(_MARK), ("id", *_MARK_COLUMNS), numbered)
        return ids
    executemany(connection, insert(_MARK), _MARK_COLUMNS, rows)
    found = connection.execute(select(_MARK.c.uuid, _MARK.c.id).where(_MARK.c.uuid.in_(uuids)))
    by_uuid: dict[str, int] = {key: mark_id for key, mark_id in found}
    return [by_uuid[key] for key in uuids]


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, as ``new_uuid`` makes them, in about a
    tenth of its time (one read of the system's random source for all of them)."""
    data = bytearray(os.urandom(16 * count))
    keys = []
    for start in range(0, len(data), 16):
        data[start + 6] = (data[start + 6] & 0x0F) | 0x40  # version 4
        data[start + 8] = (data[start + 8] & 0x3F) | 0x80  # RFC 4122 variant
        h = data[start : start + 16].hex()
        keys.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return keys


def _update_marks(connection: Connection, writes: Sequence[MarkWrite], at: datetime) -> None:
    """Give stored marks their new value, comment, origin and the next version number."""
    rows = []
    for w in writes:
        assert w.previous is not None
        rows.append((w.previous.id, w.value, w.comment, w.previous.version + 1, w.origin.value, at))
    names = ("b_id", "b_value", "b_comment", "b_version", "b_origin", "b_at")
    executemany(connection, _MARK_UPDATE, names, rows)


def _submitted(sheet: SheetWrite, at: datetime | None) -> datetime | None:
    return at if sheet.state is SheetState.SUBMITTED else None


def _update_sheets(
    connection: Connection,
    sheets: Sequence[SheetWrite],
    at: datetime,
    submitted_at: datetime | None,
) -> None:
    """Update existing sheet rows, in groups of the same shape (which texts change)."""
    shapes: dict[tuple[bool, bool], list[SheetWrite]] = {}
    for sheet in sheets:
        shape = (sheet.comment is not None, sheet.recusal_reason is not None)
        shapes.setdefault(shape, []).append(sheet)
    for (with_comment, with_reason), group in shapes.items():
        names = ["b_aid", "b_state", "b_at", "b_submitted"]
        values: dict[str, Any] = {
            "state": bindparam("b_state"),
            "updated_at": bindparam("b_at"),
            "submitted_at": bindparam("b_submitted"),
        }
        if with_comment:
            values["comment"] = bindparam("b_comment")
            names.append("b_comment")
        if with_reason:
            values["recusal_reason"] = bindparam("b_reason")
            names.append("b_reason")
        statement = (
            update(_SHEET).where(_SHEET.c.assignment_id == bindparam("b_aid")).values(**values)
        )
        rows = []
        for s in group:
            row: tuple[Any, ...] = (s.assignment_id, s.state.value, at, _submitted(s, submitted_at))
            if with_comment:
                row += (s.comment,)
            if with_reason:
                row += (s.recusal_reason,)
            rows.append(row)
        executemany(connection, statement, names, rows)
