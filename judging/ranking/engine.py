"""The ranking pipeline: a round's counted marks in, a ``RoundResult`` out. Pure: no I/O.

Vocabulary. A *sheet* is one judge's marks on one entry. *Counted* marks are members' and
chairs' marks on submitted sheets (with ``drafts``, on in-progress sheets too); trainees' marks
and recused sheets are shown, never counted. The *panel mark* aggregates one criterion's counted
marks (mean, median or trimmed mean); *weighted* is panel × weight; the *jury total* sums the
weighted marks (or, with z-score normalisation, averages the judges' normalised totals); the
*final total* adds bonuses and subtracts deductions. A *ranking group* is a category, or the
round when the competition has none. A *unit* is what the rules cannot tell apart: one entry,
or a group still tied after the whole tie-break chain.

Arithmetic is exact (``Fraction``; marks arrive as integers of ten-thousandths) and rounding is
half-up at the stages the rules name. The only inexact step is the square root of z-score
normalisation: a 28-digit ``Decimal`` context, then quantised to ``NORM_PLACES``.
docs/format-ranking.md describes every rule.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from math import lcm
from typing import NamedTuple, cast

from judging.model import (
    Aggregate,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    EntryStatus,
    Normalise,
    OnTie,
    RankingRules,
    Role,
    Round,
    SheetState,
)
from judging.numbers import APPROX_PRECISION, MARK_SCALE
from judging.ranking.results import (
    STATUS_INCOMPLETE,
    STATUS_RANKED,
    STATUS_WITHDRAWN,
    ComponentResult,
    CriterionResult,
    EntryResult,
    JudgeMark,
    Note,
    RoundResult,
    Step,
)
from judging.ranking.rules import Direction, MetricKind, TieBreak

#: Places a judge's normalised total is quantised to (half-up) after the 28-digit computation.
NORM_PLACES = 6
#: Places a value that has no named places and does not terminate is shown with (half-up).
SHOW_PLACES = 12

#: The fixed context of the z-score computation (whatever the caller's context says).
_APPROX = Context(prec=APPROX_PRECISION, rounding=ROUND_HALF_EVEN)

COUNTING_ROLES = frozenset({Role.MEMBER, Role.CHAIR})


class SheetInput(NamedTuple):
    """One judge's sheet on one entry: its state and its marks, aligned with the round's
    criteria (integers of ten-thousandths; ``None`` where the judge has no mark). A named
    tuple rather than a dataclass: 50,000 of them are made for a large round."""

    judge: str
    state: SheetState | str
    values: tuple[int | None, ...]


class MarkSums(NamedTuple):
    """One entry's counted marks added up by storage instead of handed over one by one: every
    counting judge's sheet of the entry counts and has every mark (see ``Summing``). Per
    criterion, aligned with the round's criteria: the sum, and where the rules trim one mark
    at each end, the lowest and the highest (integers of ten-thousandths, exact)."""

    judges: int  # how many sheets were counted (each with every criterion's mark)
    sums: tuple[int, ...]
    lowest: tuple[int, ...] = ()
    highest: tuple[int, ...] = ()


@dataclass(frozen=True)
class Summing:
    """What storage may add up for the engine (``summing()`` says when the rules allow it).

    For an entry whose every sheet by a judge of ``roles`` — recused ones aside — is in one of
    ``states`` and has a mark on each of the round's criteria, storage may hand over
    ``MarkSums`` instead of the sheets (with the extremes when ``extremes``). Any other entry,
    and each entry in ``in_full``, comes with its sheets, so that the engine can say what is
    missing and explain every mark."""

    roles: frozenset[str]
    states: frozenset[str]
    extremes: bool
    in_full: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EntryInput:
    code: str
    title: str
    category: str | None = None
    status: EntryStatus = EntryStatus.ACTIVE
    sheets: tuple[SheetInput, ...] = ()
    components: Mapping[str, Decimal] = field(default_factory=dict)  # code → raw value
    #: the counted marks summed by storage (then ``sheets`` is empty); see ``Summing``
    sums: MarkSums | None = None


@dataclass(frozen=True)
class JudgeInfo:
    code: str
    name: str
    role: Role = Role.MEMBER


@dataclass(frozen=True)
class TieDecision:
    """The chair's order for a group the rules leave tied (best first), with the reason."""

    entries: tuple[str, ...]
    reason: str
    decided_by: str = ""
    category: str | None = None


def _summable(rules: RankingRules) -> bool:
    """Whether a round under these rules can be ranked from each entry's summed marks."""
    if rules.normalise == Normalise.ZSCORE or rules.aggregate == Aggregate.MEDIAN:
        return False
    return rules.aggregate == Aggregate.MEAN or rules.trim <= 1


def summing(
    competition: Competition,
    round_code: str,
    *,
    drafts: bool = False,
    explain: bool | Collection[str] = False,
) -> Summing | None:
    """What storage may add up for ranking the round, or None where every mark is needed:
    a panel mark by median, by a trimmed mean dropping more than one mark at each end, or
    z-score normalisation (which works on each judge's own totals), and explaining every
    entry. Entries named in ``explain`` come in full."""
    rnd = competition.round(round_code)
    if rnd is None or explain is True:
        return None
    rules = rnd.ranking
    if not _summable(rules):
        return None
    states = {SheetState.SUBMITTED.value}
    if drafts:
        states.add(SheetState.IN_PROGRESS.value)
    return Summing(
        roles=frozenset(role.value for role in COUNTING_ROLES),
        states=frozenset(states),
        extremes=rules.aggregate == Aggregate.TRIMMED_MEAN and rules.trim == 1,
        in_full=frozenset() if explain is False else frozenset(explain),
    )


# -- exact numbers --------------------------------------------------------------------------


def _round_half_up(num: int, den: int) -> int:
    """``num / den`` rounded half-up (a half away from zero) to an integer; ``den > 0``."""
    if num >= 0:
        return (2 * num + den) // (2 * den)
    return -((2 * -num + den) // (2 * den))


def _round(value: Fraction, places: int | None) -> Fraction:
    if places is None:
        return value
    q = 10**places
    if q % value.denominator == 0:  # already a multiple of 10^-places: nothing to round
        return value
    return Fraction(_round_half_up(value.numerator * q, value.denominator), q)


def _dec(value: Fraction, places: int | None) -> Decimal:
    """A value as a Decimal: with exactly ``places`` places when named (half-up), else exact
    when it terminates, else to ``SHOW_PLACES`` places (half-up)."""
    if places is None:
        den, twos, fives = value.denominator, 0, 0
        while den % 2 == 0:
            den, twos = den // 2, twos + 1
        while den % 5 == 0:
            den, fives = den // 5, fives + 1
        places = max(twos, fives) if den == 1 else SHOW_PLACES
    q = 10**places
    return Decimal(_round_half_up(value.numerator * q, value.denominator)).scaleb(-places)


def _txt(value: Fraction) -> str:
    """Exact text: a terminating value in full, else the fraction and its approximation."""
    shown = _dec(value, None)
    if Fraction(shown) == value:
        return str(shown)
    return f"{value.numerator}/{value.denominator} ≈ {shown}"


@lru_cache(maxsize=4096)
def _mark(scaled: int) -> Decimal:
    """A stored mark (ten-thousandths) as its exact Decimal; marks take few distinct values."""
    return _dec(Fraction(scaled, MARK_SCALE), None)


def _step(note: Note, exact: str, rounded: str | None = None, places: int | None = None) -> Step:
    """An explanation step whose label is ``note`` (its English in ``label``)."""
    return Step(note.text, exact, rounded, places, note)


def _sqrt(value: Fraction) -> Decimal:
    with localcontext(_APPROX):
        return (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()


# -- the working record of one entry --------------------------------------------------------


class _Panel(NamedTuple):
    """A criterion's panel and weighted marks, computed once per distinct set of marks."""

    shown: Decimal  # the panel mark as shown (rounded at panel_places)
    weighted: Fraction  # panel × weight, rounded at weighted_places (exact)
    weighted_shown: Decimal
    scaled: int  # weighted × 10^weighted_places when those places are named (else 0)
    result: CriterionResult  # without judges' marks and steps (shared by equal panels)


_Key = tuple[int, tuple[int, ...] | int, int]


class _Work:
    """What the pipeline learns about one entry on its way (mutable, internal)."""

    __slots__ = (
        "advanced",
        "code",
        "components",
        "counted",
        "entry",
        "final",
        "flags",
        "jury",
        "jury_steps",
        "key",
        "metrics",
        "missing",
        "panels",
        "position",
        "prize",
        "rank",
        "status",
        "tie_decision",
        "tied",
    )

    def __init__(self, entry: EntryInput, position: int) -> None:
        self.entry = entry
        self.code = entry.code
        self.position = position  # of its category in the definition (unknown ones last)
        self.counted: list[SheetInput] = []
        self.status = STATUS_RANKED
        self.missing: list[Note] = []
        self.flags: list[Note] = []
        self.panels: list[_Panel] = []  # per criterion
        self.jury: Fraction | None = None
        self.components: dict[str, tuple[Decimal | None, Fraction]] = {}
        self.final: Fraction | None = None
        self.metrics: list[Fraction] = []  # final total, then the tie-break chain
        self.key: tuple[int, ...] = ()  # the metrics as integers over a common denominator
        self.rank: int | None = None
        self.tied = False
        self.tie_decision: str | None = None
        self.prize: str | None = None
        self.advanced = False
        self.jury_steps: list[Step] = []


class _Ranker:
    def __init__(
        self,
        competition: Competition,
        rnd: Round,
        judges: Mapping[str, JudgeInfo],
        decisions: Sequence[TieDecision],
        drafts: bool,
        explain: bool | Container[str],
    ) -> None:
        self.competition = competition
        self.rnd = rnd
        self.rules = rnd.ranking
        self.criteria = rnd.criteria
        self.judges = judges
        self.drafts = drafts
        self.explain = explain
        self.decisions = {frozenset(d.entries): d for d in decisions}
        self.flags: list[tuple[str | None, Note]] = []  # (category, note); None: the round
        self.blocking: list[tuple[str | None, Note]] = []
        self.ties: dict[tuple[str, ...], str | None] = {}  # tied group → its category
        self.decided: dict[tuple[str, ...], str | None] = {}  # chair's order → its category
        self.summable = _summable(self.rules)
        #: a trimmed mean that drops one mark at each end: from summed marks, sum − min − max
        self.trims_one = self.rules.aggregate == Aggregate.TRIMMED_MEAN and self.rules.trim == 1
        self.counting_states = {SheetState.SUBMITTED.value}
        if drafts:
            self.counting_states.add(SheetState.IN_PROGRESS.value)
        # The tie-break chain (what names nothing in the round is noted and skipped);
        # directions say which metrics rank the larger value first (the final total's first).
        self.chain: list[TieBreak] = []
        self.directions: list[bool] = [True]
        self.criterion_index = {c.code: i for i, c in enumerate(rnd.criteria)}
        for text in self.rules.tie_break:
            metric = TieBreak.parse_or_none(text)
            if metric is None or not metric.names_something_in(rnd):
                self.flags.append((None, Note.of("tie_break_unknown", metric=text)))
                continue
            self.chain.append(metric)
            self.directions.append(metric.direction(rnd) is Direction.HIGHER_FIRST)
        self.counting_judges = frozenset(
            code for code, judge in judges.items() if judge.role in COUNTING_ROLES
        )
        self._memo: dict[_Key, _Panel] = {}
        self._judge_marks: dict[tuple[str, int | None, bool, bool], JudgeMark] = {}
        self._steps: dict[tuple[int, tuple[int, ...]], tuple[Step, ...]] = {}
        self._component_memo: dict[
            tuple[str | None, tuple[str, ...]], tuple[ComponentResult, ...]
        ] = {}
        self.largest: dict[tuple[str, str | None], Fraction] = {}
        self._unranked_criteria = tuple(
            CriterionResult(
                criterion=c.code, name=c.name, weight=c.weight, marks=(), panel=None, weighted=None
            )
            for c in rnd.criteria
        )
        self.category_position = {c.code: i for i, c in enumerate(competition.categories)}
        #: places the jury total is shown with: a sum of weighted marks keeps theirs
        self.jury_places: int | None = self.rules.weighted_places
        if self.rules.normalise == Normalise.ZSCORE:
            total_places = self.rules.total_places
            self.jury_places = total_places if total_places is not None else NORM_PLACES

    def explains(self, code: str) -> bool:
        if isinstance(self.explain, bool):
            return self.explain
        return code in self.explain

    # -- 1. counting -------------------------------------------------------------------------
    def count(self, work: _Work) -> None:
        entry = work.entry
        if entry.status != EntryStatus.ACTIVE:
            work.status = STATUS_WITHDRAWN
            return
        counting = self.counting_judges
        states = self.counting_states
        n_criteria = len(self.criteria)
        sheets = entry.sheets
        summed = entry.sums
        if summed is not None:  # storage added up the counted marks: every sheet counts
            self._check_sums(entry, summed)
            n_counted = summed.judges
        elif sheets and all(
            s.judge in counting
            and s.state in states
            and len(s.values) == n_criteria
            and None not in s.values
            for s in sheets
        ):  # the usual case: every sheet counts and is complete
            work.counted = list(sheets)
            n_counted = len(sheets)
        else:
            self._count_sheets(work)
            n_counted = len(work.counted)
        trim = self.rules.trim if self.rules.aggregate == Aggregate.TRIMMED_MEAN else 0
        if not work.missing and n_counted <= 2 * trim:
            note = Note.of("too_few_to_trim", n=n_counted, trim=trim)
            work.missing.append(note)
            work.flags.append(note)
        if work.missing:
            work.status = STATUS_INCOMPLETE

    def _check_sums(self, entry: EntryInput, summed: MarkSums) -> None:
        """Summed marks are taken only where the rules can use them and nothing is explained
        from them (an explanation shows every mark): anything else is a caller's mistake."""
        n_criteria = len(self.criteria)
        extremes = n_criteria if self.trims_one else 0
        if (
            not self.summable
            or self.explains(entry.code)
            or summed.judges < 1
            or len(summed.sums) != n_criteria
            or len(summed.lowest) != extremes
            or len(summed.highest) != extremes
        ):
            raise ValueError(f"summed marks of {entry.code!r} do not fit the round's rules")

    def _count_sheets(self, work: _Work) -> None:
        n_criteria = len(self.criteria)
        for sheet in work.entry.sheets:
            judge = self.judges.get(sheet.judge)
            if judge is None or judge.role not in COUNTING_ROLES:
                continue
            state = str(sheet.state)
            if state == SheetState.RECUSED:
                continue
            if state not in self.counting_states:
                work.missing.append(
                    Note.of(
                        "not_started" if state == SheetState.NOT_STARTED else "not_submitted",
                        judge=sheet.judge,
                    )
                )
                continue
            values = sheet.values
            if len(values) != n_criteria or None in values:
                for i, criterion in enumerate(self.criteria):
                    if i >= len(values) or values[i] is None:
                        work.missing.append(
                            Note.of("mark_missing", judge=sheet.judge, criterion=criterion.code)
                        )
                continue
            work.counted.append(sheet)
        if not work.counted and not work.missing:
            work.missing.append(Note.of("no_counted_marks"))

    # -- 3-4. panel marks and weighting ------------------------------------------------------
    def panels(self, work: _Work) -> None:
        # This runs once per entry (10,000 times in the benchmark): equal sets of marks share
        # one computed panel, so the work per criterion is a sum and a dictionary look-up.
        # Counted sheets have every mark (see count): the columns are the criteria's marks.
        summed = work.entry.sums
        keys = self._summed_keys(summed) if summed is not None else self._keys(work.counted)
        get = self._memo.get
        panels = work.panels = [get(key) or self._panel(key) for key in keys]
        wp = self.rules.weighted_places
        if wp is not None:
            work.jury = Fraction(sum([p.scaled for p in panels]), 10**wp)
        else:
            work.jury = sum([p.weighted for p in panels], Fraction(0))

    def _summed_keys(self, summed: MarkSums) -> list[_Key]:
        """The panel keys from summed marks: the mean's sum and count, or for a trimmed mean
        dropping one mark at each end, the sum less the lowest and the highest over n − 2."""
        n = summed.judges
        if self.trims_one:
            return [
                (index, total - low - high, n - 2)
                for index, (total, low, high) in enumerate(
                    zip(summed.sums, summed.lowest, summed.highest, strict=True)
                )
            ]
        return [(index, total, n) for index, total in enumerate(summed.sums)]

    def _keys(self, counted: list[SheetInput]) -> list[_Key]:
        columns = zip(*[cast("tuple[int, ...]", s.values) for s in counted], strict=True)
        keys: list[_Key]
        if self.rules.aggregate == Aggregate.MEAN:  # the mean needs only the sum
            n = len(counted)
            keys = [(index, sum(column), n) for index, column in enumerate(columns)]
        else:
            keys = [(index, tuple(sorted(column)), 0) for index, column in enumerate(columns)]
        return keys

    def _exact_panel(self, key: _Key) -> Fraction:
        rules = self.rules
        _, data, count = key
        if isinstance(data, int):
            return Fraction(data, count * MARK_SCALE)
        values = list(data)
        if rules.aggregate == Aggregate.MEDIAN:
            n = len(values)
            mid = n // 2
            if n % 2:
                return Fraction(values[mid], MARK_SCALE)
            return Fraction(values[mid - 1] + values[mid], 2 * MARK_SCALE)
        kept = values[rules.trim : len(values) - rules.trim]
        return Fraction(sum(kept), len(kept) * MARK_SCALE)

    def _panel(self, key: _Key) -> _Panel:
        """Compute (and remember) the panel and weighted marks for one key of ``panels``."""
        rules = self.rules
        criterion = self.criteria[key[0]]
        panel = _round(self._exact_panel(key), rules.panel_places)
        weighted = _round(panel * Fraction(criterion.weight), rules.weighted_places)
        scaled = (
            int(weighted * 10**rules.weighted_places) if rules.weighted_places is not None else 0
        )
        shown = _dec(panel, rules.panel_places)
        weighted_shown = _dec(weighted, rules.weighted_places)
        result = CriterionResult(
            criterion=criterion.code,
            name=criterion.name,
            weight=criterion.weight,
            marks=(),
            panel=shown,
            weighted=weighted_shown,
        )
        panel_result = _Panel(shown, weighted, weighted_shown, scaled, result)
        self._memo[key] = panel_result
        return panel_result

    # -- 2. normalisation --------------------------------------------------------------------
    def normalise(self, works: list[_Work]) -> None:
        weights = [Fraction(c.weight) for c in self.criteria]
        totals: dict[str, list[tuple[_Work, Fraction]]] = {}
        for work in works:
            for sheet in work.counted:
                values = cast("tuple[int, ...]", sheet.values)
                total = (
                    sum((v * w for v, w in zip(values, weights, strict=True)), Fraction(0))
                    / MARK_SCALE
                )
                totals.setdefault(sheet.judge, []).append((work, total))
        everything = [t for pairs in totals.values() for _, t in pairs]
        if not everything:
            return
        panel_mean = sum(everything, Fraction(0)) / len(everything)
        panel_sd = _sqrt(
            sum(((t - panel_mean) ** 2 for t in everything), Fraction(0)) / len(everything)
        )
        self.flags.append(
            (
                None,
                Note.of(
                    "normalisation_panel",
                    mean=_txt(panel_mean),
                    spread=f"{panel_sd:.{NORM_PLACES}f}",
                ),
            )
        )
        quantum = Decimal(1).scaleb(-NORM_PLACES)
        per_entry: dict[str, list[Fraction]] = {}
        for judge in sorted(totals):
            pairs = totals[judge]
            n = len(pairs)
            mean = sum((t for _, t in pairs), Fraction(0)) / n
            variance = sum(((t - mean) ** 2 for _, t in pairs), Fraction(0)) / n
            if n == 1 or variance == 0:
                why = "one_entry" if n == 1 else "no_spread"
                self.flags.append((None, Note.of(f"normalisation_{why}", judge=judge)))
                for work, t in pairs:
                    per_entry.setdefault(work.code, []).append(t)
                    work.jury_steps.append(
                        _step(Note.of(f"judge_as_is_{why}", judge=judge), _txt(t))
                    )
                continue
            sd = _sqrt(variance)
            for work, t in pairs:
                with localcontext(_APPROX):
                    diff = t - mean
                    z = (Decimal(diff.numerator) / Decimal(diff.denominator)) / sd
                    mapped = (
                        Decimal(panel_mean.numerator) / Decimal(panel_mean.denominator)
                        + z * panel_sd
                    )
                    normal = mapped.quantize(quantum, rounding=ROUND_HALF_UP)
                per_entry.setdefault(work.code, []).append(Fraction(normal))
                work.jury_steps.append(
                    _step(
                        Note.of(
                            "judge_normalised",
                            judge=judge,
                            total=_txt(t),
                            mean=_txt(mean),
                            spread=f"{sd:.{NORM_PLACES}f}",
                            z=f"{z:.{NORM_PLACES}f}",
                        ),
                        f"{_txt(panel_mean)} + z × {panel_sd:.{NORM_PLACES}f} = {mapped}",
                        str(normal),
                        NORM_PLACES,
                    )
                )
        places = self.rules.total_places if self.rules.total_places is not None else NORM_PLACES
        for work in works:
            normals = per_entry[work.code]
            exact = sum(normals, Fraction(0)) / len(normals)
            work.jury = _round(exact, places)
            work.jury_steps.append(
                _step(
                    Note.of("jury_normalised", n=len(normals)),
                    _txt(exact),
                    str(_dec(work.jury, places)),
                    places,
                )
            )

    # -- 5. components -----------------------------------------------------------------------
    def components(self, groups: Mapping[str | None, list[_Work]]) -> None:
        for comp in self.rnd.components:
            for category, works in groups.items():
                if comp.scale == "share_of_max":
                    self._share_of_max(comp, category, works)
                    continue
                for work in works:
                    raw = work.entry.components.get(comp.code)
                    exact = Fraction(raw) if raw is not None else Fraction(0)
                    work.components[comp.code] = (raw, _round(exact, comp.places))

    def _share_of_max(self, comp: ComponentDef, category: str | None, works: list[_Work]) -> None:
        points = Fraction(comp.points if comp.points is not None else 0)
        raws = [w.entry.components.get(comp.code) for w in works if w.status != STATUS_WITHDRAWN]
        largest = Fraction(max((r for r in raws if r is not None), default=Decimal(0)))
        if largest <= 0:
            self.flags.append((category, Note.of("largest_zero", component=comp.code)))
        self.largest[comp.code, category] = largest
        # points × raw ÷ largest, as one integer ratio per entry (this runs 10,000 times)
        scale = points / largest if largest > 0 else Fraction(0)
        num, den = scale.numerator, scale.denominator
        places = comp.places
        made: dict[Decimal, Fraction] = {}  # equal raw values, one value
        for work in works:
            raw = work.entry.components.get(comp.code)
            if raw is None or not num:
                work.components[comp.code] = (raw, Fraction(0))
                continue
            value = made.get(raw)
            if value is None:
                raw_num, raw_den = raw.as_integer_ratio()
                if places is None:
                    value = Fraction(num * raw_num, den * raw_den)
                else:
                    q = 10**places
                    value = Fraction(_round_half_up(num * raw_num * q, den * raw_den), q)
                made[raw] = value
            work.components[comp.code] = (raw, value)

    def _component_step(self, work: _Work, comp: ComponentDef) -> Step:
        raw, value = work.components[comp.code]
        exact_raw = Fraction(raw) if raw is not None else Fraction(0)
        rounded = str(_dec(value, comp.places)) if comp.places is not None else None
        if comp.scale != "share_of_max":
            kind = "component_given" if raw is not None else "component_none"
            return _step(Note.of(kind, component=comp.code), _txt(exact_raw), rounded, comp.places)
        group = work.entry.category if self.competition.categories else None
        largest = self.largest[comp.code, group]
        points = Fraction(comp.points if comp.points is not None else 0)
        exact = points * exact_raw / largest if largest > 0 else Fraction(0)
        return _step(
            Note.of("component_share", component=comp.code),
            f"{_txt(points)} × {_txt(exact_raw)} ÷ {_txt(largest)} = {_txt(exact)}",
            rounded,
            comp.places,
        )

    # -- 5-6. totals and the ordering key ----------------------------------------------------
    def total(self, work: _Work) -> None:
        assert work.jury is not None
        final = work.jury
        for comp in self.rnd.components:
            value = work.components[comp.code][1]
            final = final + value if comp.kind == ComponentKind.BONUS else final - value
        work.final = _round(final, self.rules.total_places)
        metrics = [work.final]
        for metric in self.chain:
            if metric.kind is MetricKind.JURY_TOTAL:
                metrics.append(work.jury)
            elif metric.kind is MetricKind.CRITERION:
                metrics.append(work.panels[self.criterion_index[metric.code]].weighted)
            else:
                metrics.append(work.components[metric.code][1])
        work.metrics = metrics

    def _total_steps(self, work: _Work) -> list[Step]:
        """How a ranked entry's jury total (a sum) and final total came about."""
        assert work.jury is not None and work.final is not None
        steps = []
        jury_shown = _dec(work.jury, self.jury_places)
        parts = [str(jury_shown)]
        final = work.jury
        for comp in self.rnd.components:
            value = work.components[comp.code][1]
            final = final + value if comp.kind == ComponentKind.BONUS else final - value
            sign = "+" if comp.kind == ComponentKind.BONUS else "−"
            parts.append(f"{sign} {_dec(value, comp.places)}")
        if self.rules.normalise != Normalise.ZSCORE:
            weighted = [p.weighted_shown for p in work.panels]
            steps.append(
                _step(
                    Note.of("jury_sum"),
                    " + ".join(str(w) for w in weighted) + f" = {jury_shown}",
                )
            )
        places = self.rules.total_places
        steps.append(
            _step(
                Note.of("final_total"),
                " ".join(parts) + f" = {_txt(final)}",
                str(_dec(work.final, places)) if places is not None else None,
                places,
            )
        )
        return steps

    # -- 6. units and ranks ------------------------------------------------------------------
    def units(self, works: Iterable[_Work], category: str | None) -> list[list[_Work]]:
        """Order entries by key; what stays equal forms one unit, unless the chair's recorded
        order for exactly that group splits it into single entries."""
        ordered = sorted(works, key=lambda w: (w.key, w.code))
        units: list[list[_Work]] = []
        i = 0
        while i < len(ordered):
            j = i + 1
            while j < len(ordered) and ordered[j].key == ordered[i].key:
                j += 1
            group = ordered[i:j]
            i = j
            if len(group) == 1:
                units.append(group)
                continue
            codes = frozenset(w.code for w in group)
            decision = self.decisions.get(codes)
            if decision is None:
                units.append(group)
                self.ties.setdefault(tuple(w.code for w in group), category)
                continue
            self.decided.setdefault(decision.entries, category)
            by_code = {w.code: w for w in group}
            for code in decision.entries:
                units.append([by_code[code]])
                by_code[code].tie_decision = decision.reason
        return units

    def rank(self, units: list[list[_Work]], category: str | None) -> None:
        position = 1
        for unit in units:
            for work in unit:
                work.rank = position
                work.tied = len(unit) > 1
            if len(unit) > 1:
                codes = ", ".join(w.code for w in unit)
                for work in unit:
                    work.flags.append(Note.of("tied"))
                self.flags.append((category, Note.of("tie_group", codes=codes, rank=position)))
            position += len(unit)

    # -- 7. advancement and prizes -----------------------------------------------------------
    def take(
        self,
        units: list[list[_Work]],
        quota: int | None,
        min_total: Decimal | None,
        on_tie: OnTie,
        what: tuple[str, str, str],
        category: str | None,
    ) -> tuple[list[_Work], list[_Work]]:
        """Who gets in (top ``quota``, at least ``min_total``) and who is held at the boundary
        by an unresolved tie under ``on_tie = "chair"``. ``what`` names the boundary for the
        notes: ``("advance", "round", code)`` or ``("prize", "prize", code)``."""
        prefix, name, code = what
        taken: list[_Work] = []
        floor = Fraction(min_total) if min_total is not None else None
        for unit in units:
            assert unit[0].final is not None
            if floor is not None and unit[0].final < floor:
                break
            if quota is None or len(taken) + len(unit) <= quota:
                taken.extend(unit)
                continue
            if len(taken) < quota:
                codes = ", ".join(w.code for w in unit)
                if on_tie == OnTie.SHARE:
                    taken.extend(unit)
                    shared = Note.of(f"{prefix}_boundary_shared", codes=codes, **{name: code})
                    self.flags.append((category, shared))
                    continue
                note = Note.of(
                    f"{prefix}_boundary_tie",
                    codes=codes,
                    places=quota - len(taken),
                    **{name: code},
                )
                self.flags.append((category, note))
                self.blocking.append((category, note))
                for work in unit:
                    work.flags.append(Note.of(f"{prefix}_boundary_held", **{name: code}))
                return taken, unit
            break
        return taken, []

    def advance(self, works: list[_Work], pools: Mapping[str | None, list[_Work]]) -> None:
        rule = self.rnd.advance
        if rule is None:
            return
        what = ("advance", "round", self.rnd.code)
        targets = pools.items() if rule.per_category else [(None, works)]
        for category, pool in targets:
            taken, _ = self.take(
                self.units(pool, category), rule.top, rule.min_total, rule.on_tie, what, category
            )
            for work in taken:
                work.advanced = True

    def prizes(self, works: list[_Work], pools: Mapping[str | None, list[_Work]]) -> None:
        if not self.competition.rounds or self.competition.rounds[-1].code != self.rnd.code:
            return
        prizes = self.competition.prizes
        whole = self.units(works, None) if any(not p.per_category for p in prizes) else []
        per_pool = (
            {category: self.units(pool, category) for category, pool in pools.items()}
            if any(p.per_category for p in prizes)
            else {}
        )
        done: set[str] = set()
        for prize in prizes:
            targets = per_pool.items() if prize.per_category else [(None, whole)]
            for category, units in targets:
                left = [u for u in units if u[0].code not in done]
                taken, held = self.take(
                    left,
                    prize.count,
                    prize.min_total,
                    prize.on_tie,
                    ("prize", "prize", prize.code),
                    category,
                )
                for work in taken:
                    work.prize = prize.code
                    done.add(work.code)
                for work in held:  # not given a lower rung while the chair has not decided
                    done.add(work.code)

    # -- results -----------------------------------------------------------------------------
    def criterion_results(self, work: _Work, explain: bool) -> tuple[CriterionResult, ...]:
        ranked = work.status == STATUS_RANKED
        if not explain:  # shared values: no judges' marks, no steps
            if ranked:
                return tuple([p.result for p in work.panels])
            return self._unranked_criteria
        results = []
        for index, criterion in enumerate(self.criteria):
            panel = work.panels[index] if ranked else None
            marks, steps = self._explain_criterion(work, index, criterion, panel)
            results.append(
                CriterionResult(
                    criterion=criterion.code,
                    name=criterion.name,
                    weight=criterion.weight,
                    marks=marks,
                    panel=panel.shown if panel is not None else None,
                    weighted=panel.weighted_shown if panel is not None else None,
                    steps=steps,
                )
            )
        return tuple(results)

    def _component_results(self, work: _Work, explain: bool) -> tuple[ComponentResult, ...]:
        """The components' values of one entry; without steps, equal raw values (written
        alike: "1.0" is not "1") in one ranking group make equal results, made once."""
        key = (
            work.entry.category,
            tuple([str(work.components[c.code][0]) for c in self.rnd.components]),
        )
        if not explain:
            found = self._component_memo.get(key)
            if found is not None:
                return found
        results = []
        for comp in self.rnd.components:
            raw, value = work.components[comp.code]
            results.append(
                ComponentResult(
                    component=comp.code,
                    name=comp.name,
                    kind=comp.kind,
                    raw=raw,
                    value=_dec(value, comp.places),
                    steps=(self._component_step(work, comp),) if explain else (),
                )
            )
        made = tuple(results)
        if not explain:
            self._component_memo[key] = made
        return made

    def _explain_criterion(
        self,
        work: _Work,
        index: int,
        criterion: Criterion,
        panel: _Panel | None,
    ) -> tuple[tuple[JudgeMark, ...], tuple[Step, ...]]:
        rules = self.rules
        counted_ids = {id(sheet) for sheet in work.counted}
        counted: list[tuple[int, str]] = sorted(
            (cast(int, sheet.values[index]), sheet.judge) for sheet in work.counted
        )
        dropped: set[str] = set()
        if rules.aggregate == Aggregate.TRIMMED_MEAN and panel is not None:
            for _, judge in counted[: rules.trim] + counted[len(counted) - rules.trim :]:
                dropped.add(judge)
        marks = []
        made = self._judge_marks  # equal marks are one immutable value, made once
        for sheet in sorted(work.entry.sheets, key=lambda s: s.judge):
            value = sheet.values[index] if index < len(sheet.values) else None
            key = (sheet.judge, value, id(sheet) in counted_ids, sheet.judge in dropped)
            mark = made.get(key)
            if mark is None:
                info = self.judges.get(sheet.judge)
                mark = made[key] = JudgeMark(
                    judge=sheet.judge,
                    judge_name=info.name if info else sheet.judge,
                    role=info.role if info else Role.MEMBER,
                    value=_mark(value) if value is not None else None,
                    counted=key[2],
                    dropped=key[3],
                    normalised=None,
                )
            marks.append(mark)
        if panel is None:
            return tuple(marks), ()
        values = [v for v, _ in counted]
        steps_key = (index, tuple(values))
        steps = self._steps.get(steps_key)
        if steps is None:
            steps = self._steps[steps_key] = self._criterion_steps(
                index, criterion, panel, values, [v for v, j in counted if j not in dropped]
            )
        return tuple(marks), steps

    def _criterion_steps(
        self,
        index: int,
        criterion: Criterion,
        panel: _Panel,
        values: list[int],
        kept_values: list[int],
    ) -> tuple[Step, ...]:
        """How a panel mark and its weighted mark came about; the same for the same marks."""
        rules = self.rules
        shown = " + ".join(str(_mark(v)) for v in kept_values)
        if rules.aggregate == Aggregate.MEAN:
            label = Note.of("panel_mean", n=len(values))
            exact = Fraction(sum(values), len(values) * MARK_SCALE)
            expression = f"({shown}) ÷ {len(values)} = {_txt(exact)}"
        elif rules.aggregate == Aggregate.MEDIAN:
            # The marks in order and the middle: no words, so any language reads it.
            label = Note.of("panel_median", n=len(values))
            exact = self._exact_panel((index, tuple(values), 0))
            expression = f"{' ≤ '.join(str(_mark(v)) for v in values)} → {_txt(exact)}"
        else:
            label = Note.of("panel_trimmed", n=len(values), trim=rules.trim)
            exact = self._exact_panel((index, tuple(values), 0))
            expression = f"({shown}) ÷ {len(kept_values)} = {_txt(exact)}"
        pp, wp = rules.panel_places, rules.weighted_places
        return (
            _step(label, expression, str(panel.shown) if pp is not None else None, pp),
            _step(
                Note.of("weighted"),
                f"{panel.shown} × {criterion.weight} = "
                f"{_txt(Fraction(panel.shown) * Fraction(criterion.weight))}",
                str(panel.weighted_shown) if wp is not None else None,
                wp,
            ),
        )

    def entry_result(self, work: _Work, explain: bool) -> EntryResult:
        ranked = work.status == STATUS_RANKED
        components: tuple[ComponentResult, ...] = ()
        if self.rnd.components:
            components = self._component_results(work, explain)
        places = self.rules.total_places
        jury_places = self.jury_places
        return EntryResult(
            entry=work.code,
            title=work.entry.title,
            category=work.entry.category,
            status=work.status,
            rank=work.rank,
            tied=work.tied,
            final_total=_dec(work.final, places) if ranked and work.final is not None else None,
            jury_total=(_dec(work.jury, jury_places) if ranked and work.jury is not None else None),
            criteria=self.criterion_results(work, explain),
            components=components,
            prize=work.prize,
            advanced=work.advanced,
            tie_decision=work.tie_decision,
            missing=tuple([n.text for n in work.missing]) if work.missing else (),
            steps=(
                (*work.jury_steps, *(self._total_steps(work) if ranked else ()))
                if explain
                else ()
            ),
            flags=tuple([n.text for n in work.flags]) if work.flags else (),
            missing_notes=tuple(work.missing),
            flag_notes=tuple(work.flags),
        )


def rank_round(
    competition: Competition,
    round_code: str,
    entries: Iterable[EntryInput],
    judges: Iterable[JudgeInfo],
    *,
    decisions: Sequence[TieDecision] = (),
    drafts: bool = False,
    category: str | None = None,
    explain: bool | Container[str] = True,
) -> RoundResult:
    """Rank one round. The whole round is always computed (normalisation, the largest value
    of a share-of-max component and prize pools do not depend on what is shown); ``category``
    only selects the results returned. ``explain`` says for which entries the judges' marks
    and the explanation steps are built (all, none, or a set of entry codes)."""
    ranked = RankedRound(
        competition,
        round_code,
        entries,
        judges,
        decisions=decisions,
        drafts=drafts,
        explain=explain,
    )
    return ranked.result(category)


class RankedRound:
    """One round ranked: its result for the whole round or any category, asked as often as
    wanted, and any one entry explained afterwards from its sheets (the ranking is not done
    again). What the constructor takes is what ``rank_round`` takes."""

    def __init__(
        self,
        competition: Competition,
        round_code: str,
        entries: Iterable[EntryInput],
        judges: Iterable[JudgeInfo],
        *,
        decisions: Sequence[TieDecision] = (),
        drafts: bool = False,
        explain: bool | Container[str] = False,
    ) -> None:
        rnd = competition.round(round_code)
        if rnd is None:
            raise ValueError(f"no round {round_code!r}")
        self.competition = competition
        self.round = rnd
        self.drafts = drafts
        ranker = self._ranker = _Ranker(
            competition, rnd, {j.code: j for j in judges}, decisions, drafts, explain
        )
        unknown_position = len(competition.categories)
        works = [
            _Work(e, ranker.category_position.get(e.category or "", unknown_position))
            for e in entries
        ]
        if drafts:
            ranker.flags.append((None, Note.of("provisional")))
        # Ranking groups: categories when the competition has them.
        groups: dict[str | None, list[_Work]] = {}
        for work in works:
            ranker.count(work)
            group = work.entry.category if competition.categories else None
            groups.setdefault(group, []).append(work)
        complete = [w for w in works if w.status == STATUS_RANKED]
        for work in complete:
            ranker.panels(work)
        if rnd.ranking.normalise == Normalise.ZSCORE:
            ranker.normalise(complete)
        ranker.components(groups)
        for work in complete:
            ranker.total(work)
        _integer_keys(complete, ranker.directions)
        pools: dict[str | None, list[_Work]] = {}
        for group_code, members in groups.items():
            pool = [w for w in members if w.status == STATUS_RANKED]
            pools[group_code] = pool
            ranker.rank(ranker.units(pool, group_code), group_code)
        ranker.advance(complete, pools)
        ranker.prizes(complete, pools)
        incomplete = [w for w in works if w.status == STATUS_INCOMPLETE]
        if incomplete and not drafts:
            for work in incomplete:
                ranker.blocking.append(
                    (work.entry.category, Note.of("incomplete", *work.missing, entry=work.code))
                )
        status_order = {STATUS_RANKED: 0, STATUS_INCOMPLETE: 1, STATUS_WITHDRAWN: 2}
        self._shown = sorted(
            works,
            key=lambda w: (
                status_order[w.status],
                w.position,
                w.entry.category or "",
                w.rank or 0,
                w.code,
            ),
        )
        self._by_code = {w.code: w for w in works}
        self._made: dict[str, EntryResult] = {}  # each entry's result, made when first asked

    def __contains__(self, entry: object) -> bool:
        return entry in self._by_code

    def result(self, category: str | None = None) -> RoundResult:
        """The round's result (of one category, when named): the same value each time."""
        ranker = self._ranker

        def wanted(cat: str | None) -> bool:
            return category is None or cat is None or cat == category

        flags = tuple(note for cat, note in ranker.flags if wanted(cat))
        blocking = tuple(note for cat, note in ranker.blocking if wanted(cat))
        made = self._made
        results = []
        for work in self._shown:
            if category is not None and work.entry.category != category:
                continue
            found = made.get(work.code)
            if found is None:
                found = made[work.code] = ranker.entry_result(work, ranker.explains(work.code))
            results.append(found)
        rnd = self.round
        return RoundResult(
            competition=self.competition.code,
            round=rnd.code,
            category=category,
            drafts=self.drafts,
            status=rnd.status,
            results=tuple(results),
            flags=tuple(note.text for note in flags),
            ties=tuple(codes for codes, cat in ranker.ties.items() if wanted(cat)),
            decided=tuple(codes for codes, cat in ranker.decided.items() if wanted(cat)),
            blocking=tuple(note.text for note in blocking),
            flag_notes=flags,
            blocking_notes=blocking,
        )

    def explain(self, entry: EntryInput) -> EntryResult:
        """One entry's result opened down to every judge's mark and every rounding: ``entry``
        is the entry as ranked, with every sheet (not summed). Equal to the entry's result
        when the round is ranked with ``explain`` naming it."""
        kept = self._by_code.get(entry.code)
        if kept is None:
            raise KeyError(entry.code)
        if entry.sums is not None:
            raise ValueError(f"{entry.code!r}: an explanation needs every sheet, not sums")
        work = _Work(entry, kept.position)
        self._ranker.count(work)  # which of the sheets count (and which marks are dropped)
        # Everything else was decided with the whole round: taken from the ranking as made.
        work.status = kept.status
        work.missing = kept.missing
        work.flags = kept.flags
        work.panels = kept.panels
        work.jury = kept.jury
        work.components = kept.components
        work.final = kept.final
        work.rank = kept.rank
        work.tied = kept.tied
        work.tie_decision = kept.tie_decision
        work.prize = kept.prize
        work.advanced = kept.advanced
        work.jury_steps = kept.jury_steps
        return self._ranker.entry_result(work, True)


def _integer_keys(works: list[_Work], directions: list[bool]) -> None:
    """Turn each entry's metrics into integers over one denominator per metric (exact, and
    far quicker to sort and compare than fractions)."""
    if not works:
        return
    keys: list[list[int]] = [[] for _ in works]
    for column, larger_first in enumerate(directions):
        common = 1
        for den in {w.metrics[column].denominator for w in works}:
            common = lcm(common, den)
        sign = -1 if larger_first else 1
        for key, w in zip(keys, works, strict=True):
            value = w.metrics[column]
            key.append(sign * value.numerator * (common // value.denominator))
    for key, w in zip(keys, works, strict=True):
        w.key = tuple(key)
