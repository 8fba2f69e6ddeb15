"""SQL implementation of ``judging.setup.ports.SetupRepository``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, delete, exists, insert, or_, select
from sqlalchemy.orm import Session

from db.models.base import new_uuid, utcnow
from db.models.core import CategoryRow, CompetitionRow, EntryRowModel, JudgeRowModel, RoundRow
from db.models.scoring import MarkRow, ScoreSheetRow
from db.models.setup import (
    AssignmentRow as AssignmentModel,
)
from db.models.setup import (
    AttachmentRow,
    ComponentDefRow,
    PanelMemberRow,
)
from db.models.setup import (
    ComponentValueRow as ComponentValueModel,
)
from db.models.setup import (
    ConflictRow as ConflictModel,
)
from db.repositories.core import entry_folded
from judging.errors import NotFound
from judging.model import Entry
from judging.problems import ProblemCode as P
from judging.setup.dto import (
    AssignmentRow,
    AttachmentData,
    AttachmentInfo,
    ComponentValueRow,
    ConflictRow,
    PanelSeat,
)

# The plain tables, for bulk inserts that skip the ORM's per-row bookkeeping.
_ASSIGNMENT_TABLE = cast(Table, AssignmentModel.__table__)
_ENTRY_TABLE = cast(Table, EntryRowModel.__table__)


class SqlSetupRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- code ↔ id ----------------------------------------------------------------------------
    def _ids(
        self, model: type[RoundRow] | type[JudgeRowModel] | type[EntryRowModel]
    ) -> dict[str, int]:
        return {code: rid for rid, code in self.session.execute(select(model.id, model.code))}

    def _codes(
        self, model: type[RoundRow] | type[JudgeRowModel] | type[EntryRowModel] | type[CategoryRow]
    ) -> dict[int, str]:
        return {rid: code for rid, code in self.session.execute(select(model.id, model.code))}

    def _round_id(self, code: str) -> int:
        rid = self.session.scalar(select(RoundRow.id).where(RoundRow.code == code))
        if rid is None:
            raise NotFound(P.ROUND_NOT_FOUND, code=code)
        return rid

    def _judge_id(self, code: str) -> int:
        jid = self.session.scalar(select(JudgeRowModel.id).where(JudgeRowModel.code == code))
        if jid is None:
            raise NotFound(P.JUDGE_NOT_FOUND, code=code)
        return jid

    def _entry_id(self, code: str) -> int:
        eid = self.session.scalar(select(EntryRowModel.id).where(EntryRowModel.code == code))
        if eid is None:
            raise NotFound(P.ENTRY_NOT_FOUND, code=code)
        return eid

    # -- entries in bulk --------------------------------------------------------------------
    def insert_entries(self, entries: Sequence[Entry]) -> None:
        """Store many new entries at once (an import): one executemany, no ORM objects."""
        if not entries:
            return
        competition_id = self.session.scalar(select(CompetitionRow.id))
        if competition_id is None:
            raise NotFound(P.DB_NO_COMPETITION)
        cats = {code: cid for cid, code in self._codes(CategoryRow).items()}
        now = utcnow()
        rows = []
        for entry in entries:
            if entry.category is not None and entry.category not in cats:
                raise NotFound(P.CATEGORY_NOT_FOUND, code=entry.category)
            rows.append(
                {
                    "uuid": new_uuid(),
                    "competition_id": competition_id,
                    "code": entry.code,
                    "title": entry.title,
                    "category_id": cats[entry.category] if entry.category is not None else None,
                    "authors": "; ".join(entry.authors),
                    "organisation": entry.organisation,
                    "summary": entry.summary,
                    "status": entry.status.value,
                    "status_reason": entry.status_reason,
                    "folded": entry_folded(entry),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        self.session.connection().execute(insert(_ENTRY_TABLE), rows)
        self.session.flush()

    # -- assignments --------------------------------------------------------------------------
    def assignment_rows(self, round_code: str | None = None) -> list[AssignmentRow]:
        query = (
            select(RoundRow.code, JudgeRowModel.code, EntryRowModel.code, AssignmentModel.origin)
            .join(RoundRow, RoundRow.id == AssignmentModel.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentModel.judge_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentModel.entry_id)
            .order_by(RoundRow.position, JudgeRowModel.code, EntryRowModel.code)
        )
        if round_code is not None:
            query = query.where(RoundRow.code == round_code)
        return [
            AssignmentRow(round=r, judge=j, entry=e, origin=o)
            for r, j, e, o in self.session.execute(query)
        ]

    def assigned_entries(self, round_code: str, judge_code: str) -> list[str]:
        query = (
            select(EntryRowModel.code)
            .join(AssignmentModel, AssignmentModel.entry_id == EntryRowModel.id)
            .where(
                AssignmentModel.round_id == self._round_id(round_code),
                AssignmentModel.judge_id == self._judge_id(judge_code),
            )
            .order_by(EntryRowModel.code)
        )
        return list(self.session.scalars(query))

    def _existing_pairs(self, round_id: int) -> dict[tuple[int, int], int]:
        """(judge id, entry id) → assignment id, for the round."""
        return {
            (j, e): aid
            for aid, j, e in self.session.execute(
                select(
                    AssignmentModel.id, AssignmentModel.judge_id, AssignmentModel.entry_id
                ).where(AssignmentModel.round_id == round_id)
            )
        }

    def add_assignments(
        self, round_code: str, pairs: Iterable[tuple[str, str]], origin: str
    ) -> int:
        round_id = self._round_id(round_code)
        judges = self._ids(JudgeRowModel)
        entries = self._ids(EntryRowModel)
        existing = set(self._existing_pairs(round_id))
        now = utcnow()
        rows = []
        for judge_code, entry_code in pairs:
            if judge_code not in judges:
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            if entry_code not in entries:
                raise NotFound(P.ENTRY_NOT_FOUND, code=entry_code)
            key = (judges[judge_code], entries[entry_code])
            if key in existing:
                continue
            existing.add(key)
            rows.append(
                {
                    "uuid": new_uuid(),
                    "round_id": round_id,
                    "judge_id": key[0],
                    "entry_id": key[1],
                    "origin": origin,
                    "created_at": now,
                }
            )
        if rows:
            # one executemany: an automatic assignment stores tens of thousands of pairs
            # Core insert on the table (the ORM's bulk path costs a third again)
            self.session.connection().execute(insert(_ASSIGNMENT_TABLE), rows)
            self.session.flush()
        return len(rows)

    def remove_assignments(self, round_code: str, pairs: Iterable[tuple[str, str]]) -> int:
        round_id = self._round_id(round_code)
        judges = self._ids(JudgeRowModel)
        entries = self._ids(EntryRowModel)
        existing = self._existing_pairs(round_id)
        ids = []
        for judge_code, entry_code in pairs:
            judge_id, entry_id = judges.get(judge_code), entries.get(entry_code)
            if judge_id is None or entry_id is None:
                continue
            assignment_id = existing.pop((judge_id, entry_id), None)
            if assignment_id is not None:
                ids.append(assignment_id)
        for start in range(0, len(ids), 500):  # under SQLite's limit on bound parameters
            self.session.execute(
                delete(AssignmentModel)
                .where(AssignmentModel.id.in_(ids[start : start + 500]))
                .execution_options(synchronize_session=False)
            )
        self.session.flush()
        return len(ids)

    def marked_pairs(self, round_code: str | None = None) -> set[tuple[str, str]]:
        has_mark = exists().where(
            MarkRow.assignment_id == AssignmentModel.id, MarkRow.value.is_not(None)
        )
        has_sheet = exists().where(
            ScoreSheetRow.assignment_id == AssignmentModel.id,
            ScoreSheetRow.state.in_(("in_progress", "submitted", "recused")),
        )
        query = (
            select(JudgeRowModel.code, EntryRowModel.code)
            .select_from(AssignmentModel)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentModel.judge_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentModel.entry_id)
            .where(or_(has_mark, has_sheet))
        )
        if round_code is not None:
            query = query.where(AssignmentModel.round_id == self._round_id(round_code))
        return {(j, e) for j, e in self.session.execute(query)}

    def entry_has_marks(self, entry_code: str) -> bool:
        entry_id = self._entry_id(entry_code)
        query = (
            select(MarkRow.id)
            .join(AssignmentModel, AssignmentModel.id == MarkRow.assignment_id)
            .where(AssignmentModel.entry_id == entry_id, MarkRow.value.is_not(None))
            .limit(1)
        )
        return self.session.scalar(query) is not None

    # -- conflicts ----------------------------------------------------------------------------
    def conflict_rows(self) -> list[ConflictRow]:
        query = (
            select(JudgeRowModel.code, EntryRowModel.code, ConflictModel.reason)
            .join(JudgeRowModel, JudgeRowModel.id == ConflictModel.judge_id)
            .join(EntryRowModel, EntryRowModel.id == ConflictModel.entry_id)
            .order_by(JudgeRowModel.code, EntryRowModel.code)
        )
        return [ConflictRow(judge=j, entry=e, reason=r) for j, e, r in self.session.execute(query)]

    def add_conflicts(self, rows: Iterable[tuple[str, str, str]]) -> int:
        judges = self._ids(JudgeRowModel)
        entries = self._ids(EntryRowModel)
        existing = {
            (c.judge_id, c.entry_id): c for c in self.session.scalars(select(ConflictModel))
        }
        added = 0
        for judge_code, entry_code, reason in rows:
            if judge_code not in judges:
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            if entry_code not in entries:
                raise NotFound(P.ENTRY_NOT_FOUND, code=entry_code)
            key = (judges[judge_code], entries[entry_code])
            row = existing.get(key)
            if row is None:
                row = ConflictModel(judge_id=key[0], entry_id=key[1], reason=reason)
                self.session.add(row)
                existing[key] = row
                added += 1
            elif reason:
                row.reason = reason
        self.session.flush()
        return added

    def remove_conflict(self, judge_code: str, entry_code: str) -> None:
        self.session.execute(
            delete(ConflictModel).where(
                ConflictModel.judge_id == self._judge_id(judge_code),
                ConflictModel.entry_id == self._entry_id(entry_code),
            )
        )
        self.session.flush()

    # -- panels -------------------------------------------------------------------------------
    def panel_seats(self, round_code: str | None = None) -> list[PanelSeat]:
        rounds = self._codes(RoundRow)
        cats = self._codes(CategoryRow)
        judges = self._codes(JudgeRowModel)
        query = select(PanelMemberRow)
        if round_code is not None:
            query = query.where(PanelMemberRow.round_id == self._round_id(round_code))
        seats = [
            PanelSeat(
                round=rounds[p.round_id],
                category=cats[p.category_id] if p.category_id is not None else None,
                judge=judges[p.judge_id],
            )
            for p in self.session.scalars(query)
        ]
        return sorted(seats, key=lambda s: (s.round, s.category or "", s.judge))

    def set_panel(self, round_code: str, seats: Iterable[tuple[str | None, str]]) -> None:
        round_id = self._round_id(round_code)
        cats = {code: cid for cid, code in self._codes(CategoryRow).items()}
        judges = self._ids(JudgeRowModel)
        self.session.execute(delete(PanelMemberRow).where(PanelMemberRow.round_id == round_id))
        seen: set[tuple[int | None, int]] = set()
        for category, judge_code in seats:
            if category is not None and category not in cats:
                raise NotFound(P.CATEGORY_NOT_FOUND, code=category)
            if judge_code not in judges:
                raise NotFound(P.JUDGE_NOT_FOUND, code=judge_code)
            key = (cats[category] if category is not None else None, judges[judge_code])
            if key in seen:
                continue
            seen.add(key)
            self.session.add(PanelMemberRow(round_id=round_id, category_id=key[0], judge_id=key[1]))
        self.session.flush()

    # -- attachments --------------------------------------------------------------------------
    def attachments(self, entry_code: str) -> list[AttachmentInfo]:
        entry_id = self._entry_id(entry_code)
        query = (
            select(
                AttachmentRow.uuid,
                AttachmentRow.filename,
                AttachmentRow.media_type,
                AttachmentRow.size,
                AttachmentRow.sha256,
            )
            .where(AttachmentRow.entry_id == entry_id)
            .order_by(AttachmentRow.id)
        )
        return [
            AttachmentInfo(id=u, entry=entry_code, filename=f, media_type=m, size=s, sha256=h)
            for u, f, m, s, h in self.session.execute(query)
        ]

    def attachment_data(self, attachment_id: str) -> AttachmentData:
        row = self.session.scalars(
            select(AttachmentRow).where(AttachmentRow.uuid == attachment_id)
        ).first()
        if row is None:
            raise NotFound(P.ATTACHMENT_NOT_FOUND, attachment=attachment_id)
        entry_code = self._codes(EntryRowModel)[row.entry_id]
        return AttachmentData(
            entry=entry_code, filename=row.filename, media_type=row.media_type, data=row.data
        )

    def add_attachment(
        self, entry_code: str, filename: str, media_type: str, data: bytes
    ) -> AttachmentInfo:
        row = AttachmentRow(
            entry_id=self._entry_id(entry_code),
            filename=filename,
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
        )
        self.session.add(row)
        self.session.flush()
        return AttachmentInfo(
            id=row.uuid,
            entry=entry_code,
            filename=filename,
            media_type=media_type,
            size=row.size,
            sha256=row.sha256,
        )

    def delete_attachment(self, attachment_id: str) -> None:
        self.session.execute(delete(AttachmentRow).where(AttachmentRow.uuid == attachment_id))
        self.session.flush()

    # -- components ---------------------------------------------------------------------------
    def component_values(self, round_code: str | None = None) -> list[ComponentValueRow]:
        query = (
            select(
                RoundRow.code, EntryRowModel.code, ComponentDefRow.code, ComponentValueModel.value
            )
            .select_from(ComponentValueModel)
            .join(ComponentDefRow, ComponentDefRow.id == ComponentValueModel.component_def_id)
            .join(RoundRow, RoundRow.id == ComponentDefRow.round_id)
            .join(EntryRowModel, EntryRowModel.id == ComponentValueModel.entry_id)
            .order_by(RoundRow.position, EntryRowModel.code, ComponentDefRow.position)
        )
        if round_code is not None:
            query = query.where(RoundRow.code == round_code)
        return [
            ComponentValueRow(round=r, entry=e, component=c, value=format(v, "f"))
            for r, e, c, v in self.session.execute(query)
        ]

    def set_component_values(self, rows: Iterable[tuple[str, str, str, Decimal]]) -> int:
        defs = {
            (r, c): did
            for did, r, c in self.session.execute(
                select(ComponentDefRow.id, RoundRow.code, ComponentDefRow.code).join(
                    RoundRow, RoundRow.id == ComponentDefRow.round_id
                )
            )
        }
        entries = self._ids(EntryRowModel)
        existing = {
            (v.component_def_id, v.entry_id): v
            for v in self.session.scalars(select(ComponentValueModel))
        }
        stored = 0
        for round_code, entry_code, component, value in rows:
            did = defs.get((round_code, component))
            if did is None:
                raise NotFound(P.COMPONENT_NOT_FOUND, component=component, round=round_code)
            if entry_code not in entries:
                raise NotFound(P.ENTRY_NOT_FOUND, code=entry_code)
            key = (did, entries[entry_code])
            row = existing.get(key)
            if row is None:
                row = ComponentValueModel(component_def_id=did, entry_id=key[1], value=value)
                self.session.add(row)
                existing[key] = row
            else:
                row.value = value
            stored += 1
        self.session.flush()
        return stored
