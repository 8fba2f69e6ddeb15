"""Storage of judge kits, their secrets and the score files taken in (judging.kits.ports)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.models.core import JudgeRowModel, RoundRow
from db.models.kits import JudgeKitRow, ScoreFileRow
from db.models.scoring import ScoreSheetRow
from judging.errors import NotFound
from judging.kits.ports import KitRecord
from judging.problems import ProblemCode as P


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
