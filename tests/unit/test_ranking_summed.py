"""Ranking from marks summed by storage, and a ranked round kept for results and explanations.

The engine takes an entry's counted marks either as sheets or added up (``MarkSums``: per
criterion the sum, and the extremes where one mark is trimmed at each end). Whatever the
marks, the rules and which entries are complete, both give the same result to the last digit,
and one entry explained from a kept ``RankedRound`` is the entry as a fresh ranking explains it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judging.model import (
    Aggregate,
    Competition,
    ComponentDef,
    ComponentKind,
    Normalise,
    RankingRules,
    Role,
)
from judging.numbers import MARK_SCALE
from judging.ranking.engine import (
    EntryInput,
    MarkSums,
    RankedRound,
    SheetInput,
    Summing,
    rank_round,
    summing,
)
from tests.unit.test_ranking_helpers import JUDGES, competition, crit, entry, rules, sheet

ROLES = {j.code: j.role for j in JUDGES}
QUARTER = MARK_SCALE // 4
PANEL = ["J1", "J2", "J3", "J4", "J5", "CH", "T1"]


def summed_like_storage(item: EntryInput, plan: Summing) -> EntryInput:
    """What the database hands over under ``plan``: the sums where every counting judge's
    sheet (recused aside) counts and is complete, else the sheets as they are."""
    if item.code in plan.in_full:
        return item
    counting = [
        s for s in item.sheets if ROLES[s.judge].value in plan.roles and str(s.state) != "recused"
    ]
    if not counting or any(str(s.state) not in plan.states or None in s.values for s in counting):
        return item
    columns = list(zip(*[s.values for s in counting], strict=True))
    sums = tuple(sum(c) for c in columns)
    if plan.extremes:
        lows = tuple(min(c) for c in columns)
        highs = tuple(max(c) for c in columns)
        return replace(item, sheets=(), sums=MarkSums(len(counting), sums, lows, highs))
    return replace(item, sheets=(), sums=MarkSums(len(counting), sums))


marks = st.one_of(st.integers(0, 40).map(lambda q: q * QUARTER), st.none())
states = st.sampled_from(["submitted", "submitted", "submitted", "in_progress", "recused"])
places = st.one_of(st.none(), st.integers(0, 3))


@st.composite
def rounds(
    draw: st.DrawFn, aggregates: list[tuple[Aggregate, int]] | None = None
) -> tuple[Competition, list[EntryInput]]:
    aggregate, trim = draw(
        st.sampled_from(
            aggregates
            or [(Aggregate.MEAN, 0), (Aggregate.TRIMMED_MEAN, 1), (Aggregate.TRIMMED_MEAN, 0)]
        )
    )
    normalise = draw(st.sampled_from([Normalise.NONE, Normalise.NONE, Normalise.ZSCORE]))
    comp = competition(
        [crit("A", weight=draw(st.sampled_from(["1", "1.5", "3"]))), crit("B", weight="2")],
        rules(
            aggregate,
            trim=trim,
            normalise=normalise,
            panel=draw(places),
            weighted=draw(places),
            total=draw(places),
            chain=draw(
                st.lists(
                    st.sampled_from(["jury_total", "criterion:A", "component:share"]),
                    max_size=2,
                    unique=True,
                )
            ),
        ),
        components=[
            ComponentDef("share", "Votes", scale="share_of_max", points=Decimal(20), places=1),
            ComponentDef("ded", "Deduction", ComponentKind.DEDUCTION),
        ],
        categories=draw(st.sampled_from([(), ("K1", "K2")])),
    )
    entries = []
    for i in range(draw(st.integers(1, 7))):
        judges = draw(st.permutations(PANEL))[: draw(st.integers(1, 5))]
        complete = draw(st.booleans())
        sheets = tuple(
            SheetInput(
                judge,
                "submitted" if complete else draw(states),
                tuple(
                    draw(st.integers(0, 40)) * QUARTER if complete else draw(marks)
                    for _ in range(2)
                ),
            )
            for judge in judges
        )
        votes = draw(st.sampled_from([None, "0", "3", "3.0", "7"]))
        components = {"ded": Decimal(draw(st.integers(0, 2)))}
        if votes is not None:
            components["share"] = Decimal(votes)
        category = draw(st.sampled_from(["K1", "K2"])) if comp.categories else None
        entries.append(
            EntryInput(f"E{i}", f"Entry {i}", category, sheets=sheets, components=components)
        )
    return comp, entries


@given(rounds(), st.booleans())
def test_summed_marks_rank_exactly_as_every_mark(
    data: tuple[Competition, list[EntryInput]], drafts: bool
) -> None:
    comp, entries = data
    plan = summing(comp, "R1", drafts=drafts)
    every_mark = rank_round(comp, "R1", entries, JUDGES, drafts=drafts, explain=False)
    if plan is None:  # z-score normalisation works on each judge's own totals
        assert comp.rounds[0].ranking.normalise == Normalise.ZSCORE
        return
    summed = [summed_like_storage(e, plan) for e in entries]
    assert rank_round(comp, "R1", summed, JUDGES, drafts=drafts, explain=False) == every_mark


@given(
    rounds([(Aggregate.MEAN, 0), (Aggregate.MEDIAN, 0), (Aggregate.TRIMMED_MEAN, 1)]),
    st.booleans(),
)
def test_one_entry_explained_from_the_kept_ranking_is_the_fresh_explanation(
    data: tuple[Competition, list[EntryInput]], drafts: bool
) -> None:
    comp, entries = data
    plan = summing(comp, "R1", drafts=drafts)
    given_entries = entries if plan is None else [summed_like_storage(e, plan) for e in entries]
    kept = RankedRound(comp, "R1", given_entries, JUDGES, drafts=drafts)
    for item in entries:
        fresh = rank_round(comp, "R1", entries, JUDGES, drafts=drafts, explain={item.code})
        assert kept.explain(item) == fresh.entry(item.code)
    for category in (None, *[c.code for c in comp.categories]):
        assert kept.result(category) == rank_round(
            comp, "R1", entries, JUDGES, drafts=drafts, category=category, explain=False
        )


def test_what_storage_may_sum_follows_the_rules() -> None:
    def plan(ranking: object, **kw: object) -> Summing | None:
        return summing(competition([crit("A")], ranking), "R1", **kw)  # type: ignore[arg-type]

    mean = plan(rules())
    assert mean == Summing(frozenset({"member", "chair"}), frozenset({"submitted"}), False)
    assert plan(rules(), drafts=True) == Summing(
        frozenset({"member", "chair"}), frozenset({"submitted", "in_progress"}), False
    )
    assert plan(rules(Aggregate.TRIMMED_MEAN, trim=1)).extremes  # type: ignore[union-attr]
    assert not plan(rules(Aggregate.TRIMMED_MEAN, trim=0)).extremes  # type: ignore[union-attr]
    assert plan(rules(), explain={"E1"}).in_full == {"E1"}  # type: ignore[union-attr]
    for every_mark in (
        plan(rules(Aggregate.MEDIAN)),
        plan(rules(Aggregate.TRIMMED_MEAN, trim=2)),
        plan(rules(normalise=Normalise.ZSCORE)),
        plan(rules(), explain=True),
        summing(competition([crit("A")], rules()), "nope"),
    ):
        assert every_mark is None


def test_sums_the_rules_cannot_use_are_refused() -> None:
    one = MarkSums(3, (30 * QUARTER,))
    with_extremes = MarkSums(3, (30 * QUARTER,), (8 * QUARTER,), (12 * QUARTER,))
    summed = EntryInput("E1", "Entry", sums=one)
    cases: list[tuple[RankingRules, EntryInput, bool | set[str]]] = [
        (rules(Aggregate.MEDIAN), summed, False),  # the median needs every mark
        (rules(), summed, {"E1"}),  # an explanation shows every mark
        (rules(), replace(summed, sums=MarkSums(0, (0,))), False),  # no judge counted
        (rules(), replace(summed, sums=MarkSums(3, (1, 2))), False),  # two criteria, one given
        (rules(), replace(summed, sums=with_extremes), False),  # extremes the mean has no use for
        (rules(Aggregate.TRIMMED_MEAN, trim=1), summed, False),  # no extremes to trim
    ]
    for ranking, item, explain in cases:
        with pytest.raises(ValueError, match="summed marks"):
            rank_round(competition([crit("A")], ranking), "R1", [item], JUDGES, explain=explain)


def test_a_trimmed_mean_from_sums_drops_one_lowest_and_one_highest() -> None:
    # 10, 10, 5, 5, 7 → drop one 10 and one 5 → (5 + 7 + 10) ÷ 3 = 7.3333 at four places
    comp = competition([crit("A")], rules(Aggregate.TRIMMED_MEAN, trim=1, panel=4))
    item = EntryInput(
        "E1", "Entry", sums=MarkSums(5, (37 * MARK_SCALE,), (5 * MARK_SCALE,), (10 * MARK_SCALE,))
    )
    found = rank_round(comp, "R1", [item], JUDGES, explain=False).results[0]
    assert found.criteria[0].panel == Decimal("7.3333")
    too_few = replace(
        item, sums=MarkSums(2, (15 * MARK_SCALE,), (5 * MARK_SCALE,), (10 * MARK_SCALE,))
    )
    short = rank_round(comp, "R1", [too_few], JUDGES, explain=False).results[0]
    assert short.status == "incomplete"
    assert [(n.kind, dict(n.params)) for n in short.missing_notes] == [
        ("too_few_to_trim", {"n": "2", "trim": "1"})
    ]


def test_a_kept_ranking_explains_only_what_it_ranked_from_every_sheet() -> None:
    comp = competition([crit("A")], rules())
    kept = RankedRound(comp, "R1", [entry("E1", sheet("J1", "8"))], JUDGES)
    assert "E1" in kept and "E9" not in kept
    with pytest.raises(KeyError):
        kept.explain(entry("E9", sheet("J1", "8")))
    with pytest.raises(ValueError, match="every sheet"):
        kept.explain(EntryInput("E1", "Entry", sums=MarkSums(1, (8 * MARK_SCALE,))))
    explained = kept.explain(entry("E1", sheet("J1", "8")))
    assert explained.criteria[0].marks[0].value == Decimal("8")
    assert [s.note.kind for s in explained.steps if s.note] == ["jury_sum", "final_total"]


def test_equal_votes_written_differently_keep_their_writing() -> None:
    comp = competition(
        [crit("A")],
        rules(),
        components=[ComponentDef("share", "Votes", scale="share_of_max", points=Decimal(20))],
    )
    items = [
        entry("E1", sheet("J1", "8"), share="3"),
        entry("E2", sheet("J1", "8"), share="3.0"),
        entry("E3", sheet("J1", "8"), share="6"),
    ]
    result = {r.entry: r for r in rank_round(comp, "R1", items, JUDGES, explain=False).results}
    assert str(result["E1"].components[0].raw) == "3"
    assert str(result["E2"].components[0].raw) == "3.0"
    assert result["E1"].components[0].value == result["E2"].components[0].value == Decimal(10)


def test_trainees_and_recused_sheets_leave_the_sums_as_storage_makes_them() -> None:
    comp = competition([crit("A")], rules(total=2))
    plan = summing(comp, "R1")
    assert plan is not None
    item = entry(
        "E1",
        sheet("J1", "8"),
        sheet("J2", "9"),
        sheet("T1", "1"),  # a trainee: shown, never counted
        sheet("J3", None, state="recused"),
    )
    summed = summed_like_storage(item, plan)
    assert summed.sums == MarkSums(2, (17 * MARK_SCALE,))
    assert ROLES["T1"] is Role.TRAINEE
    assert rank_round(comp, "R1", [summed], JUDGES, explain=False) == rank_round(
        comp, "R1", [item], JUDGES, explain=False
    )
