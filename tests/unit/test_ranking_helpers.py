"""Builders for the ranking tests (no tests here): criteria, rounds, sheets, entries in a line."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from judging.model import (
    AdvanceRule,
    Aggregate,
    Category,
    Competition,
    ComponentDef,
    Criterion,
    EntryStatus,
    Normalise,
    Prize,
    RankingRules,
    Role,
    Round,
)
from judging.numbers import to_scaled
from judging.ranking.engine import EntryInput, JudgeInfo, SheetInput, TieDecision, rank_round
from judging.ranking.results import RoundResult

D = Decimal

JUDGES = (
    *(JudgeInfo(f"J{i}", f"Judge {i}") for i in range(1, 10)),
    JudgeInfo("CH", "Chair", Role.CHAIR),
    JudgeInfo("T1", "Trainee", Role.TRAINEE),
)


def crit(code: str, weight: str = "1", max: str = "10", step: str = "0.25") -> Criterion:
    return Criterion(
        code=code, name=f"Criterion {code}", max=D(max), step=D(step), weight=D(weight)
    )


def rules(
    aggregate: Aggregate = Aggregate.MEAN,
    *,
    trim: int = 0,
    normalise: Normalise = Normalise.NONE,
    panel: int | None = None,
    weighted: int | None = None,
    total: int | None = None,
    chain: Iterable[str] = (),
) -> RankingRules:
    return RankingRules(
        aggregate=aggregate,
        trim=trim,
        normalise=normalise,
        panel_places=panel,
        weighted_places=weighted,
        total_places=total,
        tie_break=tuple(chain),
    )


def competition(
    criteria: Iterable[Criterion] = (),
    ranking: RankingRules | None = None,
    *,
    components: Iterable[ComponentDef] = (),
    advance: AdvanceRule | None = None,
    prizes: Iterable[Prize] = (),
    categories: Iterable[str] = (),
    rounds_after: int = 0,
) -> Competition:
    first = Round(
        code="R1",
        name="Round 1",
        criteria=tuple(criteria) or (crit("A"),),
        ranking=ranking or RankingRules(),
        components=tuple(components),
        advance=advance,
    )
    later = tuple(Round(code=f"R{i + 2}", name=f"Round {i + 2}") for i in range(rounds_after))
    return Competition(
        code="C",
        name="Competition",
        categories=tuple(Category(code=c, name=c) for c in categories),
        rounds=(first, *later),
        prizes=tuple(prizes),
    )


def sheet(judge: str, *marks: str | int | None, state: str = "submitted") -> SheetInput:
    return SheetInput(
        judge=judge,
        state=state,
        values=tuple(None if m is None else to_scaled(D(str(m))) for m in marks),
    )


def entry(
    code: str,
    *sheets: SheetInput,
    category: str | None = None,
    status: EntryStatus = EntryStatus.ACTIVE,
    **components: str,
) -> EntryInput:
    return EntryInput(
        code=code,
        title=f"Entry {code}",
        category=category,
        status=status,
        sheets=tuple(sheets),
        components={k: D(v) for k, v in components.items()},
    )


def simple(code: str, *marks: str | int, judges: Iterable[str] = ("J1",), **kw: str) -> EntryInput:
    """An entry every listed judge marked the same on each criterion."""
    return entry(code, *(sheet(j, *marks) for j in judges), **kw)  # type: ignore[arg-type]


def run(
    comp: Competition,
    entries: Iterable[EntryInput],
    *,
    decisions: Iterable[TieDecision] = (),
    drafts: bool = False,
    category: str | None = None,
    explain: bool = True,
) -> RoundResult:
    return rank_round(
        comp,
        "R1",
        list(entries),
        JUDGES,
        decisions=tuple(decisions),
        drafts=drafts,
        category=category,
        explain=explain,
    )


def by_code(result: RoundResult) -> dict[str, object]:
    return {r.entry: r for r in result.results}


def test_a_blocked_approval_says_what_stands_in_the_way_in_either_language() -> None:
    from judging.ranking.results import Note
    from judging.ranking.service import ApprovalBlocked

    missing = Note.of("not_submitted", judge="GK04")
    refused = ApprovalBlocked("SK", [Note.of("incomplete", missing, entry="HS-003")])
    (problem,) = refused.problems
    assert problem.text("en") == "SK: HS-003 is incomplete: GK04: not submitted"
    assert problem.text("vi") == "SK: HS-003 chưa đủ điểm: GK04: chưa nộp phiếu"
