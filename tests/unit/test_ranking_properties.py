"""Properties of the ranking that hold for any marks (hypothesis, the fixed-seed "ci" profile)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from judging.model import Aggregate, ComponentDef, ComponentKind
from judging.numbers import MARK_SCALE
from judging.ranking.engine import EntryInput, SheetInput, rank_round
from judging.ranking.results import RoundResult
from tests.unit.test_ranking_helpers import JUDGES, competition, crit, rules

MEMBERS = [j.code for j in JUDGES[:9]]
QUARTER = MARK_SCALE // 4

aggregates = st.sampled_from(
    [(Aggregate.MEAN, 0), (Aggregate.MEDIAN, 0), (Aggregate.TRIMMED_MEAN, 1)]
)
places = st.one_of(st.none(), st.integers(0, 3))
chains = st.lists(
    st.sampled_from(["jury_total", "criterion:A", "criterion:B", "component:bonus"]),
    max_size=3,
    unique=True,
)


@st.composite
def rounds(draw: st.DrawFn) -> tuple[object, list[EntryInput]]:
    aggregate, trim = draw(aggregates)
    comp = competition(
        [crit("A", weight=draw(st.sampled_from(["1", "1.5", "3"]))), crit("B", weight="2")],
        rules(
            aggregate,
            trim=trim,
            panel=draw(places),
            weighted=draw(places),
            total=draw(places),
            chain=draw(chains),
        ),
        components=[
            ComponentDef("bonus", "Bonus"),
            ComponentDef("ded", "Deduction", ComponentKind.DEDUCTION),
        ],
    )
    n_entries = draw(st.integers(1, 6))
    n_judges = draw(st.integers(3, 5))
    entries = []
    for i in range(n_entries):
        judges = draw(st.permutations(MEMBERS))[:n_judges]
        sheets = tuple(
            SheetInput(
                judge,
                "submitted",
                tuple(draw(st.integers(0, 40)) * QUARTER for _ in range(2)),
            )
            for judge in judges
        )
        components = {
            "bonus": Decimal(draw(st.integers(0, 3))),
            "ded": Decimal(draw(st.integers(0, 2))),
        }
        entries.append(EntryInput(f"E{i}", f"Entry {i}", sheets=sheets, components=components))
    return comp, entries


def rank(comp: object, entries: list[EntryInput]) -> RoundResult:
    return rank_round(comp, "R1", entries, JUDGES)  # type: ignore[arg-type]


@given(rounds(), st.randoms(use_true_random=False))
def test_reordering_judges_or_entries_changes_nothing(
    data: tuple[object, list[EntryInput]], random: object
) -> None:
    comp, entries = data
    shuffled = [
        EntryInput(
            e.code,
            e.title,
            sheets=tuple(random.sample(e.sheets, len(e.sheets))),  # type: ignore[attr-defined]
            components=e.components,
        )
        for e in entries
    ]
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert rank(comp, shuffled) == rank(comp, entries)


@given(rounds(), st.data())
def test_raising_one_mark_never_lowers_that_entrys_rank(
    data: tuple[object, list[EntryInput]], draw: st.DataObject
) -> None:
    comp, entries = data
    index = draw.draw(st.integers(0, len(entries) - 1))
    target = entries[index]
    which = draw.draw(st.integers(0, len(target.sheets) - 1))
    criterion = draw.draw(st.integers(0, 1))
    old = target.sheets[which]
    values = list(old.values)
    values[criterion] = min(
        values[criterion] + draw.draw(st.integers(1, 8)) * QUARTER, 10 * MARK_SCALE
    )  # type: ignore[operator]
    raised = EntryInput(
        target.code,
        target.title,
        sheets=tuple(
            SheetInput(s.judge, s.state, tuple(values)) if i == which else s
            for i, s in enumerate(target.sheets)
        ),
        components=target.components,
    )
    before = rank(comp, entries).entry(target.code)
    after = rank(comp, [raised if e is target else e for e in entries]).entry(target.code)
    assert before is not None and after is not None
    assert before.rank is not None and after.rank is not None
    assert after.rank <= before.rank
    assert after.final_total is not None and before.final_total is not None
    assert after.final_total >= before.final_total


@given(st.integers(2, 6), st.lists(st.integers(0, 40), min_size=2, max_size=2))
def test_equal_totals_with_an_empty_chain_share_a_rank(copies: int, marks: list[int]) -> None:
    comp = competition([crit("A"), crit("B")], rules(panel=2, weighted=2, total=2))
    same = tuple(m * QUARTER for m in marks)
    entries = [
        EntryInput(f"E{i}", "x", sheets=(SheetInput("J1", "submitted", same),))
        for i in range(copies)
    ]
    result = rank(comp, entries)
    assert {r.rank for r in result.results} == {1}
    assert all(r.tied for r in result.results)
    assert result.ties == (tuple(f"E{i}" for i in range(copies)),)


@given(
    st.lists(st.integers(0, 100_000), min_size=1, max_size=4),
    st.sampled_from(["1", "0.3", "1.67", "2.5"]),
    places,
    places,
    places,
)
def test_half_up_at_each_named_stage(
    marks: list[int], weight: str, pp: int | None, wp: int | None, tp: int | None
) -> None:
    """Each stage equals Decimal's own ROUND_HALF_UP of the exact value before it."""
    comp = competition(
        [crit("A", weight=weight, step="0.0001")], rules(panel=pp, weighted=wp, total=tp)
    )
    sheets = tuple(SheetInput(f"J{i + 1}", "submitted", (m,)) for i, m in enumerate(marks))
    found = rank(comp, [EntryInput("E1", "x", sheets=sheets)]).results[0]

    def stage(value: Fraction, places: int | None) -> Fraction:
        if places is None:
            return value
        with localcontext() as ctx:
            ctx.prec = 60
            exact = Decimal(value.numerator) / Decimal(value.denominator)
            return Fraction(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))

    panel = stage(Fraction(sum(marks), len(marks) * MARK_SCALE), pp)
    weighted = stage(panel * Fraction(Decimal(weight)), wp)
    total = stage(weighted, tp)
    if pp is not None:
        assert found.criteria[0].panel == Decimal(panel.numerator) / panel.denominator
        assert found.criteria[0].panel.as_tuple().exponent == -pp  # printed with pp places
    if wp is not None:
        assert Fraction(found.criteria[0].weighted) == weighted
    if tp is not None:
        assert found.final_total is not None
        assert Fraction(found.final_total) == total
        assert found.final_total.as_tuple().exponent == -tp
