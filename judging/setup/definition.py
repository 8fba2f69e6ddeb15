"""Competition definition files (TOML, ``format = "judging-competition/1"``): read, check, write.

A *definition* is everything a ``Competition`` holds except what happens during judging (round
status, entries, judges). An *issue* is one fault found in a definition, with the *path* to the
faulty value (``("rounds", 0, "criteria", 2, "step")``) and its text in English and Vietnamese.
The same ``check`` runs on a file and on the app's editors; a file's issues are placed on their
line by scanning the text (``tomllib`` gives no positions).

Numbers are read as ``Decimal`` (``parse_float=Decimal``), never through float, and written back
with ``format(d, "f")`` so that ``parse(export(c)) == c``.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from judging.errors import InputError, Problem
from judging.model import (
    AdvanceRule,
    Aggregate,
    Band,
    Category,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    Normalise,
    OnTie,
    Prize,
    RankingRules,
    Round,
)
from judging.numbers import MARK_PLACES, is_multiple
from judging.text import nfc

FORMAT = "judging-competition/1"
FORMAT_PREFIX = "judging-competition/"
SHARE_OF_MAX = "share_of_max"
JURY_TOTAL = "jury_total"

Path = tuple[str | int, ...]
E = TypeVar("E", bound=StrEnum)

_CODE = re.compile(r"[\w.\-]+")


@dataclass(frozen=True)
class DefinitionUsage:
    """What judging already hangs on parts of the stored definition (codes), so that an edit
    never silently drops entries, assignments or marks."""

    categories: frozenset[str] = frozenset()  # used by entries
    rounds: frozenset[str] = frozenset()  # with assignments, panels, component values, ties
    criteria: frozenset[tuple[str, str]] = frozenset()  # (round, criterion) with marks
    components: frozenset[tuple[str, str]] = frozenset()  # (round, component) with values
    #: (round, criterion) → the highest mark given
    highest_marks: Mapping[tuple[str, str], Decimal] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Issues
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Issue:
    """One fault: where it is in the definition (a path) and what is wrong, in both languages."""

    path: Path
    en: str
    vi: str

    def text(self, language: str = "en") -> str:
        return self.vi if language == "vi" else self.en


@dataclass
class _Issues:
    items: list[Issue] = field(default_factory=list)
    #: paths already reported by the reader; the checker stays quiet about them and below them
    bad: set[Path] = field(default_factory=set)

    def add(self, path: Path, en: str, vi: str) -> None:
        self.items.append(Issue(path, en, vi))

    def covered(self, path: Path) -> bool:
        return any(path[: len(b)] == b for b in self.bad)


_TYPE_NAMES = {
    "text": ("text (in quotes)", "chuỗi (trong dấu nháy)"),
    "whole": ("a whole number", "số nguyên"),
    "number": ("a number", "số"),
    "bool": ("true or false", "true hoặc false"),
    "table": ("a table", "bảng"),
    "tables": ("a list of tables ([[…]])", "danh sách bảng ([[…]])"),
    "texts": ("a list of texts", "danh sách chuỗi"),
}


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
    for c_index, crit in enumerate(rnd.criteria):
        _check_criterion(issues, (*base, "criteria", c_index), crit)
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


def _check_criterion(issues: _Issues, base: Path, crit: Criterion) -> None:
    _check_code(issues, (*base, "code"), crit.code)
    _check_name(issues, (*base, "name"), crit.name)
    step_ok = True
    for key, value in (("max", crit.max), ("step", crit.step)):
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
    if crit.weight <= 0:
        issues.add(
            (*base, "weight"),
            f"weight must be greater than 0 ({_fmt(crit.weight)})",
            f"weight phải lớn hơn 0 ({_fmt(crit.weight)})",
        )
    if step_ok and not is_multiple(crit.max, crit.step):
        issues.add(
            (*base, "step"),
            f"step {_fmt(crit.step)} does not divide the maximum {_fmt(crit.max)}",
            f"bước {_fmt(crit.step)} không chia hết điểm tối đa {_fmt(crit.max)}",
        )
        step_ok = False
    in_range: list[tuple[int, Band]] = []
    for b_index, band in enumerate(crit.bands):
        bpath: Path = (*base, "bands", b_index)
        if band.min > band.max:
            issues.add(
                bpath,
                f"band {_fmt(band.min)}–{_fmt(band.max)}: min is above max",
                f"mức {_fmt(band.min)}–{_fmt(band.max)}: min lớn hơn max",
            )
            continue
        if band.min < 0 or (crit.max > 0 and band.max > crit.max):
            issues.add(
                bpath,
                f"band {_fmt(band.min)}–{_fmt(band.max)} lies outside 0–{_fmt(crit.max)}",
                f"mức {_fmt(band.min)}–{_fmt(band.max)} nằm ngoài 0–{_fmt(crit.max)}",
            )
            continue
        if step_ok:
            for key, value in (("min", band.min), ("max", band.max)):
                if not is_multiple(value, crit.step):
                    issues.add(
                        (*bpath, key),
                        f"band {key} {_fmt(value)} is not on the step {_fmt(crit.step)}",
                        f"{key} của mức {_fmt(value)} không khớp bước {_fmt(crit.step)}",
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
    rbase: Path = (*base, "ranking")
    if rules.trim < 0:
        issues.add(
            (*rbase, "trim"),
            f"trim cannot be negative ({rules.trim})",
            f"trim không được âm ({rules.trim})",
        )
    elif rules.aggregate is Aggregate.TRIMMED_MEAN:
        if rules.trim < 1:
            issues.add(
                (*rbase, "trim"),
                'aggregate = "trimmed_mean" needs trim = 1 or more',
                'aggregate = "trimmed_mean" cần trim từ 1 trở lên',
            )
        elif 2 * rules.trim >= rnd.judges_per_entry:
            issues.add(
                (*rbase, "trim"),
                f"trim {rules.trim} drops {2 * rules.trim} of the {rnd.judges_per_entry} marks "
                "an entry gets: nothing would be left",
                f"trim {rules.trim} bỏ {2 * rules.trim} trong {rnd.judges_per_entry} điểm "
                "của mỗi hồ sơ: không còn điểm nào",
            )
    elif rules.trim != 0:
        issues.add(
            (*rbase, "trim"),
            f'trim = {rules.trim} only goes with aggregate = "trimmed_mean" '
            f'(not "{rules.aggregate.value}")',
            f'trim = {rules.trim} chỉ dùng với aggregate = "trimmed_mean" '
            f'(không phải "{rules.aggregate.value}")',
        )
    for key in ("panel_places", "weighted_places", "total_places"):
        _check_places(issues, (*rbase, key), getattr(rules, key))
    criteria = {x.code for x in rnd.criteria}
    components = {x.code for x in rnd.components}
    seen: set[str] = set()
    for t_index, metric in enumerate(rules.tie_break):
        tpath: Path = (*rbase, "tie_break", t_index)
        kind, _, code = metric.partition(":")
        if metric in seen:
            issues.add(
                tpath, f"tie-break {metric!r} is listed twice", f"tiêu chí phụ {metric!r} bị lặp"
            )
        seen.add(metric)
        if metric == JURY_TOTAL:
            continue
        if kind == "criterion" and code:
            if code not in criteria:
                issues.add(
                    tpath,
                    f"tie-break {metric!r}: round {rnd.code!r} has no criterion {code!r}",
                    f"tiêu chí phụ {metric!r}: vòng {rnd.code!r} không có tiêu chí {code!r}",
                )
        elif kind == "component" and code:
            if code not in components:
                issues.add(
                    tpath,
                    f"tie-break {metric!r}: round {rnd.code!r} has no component {code!r}",
                    f"tiêu chí phụ {metric!r}: vòng {rnd.code!r} không có thành phần {code!r}",
                )
        else:
            issues.add(
                tpath,
                f"unknown tie-break {metric!r} (use jury_total, criterion:CODE or component:CODE)",
                f"tiêu chí phụ {metric!r} không hợp lệ (dùng jury_total, criterion:MÃ hoặc "
                "component:MÃ)",
            )


# ---------------------------------------------------------------------------------------------
# Where an issue is, for people using the editors
# ---------------------------------------------------------------------------------------------

_KIND_NAMES = {
    "categories": ("category", "lĩnh vực"),
    "rounds": ("round", "vòng"),
    "criteria": ("criterion", "tiêu chí"),
    "bands": ("band", "mức"),
    "components": ("component", "thành phần"),
    "prizes": ("prize", "giải"),
    "tie_break": ("tie-break", "tiêu chí phụ"),
}
_SECTION_NAMES = {
    "competition": ("competition", "cuộc thi"),
    "ranking": ("ranking", "xếp hạng"),
    "advance": ("advance", "đi tiếp"),
    "rounds": ("rounds", "các vòng"),
    "categories": ("categories", "các lĩnh vực"),
    "prizes": ("prizes", "các giải"),
}


def describe_path(path: Path, competition: Competition, language: str = "en") -> str:
    """``("rounds", 0, "criteria", 1, "step")`` → "round SK › criterion tinh_moi › step"."""
    vi = language == "vi"
    parts: list[str] = []
    node: Any = competition
    i = 0
    while i < len(path):
        key = path[i]
        nxt = path[i + 1] if i + 1 < len(path) else None
        if isinstance(key, str) and isinstance(nxt, int):
            names = _KIND_NAMES.get(key, (key, key))
            label = names[1] if vi else names[0]
            seq = getattr(node, key, None) if node is not None else None
            item = seq[nxt] if isinstance(seq, tuple) and 0 <= nxt < len(seq) else None
            code = getattr(item, "code", None)
            if code:
                parts.append(f"{label} {code}")
            elif isinstance(item, str) and item:
                parts.append(f"{label} {item}")
            else:
                parts.append(f"{label} {nxt + 1}")
            node = item
            i += 2
            continue
        if isinstance(key, str):
            if key in _SECTION_NAMES:
                parts.append(_SECTION_NAMES[key][1 if vi else 0])
                node = competition if key == "competition" else getattr(node, key, None)
            else:
                parts.append(key)
                node = None
        i += 1
    return " › ".join(parts)


# ---------------------------------------------------------------------------------------------
# Lines of a TOML text
# ---------------------------------------------------------------------------------------------


class LineMap:
    """Maps a path in the parsed document to the line (1-based) that wrote it.

    Scans the text for table headers (``[a.b]``, ``[[a.b]]``) and ``key =`` lines in order,
    keeping a count of each array of tables, as TOML does. A path with no line of its own (a
    value inside an inline table) falls back to its nearest ancestor that has one.
    """

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._scan(text)

    def line(self, path: Path) -> int:
        for length in range(len(path), -1, -1):
            found = self._lines.get(path[:length])
            if found is not None:
                return found
        return 1

    def _record(self, path: Path, line: int) -> None:
        self._lines.setdefault(path, line)

    def _scan(self, text: str) -> None:
        counts: dict[Path, int] = {}
        current: Path = ()
        state = _ValueState()
        for number, raw in enumerate(text.splitlines(), start=1):
            if state.open:
                state.feed(raw)
                continue
            stripped = raw.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("["):
                double = stripped.startswith("[[")
                inner = stripped[2:] if double else stripped[1:]
                end = inner.find("]]" if double else "]")
                names = _split_key(inner[:end] if end >= 0 else inner)
                path: Path = ()
                for name in names[:-1]:
                    path = (*path, name)
                    if path in counts:
                        path = (*path, counts[path] - 1)
                if not names:
                    continue
                full: Path = (*path, names[-1])
                if double:
                    index = counts.get(full, 0)
                    counts[full] = index + 1
                    current = (*full, index)
                else:
                    current = full
                self._record(current, number)
                continue
            key_text, sep, value = _split_assignment(stripped)
            if not sep:
                continue
            names = _split_key(key_text)
            for length in range(1, len(names) + 1):
                self._record((*current, *names[:length]), number)
            spans_lines = state.feed(value)
            # an array value spread over lines: record each element's line
            if spans_lines and value.strip().startswith("["):
                self._array_lines(text, number, (*current, *names))

    def _array_lines(self, text: str, start: int, path: Path) -> None:
        """Record the line of each element of an array value that spans lines."""
        lines = text.splitlines()
        index = 0
        depth = 0
        expecting = False
        for number in range(start, len(lines) + 1):
            raw = lines[number - 1]
            pos = raw.index("=") + 1 if number == start else 0
            while pos < len(raw):
                ch = raw[pos]
                if ch == "#":
                    break
                if ch in "[{":
                    if depth == 1 and expecting:
                        self._record((*path, index), number)
                        expecting = False
                    depth += 1
                    if depth == 1:
                        expecting = True
                elif ch in "]}":
                    depth -= 1
                    if depth == 0:
                        return
                elif ch == ",":
                    if depth == 1:
                        index += 1
                        expecting = True
                elif not ch.isspace() and depth == 1 and expecting:
                    self._record((*path, index), number)
                    expecting = False
                if ch in "\"'" and depth >= 1:
                    end = raw.find(ch, pos + 1)
                    while ch == '"' and end > 0 and raw[end - 1] == "\\":
                        end = raw.find(ch, end + 1)
                    pos = len(raw) if end < 0 else end
                pos += 1


def _split_key(text: str) -> list[str]:
    names: list[str] = []
    buf = ""
    quote = ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
            else:
                buf += ch
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            names.append(buf.strip())
            buf = ""
        else:
            buf += ch
    if buf.strip() or names:
        names.append(buf.strip())
    return names


def _split_assignment(line: str) -> tuple[str, str, str]:
    quote = ""
    for pos, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "=":
            return line[:pos], "=", line[pos + 1 :]
    return line, "", ""


class _ValueState:
    """Follows a value over lines: open brackets, multi-line strings."""

    def __init__(self) -> None:
        self.depth = 0
        self.multiline = ""  # '"""' or "'''" while inside one

    @property
    def open(self) -> bool:
        return self.depth > 0 or bool(self.multiline)

    def feed(self, text: str) -> bool:
        """Follow one more line; True while the value goes on to the next line."""
        i = 0
        n = len(text)
        while i < n:
            if self.multiline:
                if text.startswith(self.multiline, i) and not (
                    self.multiline == '"""' and i > 0 and text[i - 1] == "\\"
                ):
                    i += 3
                    self.multiline = ""
                else:
                    i += 1
                continue
            ch = text[i]
            if text.startswith('"""', i) or text.startswith("'''", i):
                self.multiline = text[i : i + 3]
                i += 3
            elif ch == '"':
                i += 1
                while i < n and text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
                i += 1
            elif ch == "'":
                end = text.find("'", i + 1)
                i = n if end < 0 else end + 1
            elif ch == "#":
                break
            elif ch in "[{":
                self.depth += 1
                i += 1
            elif ch in "]}":
                self.depth = max(0, self.depth - 1)
                i += 1
            else:
                i += 1
        return self.open


# ---------------------------------------------------------------------------------------------
# Reading a file
# ---------------------------------------------------------------------------------------------

_KEYS = {
    "root": {"format", "competition", "categories", "rounds", "prizes"},
    "competition": {"code", "name", "organiser", "blind", "show_running_total"},
    "category": {"code", "name"},
    "round": {"code", "name", "judges_per_entry", "criteria", "ranking", "components", "advance"},
    "criterion": {"code", "name", "description", "max", "step", "weight", "bands"},
    "band": {"min", "max", "label"},
    "ranking": {
        "aggregate",
        "trim",
        "normalise",
        "panel_places",
        "weighted_places",
        "total_places",
        "tie_break",
    },
    "component": {"code", "name", "kind", "scale", "points", "places"},
    "advance": {"top", "per_category", "min_total", "on_tie"},
    "prize": {"code", "name", "count", "per_category", "min_total", "on_tie"},
}

_MISSING = object()


class _Reader:
    """Turns the parsed document into values, reporting every wrong key and type."""

    def __init__(self, issues: _Issues) -> None:
        self.issues = issues

    def _wrong_type(self, path: Path, want: str, got: object) -> None:
        en, vi = _TYPE_NAMES[want]
        self.issues.add(
            path,
            f"{path[-1]} must be {en}, not {_show(got)}",
            f"{path[-1]} phải là {vi}, không phải {_show(got)}",
        )
        self.issues.bad.add(path)

    def table(self, value: object, path: Path, kind: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self._wrong_type(path, "table", value)
            return {}
        allowed = _KEYS[kind]
        for key in value:
            if key not in allowed:
                self.issues.add(
                    (*path, key),
                    f"unknown key {key!r} (allowed here: {', '.join(sorted(allowed))})",
                    f"khóa {key!r} không hợp lệ (ở đây dùng được: {', '.join(sorted(allowed))})",
                )
        return value

    def tables(self, d: Mapping[str, Any], path: Path, key: str) -> list[Any]:
        value = d.get(key, _MISSING)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self._wrong_type((*path, key), "tables", value)
            return []
        return value

    def _get(self, d: Mapping[str, Any], path: Path, key: str, required: bool) -> object:
        value = d.get(key, _MISSING)
        if value is _MISSING and required:
            self.issues.add(path, f"missing required key {key!r}", f"thiếu khóa bắt buộc {key!r}")
            self.issues.bad.add((*path, key))
        return value

    def text(self, d: Mapping[str, Any], path: Path, key: str, *, required: bool = False) -> str:
        value = self._get(d, path, key, required)
        if value is _MISSING:
            return ""
        if not isinstance(value, str):
            self._wrong_type((*path, key), "text", value)
            return ""
        return nfc(value)

    def optional_text(self, d: Mapping[str, Any], path: Path, key: str) -> str | None:
        return self.text(d, path, key) if key in d else None

    def whole(self, d: Mapping[str, Any], path: Path, key: str) -> int | None:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong_type((*path, key), "whole", value)
            return None
        return value

    def number(
        self, d: Mapping[str, Any], path: Path, key: str, *, required: bool = False
    ) -> Decimal | None:
        value = self._get(d, path, key, required)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            self._wrong_type((*path, key), "number", value)
            return None
        number = Decimal(value)
        if not number.is_finite():
            self._wrong_type((*path, key), "number", value)
            return None
        return number

    def flag(self, d: Mapping[str, Any], path: Path, key: str) -> bool:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return False
        if not isinstance(value, bool):
            self._wrong_type((*path, key), "bool", value)
            return False
        return value

    def choice(self, d: Mapping[str, Any], path: Path, key: str, enum: type[E], default: E) -> E:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return default
        allowed = ", ".join(f'"{m.value}"' for m in enum)
        if not isinstance(value, str):
            self._wrong_type((*path, key), "text", value)
            return default
        try:
            return enum(value)
        except ValueError:
            self.issues.add(
                (*path, key),
                f"{key} = {value!r} is not one of {allowed}",
                f"{key} = {value!r} không thuộc {allowed}",
            )
            self.issues.bad.add((*path, key))
            return default

    def texts(self, d: Mapping[str, Any], path: Path, key: str) -> tuple[str, ...]:
        value = self._get(d, path, key, False)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._wrong_type((*path, key), "texts", value)
            return ()
        return tuple(nfc(v) for v in value)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, Decimal):
        return _fmt(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _read(doc: dict[str, Any], issues: _Issues) -> Competition:
    rd = _Reader(issues)
    root = rd.table(doc, (), "root")
    fmt = rd.text(root, (), "format", required=True)
    if fmt and fmt != FORMAT:
        if fmt.startswith(FORMAT_PREFIX):
            issues.add(
                ("format",),
                f"unknown format version {fmt!r}: this program reads {FORMAT!r}",
                f"phiên bản định dạng {fmt!r} không được hỗ trợ: chương trình đọc {FORMAT!r}",
            )
        else:
            issues.add(
                ("format",),
                f"format {fmt!r} is not a competition definition (expected {FORMAT!r})",
                f"format {fmt!r} không phải định nghĩa cuộc thi (cần {FORMAT!r})",
            )
    if "competition" not in root:
        issues.add((), "missing table [competition]", "thiếu bảng [competition]")
        issues.bad.add(("competition",))
    comp = rd.table(root.get("competition", {}), ("competition",), "competition")
    cpath: Path = ("competition",)
    categories = []
    for i, raw in enumerate(rd.tables(root, (), "categories")):
        path: Path = ("categories", i)
        t = rd.table(raw, path, "category")
        categories.append(
            Category(
                code=rd.text(t, path, "code", required=True),
                name=rd.text(t, path, "name", required=True),
            )
        )
    rounds = [
        _read_round(rd, raw, ("rounds", i)) for i, raw in enumerate(rd.tables(root, (), "rounds"))
    ]
    prizes = []
    for i, raw in enumerate(rd.tables(root, (), "prizes")):
        path = ("prizes", i)
        t = rd.table(raw, path, "prize")
        prizes.append(
            Prize(
                code=rd.text(t, path, "code", required=True),
                name=rd.text(t, path, "name", required=True),
                count=rd.whole(t, path, "count"),
                per_category=rd.flag(t, path, "per_category"),
                min_total=rd.number(t, path, "min_total"),
                on_tie=rd.choice(t, path, "on_tie", OnTie, OnTie.SHARE),
            )
        )
    return Competition(
        code=rd.text(comp, cpath, "code", required=True),
        name=rd.text(comp, cpath, "name", required=True),
        organiser=rd.text(comp, cpath, "organiser"),
        blind=rd.flag(comp, cpath, "blind"),
        show_running_total=rd.flag(comp, cpath, "show_running_total"),
        categories=tuple(categories),
        rounds=tuple(rounds),
        prizes=tuple(prizes),
    )


def _read_round(rd: _Reader, raw: object, path: Path) -> Round:
    t = rd.table(raw, path, "round")
    criteria = []
    for i, craw in enumerate(rd.tables(t, path, "criteria")):
        cpath: Path = (*path, "criteria", i)
        ct = rd.table(craw, cpath, "criterion")
        bands = []
        for j, braw in enumerate(rd.tables(ct, cpath, "bands")):
            bpath: Path = (*cpath, "bands", j)
            bt = rd.table(braw, bpath, "band")
            lo = rd.number(bt, bpath, "min", required=True)
            hi = rd.number(bt, bpath, "max", required=True)
            label = rd.text(bt, bpath, "label", required=True)
            if lo is None or hi is None:
                rd.issues.bad.add(bpath)
            bands.append(
                Band(
                    min=lo if lo is not None else Decimal(0),
                    max=hi if hi is not None else Decimal(0),
                    label=label,
                )
            )
        maximum = rd.number(ct, cpath, "max", required=True)
        step = rd.number(ct, cpath, "step")
        weight = rd.number(ct, cpath, "weight")
        if maximum is None:
            rd.issues.bad.add(cpath)
        if step is None and "step" in ct:
            rd.issues.bad.add((*cpath, "bands"))
        criteria.append(
            Criterion(
                code=rd.text(ct, cpath, "code", required=True),
                name=rd.text(ct, cpath, "name", required=True),
                description=rd.text(ct, cpath, "description"),
                max=maximum if maximum is not None else Decimal(1),
                step=step if step is not None else Decimal(1),
                weight=weight if weight is not None else Decimal(1),
                bands=tuple(bands),
            )
        )
    rules = RankingRules()
    if "ranking" in t:
        rpath: Path = (*path, "ranking")
        rt = rd.table(t["ranking"], rpath, "ranking")
        trim = rd.whole(rt, rpath, "trim")
        rules = RankingRules(
            aggregate=rd.choice(rt, rpath, "aggregate", Aggregate, Aggregate.MEAN),
            trim=trim if trim is not None else 0,
            normalise=rd.choice(rt, rpath, "normalise", Normalise, Normalise.NONE),
            panel_places=rd.whole(rt, rpath, "panel_places"),
            weighted_places=rd.whole(rt, rpath, "weighted_places"),
            total_places=rd.whole(rt, rpath, "total_places"),
            tie_break=rd.texts(rt, rpath, "tie_break"),
        )
        if ("aggregate" in rt and (*rpath, "aggregate") in rd.issues.bad) or (
            (*rpath, "trim") in rd.issues.bad
        ):
            rd.issues.bad.add((*rpath, "trim"))
    components = []
    for i, kraw in enumerate(rd.tables(t, path, "components")):
        kpath: Path = (*path, "components", i)
        kt = rd.table(kraw, kpath, "component")
        components.append(
            ComponentDef(
                code=rd.text(kt, kpath, "code", required=True),
                name=rd.text(kt, kpath, "name", required=True),
                kind=rd.choice(kt, kpath, "kind", ComponentKind, ComponentKind.BONUS),
                scale=rd.optional_text(kt, kpath, "scale"),
                points=rd.number(kt, kpath, "points"),
                places=rd.whole(kt, kpath, "places"),
            )
        )
    advance = None
    if "advance" in t:
        apath: Path = (*path, "advance")
        at = rd.table(t["advance"], apath, "advance")
        advance = AdvanceRule(
            top=rd.whole(at, apath, "top"),
            per_category=rd.flag(at, apath, "per_category"),
            min_total=rd.number(at, apath, "min_total"),
            on_tie=rd.choice(at, apath, "on_tie", OnTie, OnTie.SHARE),
        )
    jpe = rd.whole(t, path, "judges_per_entry")
    return Round(
        code=rd.text(t, path, "code", required=True),
        name=rd.text(t, path, "name", required=True),
        judges_per_entry=jpe if jpe is not None else 3,
        criteria=tuple(criteria),
        ranking=rules,
        components=tuple(components),
        advance=advance,
    )


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse(text: str, source: str = "definition.toml", *, language: str = "en") -> Competition:
    """Read a definition file's text; raises ``InputError`` naming ``source:LINE`` for every
    fault found (a TOML syntax error stops at the first, as tomllib does)."""
    vi = language == "vi"
    try:
        doc = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        where = f"{source}:{found.group(1)}" if found else source
        detail = _TOML_POSITION.sub("", message).strip()
        if found:
            detail += f" (column {found.group(2)})" if not vi else f" (cột {found.group(2)})"
        raise InputError(
            f"{source}: không phải TOML hợp lệ" if vi else f"{source}: not valid TOML",
            problems=[
                Problem(where, ("lỗi cú pháp TOML: " if vi else "TOML syntax error: ") + detail)
            ],
        ) from None
    issues = _Issues()
    competition = _read(doc, issues)
    _check(competition, issues)
    if issues.items:
        lines = LineMap(text)
        problems = sorted(
            ((lines.line(issue.path), issue.text(language)) for issue in issues.items),
            key=lambda item: item[0],
        )
        raise InputError(
            (
                f"{source}: định nghĩa cuộc thi có {len(problems)} lỗi; không có gì thay đổi"
                if vi
                else f"{source}: the competition definition has {len(problems)} "
                f"problem{'s' if len(problems) != 1 else ''}; nothing was changed"
            ),
            problems=[Problem(f"{source}:{line}", message) for line, message in problems],
        )
    return competition


# ---------------------------------------------------------------------------------------------
# Writing a file
# ---------------------------------------------------------------------------------------------

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest
    (Vietnamese included) kept as UTF-8."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _number(value: Decimal) -> str:
    text = format(value, "f")
    if text.startswith("-0") and value == 0:
        text = text[1:]
    return text


def export(competition: Competition) -> str:
    """The definition as TOML text; ``parse(export(c)) == c`` for every sound ``c`` whose
    rounds are open (round status is not part of a definition)."""
    out: list[str] = [f"format = {toml_string(FORMAT)}", ""]

    def kv(key: str, value: str | int | bool | Decimal | Iterable[str] | None) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            out.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            out.append(f"{key} = {value}")
        elif isinstance(value, Decimal):
            out.append(f"{key} = {_number(value)}")
        elif isinstance(value, str):
            out.append(f"{key} = {toml_string(value)}")
        else:
            out.append(f"{key} = [{', '.join(toml_string(v) for v in value)}]")

    c = competition
    out.append("[competition]")
    kv("code", c.code)
    kv("name", c.name)
    if c.organiser:
        kv("organiser", c.organiser)
    kv("blind", c.blind)
    kv("show_running_total", c.show_running_total)
    for cat in c.categories:
        out += ["", "[[categories]]"]
        kv("code", cat.code)
        kv("name", cat.name)
    for rnd in c.rounds:
        out += ["", "[[rounds]]"]
        kv("code", rnd.code)
        kv("name", rnd.name)
        kv("judges_per_entry", rnd.judges_per_entry)
        for crit in rnd.criteria:
            out += ["", "[[rounds.criteria]]"]
            kv("code", crit.code)
            kv("name", crit.name)
            if crit.description:
                kv("description", crit.description)
            kv("max", crit.max)
            kv("step", crit.step)
            kv("weight", crit.weight)
            for band in crit.bands:
                out += ["", "[[rounds.criteria.bands]]"]
                kv("min", band.min)
                kv("max", band.max)
                kv("label", band.label)
        rules = rnd.ranking
        out += ["", "[rounds.ranking]"]
        kv("aggregate", rules.aggregate.value)
        if rules.trim:
            kv("trim", rules.trim)
        kv("normalise", rules.normalise.value)
        kv("panel_places", rules.panel_places)
        kv("weighted_places", rules.weighted_places)
        kv("total_places", rules.total_places)
        kv("tie_break", rules.tie_break)
        for comp in rnd.components:
            out += ["", "[[rounds.components]]"]
            kv("code", comp.code)
            kv("name", comp.name)
            kv("kind", comp.kind.value)
            kv("scale", comp.scale)
            kv("points", comp.points)
            kv("places", comp.places)
        if rnd.advance is not None:
            adv = rnd.advance
            out += ["", "[rounds.advance]"]
            kv("top", adv.top)
            kv("per_category", adv.per_category)
            kv("min_total", adv.min_total)
            kv("on_tie", adv.on_tie.value)
    for prize in c.prizes:
        out += ["", "[[prizes]]"]
        kv("code", prize.code)
        kv("name", prize.name)
        kv("count", prize.count)
        kv("per_category", prize.per_category)
        kv("min_total", prize.min_total)
        kv("on_tie", prize.on_tie.value)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Templates shipped with the program
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # what ``init --template NAME`` takes
    title: str  # the competition's name in the template


def _template_files() -> dict[str, Any]:
    from importlib import resources

    folder = resources.files("judging.setup").joinpath("templates")
    return {
        entry.name.removesuffix(".toml"): entry
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }


def template_names() -> list[str]:
    return sorted(_template_files())


def template_text(name: str) -> str:
    files = _template_files()
    if name not in files:
        raise KeyError(name)
    text: str = files[name].read_text(encoding="utf-8")
    return text


def templates() -> list[TemplateInfo]:
    return [
        TemplateInfo(name=name, title=parse(template_text(name), f"{name}.toml").name)
        for name in template_names()
    ]
