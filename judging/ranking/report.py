"""A round's result as everything that leaves the program needs it: the ranking workbook and
CSV, the council's minutes, the web page and the certificates all read one ``RoundReport``.

A report is made by ``RankingService.report`` in one unit of work: the ranked result (the same
numbers as ``rank --format json``), the names behind every code (competition, round, categories,
criteria, prizes, judges), the entries' authors and organisation, every judge's mark with its
comment, the chair's tie decisions with their reasons, and the judges' consistency (the same
figures as the Results screen's consistency tab). Numbers stay exact ``Decimal``s with the
places the round's rules name (``places``); writers format them, they never recompute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from judging.model import Role, RoundStatus
from judging.ranking.consistency import ConsistencyReport
from judging.ranking.results import RoundResult


@dataclass(frozen=True)
class ReportPlaces:
    """Decimal places the round names for what is shown (None: as computed).

    A weighted mark without its own places has the panel mark's; a total without its own the
    weighted mark's; a judge's mark is shown with the panel mark's places."""

    panel: int | None = None
    weighted: int | None = None
    total: int | None = None
    components: tuple[tuple[str, int | None], ...] = ()

    def component(self, code: str) -> int | None:
        return dict(self.components).get(code)


@dataclass(frozen=True)
class ReportCriterion:
    code: str
    name: str
    weight: Decimal
    max: Decimal


@dataclass(frozen=True)
class ReportComponent:
    code: str
    name: str
    kind: str  # "bonus" | "deduction"


@dataclass(frozen=True)
class ReportRow:
    """One entry of the ranking, in rank order (unranked entries last)."""

    entry: str  # entry code
    title: str
    category: str | None  # category code
    category_name: str
    authors: tuple[str, ...]
    organisation: str
    status: str  # "ranked" | "incomplete" | "withdrawn" (judging.ranking.results)
    rank: int | None
    tied: bool
    #: the panel mark of each criterion, in the order of ``RoundReport.criteria``
    criteria: tuple[Decimal | None, ...]
    #: each component's points, in the order of ``RoundReport.components``
    components: tuple[Decimal | None, ...]
    jury_total: Decimal | None
    final_total: Decimal | None
    prize: str | None  # prize code
    prize_name: str
    advanced: bool
    tie_decision: str | None  # the chair's reason, when the chair ordered this entry's tie


@dataclass(frozen=True)
class ReportMark:
    """One judge's mark on one criterion of one entry, with the judge's comment."""

    entry: str
    judge: str  # judge code
    judge_name: str
    role: Role
    criterion: str  # criterion code
    value: Decimal | None  # None: not given (recused, missing)
    counted: bool
    dropped: bool  # dropped by trimming
    comment: str


@dataclass(frozen=True)
class ReportJudge:
    """A judge of the round's panel (the minutes' attendance)."""

    code: str
    name: str
    title: str
    organisation: str
    role: Role
    assigned: int  # entries assigned in the round
    submitted: bool  # every sheet of the round submitted


@dataclass(frozen=True)
class ReportDecision:
    """The chair's order for a group the rules left tied."""

    entries: tuple[str, ...]  # in the chair's order
    reason: str
    decided_by: str
    category: str | None


@dataclass(frozen=True)
class ReportPrize:
    code: str
    name: str
    winners: tuple[str, ...]  # entry codes, in rank order


@dataclass(frozen=True)
class RoundReport:
    competition: str  # competition code
    competition_name: str
    organiser: str  # the issuing body ("Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh")
    round: str  # round code
    round_name: str
    category: str | None  # the category asked for (None: every category)
    status: RoundStatus
    provisional: bool  # drafts counted: not a result to hand out
    approved_at: datetime | None  # when the round was approved (UTC); None before
    approved_by: str
    places: ReportPlaces
    criteria: tuple[ReportCriterion, ...]
    components: tuple[ReportComponent, ...]
    categories: tuple[tuple[str, str], ...]  # (code, name) of the categories shown
    rows: tuple[ReportRow, ...]
    marks: tuple[ReportMark, ...]
    judges: tuple[ReportJudge, ...]
    decisions: tuple[ReportDecision, ...]
    prizes: tuple[ReportPrize, ...]
    consistency: ConsistencyReport
    result: RoundResult  # the ranked result itself (what ``rank --format json`` writes)

    @property
    def approved(self) -> bool:
        return self.status == RoundStatus.APPROVED

    def category_rows(self, category: str | None) -> tuple[ReportRow, ...]:
        return tuple(r for r in self.rows if r.category == category)
