"""Values of the scoring area, handed between storage, services and views (all immutable).

A *score sheet* (phiếu chấm điểm) is one judge × one entry in a round: it exists for each
assignment and moves not started → in progress → submitted (locked, counted), or → recused.
A *mark* is the sheet's current value for one criterion; each change to it is a new
*version* (who, when, old → new, origin), never an overwrite. The *origin* says how the mark
came in: typed here, typed from a paper sheet, or taken in from a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from judging.model import Criterion, Role, RoundStatus
from judging.model import SheetState as SheetState  # the scoring screens import it from here


class Origin(StrEnum):
    TYPED = "typed"
    PAPER = "paper"
    FILE = "file"


# -- what storage hands the services ---------------------------------------------------------


@dataclass(frozen=True)
class SheetRef:
    """Where a sheet lives: its assignment, and the states that decide what may be done."""

    assignment_id: int
    round_code: str
    round_status: RoundStatus
    judge_code: str
    entry_code: str
    state: SheetState

    @property
    def label(self) -> str:
        return f"{self.round_code}/{self.judge_code}/{self.entry_code}"


@dataclass(frozen=True)
class CriterionRef:
    id: int
    criterion: Criterion


@dataclass(frozen=True)
class StoredMark:
    id: int
    criterion_code: str
    value: Decimal | None
    comment: str
    version: int
    origin: Origin


@dataclass(frozen=True, slots=True)
class MarkWrite:
    """One mark change for a set-based write (``ScoringRepository.write_marks``): the new
    current value of the sheet's mark for a criterion, over ``previous`` (None: a new mark)."""

    assignment_id: int
    criterion_id: int
    previous: StoredMark | None
    value: Decimal | None
    comment: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class SheetWrite:
    """One sheet's new state for a set-based write (``ScoringRepository.save_sheets``); a text
    that is None is left as it is."""

    assignment_id: int
    state: SheetState
    comment: str | None = None
    recusal_reason: str | None = None


# -- what the services hand the views ----------------------------------------------------------


@dataclass(frozen=True)
class JudgeLogin:
    """A judge who passed the PIN check."""

    code: str
    name: str
    title: str
    role: Role


@dataclass(frozen=True)
class SheetSummary:
    """One line of a judge's list or of the organiser's progress view."""

    round_code: str
    judge_code: str
    judge_name: str
    entry_code: str
    entry_title: str
    state: SheetState
    marked: int  # criteria with a mark
    criteria: int  # criteria in the round

    @property
    def done(self) -> bool:
        return self.state in (SheetState.SUBMITTED, SheetState.RECUSED)


@dataclass(frozen=True)
class JudgeSheets:
    """A judge's assigned entries in a round, with progress ("12 of 20 done")."""

    round_code: str
    round_name: str
    judge_code: str
    judge_name: str
    sheets: tuple[SheetSummary, ...]

    @property
    def done(self) -> int:
        return sum(1 for s in self.sheets if s.done)

    @property
    def total(self) -> int:
        return len(self.sheets)


@dataclass(frozen=True)
class EntryDetails:
    """An entry as a judge sees it (anonymised in blind judging)."""

    code: str
    title: str
    summary: str
    authors: tuple[str, ...]
    organisation: str
    category_name: str
    attachments: tuple[str, ...]
    anonymised: bool


@dataclass(frozen=True)
class MarkView:
    criterion_code: str
    value: Decimal | None
    comment: str
    version: int
    origin: Origin


@dataclass(frozen=True)
class SheetView:
    """Everything the walk-through shows for one sheet."""

    round_code: str
    round_name: str
    round_status: RoundStatus
    judge_code: str
    entry: EntryDetails
    criteria: tuple[Criterion, ...]
    marks: tuple[MarkView, ...]  # one per criterion that has ever been marked
    state: SheetState
    comment: str
    recusal_reason: str
    show_running_total: bool

    def mark(self, criterion_code: str) -> MarkView | None:
        return next((m for m in self.marks if m.criterion_code == criterion_code), None)

    @property
    def editable(self) -> bool:
        return self.round_status is RoundStatus.OPEN and self.state in (
            SheetState.NOT_STARTED,
            SheetState.IN_PROGRESS,
        )


@dataclass(frozen=True)
class MarkSaved:
    """What one accepted edit changed."""

    criterion_code: str
    old: Decimal | None
    new: Decimal | None
    version: int
    changed: bool  # False when the value was already that (no new version)
    state: SheetState


@dataclass(frozen=True)
class MarkVersion:
    version: int
    old: Decimal | None
    new: Decimal | None
    comment: str
    origin: Origin
    actor: str
    at: datetime


@dataclass(frozen=True)
class JudgeProgress:
    judge_code: str
    judge_name: str
    role: Role
    assigned: int
    not_started: int
    in_progress: int
    submitted: int
    recused: int

    @property
    def done(self) -> int:
        return self.submitted + self.recused


@dataclass(frozen=True)
class EntryProgress:
    """How far an entry's sheets in a round have come."""

    entry_code: str
    entry_title: str
    assigned: int
    submitted: int
    in_progress: int
    recused: int

    @property
    def complete(self) -> bool:
        """Every sheet submitted or recused (and at least one submitted)."""
        return self.submitted > 0 and self.submitted + self.recused == self.assigned


def entry_progress(sheets: Iterable[SheetSummary]) -> list[EntryProgress]:
    """Group a round's sheets by entry, in entry-code order (pure: no storage)."""
    grouped: dict[str, list[SheetSummary]] = {}
    for sheet in sheets:
        grouped.setdefault(sheet.entry_code, []).append(sheet)
    return [
        EntryProgress(
            entry_code=code,
            entry_title=group[0].entry_title,
            assigned=len(group),
            submitted=sum(1 for s in group if s.state is SheetState.SUBMITTED),
            in_progress=sum(1 for s in group if s.state is SheetState.IN_PROGRESS),
            recused=sum(1 for s in group if s.state is SheetState.RECUSED),
        )
        for code, group in sorted(grouped.items())
    ]


@dataclass(frozen=True)
class MarkRecord:
    """One mark as the marks CSV carries it (long form)."""

    round_code: str
    entry_code: str
    judge_code: str
    criterion_code: str
    value: Decimal
    comment: str = ""


@dataclass(frozen=True)
class ImportReport:
    rows: int
    changed: int  # marks that got a new version
    unchanged: int  # rows equal to what was stored
    sheets_submitted: int  # sheets that became submitted
    incomplete: tuple[str, ...]  # submitted sheets still missing a criterion ("R1/J1/E01")


@dataclass(frozen=True)
class PaperSheetResult:
    """What committing a judge's paper sheets from the secretary's grid did."""

    changed: int
    unchanged: int
    submitted: tuple[str, ...]  # entry codes whose sheets became submitted


@dataclass(frozen=True)
class PrintCriterion:
    criterion: Criterion
    value: Decimal | None
    comment: str


@dataclass(frozen=True)
class PrintSheet:
    entry: EntryDetails
    criteria: tuple[PrintCriterion, ...]
    comment: str
    total: Decimal | None  # weighted total, filled sheets only
    state: SheetState


@dataclass(frozen=True)
class PrintPack:
    """What the score-sheet painter needs for one judge (blank or filled)."""

    competition_name: str
    organiser: str
    round_name: str
    judge_name: str
    judge_title: str
    filled: bool
    jury_max: Decimal
    sheets: tuple[PrintSheet, ...]
    judge_code: str = ""
