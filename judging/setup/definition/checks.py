"""Checking a ``Competition`` (shared by files and editors)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from judging.model import (
    Aggregate,
    Band,
    Competition,
    Criterion,
    Round,
)
from judging.numbers import MARK_PLACES, is_multiple
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


def _fmt(value: Decimal) -> str:
    return format(value, "f")


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _check_code(issues: _Issues, path: Path, code: str) -> None:
    if not code.strip():
        issues.add(path, "the code is empty", "mã đang để trống")
    elif not _CODE.fullmatch(code):
        issues.add(
            path,
            f"code {code!r}: use letters, digits, '_', '-' or '.' only (no spaces or ':')",
            f"mã {code!r}: chỉ dùng chữ, số, '_', '-' hoặc '.' (không có khoảng trắng hay ':')",
        )


def _check_name(issues: _Issues, path: Path, name: str) -> None:
    if not name.strip():
        issues.add(path, "the name is empty", "tên đang để trống")


def _check_duplicates(
    issues: _Issues, base: Path, codes: Sequence[str], what: tuple[str, str]
) -> None:
    seen: set[str] = set()
    for index, code in enumerate(codes):
        if code in seen and code.strip():
            issues.add(
                (*base, index, "code"),
                f"duplicate {what[0]} code {code!r}",
                f"trùng mã {what[1]} {code!r}",
            )
        seen.add(code)


def _check_places(issues: _Issues, path: Path, places: int | None) -> None:
    if places is not None and places < 0:
        issues.add(
            path,
            f"places cannot be negative ({places})",
            f"số chữ số thập phân không được âm ({places})",
        )


def _check_min_total(issues: _Issues, path: Path, value: Decimal | None) -> None:
    if value is not None and value < 0:
        issues.add(
            path,
            f"min_total cannot be negative ({_fmt(value)})",
            f"min_total không được âm ({_fmt(value)})",
        )


def _check(c: Competition, issues: _Issues) -> None:
    def add(path: Path, en: str, vi: str) -> None:
        if not issues.covered(path):
            issues.add(path, en, vi)

    quiet = _Issues(bad=issues.bad)  # collects, then filtered through ``add``

    _check_code(quiet, ("competition", "code"), c.code)
    _check_name(quiet, ("competition", "name"), c.name)
    for i, cat in enumerate(c.categories):
        _check_code(quiet, ("categories", i, "code"), cat.code)
        _check_name(quiet, ("categories", i, "name"), cat.name)
    _check_duplicates(
        quiet, ("categories",), [x.code for x in c.categories], ("category", "lĩnh vực")
    )
    if not c.rounds:
        add(("rounds",), "the competition has no round", "cuộc thi chưa có vòng nào")
    _check_duplicates(quiet, ("rounds",), [r.code for r in c.rounds], ("round", "vòng"))
    for r_index, rnd in enumerate(c.rounds):
        _check_round(quiet, c, r_index, rnd)
    for p_index, prize in enumerate(c.prizes):
        base: Path = ("prizes", p_index)
        _check_code(quiet, (*base, "code"), prize.code)
        _check_name(quiet, (*base, "name"), prize.name)
        if prize.count is not None and prize.count < 1:
            add(
                (*base, "count"),
                f"count must be at least 1 ({prize.count})",
                f"count phải từ 1 trở lên ({prize.count})",
            )
        _check_min_total(quiet, (*base, "min_total"), prize.min_total)
        if prize.count is None and prize.min_total is None:
            add(
                base,
                f"prize {prize.code!r} needs a count, a min_total or both",
                f"giải {prize.code!r} cần count, min_total hoặc cả hai",
            )
        if prize.per_category and not c.categories:
            add(
                (*base, "per_category"),
                "per_category = true, but the competition has no categories",
                "per_category = true nhưng cuộc thi không có lĩnh vực nào",
            )
    _check_duplicates(quiet, ("prizes",), [p.code for p in c.prizes], ("prize", "giải"))
    for issue in quiet.items:
        add(issue.path, issue.en, issue.vi)


def _check_round(issues: _Issues, c: Competition, r_index: int, rnd: Round) -> None:
    base: Path = ("rounds", r_index)
    _check_code(issues, (*base, "code"), rnd.code)
    _check_name(issues, (*base, "name"), rnd.name)
    if rnd.judges_per_entry < 1:
        issues.add(
            (*base, "judges_per_entry"),
            f"judges_per_entry must be at least 1 ({rnd.judges_per_entry})",
            f"judges_per_entry phải từ 1 trở lên ({rnd.judges_per_entry})",
        )
    if not rnd.criteria:
        issues.add(
            base, f"round {rnd.code!r} has no criterion", f"vòng {rnd.code!r} chưa có tiêu chí nào"
        )
    for c_index, criterion in enumerate(rnd.criteria):
        _check_criterion(issues, (*base, "criteria", c_index), criterion)
    _check_duplicates(
        issues, (*base, "criteria"), [x.code for x in rnd.criteria], ("criterion", "tiêu chí")
    )
    for k_index, comp in enumerate(rnd.components):
        kbase: Path = (*base, "components", k_index)
        _check_code(issues, (*kbase, "code"), comp.code)
        _check_name(issues, (*kbase, "name"), comp.name)
        if comp.scale is not None and comp.scale != SHARE_OF_MAX:
            issues.add(
                (*kbase, "scale"),
                f"unknown scale {comp.scale!r} (only {SHARE_OF_MAX!r})",
                f"scale {comp.scale!r} không hợp lệ (chỉ có {SHARE_OF_MAX!r})",
            )
        elif comp.scale == SHARE_OF_MAX:
            if comp.points is None:
                issues.add(
                    kbase,
                    f'component {comp.code!r}: scale = "{SHARE_OF_MAX}" needs points',
                    f'thành phần {comp.code!r}: scale = "{SHARE_OF_MAX}" cần có points',
                )
            elif comp.points <= 0:
                issues.add(
                    (*kbase, "points"),
                    f"points must be greater than 0 ({_fmt(comp.points)})",
                    f"points phải lớn hơn 0 ({_fmt(comp.points)})",
                )
        elif comp.points is not None or comp.places is not None:
            issues.add(
                (*kbase, "points" if comp.points is not None else "places"),
                f'points and places only go with scale = "{SHARE_OF_MAX}"',
                f'points và places chỉ dùng với scale = "{SHARE_OF_MAX}"',
            )
        _check_places(issues, (*kbase, "places"), comp.places)
    _check_duplicates(
        issues, (*base, "components"), [x.code for x in rnd.components], ("component", "thành phần")
    )
    _check_ranking(issues, base, rnd)
    adv = rnd.advance
    if adv is not None:
        abase: Path = (*base, "advance")
        if adv.top is not None and adv.top < 1:
            issues.add(
                (*abase, "top"),
                f"top must be at least 1 ({adv.top})",
                f"top phải từ 1 trở lên ({adv.top})",
            )
        _check_min_total(issues, (*abase, "min_total"), adv.min_total)
        if adv.top is None and adv.min_total is None:
            issues.add(
                abase,
                "advance needs top, min_total or both",
                "advance cần top, min_total hoặc cả hai",
            )
        if adv.per_category and not c.categories:
            issues.add(
                (*abase, "per_category"),
                "per_category = true, but the competition has no categories",
                "per_category = true nhưng cuộc thi không có lĩnh vực nào",
            )
        if r_index == len(c.rounds) - 1:
            issues.add(
                abase,
                f"round {rnd.code!r} is the last round: there is no next round to advance to",
                f"vòng {rnd.code!r} là vòng cuối: không có vòng sau để đi tiếp",
            )


def _check_criterion(issues: _Issues, base: Path, criterion: Criterion) -> None:
    _check_code(issues, (*base, "code"), criterion.code)
    _check_name(issues, (*base, "name"), criterion.name)
    step_ok = True
    for key, value in (("max", criterion.max), ("step", criterion.step)):
        if value <= 0:
            issues.add(
                (*base, key),
                f"{key} must be greater than 0 ({_fmt(value)})",
                f"{key} phải lớn hơn 0 ({_fmt(value)})",
            )
            step_ok = False
        elif _places(value) > MARK_PLACES:
            issues.add(
                (*base, key),
                f"{key} {_fmt(value)} has more than {MARK_PLACES} decimal places",
                f"{key} {_fmt(value)} có quá {MARK_PLACES} chữ số thập phân",
            )
            step_ok = False
    if criterion.weight <= 0:
        issues.add(
            (*base, "weight"),
            f"weight must be greater than 0 ({_fmt(criterion.weight)})",
            f"weight phải lớn hơn 0 ({_fmt(criterion.weight)})",
        )
    if step_ok and not is_multiple(criterion.max, criterion.step):
        issues.add(
            (*base, "step"),
            f"step {_fmt(criterion.step)} does not divide the maximum {_fmt(criterion.max)}",
            f"bước {_fmt(criterion.step)} không chia hết điểm tối đa {_fmt(criterion.max)}",
        )
        step_ok = False
    in_range: list[tuple[int, Band]] = []
    for b_index, band in enumerate(criterion.bands):
        bpath: Path = (*base, "bands", b_index)
        if band.min > band.max:
            issues.add(
                bpath,
                f"band {_fmt(band.min)}–{_fmt(band.max)}: min is above max",
                f"mức {_fmt(band.min)}–{_fmt(band.max)}: min lớn hơn max",
            )
            continue
        if band.min < 0 or (criterion.max > 0 and band.max > criterion.max):
            issues.add(
                bpath,
                f"band {_fmt(band.min)}–{_fmt(band.max)} lies outside 0–{_fmt(criterion.max)}",
                f"mức {_fmt(band.min)}–{_fmt(band.max)} nằm ngoài 0–{_fmt(criterion.max)}",
            )
            continue
        if step_ok:
            for key, value in (("min", band.min), ("max", band.max)):
                if not is_multiple(value, criterion.step):
                    issues.add(
                        (*bpath, key),
                        f"band {key} {_fmt(value)} is not on the step {_fmt(criterion.step)}",
                        f"{key} của mức {_fmt(value)} không khớp bước {_fmt(criterion.step)}",
                    )
        if not band.label.strip():
            issues.add(
                (*bpath, "label"), "the band's label is empty", "mô tả của mức đang để trống"
            )
        in_range.append((b_index, band))
    ordered = sorted(in_range, key=lambda item: (item[1].min, item[1].max))
    for (_, low), (high_index, high) in itertools.pairwise(ordered):
        if high.min <= low.max:
            issues.add(
                (*base, "bands", high_index),
                f"band {_fmt(high.min)}–{_fmt(high.max)} overlaps band {_fmt(low.min)}–{_fmt(low.max)}",
                f"mức {_fmt(high.min)}–{_fmt(high.max)} chồng lên mức {_fmt(low.min)}–{_fmt(low.max)}",
            )


def _check_ranking(issues: _Issues, base: Path, rnd: Round) -> None:
    rules = rnd.ranking
    ranking_path: Path = (*base, "ranking")
    if rules.trim < 0:
        issues.add(
            (*ranking_path, "trim"),
            f"trim cannot be negative ({rules.trim})",
            f"trim không được âm ({rules.trim})",
        )
    elif rules.aggregate is Aggregate.TRIMMED_MEAN:
        if rules.trim < 1:
            issues.add(
                (*ranking_path, "trim"),
                'aggregate = "trimmed_mean" needs trim = 1 or more',
                'aggregate = "trimmed_mean" cần trim từ 1 trở lên',
            )
        elif 2 * rules.trim >= rnd.judges_per_entry:
            issues.add(
                (*ranking_path, "trim"),
                f"trim {rules.trim} drops {2 * rules.trim} of the {rnd.judges_per_entry} marks "
                "an entry gets: nothing would be left",
                f"trim {rules.trim} bỏ {2 * rules.trim} trong {rnd.judges_per_entry} điểm "
                "của mỗi hồ sơ: không còn điểm nào",
            )
    elif rules.trim != 0:
        issues.add(
            (*ranking_path, "trim"),
            f'trim = {rules.trim} only goes with aggregate = "trimmed_mean" '
            f'(not "{rules.aggregate.value}")',
            f'trim = {rules.trim} chỉ dùng với aggregate = "trimmed_mean" '
            f'(không phải "{rules.aggregate.value}")',
        )
    for key in ("panel_places", "weighted_places", "total_places"):
        _check_places(issues, (*ranking_path, key), getattr(rules, key))
    seen: set[str] = set()
    for t_index, text in enumerate(rules.tie_break):
        tie_path: Path = (*ranking_path, "tie_break", t_index)
        if text in seen:
            issues.add(
                tie_path, f"tie-break {text!r} is listed twice", f"tiêu chí phụ {text!r} bị lặp"
            )
        seen.add(text)
        try:
            metric = TieBreak.parse(text)
        except BadTieBreak as exc:
            issues.add(tie_path, exc.message, exc.vi or exc.message)
            continue
        if not metric.names_something_in(rnd):
            what_en, what_vi = _METRIC_NAMES[metric.kind]
            issues.add(
                tie_path,
                f"tie-break {text!r}: round {rnd.code!r} has no {what_en} {metric.code!r}",
                f"tiêu chí phụ {text!r}: vòng {rnd.code!r} không có {what_vi} {metric.code!r}",
            )


_METRIC_NAMES = {
    MetricKind.CRITERION: ("criterion", "tiêu chí"),
    MetricKind.COMPONENT: ("component", "thành phần"),
}


# ---------------------------------------------------------------------------------------------
# Where an issue is, for people using the editors
