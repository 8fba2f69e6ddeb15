"""The ranking pipeline, rule by rule, with numbers computed by hand in the comments."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from judging.model import (
    AdvanceRule,
    Aggregate,
    ComponentDef,
    ComponentKind,
    EntryStatus,
    Normalise,
    OnTie,
    Prize,
    Role,
)
from judging.ranking.engine import EntryInput, SheetInput, TieDecision, rank_round
from judging.ranking.results import EntryResult, RoundResult
from tests.unit.test_ranking_helpers import (
    JUDGES,
    D,
    competition,
    crit,
    entry,
    rules,
    run,
    sheet,
    simple,
)


def results(result: RoundResult) -> dict[str, EntryResult]:
    return {r.entry: r for r in result.results}


def panel_of(marks: list[str], ranking: object) -> tuple[Decimal | None, EntryResult]:
    comp = competition([crit("A")], ranking)  # type: ignore[arg-type]
    judges = [f"J{i + 1}" for i in range(len(marks))]
    e = entry("E1", *(sheet(j, m) for j, m in zip(judges, marks, strict=True)))
    found = run(comp, [e]).results[0]
    return found.criteria[0].panel, found


# -- 3. aggregation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aggregate", "trim", "marks", "places", "expected"),
    [
        # mean: (7 + 8 + 9) ÷ 3 = 8
        (Aggregate.MEAN, 0, ["7", "8", "9"], None, "8"),
        # mean: (7 + 8 + 8) ÷ 3 = 23/3 = 7.666… → 7.67 at two places
        (Aggregate.MEAN, 0, ["7", "8", "8"], 2, "7.67"),
        # mean without places and not terminating: shown to 12 places
        (Aggregate.MEAN, 0, ["7", "8", "8"], None, "7.666666666667"),
        # median of an odd count: the middle mark
        (Aggregate.MEDIAN, 0, ["9", "2", "7"], None, "7"),
        # median of an even count: the mean of the middle two, (6 + 7) ÷ 2 = 6.5
        (Aggregate.MEDIAN, 0, ["9", "2", "7", "6"], 2, "6.50"),
        # trimmed: drop 2 and 10 → (6 + 7 + 8) ÷ 3 = 7
        (Aggregate.TRIMMED_MEAN, 1, ["10", "6", "2", "7", "8"], 2, "7.00"),
        # one copy of a repeated extreme: 10, 10, 5, 5, 7 → drop one 10 and one 5 → (5+7+10)/3
        (Aggregate.TRIMMED_MEAN, 1, ["10", "10", "5", "5", "7"], 4, "7.3333"),
        # trim 2 of 5: only the middle mark is left
        (Aggregate.TRIMMED_MEAN, 2, ["1", "2", "3", "9", "10"], None, "3"),
        # a trim of 0 is the plain mean
        (Aggregate.TRIMMED_MEAN, 0, ["1", "2"], 1, "1.5"),
    ],
)
def test_panel_mark_aggregation(
    aggregate: Aggregate, trim: int, marks: list[str], places: int | None, expected: str
) -> None:
    panel, _ = panel_of(marks, rules(aggregate, trim=trim, panel=places))
    assert str(panel) == expected


def test_trimming_marks_which_copies_were_dropped() -> None:
    # J1 10, J2 10, J3 5, J4 5, J5 7: one 10 and one 5 dropped, by judge code order
    _, found = panel_of(["10", "10", "5", "5", "7"], rules(Aggregate.TRIMMED_MEAN, trim=1))
    marks = {m.judge: m for m in found.criteria[0].marks}
    assert [j for j, m in marks.items() if m.dropped] == ["J2", "J3"]
    assert all(m.counted for m in marks.values())
    label = found.criteria[0].steps[0].label
    assert "dropping the 1 highest and 1 lowest" in label
    assert found.criteria[0].steps[0].exact == "(5 + 7 + 10) ÷ 3 = 22/3 ≈ 7.333333333333"


def test_too_few_marks_to_trim_is_incomplete_and_flagged() -> None:
    _, found = panel_of(["8", "9"], rules(Aggregate.TRIMMED_MEAN, trim=1))
    assert found.status == "incomplete"
    assert found.rank is None and found.final_total is None
    assert "too few to drop the 1 highest and 1 lowest" in found.missing[0]
    assert found.flags == found.missing


# -- half-up at every named stage -------------------------------------------------------------


def test_half_up_not_half_even_at_each_stage() -> None:
    # panel: (8 + 8.25) ÷ 2 = 8.125 → 8.13 half-up (half-even would say 8.12)
    # weighted: 8.13 × 1.5 = 12.195 → 12.20 (half-even 12.20 too) … so use weight 2.5:
    # 8.13 × 2.5 = 20.325 → 20.33 (half-even 20.32)
    # total: jury 20.33 + bonus 0.005 = 20.335 → 20.34 (half-even 20.34); deduction 0.01:
    # 20.33 − 0.01 + 0.005 = 20.325 → 20.33 (half-even 20.32)
    comp = competition(
        [crit("A", weight="2.5")],
        rules(panel=2, weighted=2, total=2),
        components=[
            ComponentDef("b", "Bonus", ComponentKind.BONUS),
            ComponentDef("d", "Deduction", ComponentKind.DEDUCTION),
        ],
    )
    e = entry("E1", sheet("J1", "8"), sheet("J2", "8.25"), b="0.005", d="0.01")
    found = run(comp, [e]).results[0]
    assert str(found.criteria[0].panel) == "8.13"
    assert str(found.criteria[0].weighted) == "20.33"
    assert str(found.jury_total) == "20.33"
    assert str(found.final_total) == "20.33"


def test_negative_totals_round_half_away_from_zero() -> None:
    # jury 1.00, deduction 1.125 → −0.125 → −0.13 (half-up means away from zero)
    comp = competition(
        [crit("A")],
        rules(total=2),
        components=[ComponentDef("d", "Deduction", ComponentKind.DEDUCTION)],
    )
    found = run(comp, [simple("E1", "1", d="1.125")]).results[0]
    assert str(found.final_total) == "-0.13"


def test_no_rounding_where_no_places_are_named() -> None:
    # (7 + 8 + 8) ÷ 3 × 3 = 23 exactly: no stage rounds, so nothing is lost
    comp = competition([crit("A", weight="3")], rules())
    e = entry("E1", sheet("J1", "7"), sheet("J2", "8"), sheet("J3", "8"))
    found = run(comp, [e]).results[0]
    assert found.criteria[0].panel == D("7.666666666667")  # shown
    assert found.criteria[0].weighted == D(23)
    assert found.final_total == D(23)


# -- 1. counting --------------------------------------------------------------------------------


def test_trainees_shown_never_counted_recusals_excluded() -> None:
    comp = competition([crit("A")], rules(panel=2))
    e = entry(
        "E1",
        sheet("J1", "8"),
        sheet("CH", "6"),  # the chair counts
        sheet("T1", "1"),  # a trainee is shown only
        sheet("J2", "2", state="recused"),
        sheet("ZZ", "5"),  # an unknown judge's sheet is ignored
    )
    found = run(comp, [e]).results[0]
    assert str(found.criteria[0].panel) == "7.00"  # (8 + 6) ÷ 2
    marks = {m.judge: m for m in found.criteria[0].marks}
    assert marks["T1"].role == Role.TRAINEE and not marks["T1"].counted
    assert marks["T1"].value == D(1)
    assert not marks["J2"].counted
    assert marks["CH"].counted and marks["J1"].counted
    assert marks["ZZ"].judge_name == "ZZ" and not marks["ZZ"].counted


@pytest.mark.parametrize(
    ("sheets", "drafts", "missing"),
    [
        ([sheet("J1", 8, 8), sheet("J2", 7, 7, state="in_progress")], False, ["J2: not submitted"]),
        ([sheet("J1", 8, 8), sheet("J2", state="not_started")], False, ["J2: not started"]),
        ([sheet("J1", 8, 8), sheet("J2", state="not_started")], True, ["J2: not started"]),
        ([sheet("J1", "8", None)], False, ["J1: B"]),
        ([sheet("J1", "8")], False, ["J1: B"]),  # a short sheet misses the last criterion
        ([], False, ["no counted marks"]),
        ([sheet("T1", "8", "8")], False, ["no counted marks"]),
        ([sheet("J1", "8", "8", state="recused")], False, ["no counted marks"]),
    ],
)
def test_missing_marks_make_an_entry_incomplete(
    sheets: list[SheetInput], drafts: bool, missing: list[str]
) -> None:
    comp = competition([crit("A"), crit("B")], rules())
    result = run(comp, [entry("E1", *sheets), simple("E2", "5", "5")], drafts=drafts)
    found = results(result)["E1"]
    assert found.status == "incomplete"
    assert list(found.missing) == missing
    assert found.rank is None and found.final_total is None and found.jury_total is None
    assert all(c.panel is None and c.weighted is None for c in found.criteria)
    assert results(result)["E2"].rank == 1  # the complete entry still ranks
    assert result.results[-1].entry == "E1"  # unranked last
    if drafts:
        assert not result.blocking
    else:
        assert any("E1 is incomplete" in b for b in result.blocking)


def test_drafts_count_sheets_in_progress_and_are_provisional() -> None:
    comp = competition([crit("A")], rules())
    e = entry("E1", sheet("J1", "8"), sheet("J2", "6", state="in_progress"))
    final = run(comp, [e], drafts=True)
    assert final.drafts
    assert final.results[0].final_total == D(7)
    assert any(f.startswith("provisional") for f in final.flags)
    assert run(comp, [e]).results[0].status == "incomplete"


@pytest.mark.parametrize("status", [EntryStatus.WITHDRAWN, EntryStatus.INELIGIBLE])
def test_withdrawn_and_ineligible_are_shown_as_withdrawn(status: EntryStatus) -> None:
    comp = competition([crit("A")], rules())
    result = run(comp, [simple("E1", "9", status=status), simple("E2", "5")])  # type: ignore[arg-type]
    found = results(result)["E1"]
    assert found.status == "withdrawn" and found.rank is None and found.final_total is None
    assert results(result)["E2"].rank == 1
    assert not result.blocking  # a withdrawn entry does not hold the round up
    assert found.criteria[0].marks[0].counted is False


# -- 4. weighting and the jury total ------------------------------------------------------------


def test_weighted_marks_sum_to_the_jury_total_with_steps() -> None:
    # A: (27 + 28) ÷ 2 = 27.5 × 1 = 27.50; B: (8.5 + 9) ÷ 2 = 8.75 × 3 = 26.25 → 53.75
    comp = competition(
        [crit("A", max="30", step="0.5"), crit("B", weight="3")],
        rules(panel=2, weighted=2, total=2),
    )
    e = entry("E1", sheet("J1", "27", "8.5"), sheet("J2", "28", "9"))
    found = run(comp, [e]).results[0]
    assert [str(c.weighted) for c in found.criteria] == ["27.50", "26.25"]
    assert str(found.jury_total) == "53.75" and str(found.final_total) == "53.75"
    assert found.steps[0].exact == "27.50 + 26.25 = 53.75"
    assert found.steps[-1].rounded == "53.75" and found.steps[-1].places == 2
    weighted_step = found.criteria[1].steps[1]
    assert weighted_step.exact == "8.75 × 3 = 26.25" and weighted_step.rounded == "26.25"


def test_jury_total_without_weighted_places_is_exact() -> None:
    comp = competition([crit("A"), crit("B", weight="0.5")], rules())
    found = run(comp, [simple("E1", "7", "3")]).results[0]
    assert found.jury_total == D("8.5")  # 7 + 1.5
    assert found.steps[-1].rounded is None


def test_explanations_only_for_the_entries_asked() -> None:
    comp = competition([crit("A")], rules())
    result = rank_round(comp, "R1", [simple("E1", "8"), simple("E2", "7")], JUDGES, explain={"E2"})
    first, second = result.results
    assert first.criteria[0].marks == () and first.steps == ()
    assert second.criteria[0].marks and second.steps
    quiet = rank_round(
        comp, "R1", [simple("E1", "8"), entry("E2", sheet("J1", None))], JUDGES, explain=False
    )
    assert quiet.results[0].criteria[0].panel == D(8)
    assert quiet.results[1].status == "incomplete"
    assert quiet.results[1].criteria[0].panel is None and quiet.results[1].criteria[0].marks == ()


def test_marks_without_steps_are_the_explained_result_less_its_steps() -> None:
    # What a report asks for: every judge's mark, none of the explanation's step texts.
    comp = competition(
        [crit("A"), crit("B", weight="2")],
        rules(Aggregate.TRIMMED_MEAN, trim=1, panel=2, weighted=2, total=2),
        components=[ComponentDef("b", "Bonus", ComponentKind.BONUS)],
    )
    entries = [
        entry("E1", sheet("J1", "7", "8"), sheet("J2", "9", "6"), sheet("J3", "8", "7"), b="1"),
        entry("E2", sheet("J1", "6", "8"), sheet("J2", "5", "9"), sheet("T1", "9", "9"), b="0"),
        entry("E3", sheet("J1", "6", None), sheet("J2", "5", "9"), sheet("J3", "8", "7")),
    ]
    full = rank_round(comp, "R1", entries, JUDGES, explain=True)
    bare = rank_round(comp, "R1", entries, JUDGES, explain=True, steps=False)
    assert any(c.steps for e in full.results for c in e.criteria)
    assert all(e.steps == () for e in bare.results)
    assert all(c.steps == () for e in bare.results for c in e.criteria)
    assert all(c.steps == () for e in bare.results for c in e.components)
    assert [e.criteria[1].marks for e in bare.results] == [
        e.criteria[1].marks for e in full.results
    ]
    assert [m.dropped for m in bare.results[0].criteria[0].marks] == [True, True, False]

    def unexplained(e: EntryResult) -> EntryResult:
        return replace(
            e,
            steps=(),
            criteria=tuple(replace(c, steps=()) for c in e.criteria),
            components=tuple(replace(c, steps=()) for c in e.components),
        )

    assert bare.results == tuple(unexplained(e) for e in full.results)
    mean = competition([crit("A")], rules())
    plain = [
        simple("E1", "8", judges=("J1", "J2")),
        entry("E2", sheet("J1", "7"), sheet("J2", None)),
    ]
    explained = rank_round(mean, "R1", plain, JUDGES, explain=True)
    marks_only = rank_round(mean, "R1", plain, JUDGES, explain=True, steps=False)
    assert marks_only.results == tuple(unexplained(e) for e in explained.results)
    assert [m.value for m in marks_only.results[1].criteria[0].marks] == [D(7), None]


def test_equal_sets_of_marks_give_equal_panels() -> None:
    # the median of 3, 5, 9 is 5 whichever judge gave which mark
    comp = competition([crit("A")], rules(Aggregate.MEDIAN))
    e1 = entry("E1", sheet("J1", "3"), sheet("J2", "5"), sheet("J3", "9"))
    e2 = entry("E2", sheet("J1", "9"), sheet("J2", "3"), sheet("J3", "5"))
    result = run(comp, [e1, e2])
    assert [r.criteria[0].panel for r in result.results] == [D(5), D(5)]
    assert result.results[0].criteria[0].steps[0].exact == "3 ≤ 5 ≤ 9 → 5"


def test_unknown_round_is_refused() -> None:
    with pytest.raises(ValueError, match="no round"):
        rank_round(competition(), "nope", [], JUDGES)


# -- 5. components ------------------------------------------------------------------------------


def test_community_vote_share_of_max_rounded_to_a_tenth() -> None:
    # Thái Nguyên: 20 × votes ÷ most votes, rounded to 0.1: 20 × 350 ÷ 700 = 10.0,
    # 20 × 233 ÷ 700 = 6.657… → 6.7, 20 × 700 ÷ 700 = 20.0; no votes recorded → 0.
    # Finals: E1 70.0, E2 64.7, E3 75.0, E4 40.0
    comp = competition(
        [crit("A", max="80")],
        rules(total=1),
        components=[
            ComponentDef("vote", "Votes", scale="share_of_max", points=D(20), places=1),
            ComponentDef("late", "Late", kind=ComponentKind.DEDUCTION),
        ],
    )
    result = run(
        comp,
        [
            simple("E1", "60", vote="350"),
            simple("E2", "60", vote="233", late="2"),
            simple("E3", "55", vote="700"),
            simple("E4", "40"),
        ],
    )
    found = results(result)
    assert [str(found[c].components[0].value) for c in ("E1", "E2", "E3", "E4")] == [
        "10.0",
        "6.7",
        "20.0",
        "0.0",
    ]
    assert str(found["E2"].final_total) == "64.7"  # 60 + 6.7 − 2
    assert found["E2"].components[1].kind == ComponentKind.DEDUCTION
    assert found["E2"].components[0].steps[0].exact == "20 × 233 ÷ 700 = 233/35 ≈ 6.657142857143"
    assert found["E4"].components[0].raw is None
    assert found["E4"].components[1].steps[0].label == "late: none given, 0"
    assert [r.entry for r in result.results] == ["E3", "E1", "E2", "E4"]


def test_share_of_max_within_each_category_and_without_withdrawn() -> None:
    comp = competition(
        [crit("A")],
        rules(),
        categories=["K1", "K2"],
        components=[ComponentDef("vote", "Votes", scale="share_of_max", points=D(10))],
    )
    result = run(
        comp,
        [
            simple("E1", "5", category="K1", vote="50"),
            simple("E2", "5", category="K1", vote="25"),
            simple("E3", "5", category="K2", vote="5"),
            simple("E4", "5", category="K2", vote="900", status=EntryStatus.WITHDRAWN),  # type: ignore[arg-type]
        ],
    )
    found = results(result)
    # K1: largest 50 → E2 = 10 × 25 ÷ 50 = 5; K2: largest 5 (the withdrawn 900 is left out)
    assert found["E2"].components[0].value == D(5)
    assert found["E3"].components[0].value == D(10)
    assert found["E4"].components[0].value == D(10 * 900 // 5)


def test_share_of_max_with_no_votes_anywhere_gives_zero_and_a_flag() -> None:
    comp = competition(
        [crit("A")],
        rules(),
        components=[ComponentDef("vote", "Votes", scale="share_of_max", points=D(20), places=1)],
    )
    result = run(comp, [simple("E1", "5", vote="0"), simple("E2", "4")])
    assert [r.components[0].value for r in result.results] == [D("0.0"), D("0.0")]
    assert any("largest value is 0" in f for f in result.flags)
    assert result.results[0].components[0].steps[0].exact == "20 × 0 ÷ 0 = 0"


def test_share_of_max_without_places_is_exact() -> None:
    comp = competition(
        [crit("A")],
        rules(),
        components=[ComponentDef("vote", "Votes", scale="share_of_max")],  # no points: 0
    )
    assert run(comp, [simple("E1", "5", vote="3")]).results[0].components[0].value == D(0)
    comp = competition(
        [crit("A")],
        rules(),
        components=[ComponentDef("vote", "Votes", scale="share_of_max", points=D(3))],
    )
    result = run(comp, [simple("E1", "5", vote="1"), simple("E2", "5", vote="4")])
    assert results(result)["E1"].components[0].value == D("0.75")  # 3 × 1 ÷ 4


# -- 6. ranks, the tie-break chain and the chair ----------------------------------------------


def test_equal_totals_with_an_empty_chain_share_a_rank_1_2_2_4() -> None:
    comp = competition([crit("A")], rules())
    result = run(
        comp,
        [simple("E1", "9"), simple("E2", "8"), simple("E3", "8"), simple("E4", "7")],
    )
    assert [(r.entry, r.rank, r.tied) for r in result.results] == [
        ("E1", 1, False),
        ("E2", 2, True),
        ("E3", 2, True),
        ("E4", 4, False),
    ]
    assert result.ties == (("E2", "E3"),)
    assert "tie unresolved: E2, E3 share rank 2" in result.flags
    assert results(result)["E2"].flags == ("tie unresolved",)
    assert not result.blocking  # no prize or advancement boundary: a shared rank is fine


@pytest.mark.parametrize(
    ("chain", "order"),
    [
        # final totals equal (12); jury: E1 10, E2 12, E3 11 → E2, E3, E1
        (["jury_total"], ["E2", "E3", "E1"]),
        # weighted A: E1 6, E2 8, E3 5 → E2, E1, E3
        (["criterion:A"], ["E2", "E1", "E3"]),
        # bonus: E1 3, E2 0, E3 1 → larger first: E1, E3, E2
        (["component:bonus"], ["E1", "E3", "E2"]),
        # deduction: E1 1, E2 0, E3 0 → smaller first: E2 and E3 equal, then E1; then jury
        (["component:ded", "jury_total"], ["E2", "E3", "E1"]),
        # an unknown metric is flagged and skipped
        (["criterion:nope", "jury_total"], ["E2", "E3", "E1"]),
    ],
)
def test_tie_break_chain(chain: list[str], order: list[str]) -> None:
    comp = competition(
        [crit("A"), crit("B")],
        rules(chain=chain),
        components=[
            ComponentDef("bonus", "Bonus"),
            ComponentDef("ded", "Deduction", ComponentKind.DEDUCTION),
        ],
    )
    result = run(
        comp,
        [
            # jury 10, + 3 − 1 = 12
            simple("E1", "6", "4", bonus="3", ded="1"),
            # jury 12 = 12
            simple("E2", "8", "4"),
            # jury 11 + 1 = 12
            simple("E3", "5", "6", bonus="1"),
        ],
    )
    assert [r.entry for r in result.results] == order
    assert [r.rank for r in result.results] == [1, 2, 3]
    assert not any(r.tied for r in result.results)
    if "criterion:nope" in chain:
        assert "tie-break 'criterion:nope' names nothing in this round; ignored" in result.flags


def test_chair_order_resolves_a_tie_with_distinct_ranks_and_its_reason() -> None:
    comp = competition([crit("A")], rules())
    entries = [simple("E1", "9"), simple("E2", "8"), simple("E3", "8"), simple("E4", "8")]
    decision = TieDecision(("E4", "E2", "E3"), "E4 applied more widely", decided_by="chair")
    result = run(comp, entries, decisions=[decision])
    assert [(r.entry, r.rank, r.tied) for r in result.results] == [
        ("E1", 1, False),
        ("E4", 2, False),
        ("E2", 3, False),
        ("E3", 4, False),
    ]
    assert results(result)["E4"].tie_decision == "E4 applied more widely"
    assert results(result)["E1"].tie_decision is None
    assert result.ties == ()
    assert result.decided == (("E4", "E2", "E3"),)


def test_a_decision_on_another_group_changes_nothing() -> None:
    comp = competition([crit("A")], rules())
    entries = [simple("E1", "8"), simple("E2", "8"), simple("E3", "8")]
    result = run(comp, entries, decisions=[TieDecision(("E1", "E2"), "stale")])
    assert [r.rank for r in result.results] == [1, 1, 1]
    assert result.ties == (("E1", "E2", "E3"),)


def test_ranking_within_categories() -> None:
    comp = competition([crit("A")], rules(), categories=["K1", "K2"])
    entries = [
        simple("E1", "5", category="K2"),
        simple("E2", "9", category="K1"),
        simple("E3", "7", category="K2"),
        simple("E4", "3", category="K1"),
        simple("E5", "4", category="K9"),  # a category the definition does not know
    ]
    result = run(comp, entries)
    assert [(r.entry, r.category, r.rank) for r in result.results] == [
        ("E2", "K1", 1),
        ("E4", "K1", 2),
        ("E3", "K2", 1),
        ("E1", "K2", 2),
        ("E5", "K9", 1),
    ]
    only = run(comp, entries, category="K2")
    assert [r.entry for r in only.results] == ["E3", "E1"] and only.category == "K2"


# -- 2. normalisation ---------------------------------------------------------------------------


def test_zscore_normalisation_by_hand() -> None:
    # J1 marks E1 6, E2 8, E3 10: mean 8, spread √(8/3); J2 marks 5, 5, 8: mean 6, spread √2.
    # All six totals: mean 7, spread √(10/3). Mapped back: 7 + z × √(10/3):
    #   J1: E1 7 − √5 = 4.763932, E2 7, E3 7 + √5 = 9.236068
    #   J2: E1 = E2 = 7 − √(5/3) = 5.709006, E3 = 7 + √(20/3) = 9.581989
    # Jury totals (mean of two, 2 places): E1 5.2364690 → 5.24; E2 6.354503 → 6.35;
    # E3 9.4090285 → 9.41. Criterion panel marks stay un-normalised.
    comp = competition([crit("A")], rules(normalise=Normalise.ZSCORE, total=2))
    entries = [
        entry("E1", sheet("J1", "6"), sheet("J2", "5")),
        entry("E2", sheet("J1", "8"), sheet("J2", "5")),
        entry("E3", sheet("J1", "10"), sheet("J2", "8")),
    ]
    result = run(comp, entries)
    found = results(result)
    assert [str(found[c].jury_total) for c in ("E1", "E2", "E3")] == ["5.24", "6.35", "9.41"]
    assert [str(found[c].final_total) for c in ("E1", "E2", "E3")] == ["5.24", "6.35", "9.41"]
    assert found["E1"].criteria[0].panel == D("5.5")
    steps = {s.label.split(":")[0]: s for s in found["E1"].steps}
    assert steps["judge J1"].rounded == "4.763932"
    assert steps["judge J2"].rounded == "5.709006"
    assert any(f.startswith("normalisation: panel mean 7") for f in result.flags)
    assert [r.entry for r in result.results] == ["E3", "E2", "E1"]


def test_zscore_leaves_a_judge_with_one_entry_or_no_spread_and_flags_it() -> None:
    # J3 scored one entry; J2 gave 5 to both its entries (no spread). Their totals stay.
    comp = competition([crit("A")], rules(normalise=Normalise.ZSCORE))
    entries = [
        entry("E1", sheet("J1", "6"), sheet("J2", "5"), sheet("J3", "9")),
        entry("E2", sheet("J1", "8"), sheet("J2", "5")),
    ]
    result = run(comp, entries)
    assert "normalisation: judge J3 has one entry; totals left as they are" in result.flags
    assert "normalisation: judge J2 has no spread; totals left as they are" in result.flags
    e2 = results(result)["E2"]
    # totals 6, 8 (J1), 5, 5 (J2), 9 (J3): mean 6.6, variance 13.2 ÷ 5 = 2.64, spread
    # 1.6248077; J1's mean 7 and spread 1, so E2's z is +1: 6.6 + 1.6248077 = 8.224808;
    # J2's 5 stays: E2 = (8.224808 + 5) ÷ 2 = 6.612404 (6 places: no total_places named)
    assert str(e2.jury_total) == "6.612404"


def test_zscore_with_nothing_complete_changes_nothing() -> None:
    comp = competition([crit("A")], rules(normalise=Normalise.ZSCORE))
    result = run(comp, [entry("E1", sheet("J1", state="not_started"))])
    assert result.results[0].status == "incomplete"


# -- 7. advancement ----------------------------------------------------------------------------


def five(categories: bool = False) -> list[EntryInput]:
    """Totals 9, 8, 8, 7, 6 (E1…E5); with categories E1–E3 in K1, E4–E5 in K2."""
    marks = ["9", "8", "8", "7", "6"]
    return [
        simple(f"E{i + 1}", m, category=("K1" if i < 3 else "K2") if categories else None)  # type: ignore[arg-type]
        for i, m in enumerate(marks)
    ]


@pytest.mark.parametrize(
    ("rule", "advanced", "blocked"),
    [
        (AdvanceRule(top=1), ["E1"], False),
        # the boundary falls inside the tie E2 = E3: shared → both in
        (AdvanceRule(top=2, on_tie=OnTie.SHARE), ["E1", "E2", "E3"], False),
        # … or left to the chair: neither is in until the chair decides
        (AdvanceRule(top=2, on_tie=OnTie.CHAIR), ["E1"], True),
        (AdvanceRule(top=3, on_tie=OnTie.CHAIR), ["E1", "E2", "E3"], False),
        (AdvanceRule(min_total=D(8)), ["E1", "E2", "E3"], False),
        (AdvanceRule(top=4, min_total=D("7.5")), ["E1", "E2", "E3"], False),
        (AdvanceRule(top=0), [], False),
        (AdvanceRule(top=10), ["E1", "E2", "E3", "E4", "E5"], False),
    ],
)
def test_advancement(rule: AdvanceRule, advanced: list[str], blocked: bool) -> None:
    comp = competition([crit("A")], rules(), advance=rule)
    result = run(comp, five())
    assert [r.entry for r in result.results if r.advanced] == advanced
    assert bool(result.blocking) == blocked
    if blocked:
        assert results(result)["E2"].flags[-1] == "advance from R1: boundary tie unresolved"
    if rule.on_tie == OnTie.SHARE and rule.top == 2:
        assert any("tie at the boundary shared by E2, E3" in f for f in result.flags)


def test_advancement_chair_order_settles_the_boundary() -> None:
    comp = competition([crit("A")], rules(), advance=AdvanceRule(top=2, on_tie=OnTie.CHAIR))
    result = run(comp, five(), decisions=[TieDecision(("E3", "E2"), "more applied")])
    assert [r.entry for r in result.results if r.advanced] == ["E1", "E3"]
    assert not result.blocking


def test_advancement_per_category() -> None:
    comp = competition(
        [crit("A")], rules(), categories=["K1", "K2"], advance=AdvanceRule(top=1, per_category=True)
    )
    result = run(comp, five(categories=True))
    assert [r.entry for r in result.results if r.advanced] == ["E1", "E4"]
    across = competition([crit("A")], rules(), categories=["K1", "K2"], advance=AdvanceRule(top=2))
    # not per category: the best two of the round, whatever their category (E2 = E3 shared)
    assert [r.entry for r in run(across, five(categories=True)).results if r.advanced] == [
        "E1",
        "E2",
        "E3",
    ]


# -- 7. prizes ---------------------------------------------------------------------------------


LADDER = [
    Prize("nhat", "Giải Nhất", count=1),
    Prize("nhi", "Giải Nhì", count=2),
    Prize("kk", "Khuyến khích", min_total=D(7)),
]


def test_prize_ladder_counts_and_minimum_totals() -> None:
    comp = competition([crit("A")], rules(), prizes=LADDER)
    result = run(comp, five())
    assert [(r.entry, r.prize) for r in result.results] == [
        ("E1", "nhat"),
        ("E2", "nhi"),
        ("E3", "nhi"),
        ("E4", "kk"),  # 7 ≥ 7
        ("E5", None),  # 6 < 7
    ]


def test_prize_ties_at_the_quota_boundary() -> None:
    ladder = [Prize("nhat", "Nhất", count=2, on_tie=OnTie.SHARE), Prize("nhi", "Nhì", count=1)]
    comp = competition([crit("A")], rules(), prizes=ladder)
    # E2 = E3 at the boundary of two first prizes: shared, three first prizes; E4 second
    assert [r.prize for r in run(comp, five()).results] == ["nhat", "nhat", "nhat", "nhi", None]
    chair = [Prize("nhat", "Nhất", count=2, on_tie=OnTie.CHAIR), Prize("nhi", "Nhì", count=1)]
    comp = competition([crit("A")], rules(), prizes=chair)
    result = run(comp, five())
    # the chair must decide: E2 and E3 get no prize for now (not even a lower one)
    assert [r.prize for r in result.results] == ["nhat", None, None, "nhi", None]
    assert any("prize nhat: tie at the boundary unresolved: E2, E3" in b for b in result.blocking)
    decided = run(comp, five(), decisions=[TieDecision(("E3", "E2"), "wider use")])
    assert [(r.entry, r.prize) for r in decided.results] == [
        ("E1", "nhat"),
        ("E3", "nhat"),
        ("E2", "nhi"),
        ("E4", None),
        ("E5", None),
    ]
    assert not decided.blocking


def test_prizes_per_category_and_only_in_the_last_round() -> None:
    ladder = [Prize("nhat", "Nhất", count=1, per_category=True), Prize("kk", "KK", count=1)]
    comp = competition([crit("A")], rules(), categories=["K1", "K2"], prizes=ladder)
    result = run(comp, five(categories=True))
    # first per category: E1 (K1), E4 (K2); then one encouragement prize over the round: E2=E3
    # tie at the boundary, shared
    assert {r.entry: r.prize for r in result.results} == {
        "E1": "nhat",
        "E2": "kk",
        "E3": "kk",
        "E4": "nhat",
        "E5": None,
    }
    early = competition([crit("A")], rules(), prizes=ladder, rounds_after=1)
    assert all(r.prize is None for r in run(early, five()).results)


# -- the figure-skating check -------------------------------------------------------------------


def skater(code: str, co: list[str], pr: list[str], sk: list[str], **components: str) -> EntryInput:
    judges = [f"J{i}" for i in range(1, 10)]
    return entry(
        code,
        *(sheet(j, c, p, s) for j, c, p, s in zip(judges, co, pr, sk, strict=True)),
        **components,
    )


def test_figure_skating_protocol_to_the_hundredth() -> None:
    """Program components as the ISU computes them: 9 judges, drop one highest and one lowest,
    trimmed mean rounded half-up to 2 places, × factor 1.67 rounded half-up to 2 places; plus
    the technical element score (given, a bonus), minus deductions; ties by the components.

    Skater A — CO 7.50 7.75 7.25 7.50 8.00 7.50 7.25 7.75 7.00: drop 7.00 and 8.00,
      (7.25+7.25+7.50+7.50+7.50+7.75+7.75) ÷ 7 = 52.5 ÷ 7 = 7.50; × 1.67 = 12.525 → 12.53
      (half-even would give 12.52);
      PR 7.75 8.00 7.50 7.75 8.25 7.75 7.50 8.00 7.25: drop 7.25 and 8.25, 54.25 ÷ 7 = 7.75;
      × 1.67 = 12.9425 → 12.94;
      SK 7.25 7.50 7.00 7.50 7.75 7.25 7.00 7.50 6.75: drop 6.75 and 7.75, 51 ÷ 7 = 7.2857… →
      7.29; × 1.67 = 12.1743 → 12.17.
      Components 12.53 + 12.94 + 12.17 = 37.64; + TES 45.87 − 1.00 (a fall) = 82.51.
    Skater B — CO 8.00 8.25 7.75 8.00 8.50 8.00 7.75 8.25 7.50: 56 ÷ 7 = 8.00 → 13.36;
      PR 8.25 8.25 8.00 8.25 8.50 8.00 8.00 8.50 7.75: one of the two 8.50 is dropped with
      7.75: (8.00×3 + 8.25×3 + 8.50) ÷ 7 = 57.25 ÷ 7 = 8.178… → 8.18; × 1.67 = 13.6606 → 13.66;
      SK 7.75 8.00 7.50 7.75 8.00 7.75 7.50 8.00 7.25: one 8.00 and 7.25 dropped, 54.25 ÷ 7 =
      7.75 → 12.94. Components 13.36 + 13.66 + 12.94 = 39.96; + TES 42.55 = 82.51.
    Skater C — all 7.00 / 7.25 / 6.75: 11.69 + 12.1075 → 12.11 + 11.2725 → 11.27 = 35.07;
      + TES 40.10 − 2.00 = 73.17.
    A and B tie at 82.51; B's components (39.96) beat A's (37.64): B first, A second.
    """
    factor = "1.67"
    comp = competition(
        [crit("CO", factor), crit("PR", factor), crit("SK", factor)],
        rules(Aggregate.TRIMMED_MEAN, trim=1, panel=2, weighted=2, total=2, chain=["jury_total"]),
        components=[
            ComponentDef("TES", "Technical elements", places=2),
            ComponentDef("DED", "Deductions", ComponentKind.DEDUCTION, places=2),
        ],
    )
    a = skater(
        "A",
        ["7.50", "7.75", "7.25", "7.50", "8.00", "7.50", "7.25", "7.75", "7.00"],
        ["7.75", "8.00", "7.50", "7.75", "8.25", "7.75", "7.50", "8.00", "7.25"],
        ["7.25", "7.50", "7.00", "7.50", "7.75", "7.25", "7.00", "7.50", "6.75"],
        TES="45.87",
        DED="1.00",
    )
    b = skater(
        "B",
        ["8.00", "8.25", "7.75", "8.00", "8.50", "8.00", "7.75", "8.25", "7.50"],
        ["8.25", "8.25", "8.00", "8.25", "8.50", "8.00", "8.00", "8.50", "7.75"],
        ["7.75", "8.00", "7.50", "7.75", "8.00", "7.75", "7.50", "8.00", "7.25"],
        TES="42.55",
    )
    c = skater("C", ["7"] * 9, ["7.25"] * 9, ["6.75"] * 9, TES="40.10", DED="2")
    result = run(comp, [a, b, c])
    found = results(result)
    assert [str(x.panel) for x in found["A"].criteria] == ["7.50", "7.75", "7.29"]
    assert [str(x.weighted) for x in found["A"].criteria] == ["12.53", "12.94", "12.17"]
    assert [str(x.panel) for x in found["B"].criteria] == ["8.00", "8.18", "7.75"]
    assert [str(x.weighted) for x in found["B"].criteria] == ["13.36", "13.66", "12.94"]
    assert [str(x.weighted) for x in found["C"].criteria] == ["11.69", "12.11", "11.27"]
    assert [(r.entry, str(r.jury_total), str(r.final_total), r.rank) for r in result.results] == [
        ("B", "39.96", "82.51", 1),
        ("A", "37.64", "82.51", 2),
        ("C", "35.07", "73.17", 3),
    ]
    assert not any(r.tied for r in result.results)
    # which PR marks of B were dropped: the 7.75 (J9) and one of the two 8.50s — of equal
    # highest marks the copy of the judge whose code sorts last (J8), of equal lowest the first
    dropped = [m.judge for m in found["B"].criteria[1].marks if m.dropped]
    assert dropped == ["J8", "J9"]
    step = found["A"].criteria[0].steps[1]
    assert (step.exact, step.rounded) == ("7.50 × 1.67 = 12.525", "12.53")
    assert str(found["A"].components[1].value) == "1.00"
