"""What the ranking services need from storage: a round's entries with their sheets and marks
(read fast, as integers of ten-thousandths, or added up where the rules allow), the judges,
the judges' comments on their marks, the chair's tie decisions, the round's status, and the
result stored when the round was approved."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from judging.model import RoundStatus
from judging.ranking.engine import EntryInput, JudgeInfo, Summing, TieDecision
from judging.ranking.results import RankingSnapshot


class RankingRepository(Protocol):
    def round_entries(
        self,
        round_code: str,
        *,
        summing: Summing | None = None,
        only: Collection[str] | None = None,
    ) -> list[EntryInput]:
        """The entries taking part in the round (those assigned in it; every entry of the
        competition for the first round), each with one sheet per assignment — its judge,
        state and every mark, aligned with the round's criteria (None where there is none) —
        and the components' raw values. What counts is the engine's business.

        With ``summing`` (``judging.ranking.engine.summing``), an entry whose sheets all count
        may come with its counted marks added up (``EntryInput.sums``) instead of its sheets.
        ``only``: just the entries with these codes (each with every sheet)."""
        ...

    def judges(self) -> list[JudgeInfo]: ...

    def mark_comments(self, round_code: str) -> dict[tuple[str, str, str], str]:
        """The judges' comments on the round's marks: (entry, judge, criterion) codes → the
        comment; marks without a comment are left out."""
        ...

    def tie_decisions(self, round_code: str) -> list[TieDecision]: ...

    def add_tie_decision(
        self, round_code: str, decision: TieDecision, *, kind: str = "rank"
    ) -> None:
        """Record the chair's order; a decision on the same set of entries is replaced."""
        ...

    def round_status(self, round_code: str) -> RoundStatus: ...

    def set_round_status(self, round_code: str, status: RoundStatus) -> None: ...

    def add_snapshot(self, snapshot: RankingSnapshot) -> None:
        """Store a round's approved result (each approval adds one; the newest counts)."""
        ...

    def latest_snapshot(self, round_code: str) -> RankingSnapshot | None:
        """The round's newest stored approved result, if any."""
        ...
