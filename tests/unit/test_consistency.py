"""Judge consistency: textbook values for Kendall's W and ICC(1), degenerate panels, and the
report over a synthetic round (values worked out by hand in the comments)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction as F

import pytest

from judging.model import Role
from judging.ranking.consistency import (
    ConsistencyReport,
    average_ranks,
    consistency,
    icc1,
    interpret_icc,
    interpret_w,
    kendall_w,
    median,
    sample_sd,
)
from judging.ranking.results import CriterionResult, EntryResult, JudgeMark
from tests.unit.test_consistency_data import MAXIMA, sample_round


def fr(rows: list[list[float | int]]) -> list[list[F]]:
    return [[F(str(x)) for x in row] for row in rows]


# -- Kendall's W -----------------------------------------------------------------------------
def test_kendall_w_siegel_three_executives_six_applicants() -> None:
    # Siegel (1956), Nonparametric statistics, §9: rank sums 8 14 11 11 11 8, S = 25.5,
    # W = 12 × 25.5 / (3² × (6³ − 6)) = 306 / 1890 = 17/105 ≈ 0.16.
    ranks = [[1, 6, 3, 2, 5, 4], [1, 5, 6, 4, 2, 3], [6, 3, 2, 5, 4, 1]]
    w, reason = kendall_w(fr(ranks))
    assert (w, reason) == (F(17, 105), "")


def test_kendall_w_with_ties_uses_the_correction_term() -> None:
    # J1 10 10 8 6 → ranks 3.5 3.5 2 1 (T = 2³ − 2 = 6); J2 9 8 7 6 → 4 3 2 1;
    # J3 5 9 9 4 → 2 3.5 3.5 1 (T = 6). Rank sums 9.5 10 7.5 3, mean 7.5, S = 30.5.
    # W = 12 × 30.5 / (9 × 60 − 3 × 12) = 366 / 504 = 61/84.
    w, _ = kendall_w(fr([[10, 10, 8, 6], [9, 8, 7, 6], [5, 9, 9, 4]]))
    assert w == F(61, 84)
    # Without the correction it would be 366/540: the term matters.
    assert w != F(366, 540)


def test_kendall_w_perfect_and_reversed_agreement() -> None:
    assert kendall_w(fr([[1, 2, 3], [10, 20, 30]]))[0] == 1
    assert kendall_w(fr([[1, 2, 3], [3, 2, 1]]))[0] == 0


@pytest.mark.parametrize(
    ("scores", "reason"),
    [
        ([[1, 2, 3]], "fewer than two judges"),
        ([[1], [2]], "fewer than two entries"),
        ([[5, 5, 5], [7, 7, 7]], "every judge gave every entry the same total"),
    ],
)
def test_kendall_w_not_computable(scores: list[list[int]], reason: str) -> None:
    assert kendall_w(fr(scores)) == (None, reason)


def test_kendall_w_refuses_an_incomplete_block() -> None:
    with pytest.raises(ValueError):
        kendall_w(fr([[1, 2, 3], [1, 2]]))


def test_average_ranks() -> None:
    ranks, ties = average_ranks(fr([[7, 3, 7, 7, 1]])[0])
    assert ranks == [4, 2, 4, 4, 1] and ties == 3**3 - 3


# -- ICC(1) ----------------------------------------------------------------------------------
def test_icc1_shrout_fleiss_1979() -> None:
    # Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges; BMS 11.24, WMS 6.26,
    # ICC(1,1) = (BMS − WMS) / (BMS + 3 WMS) = 0.17.
    data = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    icc = icc1(fr(data))
    assert icc.msb == F(1349, 120)  # 11.2417
    assert icc.msw == F(451, 72)  # 6.2639
    assert icc.n0 == 4
    assert icc.value == F(448, 2703)
    assert round(float(icc.value), 2) == 0.17
    assert icc.interpretation == "poor"


def test_icc1_unbalanced_by_hand() -> None:
    # Groups (1, 3) and (5, 7, 9): means 2 and 7, grand mean 5; SSB = 2·9 + 3·4 = 30 (df 1),
    # SSW = 2 + 8 = 10 (df 3); n₀ = (5 − 13/5) / 1 = 12/5;
    # ICC = (30 − 10/3) / (30 + 7/5 · 10/3) = 10/13.
    icc = icc1(fr([[1, 3], [5, 7, 9]]))
    assert (icc.n0, icc.msb, icc.msw, icc.value) == (F(12, 5), 30, F(10, 3), F(10, 13))
    assert icc.entries == 2 and icc.ratings == 5


@pytest.mark.parametrize(
    ("groups", "reason"),
    [
        ([[1, 2, 3]], "fewer than two entries"),
        ([[4], [6], [9]], "no entry has two judges"),
        ([[5, 5], [5, 5, 5]], "no variation in the totals"),
        ([], "fewer than two entries"),
    ],
)
def test_icc1_not_computable(groups: list[list[int]], reason: str) -> None:
    icc = icc1(fr(groups))
    assert icc.value is None and icc.reason == reason
    assert icc.interpretation == "not computable"


def test_interpretations_at_their_boundaries() -> None:
    assert interpret_w(None) == "not computable"
    assert [interpret_w(F(x, 100)) for x in (9, 10, 30, 60, 80)] == [
        "none",
        "weak",
        "moderate",
        "strong",
        "very strong",
    ]
    assert [interpret_icc(F(x, 100)) for x in (49, 50, 75, 90)] == [
        "poor",
        "moderate",
        "good",
        "excellent",
    ]


def test_median_and_sd() -> None:
    assert median([F(3), F(1), F(2), F(10)]) == F(5, 2)
    assert median([F(3), F(1), F(2)]) == 2
    assert median([]) is None
    assert sample_sd([F(2), F(4), F(4), F(4), F(5), F(5), F(7), F(9)]) == pytest.approx(2.138089935)
    assert sample_sd([F(1)]) is None


# -- the report over a round -----------------------------------------------------------------
def test_report_per_judge_numbers() -> None:
    report = consistency(sample_round().results, MAXIMA)
    by_code = {j.judge: j for j in report.judges}
    assert list(by_code) == ["GK01", "GK02", "GK03", "GK04", "TS01"]
    gk04 = by_code["GK04"]
    # GK04 left hieu_qua of E04 blank: 7 marks, complete totals on E01–E03 only.
    # Totals: E01 20 + 2·15 = 50, E02 23 + 2·14.5 = 52, E03 10 + 2·15.5 = 41.
    assert gk04.marks == 7 and gk04.entries == 3
    assert [(t.entry, t.judge_total) for t in gk04.totals] == [
        ("E01", 50),
        ("E02", 52),
        ("E03", 41),
    ]
    assert gk04.mean == F(143, 3)
    # Panel totals: E01 26.25 + 2·17.50 = 61.25; E02 and E03 23.50 + 2·15.50 = 54.50.
    assert gk04.panel_mean == F(6125 + 5450 + 5450, 300)
    assert gk04.mean_deviation == F(50 - F(245, 4) + 52 - F(109, 2) + 41 - F(109, 2), 3)
    assert gk04.sd == pytest.approx(5.8594652770823155)
    # Far from the median (> 20 % of 30 = 6 on tinh_moi): E01 20 vs median 26.25 (6.25 off),
    # E03 10 vs median 23.5 (13.5 off).
    assert gk04.outliers == 2
    assert sorted((p.entry, p.criterion, p.deviation) for p in report.outliers) == [
        ("E01", "tinh_moi", F(-25, 4)),
        ("E03", "tinh_moi", F(-27, 2)),
    ]
    trainee = by_code["TS01"]
    assert trainee.role == Role.TRAINEE and trainee.marks == 2 and trainee.sd is None
    assert trainee.mean_deviation == 67 - F(245, 4)


def test_report_agreement_leaves_trainees_and_incomplete_sheets_out() -> None:
    report = consistency(sample_round().results, MAXIMA)
    # Only E01–E03 were scored completely by the same four members.
    kendall = report.kendall
    assert kendall is not None
    assert kendall.judges == ("GK01", "GK02", "GK03", "GK04")
    assert kendall.entries == ("E01", "E02", "E03")
    # Totals ranked per judge: GK01 63 56 54 → 3 2 1; GK02 59.5 52 57 → 3 1 2;
    # GK03 65 59 55 → 3 2 1; GK04 50 52 41 → 2 3 1. Rank sums 11 8 5, mean 8, S = 18;
    # W = 12·18 / (16 · 24) = 9/16.
    assert kendall.w == F(9, 16)
    assert kendall.chi_square == 4 * 2 * F(9, 16)
    assert kendall.interpretation == "moderate"
    # ICC(1) over E01–E04 (E04 has three member totals), members only: 15 ratings.
    assert report.icc.entries == 4 and report.icc.ratings == 15
    assert report.icc.value is not None and 0 < report.icc.value < 1


def test_threshold_is_strict_and_configurable() -> None:
    # 6.25 off on a 30-point criterion: far at 20 % (6), not far at 25 % (7.5).
    results = sample_round().results
    assert len(consistency(results, MAXIMA, outlier_share=F(1, 4)).outliers) == 1
    # A criterion with no known maximum has no outlier test.
    assert consistency(results, {}).outliers == ()


def _one_entry(code: str, marks: dict[str, str]) -> EntryResult:
    judge_marks = tuple(
        JudgeMark(j, j, Role.MEMBER, Decimal(v), True, False) for j, v in marks.items()
    )
    values = [Decimal(v) for v in marks.values()]
    panel = sum(values, Decimal(0)) / len(values)
    crit = CriterionResult("c", "C", Decimal(1), judge_marks, panel, panel)
    return EntryResult(code, code, None, "ranked", 1, False, panel, panel, (crit,), ())


def test_one_judge_gives_numbers_but_no_agreement() -> None:
    report = consistency([_one_entry("A", {"J": "5"}), _one_entry("B", {"J": "7"})], {"c": 10})
    (judge,) = report.judges
    assert judge.mean == 6 and judge.mean_deviation == 0 and judge.sd == pytest.approx(1.4142135)
    assert report.kendall is not None and report.kendall.w is None
    assert report.kendall.reason == "no two entries were scored by the same two or more judges"
    assert report.icc.reason == "no entry has two judges"


def test_zero_variance_panel() -> None:
    entries = [_one_entry(e, {"J1": "8", "J2": "8"}) for e in ("A", "B", "C")]
    report = consistency(entries, {"c": 10})
    assert all(j.sd == 0 and j.mean_deviation == 0 for j in report.judges)
    assert report.kendall is not None and report.kendall.w is None
    assert report.kendall.reason == "every judge gave every entry the same total"
    assert report.icc.reason == "no variation in the totals"


def test_incomplete_design_groups_entries_by_judge_set() -> None:
    # Panel X (J1, J2) scores A, B, C; panel Y (J2, J3) scores D, E; F has J3 alone.
    entries = [
        _one_entry("A", {"J1": "9", "J2": "8"}),
        _one_entry("B", {"J1": "5", "J2": "6"}),
        _one_entry("C", {"J1": "1", "J2": "2"}),
        _one_entry("D", {"J2": "4", "J3": "3"}),
        _one_entry("E", {"J2": "7", "J3": "9"}),
        _one_entry("F", {"J3": "6"}),
    ]
    report = consistency(entries, {"c": 10})
    assert [(c.judges, c.entries, c.w) for c in report.concordance] == [
        (("J1", "J2"), ("A", "B", "C"), F(1)),
        (("J2", "J3"), ("D", "E"), F(1)),
    ]
    assert report.icc.entries == 6 and report.icc.ratings == 11
    # Same numbers in the other order of entries and judges: nothing depends on order.
    reordered = consistency(list(reversed(entries)), {"c": 10})
    assert reordered.icc == report.icc
    assert {c.entries for c in reordered.concordance} == {("C", "B", "A"), ("E", "D")}


def test_figures_from_decimal_sums_equal_the_exact_helpers_on_a_random_round() -> None:
    # The report sums exact decimals and turns them into fractions once (and ranks Kendall's
    # W on doubled integer ranks): the figures must be the very values the plain Fraction
    # helpers give over the same judge totals, ties and uneven panels included.
    rng = random.Random(20261206)
    judges = [f"GK{i}" for i in range(6)]
    entries = []
    for n in range(40):
        panel = rng.sample(judges, rng.choice((3, 3, 4)))
        marks = {j: str(rng.choice((5, 6, 6.5, 7, 7.25, 8, 9.5))) for j in panel}
        entries.append(_one_entry(f"E{n:02}", marks))
    report = consistency(entries, {"c": Decimal(10)})
    checked = 0
    for stats in report.judges:
        totals = [t.judge_total for t in stats.totals]
        deviations = [t.judge_total - t.panel_total for t in stats.totals if t.panel_total]
        assert stats.mean == sum(totals, F(0)) / len(totals)
        assert stats.sd == sample_sd(totals)
        assert stats.mean_deviation == sum(deviations, F(0)) / len(deviations)
        assert stats.mean_abs_deviation == sum(map(abs, deviations), F(0)) / len(deviations)
        checked += 1
    assert checked == len(judges)
    for group in report.concordance:
        assert group.w is not None
        scores = [[_total(report, j, e) for e in group.entries] for j in group.judges]
        ranks = [average_ranks(row) for row in scores]
        m, n = len(scores), len(group.entries)
        sums = [sum((r[0][i] for r in ranks), F(0)) for i in range(n)]
        s = sum(((x - F(m * (n + 1), 2)) ** 2 for x in sums), F(0))
        ties = sum(t for _, t in ranks)
        assert group.w == 12 * s / (m * m * (n**3 - n) - m * ties)


def _total(report: ConsistencyReport, judge: str, entry: str) -> F:
    stats = next(s for s in report.judges if s.judge == judge)
    return next(t.judge_total for t in stats.totals if t.entry == entry)
