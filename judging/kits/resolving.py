"""Conflicts a score file left, listed and resolved on the organiser's database (used by
``KitService.conflicts`` and ``KitService.resolve_conflicts``; the values are in
``judging.kits.conflicts``)."""

from __future__ import annotations

from decimal import Decimal

from judging.errors import InputError
from judging.kits.conflicts import (
    ConflictsResolved,
    ConflictStatus,
    Keep,
    PendingConflict,
    StoredConflict,
)
from judging.model import Round
from judging.ports import UnitOfWork
from judging.problems import ProblemCode as P
from judging.scoring.marks_import import same_value
from judging.scoring.model import Origin, SheetRef, SheetState
from judging.scoring.rules import mark_problem, missing_criteria

_EDITABLE = (SheetState.NOT_STARTED, SheetState.IN_PROGRESS)


def pending_conflicts(uow: UnitOfWork, round_code: str) -> list[PendingConflict]:
    """The round's pending conflicts, each with the mark stored here now."""
    stored = list(uow.kits.pending_conflicts(round_code))
    refs: dict[int, SheetRef] = {}
    for c in stored:  # the few sheets with conflicts, not the round's thousands
        if c.assignment_id not in refs:
            ref = uow.scoring.find_sheet(round_code, c.judge_code, c.entry_code)
            assert ref is not None  # a conflict's assignment is deleted with it
            refs[c.assignment_id] = ref
    marks = {aid: uow.scoring.marks(aid) for aid in refs}
    listed = []
    for c in stored:
        here = marks[c.assignment_id].get(c.criterion_code) if c.criterion_code else None
        listed.append(
            PendingConflict(
                id=c.id,
                round_code=c.round_code,
                judge_code=c.judge_code,
                judge_name=c.judge_name,
                entry_code=c.entry_code,
                entry_title=c.entry_title,
                criterion_code=c.criterion_code,
                criterion_name=c.criterion_name,
                reason=c.reason,
                here=here.value if here else None,
                in_file=c.in_file,
                paper_marks=sum(1 for m in marks[c.assignment_id].values() if m.value is not None),
                recusal_reason=c.recusal_reason,
                sheet_state=refs[c.assignment_id].state,
                sequence=c.sequence,
            )
        )
    return listed


class Resolver:
    """Applies decisions on a round's conflicts inside one unit of work."""

    def __init__(self, uow: UnitOfWork, rnd: Round, actor: str) -> None:
        self.uow = uow
        self.rnd = rnd
        self.actor = actor
        self.now = uow.core.now()
        self.criteria = {c.id: c.criterion for c in uow.scoring.round_criteria(rnd.code)}
        self.kept = self.taken = 0
        self.corrected: list[str] = []
        self.submitted: list[str] = []
        self.recused: list[str] = []
        self.reopened: list[str] = []
        self.touched: dict[int, StoredConflict] = {}

    def _sheet(self, c: StoredConflict) -> SheetRef:
        ref = self.uow.scoring.find_sheet(self.rnd.code, c.judge_code, c.entry_code)
        assert ref is not None  # a conflict's assignment is deleted with it
        return ref

    def apply(self, c: StoredConflict, keep: Keep) -> None:
        self.touched.setdefault(c.assignment_id, c)
        if keep is Keep.PAPER:
            self.kept += 1
            self.uow.kits.resolve_conflict(
                c.id, ConflictStatus.PAPER, actor=self.actor, at=self.now
            )
            return
        self.taken += 1
        if c.criterion_id is None:
            self._recuse(c)
        else:
            self._take_mark(c, c.criterion_id)
        self.uow.kits.resolve_conflict(c.id, ConflictStatus.JUDGE, actor=self.actor, at=self.now)

    def _take_mark(self, c: StoredConflict, criterion_id: int) -> None:
        ref = self._sheet(c)
        criterion = self.criteria.get(criterion_id)
        assert criterion is not None  # the conflict's criterion is deleted with it
        problem = None if c.in_file is None else mark_problem(criterion, c.in_file)
        if problem is not None:  # the criterion changed since the file was taken in
            raise InputError(
                P.SCOREFILE_BAD_MARK,
                source=f"{c.judge_code} #{c.sequence}",
                entry=c.entry_code,
                criterion=c.criterion_code,
                problem=problem,
            )
        old = self.uow.scoring.marks(ref.assignment_id).get(c.criterion_code)
        old_value = old.value if old else None
        if same_value(old_value, c.in_file) and (old.comment if old else "") == c.file_comment:
            return
        self.uow.scoring.write_mark(
            ref.assignment_id,
            criterion_id,
            old,
            value=c.in_file,
            comment=c.file_comment,
            origin=Origin.FILE,
            actor=c.judge_code,
            at=self.now,
        )
        if ref.state in _EDITABLE:
            if ref.state is SheetState.NOT_STARTED:
                self.uow.scoring.save_sheet(
                    ref.assignment_id, state=SheetState.IN_PROGRESS, at=self.now
                )
            return
        label = f"{ref.label}/{c.criterion_code}"
        self.corrected.append(label)
        self.uow.core.audit(
            actor=self.actor,
            action="mark.correct",
            subject=label,
            detail=(
                f"{_plain(old_value)} -> {_plain(c.in_file)} on a {ref.state.value} sheet: "
                f"the judge's mark from score file no. {c.sequence}, conflict resolved"
            ),
        )

    def _recuse(self, c: StoredConflict) -> None:
        ref = self._sheet(c)
        if ref.state is SheetState.RECUSED:
            return
        self.uow.scoring.save_sheet(
            ref.assignment_id,
            state=SheetState.RECUSED,
            at=self.now,
            recusal_reason=c.recusal_reason,
        )
        self.recused.append(c.entry_code)
        self.uow.core.audit(
            actor=self.actor,
            action="sheet.recuse",
            subject=ref.label,
            detail=f"the judge's recusal from score file no. {c.sequence}: {c.recusal_reason}",
        )

    def settle(self, still_pending: set[int]) -> None:
        """Each touched sheet's state after the decisions: submitted as the file said once
        nothing is left pending on it and it is complete; back in progress when a submitted
        sheet lost a mark."""
        for assignment_id, c in self.touched.items():
            ref = self._sheet(c)
            values = {k: m.value for k, m in self.uow.scoring.marks(assignment_id).items()}
            complete = not missing_criteria(self.rnd.criteria, values)
            if ref.state is SheetState.SUBMITTED and not complete:
                self.uow.scoring.save_sheet(
                    assignment_id, state=SheetState.IN_PROGRESS, at=self.now
                )
                self.reopened.append(c.entry_code)
                self.uow.core.audit(
                    actor=self.actor,
                    action="sheet.reopen",
                    subject=ref.label,
                    detail="a mark cleared by the judge's score file (conflict resolved)",
                )
            elif (
                ref.state in _EDITABLE
                and assignment_id not in still_pending
                and c.file_state is SheetState.SUBMITTED
                and complete
            ):
                self.uow.scoring.save_sheet(
                    assignment_id, state=SheetState.SUBMITTED, at=self.now, submitted_at=self.now
                )
                self.submitted.append(c.entry_code)
                self.uow.core.audit(
                    actor=self.actor,
                    action="sheet.submit",
                    subject=ref.label,
                    detail=f"as score file no. {c.sequence} says, its conflicts resolved",
                )

    def result(self) -> ConflictsResolved:
        return ConflictsResolved(
            kept=self.kept,
            taken=self.taken,
            corrected=tuple(self.corrected),
            submitted=tuple(self.submitted),
            recused=tuple(self.recused),
            reopened=tuple(self.reopened),
        )


def _plain(value: Decimal | None) -> str:
    return "-" if value is None else format(value, "f")
