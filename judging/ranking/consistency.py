"""Judge consistency: how each judge marks against the panel, and how far the judges agree.

Computed from a round's result (the ``JudgeMark``s of each ``CriterionResult``), with no access
to storage. Vocabulary:

- *mark*: one judge's value for one entry and criterion. The marks looked at are the ones the
  engine considered (``counted``, or ``dropped`` by trimming) plus trainees' marks (shown so
  that their training can be reviewed; a trainee never enters the panel's median nor the
  agreement statistics). Recused and unsubmitted marks (``value`` None, or not counted for a
  member) are left out.
- *panel mark*: the engine's panel mark of the same entry and criterion (``panel``, as printed).
- *judge total*: Σ weight × mark over the round's criteria, for an entry on which the judge has
  a mark on every criterion; the *panel total* of that entry is Σ weight × panel mark (exact;
  the engine's own jury total may differ by rounding or normalisation and is not used here).
- *panel median*: the median of the members' marks for that entry and criterion (trainees left
  out). A mark is *far from the panel* when ``|mark − median| > share × criterion maximum``
  (``share`` defaults to 20 %, strict inequality). This was chosen over a robust-SD rule because
  panels here have three to nine judges: a per-entry MAD is zero or meaningless that small,
  while a share of the scale reads plainly ("more than 6 points off on a 30-point criterion").

Agreement between judges, on the members' judge totals:

- *Kendall's W* (coefficient of concordance) for each group of entries scored by exactly the
  same set of judges (at least 2 judges and 2 entries): each judge's totals are ranked (ties
  get the mean rank), ``W = 12 S / (m² (n³ − n) − m Σ T)``, ``S`` the sum of squared
  deviations of the rank sums from their mean, ``T = Σ (t³ − t)`` over each judge's groups of
  ``t`` tied totals. When no such group exists, or every judge tied every entry, W is reported
  as not computable, with the reason.
- *ICC(1)* (one-way random effects, single rater; Shrout & Fleiss 1979) over every entry with
  at least one member total. It is defined for incomplete panels (different judges, different
  numbers of judges per entry) with the usual average group size
  ``n₀ = (N − Σ kᵢ² / N) / (a − 1)``: ``ICC = (MSB − MSW) / (MSB + (n₀ − 1) MSW)``. With fewer
  than two entries, no entry with two judges, or no variation at all it is not computable.

Exactness: counts, means, deviations, medians, W and ICC(1) are exact ``Fraction``s (marks are
exact decimals). The standard deviation needs a square root: it is the one value given as a
float, and only for these statistics, which never feed the ranking.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, Inexact, localcontext
from fractions import Fraction
from typing import NamedTuple, Protocol, cast

from judging.model import Role

#: Default share of a criterion's maximum beyond which a mark is far from the panel median.
DEFAULT_OUTLIER_SHARE = Fraction(1, 5)


# -- what is read from a result (part of judging.ranking.results; protocols keep this pure) -----
class MarkLike(Protocol):
    @property
    def judge(self) -> str: ...
    @property
    def judge_name(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def value(self) -> Decimal | None: ...
    @property
    def counted(self) -> bool: ...
    @property
    def dropped(self) -> bool: ...


class CriterionLike(Protocol):
    @property
    def criterion(self) -> str: ...
    @property
    def weight(self) -> Decimal: ...
    @property
    def marks(self) -> Sequence[MarkLike]: ...
    @property
    def panel(self) -> Decimal | None: ...


class EntryLike(Protocol):
    @property
    def entry(self) -> str: ...
    @property
    def criteria(self) -> Sequence[CriterionLike]: ...


# -- what comes out ------------------------------------------------------------------------------
class MarkPoint(NamedTuple):
    """One mark beside its panel: the scatter plot's point and the outlier list's row. A named
    tuple rather than a dataclass: one is made for each of a round's marks (half a million in
    a large round), five times quicker."""

    entry: str
    criterion: str
    judge: str
    judge_name: str
    role: Role
    value: Decimal
    panel: Decimal | None
    median: Decimal | None  # of the members' marks (exact); None when no member marked it
    deviation: Decimal | None  # value − median (exact)
    outlying: bool
    counted: bool
    dropped: bool


@dataclass(frozen=True)
class EntryTotal:
    entry: str
    judge_total: Fraction
    panel_total: Fraction | None


@dataclass(frozen=True)
class JudgeStats:
    judge: str
    judge_name: str
    role: Role
    marks: int  # marks looked at
    outliers: int  # of them, far from the panel median
    totals: tuple[EntryTotal, ...]  # entries the judge marked on every criterion
    mean: Fraction | None  # of the judge totals
    sd: float | None  # sample SD (n − 1) of the judge totals; None under two entries
    panel_mean: Fraction | None  # mean panel total over the same entries
    mean_deviation: Fraction | None  # mean of (judge total − panel total)
    mean_abs_deviation: Fraction | None

    @property
    def entries(self) -> int:
        return len(self.totals)


@dataclass(frozen=True)
class Concordance:
    """Kendall's W over a group of entries scored by the same judges."""

    judges: tuple[str, ...]
    entries: tuple[str, ...]
    w: Fraction | None
    chi_square: Fraction | None  # m (n − 1) W, with n − 1 degrees of freedom
    reason: str = ""  # why W is not computable

    @property
    def interpretation(self) -> str:
        return interpret_w(self.w)


@dataclass(frozen=True)
class Icc:
    """ICC(1) over all entries' member totals."""

    value: Fraction | None
    entries: int
    ratings: int
    n0: Fraction | None
    msb: Fraction | None
    msw: Fraction | None
    reason: str = ""

    @property
    def interpretation(self) -> str:
        return interpret_icc(self.value)


@dataclass(frozen=True)
class ConsistencyReport:
    judges: tuple[JudgeStats, ...]
    points: tuple[MarkPoint, ...]
    concordance: tuple[Concordance, ...]  # largest group first
    icc: Icc
    outlier_share: Fraction

    @property
    def outliers(self) -> tuple[MarkPoint, ...]:
        return tuple(p for p in self.points if p.outlying)

    @property
    def kendall(self) -> Concordance | None:
        """The headline W: the largest group (most judges × entries)."""
        return self.concordance[0] if self.concordance else None


# -- exact helpers -------------------------------------------------------------------------------
def mean(values: Sequence[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def median(values: Sequence[Fraction]) -> Fraction | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def sample_variance(values: Sequence[Fraction]) -> Fraction | None:
    if len(values) < 2:
        return None
    m = sum(values, Fraction(0)) / len(values)
    return sum(((v - m) ** 2 for v in values), Fraction(0)) / (len(values) - 1)


def sample_sd(values: Sequence[Fraction]) -> float | None:
    variance = sample_variance(values)
    return None if variance is None else math.sqrt(variance)


def average_ranks(values: Sequence[Fraction]) -> tuple[list[Fraction], int]:
    """Ranks 1..n (ascending) with tied values sharing their mean rank, and Σ (t³ − t)."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [Fraction(0)] * len(values)
    ties = 0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        rank = Fraction(i + 1 + j + 1, 2)
        for k in range(i, j + 1):
            ranks[order[k]] = rank
        t = j - i + 1
        ties += t**3 - t
        i = j + 1
    return ranks, ties


def kendall_w(
    scores: Sequence[Sequence[Fraction]] | Sequence[Sequence[Decimal]],
) -> tuple[Fraction | None, str]:
    """W for ``scores[judge][entry]`` (a complete block), with the tie correction.

    Returns (W, "") or (None, reason)."""
    m = len(scores)
    n = len(scores[0]) if scores else 0
    if m < 2:
        return None, "fewer than two judges"
    if n < 2:
        return None, "fewer than two entries"
    if any(len(row) != n for row in scores):
        raise ValueError("kendall_w needs every judge to score every entry")
    # Ranks doubled (integers: a tied group's mean rank is a whole or a half), so the rank
    # sums are doubled too: S = Σ (2R − m(n + 1))² / 4, and 12 S = 3 Σ (2R − m(n + 1))².
    doubled_sums = [0] * n
    tie_sum = 0
    for row in scores:
        ranks, ties = _doubled_ranks(row)
        tie_sum += ties
        for i, r in enumerate(ranks):
            doubled_sums[i] += r
    doubled_mean = m * (n + 1)
    s4 = sum((r - doubled_mean) ** 2 for r in doubled_sums)
    denominator = m * m * (n**3 - n) - m * tie_sum
    if denominator == 0:
        return None, "every judge gave every entry the same total"
    return Fraction(3 * s4, denominator), ""


def _doubled_ranks(values: Sequence[Fraction] | Sequence[Decimal]) -> tuple[list[int], int]:
    """``average_ranks`` doubled (whole numbers), and Σ (t³ − t)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0] * len(values)
    ties = 0
    i = 0
    count = len(order)
    while i < count:
        j = i
        first = values[order[i]]
        while j + 1 < count and values[order[j + 1]] == first:
            j += 1
        rank = i + j + 2
        for k in range(i, j + 1):
            ranks[order[k]] = rank
        t = j - i + 1
        ties += t**3 - t
        i = j + 1
    return ranks, ties


def icc1(groups: Sequence[Sequence[Fraction]] | Sequence[Sequence[Decimal]]) -> Icc:
    """ICC(1) for ratings grouped by target (entry); groups may differ in size.

    Sums of squares from totals (exact): with Sᵢ the sum of group i and T the sum of all,
    SSB = Σ Sᵢ²/kᵢ − T²/N and SSW = Σ x² − Σ Sᵢ²/kᵢ. Exact decimals are summed as decimals
    (fast) and turned into fractions once per group."""
    kept = [g for g in groups if g]
    a = len(kept)
    sizes = [len(g) for g in kept]
    big_n = sum(sizes)
    if a < 2:
        return Icc(None, a, big_n, None, None, None, "fewer than two entries")
    if big_n - a < 1:
        return Icc(None, a, big_n, None, None, None, "no entry has two judges")
    sums = [_sum_and_squares(g) for g in kept]
    group_sums = [total for total, _ in sums]
    squares = sum((square for _, square in sums), Fraction(0))
    between = sum((s * s / k for s, k in zip(group_sums, sizes, strict=True)), Fraction(0))
    grand = sum(group_sums, Fraction(0))
    ssb = between - grand * grand / big_n
    ssw = squares - between
    msb = ssb / (a - 1)
    msw = ssw / (big_n - a)
    n0 = (big_n - Fraction(sum(k * k for k in sizes), big_n)) / (a - 1)
    denominator = msb + (n0 - 1) * msw
    if denominator == 0:
        return Icc(None, a, big_n, n0, msb, msw, "no variation in the totals")
    return Icc((msb - msw) / denominator, a, big_n, n0, msb, msw)


def _sum_and_squares(values: Sequence[Fraction] | Sequence[Decimal]) -> tuple[Fraction, Fraction]:
    if isinstance(values[0], Decimal):
        decimals = cast(Sequence[Decimal], values)
        return (
            Fraction(sum(decimals, Decimal(0))),
            Fraction(sum((x * x for x in decimals), Decimal(0))),
        )
    fractions = cast(Sequence[Fraction], values)
    return sum(fractions, Fraction(0)), sum((x * x for x in fractions), Fraction(0))


def interpret_w(w: Fraction | None) -> str:
    """Schmidt (1997): a plain word for the strength of agreement."""
    if w is None:
        return "not computable"
    if w < Fraction(1, 10):
        return "none"
    if w < Fraction(3, 10):
        return "weak"
    if w < Fraction(6, 10):
        return "moderate"
    if w < Fraction(8, 10):
        return "strong"
    return "very strong"


def interpret_icc(value: Fraction | None) -> str:
    """Koo & Li (2016): poor < 0.5 ≤ moderate < 0.75 ≤ good < 0.9 ≤ excellent."""
    if value is None:
        return "not computable"
    if value < Fraction(1, 2):
        return "poor"
    if value < Fraction(3, 4):
        return "moderate"
    if value < Fraction(9, 10):
        return "good"
    return "excellent"


# -- the report ----------------------------------------------------------------------------------
def _decimal_median(values: Sequence[Decimal]) -> Decimal | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2  # exact: the context traps Inexact


def consistency(
    results: Iterable[EntryLike],
    maxima: Mapping[str, Decimal],
    *,
    outlier_share: Fraction = DEFAULT_OUTLIER_SHARE,
) -> ConsistencyReport:
    """The consistency report of a round's results.

    ``maxima`` gives each criterion's maximum (criterion code → max); a criterion missing from
    it has no outlier test. Entries with no marks (withdrawn) simply add nothing.
    """
    with localcontext() as ctx:
        # Sums, products and halves of exact decimals are exact; a rounded one is a bug.
        ctx.prec = 60
        ctx.traps[Inexact] = True
        return _consistency(results, maxima, outlier_share)


def _consistency(
    results: Iterable[EntryLike], maxima: Mapping[str, Decimal], outlier_share: Fraction
) -> ConsistencyReport:
    points: list[MarkPoint] = []
    add_point = points.append
    # judge → (marks looked at, of them far from the panel); judge → (name, role)
    counts: dict[str, list[int]] = {}
    names: dict[str, tuple[str, Role]] = {}
    # judge → entry → (Σ weight × mark, criteria marked); entry → panel total and its criteria
    judge_sums: dict[str, dict[str, tuple[Decimal, int]]] = defaultdict(dict)
    panel_totals: dict[str, Decimal | None] = {}
    entry_criteria: dict[str, int] = {}
    entry_order: list[str] = []
    share_num, share_den = outlier_share.numerator, outlier_share.denominator
    # (criterion, mark, median) → (deviation, far from the panel, weight × mark): marks take
    # few distinct values, so each is worked out once
    seen: dict[tuple[str, Decimal, Decimal | None], tuple[Decimal | None, bool, Decimal]] = {}
    trainee = Role.TRAINEE

    for result in results:
        entry = result.entry
        entry_order.append(entry)
        entry_criteria[entry] = len(result.criteria)
        panel_total: Decimal | None = Decimal(0)
        entry_sums: dict[str, list[Decimal | int]] = {}  # judge → [Σ weight × mark, marks]
        for criterion in result.criteria:
            code, weight, panel = criterion.criterion, criterion.weight, criterion.panel
            if panel is None or panel_total is None:
                panel_total = None
            else:
                panel_total += weight * panel
            looked = [
                m
                for m in criterion.marks
                if m.value is not None and (m.counted or m.dropped or m.role == trainee)
            ]
            mid = _decimal_median(
                [m.value for m in looked if m.role != trainee and m.value is not None]
            )
            top = maxima.get(code)
            # |deviation| > share × max, compared without dividing: |d| × den > num × max
            limit = None if top is None else share_num * top
            for mark in looked:
                value = mark.value
                assert value is not None
                judge = mark.judge
                key = (code, value, mid)
                found = seen.get(key)
                if found is None:
                    deviation = None if mid is None else value - mid
                    far = (
                        deviation is not None
                        and limit is not None
                        and abs(deviation) * share_den > limit
                    )
                    found = seen[key] = (deviation, far, weight * value)
                deviation, outlying, weighted = found
                add_point(
                    MarkPoint(
                        entry,
                        code,
                        judge,
                        mark.judge_name,
                        mark.role,
                        value,
                        panel,
                        mid,
                        deviation,
                        outlying,
                        mark.counted,
                        mark.dropped,
                    )
                )
                tally = counts.get(judge)
                if tally is None:
                    tally = counts[judge] = [0, 0]
                    names[judge] = (mark.judge_name, mark.role)
                tally[0] += 1
                if outlying:
                    tally[1] += 1
                sums = entry_sums.get(judge)
                if sums is None:
                    entry_sums[judge] = [weighted, 1]
                else:
                    sums[0] += weighted
                    sums[1] += 1
        for judge, (total, count) in entry_sums.items():
            judge_sums[judge][entry] = (cast(Decimal, total), cast(int, count))
        panel_totals[entry] = panel_total if result.criteria else None

    complete: dict[str, dict[str, Decimal]] = {
        judge: {
            entry: total
            for entry, (total, count) in sums.items()
            if count == entry_criteria[entry] and count > 0
        }
        for judge, sums in judge_sums.items()
    }
    position = {entry: i for i, entry in enumerate(entry_order)}

    stats: list[JudgeStats] = []
    panel_fractions = {e: _fraction(t) for e, t in panel_totals.items()}
    for judge in sorted(names):
        name, role = names[judge]
        marks, outliers = counts[judge]
        done = sorted(complete.get(judge, {}).items(), key=lambda item: position[item[0]])
        stats.append(
            _judge_stats((judge, name, role, marks, outliers), done, panel_totals, panel_fractions)
        )

    member_judges = [j for j in sorted(complete) if names[j][1] != Role.TRAINEE]
    by_entry: dict[str, dict[str, Decimal]] = {e: {} for e in entry_order}
    for judge in member_judges:
        for entry, total in complete[judge].items():
            by_entry[entry][judge] = total

    return ConsistencyReport(
        judges=tuple(stats),
        points=tuple(points),
        concordance=_concordance(by_entry, entry_order),
        icc=icc1([list(by_entry[e].values()) for e in entry_order]),
        outlier_share=outlier_share,
    )


def _judge_stats(
    judge_marks: tuple[str, str, Role, int, int],
    done: Sequence[tuple[str, Decimal]],
    panel_totals: Mapping[str, Decimal | None],
    panel_fractions: Mapping[str, Fraction | None],
) -> JudgeStats:
    """One judge's figures from their judge totals (``done``: entry, total, in the entries'
    order). Sums are taken over the exact decimals (the context traps Inexact) and turned
    into fractions once: the same exact values as ``mean`` and ``sample_variance`` give.
    ``judge_marks``: the judge's code, name, role, marks looked at and outliers among them."""
    judge, name, role, marks, outliers = judge_marks
    values = [t for _, t in done]
    paired = [(t, p) for (e, t) in done if (p := panel_totals.get(e)) is not None]
    deviations = [t - p for t, p in paired]
    n, k = len(values), len(paired)
    total = sum(values, Decimal(0))
    variance = None
    if n >= 2:
        squares = Fraction(sum([v * v for v in values], Decimal(0)))
        variance = (squares - Fraction(total) ** 2 / n) / (n - 1)
    return JudgeStats(
        judge=judge,
        judge_name=name,
        role=role,
        marks=marks,
        outliers=outliers,
        totals=tuple(EntryTotal(e, Fraction(t), panel_fractions.get(e)) for e, t in done),
        mean=Fraction(total) / n if n else None,
        sd=None if variance is None else math.sqrt(variance),
        panel_mean=Fraction(sum([p for _, p in paired], Decimal(0))) / k if k else None,
        mean_deviation=Fraction(sum(deviations, Decimal(0))) / k if k else None,
        mean_abs_deviation=(
            Fraction(sum([abs(d) for d in deviations], Decimal(0))) / k if k else None
        ),
    )


def _fraction(value: Decimal | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _concordance(
    by_entry: Mapping[str, Mapping[str, Decimal]], entry_order: Sequence[str]
) -> tuple[Concordance, ...]:
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for entry in entry_order:
        judges = tuple(sorted(by_entry[entry]))
        if judges:
            groups[judges].append(entry)
    found: list[Concordance] = []
    for judges, entries in groups.items():
        if len(judges) < 2 or len(entries) < 2:
            continue
        scores = [[by_entry[e][j] for e in entries] for j in judges]  # exact decimals
        w, reason = kendall_w(scores)
        chi = None if w is None else len(judges) * (len(entries) - 1) * w
        found.append(Concordance(judges, tuple(entries), w, chi, reason))
    if not found:
        return (
            Concordance(
                (), (), None, None, "no two entries were scored by the same two or more judges"
            ),
        )
    found.sort(key=lambda c: (-len(c.judges) * len(c.entries), c.judges))
    return tuple(found)


def agreement(
    report: ConsistencyReport, entries: Sequence[str]
) -> tuple[tuple[Concordance, ...], Icc]:
    """Kendall's W and ICC(1) over some of the report's entries (one category, in their
    order): the same figures as ``consistency`` over those entries' results, worked out from
    the members' judge totals the report holds instead of from every mark again."""
    wanted = set(entries)
    by_entry: dict[str, dict[str, Decimal]] = {e: {} for e in entries}
    for stats in sorted(report.judges, key=lambda s: s.judge):
        if stats.role == Role.TRAINEE:
            continue
        for total in stats.totals:
            if total.entry in wanted:
                by_entry[total.entry][stats.judge] = _decimal(total.judge_total)
    return (
        _concordance(by_entry, entries),
        icc1([list(by_entry[e].values()) for e in entries]),
    )


def _decimal(value: Fraction) -> Decimal:
    """A judge total back as the exact decimal it was made from (Σ weight × mark)."""
    with localcontext() as ctx:
        ctx.prec = 60
        ctx.traps[Inexact] = True
        return Decimal(value.numerator) / Decimal(value.denominator)
