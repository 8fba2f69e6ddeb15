"""Issues (one fault, with the path to it), what judging hangs on a definition, and the
constants the readers, checker and writer share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from judging.ranking.rules import CODE, MetricKind

FORMAT = "judging-competition/1"
FORMAT_PREFIX = "judging-competition/"
SHARE_OF_MAX = "share_of_max"
JURY_TOTAL = MetricKind.JURY_TOTAL.value

Path = tuple[str | int, ...]
E = TypeVar("E", bound=StrEnum)

_CODE = CODE


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
