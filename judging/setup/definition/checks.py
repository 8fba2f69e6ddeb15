"""Checking a ``Competition`` (shared by files and editors)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from decimal import Decimal

from judging.model import (
    Aggregate,
    Band,
    Competition,
    Criterion,
    Round,
)
from judging.number_syntax import DEFINITION_BOUNDS, decimals, shown, within_digits
from judging.numbers import MARK_PLACES, is_multiple
from judging.problems import ProblemCode as P
from judging.ranking.rules import BadTieBreak, MetricKind, TieBreak
from judging.setup.definition.issues import _CODE, SHARE_OF_MAX, Issue, Path, _Issues

# ---------------------------------------------------------------------------------------------
# Checking a Competition (shared by files and editors)
# ---------------------------------------------------------------------------------------------


def check(competition: Competition) -> list[Issue]:
    """Every fault of a definition (empty when it is sound)."""
    issues = _Issues()
    _check(competition, issues)
    return issues.items


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _check_code(issues: _Issues, path: Path, code: str) -> None:
    if not code.strip():
        issues.add(path, P.DEF_CODE_EMPTY)
    elif not _CODE.fullmatch(code):
        issues.add(path, P.DEF_CODE_CHARACTERS, code=code)


def _check_name(issues: _Issues, path: Path, name: str) -> None:
    if not name.strip():
        issues.add(path, P.DEF_NAME_EMPTY)


def _check_duplicates(issues: _Issues, base: Path, codes: Sequence[str], what: P) -> None:
    seen: set[str] = set()
    for index, code in enumerate(codes):
        if code in seen and code.strip():
            issues.add((*base, index, "code"), P.DEF_DUPLICATE_CODE, what=what, code=code)
        seen.add(code)


def _check_places(issues: _Issues, path: Path, places: int | None) -> None:
    if places is not None and places < 0:
        issues.add(path, P.DEF_NEGATIVE, key=path[-1], value=places)


def _check_min_total(issues: _Issues, path: Path, value: Decimal | None) -> None:
    if value is not None and value < 0:
        issues.add(path, P.DEF_NEGATIVE, key="min_total", value=value)


def _check(c: Competition, issues: _Issues) -> None:
    def add(path: Path, code: P, /, **params: object) -> None:
        if not issues.covered(path):
            issues.add(path, code, **params)

    quiet = _Issues(bad=issues.bad)  # collects, then filtered through ``add``

    _check_code(quiet, ("competition", "code"), c.code)
    _check_name(quiet, ("competition", "name"), c.name)
    for i, cat in enumerate(c.categories):
        _check_code(quiet, ("categories", i, "code"), cat.code)
        _check_name(quiet, ("categories", i, "name"), cat.name)
    _check_duplicates(quiet, ("categories",), [x.code for x in c.categories], P.TERM_CATEGORY)
    if not c.rounds:
        add(("rounds",), P.DEF_NO_ROUND)
    _check_duplicates(quiet, ("rounds",), [r.code for r in c.rounds], P.TERM_ROUND)
    for r_index, rnd in enumerate(c.rounds):
        _check_round(quiet, c, r_index, rnd)
    for p_index, prize in enumerate(c.prizes):
        base: Path = ("prizes", p_index)
        _check_code(quiet, (*base, "code"), prize.code)
        _check_name(quiet, (*base, "name"), prize.name)
        if prize.count is not None and prize.count < 1:
            add((*base, "count"), P.DEF_AT_LEAST_ONE, key="count", value=prize.count)
        _check_min_total(quiet, (*base, "min_total"), prize.min_total)
        if prize.count is None and prize.min_total is None:
            add(base, P.DEF_PRIZE_NEEDS_LIMIT, prize=prize.code)
        if prize.per_category and not c.categories:
            add((*base, "per_category"), P.DEF_PER_CATEGORY_WITHOUT_CATEGORIES)
    _check_duplicates(quiet, ("prizes",), [p.code for p in c.prizes], P.TERM_PRIZE)
    _check_bounds(quiet, c)
    for issue in quiet.items:
        if not issues.covered(issue.path):
            issues.items.append(issue)


def _bounded_numbers(c: Competition) -> Iterator[tuple[str, Path, Decimal | int | None]]:
    """Every number of a competition with its table kind (``DEFINITION_BOUNDS``) and path."""
    for r_index, rnd in enumerate(c.rounds):
        base: Path = ("rounds", r_index)
        yield "round", (*base, "judges_per_entry"), rnd.judges_per_entry
        for c_index, criterion in enumerate(rnd.criteria):
            cbase: Path = (*base, "criteria", c_index)
            for key in ("max", "step", "weight"):
                yield "criterion", (*cbase, key), getattr(criterion, key)
            for b_index, band in enumerate(criterion.bands):
                yield "band", (*cbase, "bands", b_index, "min"), band.min
                yield "band", (*cbase, "bands", b_index, "max"), band.max
        for key in ("trim", "panel_places", "weighted_places", "total_places"):
            yield "ranking", (*base, "ranking", key), getattr(rnd.ranking, key)
        for k_index, comp in enumerate(rnd.components):
            yield "component", (*base, "components", k_index, "points"), comp.points
            yield "component", (*base, "components", k_index, "places"), comp.places
        if rnd.advance is not None:
            yield "advance", (*base, "advance", "top"), rnd.advance.top
            yield "advance", (*base, "advance", "min_total"), rnd.advance.min_total
    for p_index, prize in enumerate(c.prizes):
        yield "prize", ("prizes", p_index, "count"), prize.count
        yield "prize", ("prizes", p_index, "min_total"), prize.min_total


def _check_bounds(issues: _Issues, c: Competition) -> None:
    """Numbers larger, or finer, than their key allows (judging.number_syntax)."""
    for kind, path, value in _bounded_numbers(c):
        key = str(path[-1])
        bound = DEFINITION_BOUNDS[(kind, key)]
        if value is None:
            continue
        if value > bound.high:
            issues.add(path, P.DEF_TOO_LARGE, key=key, value=shown(value), high=bound.high)
        elif value < -bound.high:
            issues.add(path, P.DEF_NEGATIVE, key=key, value=shown(value))
        elif decimals(value) > bound.places and (
            # a mark's places are worded by the criterion check, unless it cannot run
            kind not in ("criterion", "band") or key == "weight" or not within_digits(value)
        ):
            issues.add(
                path, P.DEF_TOO_MANY_PLACES, key=key, value=shown(value), places=bound.places
            )


def _check_round(issues: _Issues, c: Competition, r_index: int, rnd: Round) -> None:
    base: Path = ("rounds", r_index)
    _check_code(issues, (*base, "code"), rnd.code)
    _check_name(issues, (*base, "name"), rnd.name)
    if rnd.judges_per_entry < 1:
        issues.add(
            (*base, "judges_per_entry"),
            P.DEF_AT_LEAST_ONE,
            key="judges_per_entry",
            value=rnd.judges_per_entry,
        )
    if not rnd.criteria:
        issues.add(base, P.DEF_ROUND_NO_CRITERION, round=rnd.code)
    for c_index, criterion in enumerate(rnd.criteria):
        _check_criterion(issues, (*base, "criteria", c_index), criterion)
    _check_duplicates(issues, (*base, "criteria"), [x.code for x in rnd.criteria], P.TERM_CRITERION)
    for k_index, comp in enumerate(rnd.components):
        kbase: Path = (*base, "components", k_index)
        _check_code(issues, (*kbase, "code"), comp.code)
        _check_name(issues, (*kbase, "name"), comp.name)
        if comp.scale is not None and comp.scale != SHARE_OF_MAX:
            issues.add((*kbase, "scale"), P.DEF_SCALE_UNKNOWN, scale=comp.scale, known=SHARE_OF_MAX)
        elif comp.scale == SHARE_OF_MAX:
            if comp.points is None:
                issues.add(kbase, P.DEF_SCALE_NEEDS_POINTS, component=comp.code, scale=SHARE_OF_MAX)
            elif comp.points <= 0:
                issues.add((*kbase, "points"), P.DEF_ABOVE_ZERO, key="points", value=comp.points)
        elif comp.points is not None or comp.places is not None:
            issues.add(
                (*kbase, "points" if comp.points is not None else "places"),
                P.DEF_POINTS_WITHOUT_SCALE,
                scale=SHARE_OF_MAX,
            )
        _check_places(issues, (*kbase, "places"), comp.places)
    _check_duplicates(
        issues, (*base, "components"), [x.code for x in rnd.components], P.TERM_COMPONENT
    )
    _check_ranking(issues, base, rnd)
    adv = rnd.advance
    if adv is not None:
        abase: Path = (*base, "advance")
        if adv.top is not None and adv.top < 1:
            issues.add((*abase, "top"), P.DEF_AT_LEAST_ONE, key="top", value=adv.top)
        _check_min_total(issues, (*abase, "min_total"), adv.min_total)
        if adv.top is None and adv.min_total is None:
            issues.add(abase, P.DEF_ADVANCE_NEEDS_LIMIT)
        if adv.per_category and not c.categories:
            issues.add((*abase, "per_category"), P.DEF_PER_CATEGORY_WITHOUT_CATEGORIES)
        if r_index == len(c.rounds) - 1:
            issues.add(abase, P.DEF_LAST_ROUND_ADVANCES, round=rnd.code)


def _check_criterion(issues: _Issues, base: Path, criterion: Criterion) -> None:
    _check_code(issues, (*base, "code"), criterion.code)
    _check_name(issues, (*base, "name"), criterion.name)
    bands = (v for band in criterion.bands for v in (band.min, band.max))
    if not all(within_digits(v) for v in (criterion.max, criterion.step, *bands)):
        return  # _check_bounds words them; arithmetic on such numbers could overflow
    step_ok = True
    for key, value in (("max", criterion.max), ("step", criterion.step)):
        if value <= 0:
            issues.add((*base, key), P.DEF_ABOVE_ZERO, key=key, value=value)
            step_ok = False
        elif _places(value) > MARK_PLACES:
            issues.add(
                (*base, key), P.DEF_TOO_MANY_PLACES, key=key, value=value, places=MARK_PLACES
            )
            step_ok = False
    if criterion.weight <= 0:
        issues.add((*base, "weight"), P.DEF_ABOVE_ZERO, key="weight", value=criterion.weight)
    if step_ok and not is_multiple(criterion.max, criterion.step):
        issues.add((*base, "step"), P.DEF_STEP_NOT_DIVIDING, step=criterion.step, max=criterion.max)
        step_ok = False
    in_range: list[tuple[int, Band]] = []
    for b_index, band in enumerate(criterion.bands):
        bpath: Path = (*base, "bands", b_index)
        if band.min > band.max:
            issues.add(bpath, P.DEF_BAND_REVERSED, low=band.min, high=band.max)
            continue
        if band.min < 0 or (criterion.max > 0 and band.max > criterion.max):
            issues.add(bpath, P.DEF_BAND_OUTSIDE, low=band.min, high=band.max, max=criterion.max)
            continue
        if step_ok:
            for key, value in (("min", band.min), ("max", band.max)):
                if not is_multiple(value, criterion.step):
                    issues.add(
                        (*bpath, key),
                        P.DEF_BAND_OFF_STEP,
                        key=key,
                        value=value,
                        step=criterion.step,
                    )
        if not band.label.strip():
            issues.add((*bpath, "label"), P.DEF_BAND_LABEL_EMPTY)
        in_range.append((b_index, band))
    ordered = sorted(in_range, key=lambda item: (item[1].min, item[1].max))
    for (_, low), (high_index, high) in itertools.pairwise(ordered):
        if high.min <= low.max:
            issues.add(
                (*base, "bands", high_index),
                P.DEF_BANDS_OVERLAP,
                low=high.min,
                high=high.max,
                other_low=low.min,
                other_high=low.max,
            )


def _check_ranking(issues: _Issues, base: Path, rnd: Round) -> None:
    rules = rnd.ranking
    ranking_path: Path = (*base, "ranking")
    if rules.trim < 0:
        issues.add((*ranking_path, "trim"), P.DEF_NEGATIVE, key="trim", value=rules.trim)
    elif rules.aggregate is Aggregate.TRIMMED_MEAN:
        if rules.trim < 1:
            issues.add((*ranking_path, "trim"), P.DEF_TRIM_NEEDS_ONE)
        elif 2 * rules.trim >= rnd.judges_per_entry:
            issues.add(
                (*ranking_path, "trim"),
                P.DEF_TRIM_TOO_LARGE,
                trim=rules.trim,
                dropped=2 * rules.trim,
                judges=rnd.judges_per_entry,
            )
    elif rules.trim != 0:
        issues.add(
            (*ranking_path, "trim"),
            P.DEF_TRIM_WITHOUT_TRIMMED_MEAN,
            trim=rules.trim,
            aggregate=rules.aggregate.value,
        )
    for key in ("panel_places", "weighted_places", "total_places"):
        _check_places(issues, (*ranking_path, key), getattr(rules, key))
    seen: set[str] = set()
    for t_index, text in enumerate(rules.tie_break):
        tie_path: Path = (*ranking_path, "tie_break", t_index)
        if text in seen:
            issues.add(tie_path, P.DEF_TIE_BREAK_TWICE, metric=text)
        seen.add(text)
        try:
            metric = TieBreak.parse(text)
        except BadTieBreak as exc:
            assert exc.code is not None
            issues.add(tie_path, exc.code, **exc.params)
            continue
        if not metric.names_something_in(rnd):
            issues.add(
                tie_path,
                P.DEF_TIE_BREAK_NAMES_NOTHING,
                metric=text,
                round=rnd.code,
                what=_METRIC_NAMES[metric.kind],
                code=metric.code,
            )


_METRIC_NAMES = {MetricKind.CRITERION: P.TERM_CRITERION, MetricKind.COMPONENT: P.TERM_COMPONENT}


# ---------------------------------------------------------------------------------------------
# Where an issue is, for people using the editors
