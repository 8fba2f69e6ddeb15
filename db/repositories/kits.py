"""Storage of judge kits, their secrets, the score files taken in and the conflicts they left
(judging.kits.ports)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session, aliased

from db.models.core import CriterionRow, EntryRowModel, JudgeRowModel, RoundRow
from db.models.kits import JudgeKitRow, MarkConflictRow, ScoreFileRow
from db.models.scoring import ScoreSheetRow
from db.models.setup import AssignmentRow
from judging.errors import NotFound
from judging.kits.conflicts import (
    ConflictKey,
    ConflictStatus,
    NewConflict,
    Reason,
    StoredConflict,
)
from judging.kits.ports import KitRecord
from judging.problems import ProblemCode as P
from judging.scoring.model import SheetState


class SqlKitRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _records(self, *where: object) -> list[KitRecord]:
        query = (
            select(JudgeKitRow, RoundRow.code, JudgeRowModel.code)
            .join(RoundRow, RoundRow.id == JudgeKitRow.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == JudgeKitRow.judge_id)
            .where(*where)  # type: ignore[arg-type]
        )
        return [
            KitRecord(
                kit_id=row.uuid,
                round_code=round_code,
                judge_code=judge_code,
                secret=bytes.fromhex(row.secret),
                issue=row.issue,
                last_sequence=row.last_sequence,
            )
            for row, round_code, judge_code in self.session.execute(query).tuples()
        ]

    def kit_for(self, round_code: str, judge_code: str) -> KitRecord | None:
        found = self._records(RoundRow.code == round_code, JudgeRowModel.code == judge_code)
        return found[0] if found else None

    def kit(self, kit_id: str) -> KitRecord | None:
        found = self._records(JudgeKitRow.uuid == kit_id)
        return found[0] if found else None

    def save_kit(self, record: KitRecord, *, at: datetime) -> None:
        row = self.session.scalars(
            select(JudgeKitRow).where(JudgeKitRow.uuid == record.kit_id)
        ).first()
        if row is None:
            round_id = self.session.scalar(
                select(RoundRow.id).where(RoundRow.code == record.round_code)
            )
            judge_id = self.session.scalar(
                select(JudgeRowModel.id).where(JudgeRowModel.code == record.judge_code)
            )
            if round_id is None:
                raise NotFound(P.ROUND_NOT_FOUND, code=record.round_code)
            if judge_id is None:
                raise NotFound(P.JUDGE_NOT_FOUND, code=record.judge_code)
            row = JudgeKitRow(
                uuid=record.kit_id,
                round_id=round_id,
                judge_id=judge_id,
                secret=record.secret.hex(),
            )
            self.session.add(row)
        row.issue = record.issue
        row.last_sequence = record.last_sequence
        row.issued_at = at
        self.session.flush()

    def scorefile_taken(self, digest: str) -> bool:
        return bool(self.session.scalar(select(exists().where(ScoreFileRow.sha256 == digest))))

    def record_scorefile(
        self, kit_id: str, *, sequence: int, digest: str, source: str, summary: str, at: datetime
    ) -> None:
        row_id = self.session.scalar(select(JudgeKitRow.id).where(JudgeKitRow.uuid == kit_id))
        assert row_id is not None, "a score file is recorded only for a known kit"
        self.session.add(
            ScoreFileRow(
                kit_id=row_id,
                sequence=sequence,
                sha256=digest,
                source=source,
                summary=summary,
                taken_at=at,
            )
        )
        self.session.flush()

    def submitted_at(self, assignment_ids: Sequence[int]) -> dict[int, datetime | None]:
        found: dict[int, datetime | None] = dict.fromkeys(assignment_ids)
        if not assignment_ids:
            return found
        query = select(ScoreSheetRow.assignment_id, ScoreSheetRow.submitted_at).where(
            ScoreSheetRow.assignment_id.in_(list(assignment_ids))
        )
        for assignment_id, at in self.session.execute(query).tuples():
            found[assignment_id] = at
        return found

    # -- conflicts ----------------------------------------------------------------------------
    def _kit_row_id(self, kit_id: str) -> int:
        row_id = self.session.scalar(select(JudgeKitRow.id).where(JudgeKitRow.uuid == kit_id))
        assert row_id is not None, "conflicts belong to a known kit"
        return row_id

    def record_conflicts(
        self, kit_id: str, sequence: int, conflicts: Sequence[NewConflict], *, at: datetime
    ) -> None:
        row_id = self._kit_row_id(kit_id)
        self.session.add_all(
            MarkConflictRow(
                kit_id=row_id,
                sequence=sequence,
                assignment_id=c.assignment_id,
                criterion_id=c.criterion_id,
                reason=c.reason.value,
                stored_value=c.stored,
                file_value=c.in_file,
                file_comment=c.file_comment,
                file_state=c.file_state.value,
                recusal_reason=c.recusal_reason,
                status=ConflictStatus.PENDING.value,
                created_at=at,
                resolved_by="",
            )
            for c in conflicts
        )
        self.session.flush()

    def supersede_conflicts(self, kit_id: str, *, at: datetime) -> int:
        result = self.session.execute(
            update(MarkConflictRow)
            .where(
                MarkConflictRow.kit_id == self._kit_row_id(kit_id),
                MarkConflictRow.status == ConflictStatus.PENDING.value,
            )
            .values(status=ConflictStatus.SUPERSEDED.value, resolved_at=at)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def kept_conflicts(self, kit_id: str) -> set[ConflictKey]:
        rows = self.session.execute(
            select(
                MarkConflictRow.assignment_id,
                MarkConflictRow.criterion_id,
                MarkConflictRow.reason,
                MarkConflictRow.stored_value,
                MarkConflictRow.file_value,
            ).where(
                MarkConflictRow.kit_id == self._kit_row_id(kit_id),
                MarkConflictRow.status == ConflictStatus.PAPER.value,
            )
        ).tuples()
        return set(rows)

    def pending_conflicts(self, round_code: str) -> Sequence[StoredConflict]:
        criterion = aliased(CriterionRow)
        query = (
            select(
                MarkConflictRow,
                JudgeKitRow.uuid,
                RoundRow.code,
                JudgeRowModel.code,
                JudgeRowModel.name,
                EntryRowModel.code,
                EntryRowModel.title,
                criterion.code,
                criterion.name,
            )
            .join(JudgeKitRow, JudgeKitRow.id == MarkConflictRow.kit_id)
            .join(AssignmentRow, AssignmentRow.id == MarkConflictRow.assignment_id)
            .join(RoundRow, RoundRow.id == AssignmentRow.round_id)
            .join(JudgeRowModel, JudgeRowModel.id == AssignmentRow.judge_id)
            .join(EntryRowModel, EntryRowModel.id == AssignmentRow.entry_id)
            .outerjoin(criterion, criterion.id == MarkConflictRow.criterion_id)
            .where(
                RoundRow.code == round_code,
                MarkConflictRow.status == ConflictStatus.PENDING.value,
            )
            .order_by(
                JudgeRowModel.code,
                EntryRowModel.code,
                criterion.position.nulls_first(),
                MarkConflictRow.id,
            )
        )
        return [
            StoredConflict(
                id=row.id,
                kit_id=kit_uuid,
                sequence=row.sequence,
                round_code=rnd,
                judge_code=judge_code,
                judge_name=judge_name,
                assignment_id=row.assignment_id,
                entry_code=entry_code,
                entry_title=entry_title,
                criterion_id=row.criterion_id,
                criterion_code=criterion_code or "",
                criterion_name=criterion_name or "",
                reason=Reason(row.reason),
                stored=row.stored_value,
                in_file=row.file_value,
                file_comment=row.file_comment,
                file_state=SheetState(row.file_state),
                recusal_reason=row.recusal_reason,
            )
            for (
                row,
                kit_uuid,
                rnd,
                judge_code,
                judge_name,
                entry_code,
                entry_title,
                criterion_code,
                criterion_name,
            ) in self.session.execute(query).tuples()
        ]

    def resolve_conflict(
        self, conflict_id: int, status: ConflictStatus, *, actor: str, at: datetime
    ) -> None:
        row = self.session.get(MarkConflictRow, conflict_id)
        assert row is not None and row.status == ConflictStatus.PENDING.value
        row.status = status.value
        row.resolved_at = at
        row.resolved_by = actor
        self.session.flush()
