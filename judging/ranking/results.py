"""The result of ranking one round (and category), as immutable values for screens and files.

A ``RoundResult`` holds one ``EntryResult`` per entry in rank order (unranked entries last).
Each entry's numbers open down to the marks that produced them: ``CriterionResult.marks`` holds
every judge's mark (counted or not, dropped by trimming or not) and ``steps`` say what was
computed and how it was rounded. ``flags`` are plain sentences for the people checking the
result (an unresolved tie, a judge normalisation left alone, too few marks to trim).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from judging.model import ComponentKind, Role, RoundStatus

STATUS_RANKED = "ranked"
STATUS_INCOMPLETE = "incomplete"
STATUS_WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class JudgeMark:
    """One judge's mark on one criterion of one entry."""

    judge: str  # judge code
    judge_name: str
    role: Role
    value: Decimal | None  # the mark as given (None: missing)
    counted: bool  # False for trainees, recused, unsubmitted sheets (unless drafts)
    dropped: bool  # dropped by trimming
    normalised: Decimal | None = None  # after z-score normalisation, when used


@dataclass(frozen=True)
class Step:
    """One line of an explanation: what was computed, its exact value and how it was rounded."""

    label: str
    exact: str
    rounded: str | None = None  # None: no rounding at this stage
    places: int | None = None


@dataclass(frozen=True)
class CriterionResult:
    criterion: str  # criterion code
    name: str
    weight: Decimal
    marks: tuple[JudgeMark, ...]
    panel: Decimal | None  # panel mark (after aggregation and panel rounding)
    weighted: Decimal | None  # panel × weight, rounded at weighted_places
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class ComponentResult:
    component: str  # component code
    name: str
    kind: ComponentKind
    raw: Decimal | None  # the value as imported (votes, points)
    value: Decimal | None  # the points it adds (bonus) or takes away (deduction)
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class EntryResult:
    entry: str  # entry code
    title: str
    category: str | None  # category code
    status: str  # "ranked" | "incomplete" | "withdrawn"
    rank: int | None
    tied: bool
    final_total: Decimal | None
    jury_total: Decimal | None
    criteria: tuple[CriterionResult, ...]
    components: tuple[ComponentResult, ...]
    prize: str | None = None  # prize code
    advanced: bool = False
    tie_decision: str | None = None  # the chair's reason, when the chair ordered a tie
    missing: tuple[str, ...] = ()  # e.g. "GK03: tinh_moi" — why incomplete
    steps: tuple[Step, ...] = ()  # jury total, final total
    flags: tuple[str, ...] = ()  # e.g. "tie unresolved"

    @property
    def is_ranked(self) -> bool:
        return self.status == STATUS_RANKED


@dataclass(frozen=True)
class RoundResult:
    competition: str  # competition code
    round: str  # round code
    category: str | None  # the category asked for (None: every category)
    drafts: bool  # True: provisional, unsubmitted marks counted
    status: RoundStatus
    results: tuple[EntryResult, ...]  # in rank order, unranked last
    flags: tuple[str, ...] = ()
    #: groups of entry codes still tied after the whole chain (what ``resolve-tie`` accepts)
    ties: tuple[tuple[str, ...], ...] = ()
    #: groups the rules leave tied that the chair's recorded order settles (in that order)
    decided: tuple[tuple[str, ...], ...] = ()
    #: what stops the round being approved: incomplete entries, unresolved boundary ties
    blocking: tuple[str, ...] = ()

    def entry(self, code: str) -> EntryResult | None:
        return next((r for r in self.results if r.entry == code), None)
