"""What the scoring services (marks, sheets, versions) need from storage.

Sheets are found by codes (round, judge, entry) and then handled through their
``assignment_id``; criteria through their ``id``. A sheet that has never been touched has no
row yet: it reads as ``not_started`` and is created on its first change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # annotations only: the kept rankings import ChangeCounter without the model
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


class ScoringRepository(Protocol):
    # -- finding sheets and criteria ------------------------------------------------------------
    def find_sheet(self, round_code: str, judge_code: str, entry_code: str) -> SheetRef | None: ...

    def round_sheets(self, round_code: str) -> Sequence[SheetRef]:
        """Every assignment of the round, as sheets."""
        ...

    def round_criteria(self, round_code: str) -> Sequence[CriterionRef]: ...

    def sheet_and_mark(
        self, round_code: str, judge_code: str, entry_code: str, criterion_code: str
    ) -> tuple[SheetRef, CriterionRef | None, StoredMark | None] | None:
        """The sheet (None: not assigned), one criterion of the round (without its bands; None:
        no such criterion) and the sheet's mark for it, in one query: what committing a typed
        mark needs."""
        ...

    def sheet_summaries(
        self, round_code: str, judge_code: str | None = None
    ) -> Sequence[SheetSummary]: ...

    def judge_progress(self, round_code: str) -> Sequence[JudgeProgress]: ...

    def entry_details(self, entry_code: str) -> EntryDetails | None:
        """The entry as stored (not anonymised), with its attachments' file names."""
        ...

    # -- marks ----------------------------------------------------------------------------------
    def marks(self, assignment_id: int) -> dict[str, StoredMark]:
        """The sheet's marks by criterion code."""
        ...

    def round_marks(self, round_code: str) -> dict[int, dict[str, StoredMark]]:
        """Every mark of the round: assignment id → criterion code → mark."""
        ...

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
        """Store a new current value and a new version row; returns the version number."""
        ...

    def write_marks(self, writes: Sequence[MarkWrite], *, actor: str, at: datetime) -> list[int]:
        """``write_mark`` for many marks in one go (set-based: the same rows, a version row
        for each change); returns the version numbers in the order of ``writes``."""
        ...

    def mark_history(self, assignment_id: int, criterion_code: str) -> Sequence[MarkVersion]: ...

    def mark_records(
        self, round_code: str | None, states: Sequence[SheetState]
    ) -> Sequence[MarkRecord]:
        """Marks (with a value) of sheets in one of ``states``, in a stable order."""
        ...

    # -- sheets ---------------------------------------------------------------------------------
    def sheet_texts(self, assignment_id: int) -> tuple[str, str]:
        """(entry comment, recusal reason) of the sheet; empty when it has no row yet."""
        ...

    def round_sheet_texts(self, round_code: str) -> dict[int, tuple[str, str]]:
        """``sheet_texts`` of every sheet of the round that has a row, by assignment id."""
        ...

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
        """Create or update the sheet row (``None`` leaves a text as it is)."""
        ...

    def save_sheets(
        self,
        sheets: Sequence[SheetWrite],
        *,
        at: datetime,
        submitted_at: datetime | None = None,
    ) -> None:
        """``save_sheet`` for many sheets in one go (set-based)."""
        ...

    # -- settings -------------------------------------------------------------------------------
    def setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str | None) -> None: ...


@runtime_checkable
class ChangeCounter(Protocol):
    """A unit-of-work factory that can tell cheaply that someone committed: a number that
    moves when another connection writes the database (SQLite's ``PRAGMA data_version``),
    or None when it cannot tell. Screens poll it to notice marks that arrive from outside."""

    def data_version(self) -> int | None: ...
