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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, Self

from judging.model import Competition, Role, Round, RoundStatus, SheetState
from judging.ranking.consistency import (
    Concordance,
    ConsistencyReport,
    Icc,
    agreement,
    consistency,
)
from judging.ranking.results import EntryResult, RankingSnapshot, RoundResult

if TYPE_CHECKING:  # what the builder reads; the values above need none of it
    from judging.ranking.engine import EntryInput, TieDecision
    from judging.services.dto import EntryRow, JudgeRow
    from judging.setup.dto import PanelSeat


@dataclass(frozen=True)
class ReportPlaces:
    """Decimal places the round names for what is shown (None: as computed).

    A weighted mark without its own places has the panel mark's; a total without its own the
    weighted mark's; a judge's mark is shown with the panel mark's places."""

    panel: int | None = None
    weighted: int | None = None
    total: int | None = None
    components: tuple[tuple[str, int | None], ...] = ()

    @classmethod
    def of(cls, round_: Round | None) -> Self:
        """The places the round's ranking rules name (the one rule for every screen and
        file): a stage without its own places takes the one before it."""
        if round_ is None:
            return cls()
        rules = round_.ranking
        weighted = (
            rules.weighted_places if rules.weighted_places is not None else rules.panel_places
        )
        total = rules.total_places if rules.total_places is not None else weighted
        return cls(
            rules.panel_places,
            weighted,
            total,
            tuple((c.code, c.places) for c in round_.components),
        )

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


class ReportMark(NamedTuple):
    """One judge's mark on one criterion of one entry, with the judge's comment. A named
    tuple rather than a dataclass: half a million are made for a large round."""

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
    advancement: bool = False  # the round has an advancement rule (who goes on is shown)

    @property
    def approved(self) -> bool:
        return self.status == RoundStatus.APPROVED

    @property
    def final(self) -> bool:
        """A result to hand out: the round is approved and no draft is counted. Anything else
        is marked provisional ("KẾT QUẢ TẠM THỜI") wherever it is shown."""
        return self.approved and not self.provisional

    def category_rows(self, category: str | None) -> tuple[ReportRow, ...]:
        return tuple(r for r in self.rows if r.category == category)

    def agreement_of(self, category: str | None) -> tuple[tuple[Concordance, ...], Icc]:
        """Kendall's W and ICC(1) over one category's entries (None: the entries without
        one, or every entry when the competition has no categories): what the Results
        screen's consistency tab shows with that category chosen."""
        if category == self.category or not self.categories:
            return self.consistency.concordance, self.consistency.icc
        entries = [e.entry for e in self.result.results if e.category == category]
        return agreement(self.consistency, entries)


# -- building a report (pure: everything it reads is handed in) ----------------------------------
@dataclass(frozen=True)
class ReportSources:
    """What ``build_report`` reads, loaded by the service in one unit of work."""

    competition: Competition
    result: RoundResult  # ranked with every judge's mark (``explain=True``, no steps)
    entries: Sequence[EntryInput]  # the round's entries with their sheets (the engine's input)
    entry_rows: Sequence[EntryRow]  # authors and organisation
    judge_rows: Sequence[JudgeRow]  # title and organisation, in the judges' order
    panel: Sequence[PanelSeat]  # the round's panel
    comments: Mapping[tuple[str, str, str], str]  # (entry, judge, criterion) → comment
    decisions: Sequence[TieDecision]
    snapshot: RankingSnapshot | None  # the latest approved result (None before approval)


def build_report(sources: ReportSources) -> RoundReport:
    """A round's report from its ranked result and the names behind its codes."""
    competition, result = sources.competition, sources.result
    rnd = competition.round(result.round)
    assert rnd is not None
    names = _Names(
        categories={c.code: c.name for c in competition.categories},
        prizes={p.code: p.name for p in competition.prizes},
        entries={row.code: row for row in sources.entry_rows},
    )
    rows = tuple(_row(e, rnd, names) for e in result.results)
    shown = {r.category for r in rows}
    snapshot = sources.snapshot if result.status == RoundStatus.APPROVED else None
    return RoundReport(
        competition=competition.code,
        competition_name=competition.name,
        organiser=competition.organiser,
        round=rnd.code,
        round_name=rnd.name,
        category=result.category,
        status=result.status,
        provisional=result.drafts,
        approved_at=snapshot.at if snapshot else None,
        approved_by=snapshot.approved_by if snapshot else "",
        places=ReportPlaces.of(rnd),
        criteria=tuple(ReportCriterion(c.code, c.name, c.weight, c.max) for c in rnd.criteria),
        components=tuple(ReportComponent(c.code, c.name, c.kind.value) for c in rnd.components),
        categories=tuple((c.code, c.name) for c in competition.categories if c.code in shown),
        rows=rows,
        marks=_marks(result, sources.comments),
        judges=_judges(sources),
        decisions=_decisions(sources.decisions, result),
        prizes=tuple(
            ReportPrize(p.code, p.name, tuple(r.entry for r in rows if r.prize == p.code))
            for p in competition.prizes
        ),
        consistency=consistency(result.results, {c.code: c.max for c in rnd.criteria}),
        result=result,
        advancement=rnd.advance is not None,
    )


@dataclass(frozen=True)
class _Names:
    categories: Mapping[str, str]
    prizes: Mapping[str, str]
    entries: Mapping[str, EntryRow]


def _row(entry: EntryResult, rnd: Round, names: _Names) -> ReportRow:
    details = names.entries.get(entry.entry)
    panels = {c.criterion: c.panel for c in entry.criteria}
    points = {c.component: c.value for c in entry.components}
    return ReportRow(
        entry=entry.entry,
        title=entry.title,
        category=entry.category,
        category_name=names.categories.get(entry.category or "", entry.category or ""),
        authors=details.authors if details else (),
        organisation=details.organisation if details else "",
        status=entry.status,
        rank=entry.rank,
        tied=entry.tied,
        criteria=tuple(panels.get(c.code) for c in rnd.criteria),
        components=tuple(points.get(c.code) for c in rnd.components),
        jury_total=entry.jury_total,
        final_total=entry.final_total,
        prize=entry.prize,
        prize_name=names.prizes.get(entry.prize or "", entry.prize or ""),
        advanced=entry.advanced,
        tie_decision=entry.tie_decision,
    )


def _marks(
    result: RoundResult, comments: Mapping[tuple[str, str, str], str]
) -> tuple[ReportMark, ...]:
    """Every judge's mark of the shown entries, entry by entry in rank order, criterion by
    criterion, judge by judge (as the engine lists them). One pass, values by position:
    half a million of them in a large round."""
    made: list[ReportMark] = []
    add = made.append
    comment = comments.get
    for entry in result.results:
        code = entry.entry
        for criterion in entry.criteria:
            crit = criterion.criterion
            for mark in criterion.marks:
                judge = mark.judge
                add(
                    ReportMark(
                        code,
                        judge,
                        mark.judge_name,
                        mark.role,
                        crit,
                        mark.value,
                        mark.counted,
                        mark.dropped,
                        comment((code, judge, crit), "") if comments else "",
                    )
                )
    return tuple(made)


#: Sheet states that close a judge's work on an entry.
_DONE = frozenset({SheetState.SUBMITTED.value, SheetState.RECUSED.value})


def _judges(sources: ReportSources) -> tuple[ReportJudge, ...]:
    """The panel of the round (of the category shown): the judges seated on it and those
    assigned an entry shown, in the judges' order, with how many entries each was assigned
    and whether every one of their sheets is submitted (or recused)."""
    category = sources.result.category
    assigned: dict[str, int] = {}
    open_sheets: dict[str, int] = {}
    for entry in sources.entries:
        if category is not None and entry.category != category:
            continue
        for sheet in entry.sheets:
            assigned[sheet.judge] = assigned.get(sheet.judge, 0) + 1
            if str(sheet.state) not in _DONE:
                open_sheets[sheet.judge] = open_sheets.get(sheet.judge, 0) + 1
    seated = {
        seat.judge
        for seat in sources.panel
        if category is None or seat.category is None or seat.category == category
    }
    return tuple(
        ReportJudge(
            code=judge.code,
            name=judge.name,
            title=judge.title,
            organisation=judge.organisation,
            role=judge.role,
            assigned=assigned.get(judge.code, 0),
            submitted=assigned.get(judge.code, 0) > 0 and not open_sheets.get(judge.code),
        )
        for judge in sources.judge_rows
        if judge.code in seated or judge.code in assigned
    )


def _decisions(decisions: Sequence[TieDecision], result: RoundResult) -> tuple[ReportDecision, ...]:
    """The chair's decisions on the entries shown."""
    shown = {e.entry for e in result.results}
    return tuple(
        ReportDecision(d.entries, d.reason, d.decided_by, d.category)
        for d in decisions
        if any(code in shown for code in d.entries)
    )
