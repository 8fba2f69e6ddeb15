"""Marks a judge's score file disagrees with, kept until the organiser resolves them.

Taking a score file in never overwrites a mark the secretary typed from the judge's paper
sheet, nor a mark on a sheet already locked here (submitted or recused), nor hides paper marks
behind a recusal in the file. Each such disagreement is stored as a *pending conflict* of that
judge's kit; the organiser later keeps the paper mark or takes the judge's, per conflict, in
one action. A newer score file of the same judge supersedes that judge's pending conflicts (it
is compared afresh with the marks stored then). A conflict decided as "keep the paper mark" is
not raised again by a newer file that still says the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from judging.model import SheetState


class Keep(StrEnum):
    """The organiser's decision on one conflict."""

    PAPER = "paper"  # the mark stored here stays (typed from paper, or the locked sheet's)
    JUDGE = "judge"  # the judge's mark from the score file replaces it


class ConflictStatus(StrEnum):
    PENDING = "pending"
    PAPER = "paper"  # resolved: kept the mark stored here
    JUDGE = "judge"  # resolved: took the judge's mark
    SUPERSEDED = "superseded"  # a newer score file of the judge replaced it


class Reason(StrEnum):
    PAPER = "paper"  # the mark here was typed from the judge's paper sheet
    LOCKED = "locked"  # the sheet here is submitted or recused
    RECUSED = "recused"  # the file recuses from the entry; paper marks are stored here


@dataclass(frozen=True)
class NewConflict:
    """A disagreement found while taking a score file in, as it is stored. ``criterion_id``
    None: the whole sheet (the file recuses, the paper sheet has marks)."""

    assignment_id: int
    criterion_id: int | None
    reason: Reason
    stored: Decimal | None  # the mark here when the file was taken in
    in_file: Decimal | None
    file_comment: str
    file_state: SheetState  # the sheet's state in the file
    recusal_reason: str

    @property
    def key(self) -> ConflictKey:
        return (self.assignment_id, self.criterion_id, self.reason.value, self.stored, self.in_file)


#: What makes two conflicts the same disagreement: sheet, criterion, reason and both values.
ConflictKey = tuple[int, int | None, str, Decimal | None, Decimal | None]


@dataclass(frozen=True)
class StoredConflict:
    """A pending conflict as storage hands it back, with the codes and names it concerns."""

    id: int
    kit_id: str
    sequence: int  # the score file it came from
    round_code: str
    judge_code: str
    judge_name: str
    assignment_id: int
    entry_code: str
    entry_title: str
    criterion_id: int | None
    criterion_code: str  # "" for the whole sheet
    criterion_name: str
    reason: Reason
    stored: Decimal | None
    in_file: Decimal | None
    file_comment: str
    file_state: SheetState
    recusal_reason: str


@dataclass(frozen=True)
class PendingConflict:
    """One line of the organiser's list of conflicts still to resolve."""

    id: int
    round_code: str
    judge_code: str
    judge_name: str
    entry_code: str
    entry_title: str
    criterion_code: str  # "" when the conflict is about the whole sheet (a recusal)
    criterion_name: str
    reason: Reason
    here: Decimal | None  # the mark stored here now
    in_file: Decimal | None  # the judge's mark in the score file
    paper_marks: int  # whole-sheet conflicts: how many marks are stored here
    recusal_reason: str  # the judge's reason, when the file recuses
    sheet_state: SheetState  # the sheet's state here
    sequence: int

    @property
    def whole_sheet(self) -> bool:
        return not self.criterion_code

    def matches(
        self, *, entry: str | None = None, criterion: str | None = None, judge: str | None = None
    ) -> bool:
        """Whether the filters select it (None: any). A whole-sheet conflict has no criterion:
        a criterion filter never selects it."""
        return (
            (entry is None or entry == self.entry_code)
            and (criterion is None or criterion == self.criterion_code)
            and (judge is None or judge == self.judge_code)
        )


@dataclass(frozen=True)
class ConflictDecision:
    conflict_id: int
    keep: Keep


@dataclass(frozen=True)
class ConflictsResolved:
    """What applying the organiser's decisions did."""

    kept: int  # conflicts where the mark here stayed
    taken: int  # conflicts where the judge's mark (or recusal) was taken
    corrected: tuple[str, ...]  # "R1/J1/E01/NEW": judge's marks taken on locked sheets
    submitted: tuple[str, ...]  # entry labels whose sheets became submitted as the file said
    recused: tuple[str, ...]
    reopened: tuple[str, ...]  # submitted sheets left incomplete by a cleared mark
