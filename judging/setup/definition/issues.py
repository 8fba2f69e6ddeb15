"""Issues (one fault, with the path to it), what judging hangs on a definition, and the
constants the readers, checker and writer share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from judging.problems import Message, ProblemCode
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
    """One fault: where it is in the definition (a path) and what is wrong, as a problem code
    with its parameters (worded by the catalogue, judging.problems, in either language)."""

    path: Path
    said: Message

    @classmethod
    def of(cls, path: Path, code: ProblemCode, /, **params: object) -> Issue:
        return cls(path, Message(code, params))

    def text(self, language: str = "en") -> str:
        return self.said.text(language)


@dataclass
class _Issues:
    items: list[Issue] = field(default_factory=list)
    #: paths already reported by the reader; the checker stays quiet about them and below them
    bad: set[Path] = field(default_factory=set)

    def add(self, path: Path, code: ProblemCode, /, **params: object) -> None:
        self.items.append(Issue.of(path, code, **params))

    def covered(self, path: Path) -> bool:
        return any(path[: len(b)] == b for b in self.bad)


#: What a key must hold, as the catalogue's terms.
_TYPE_NAMES = {
    "text": ProblemCode.TERM_TEXT_QUOTED,
    "whole": ProblemCode.TERM_WHOLE_NUMBER,
    "number": ProblemCode.TERM_A_NUMBER,
    "bool": ProblemCode.TERM_TRUE_OR_FALSE,
    "table": ProblemCode.TERM_TABLE,
    "tables": ProblemCode.TERM_TABLES,
    "texts": ProblemCode.TERM_TEXTS,
}
