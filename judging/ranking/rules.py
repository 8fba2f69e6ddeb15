"""Ranking rules as values: the tie-break metrics of a round's chain.

A round's definition names its tie-break chain in a small language, one metric a line:
``jury_total`` (the sum of the weighted panel marks), ``criterion:CODE`` (that criterion's
weighted panel mark) or ``component:CODE`` (that component's value). ``TieBreak`` is that
metric as a value: ``TieBreak.parse(text)`` reads it (refusing bad text with a problem in both
languages), ``str(tie_break)`` writes it back, and given the round it knows what it names, by
what name, and which way it ranks (a larger value first, except for a deduction).

The definition, the ranking engine, the results table and the definition editor all go through
this class; nothing else splits the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, StrEnum

from judging.errors import InputError
from judging.model import ComponentDef, ComponentKind, Criterion, Round
from judging.problems import ProblemCode as P

#: What a code (of a criterion, a component, a round…) may be made of.
CODE = re.compile(r"[\w.\-]+")

_SEPARATOR = ":"


class MetricKind(StrEnum):
    """What a tie-break metric measures."""

    JURY_TOTAL = "jury_total"
    CRITERION = "criterion"
    COMPONENT = "component"


class Direction(Enum):
    """Which entry a tie-break metric puts first."""

    HIGHER_FIRST = "higher_first"
    LOWER_FIRST = "lower_first"


class BadTieBreak(InputError):
    """Text that is not a tie-break metric."""

    def __init__(self, text: str) -> None:
        super().__init__(P.TIE_BREAK_UNKNOWN, text=text)


@dataclass(frozen=True)
class TieBreak:
    """One metric of a tie-break chain: ``jury_total``, ``criterion:CODE`` or ``component:CODE``.

    Always well formed: the jury total has no code, a criterion or component has a code made of
    letters, digits, ``.``, ``-`` and ``_``. Whether the round has that criterion or component
    is a question for ``subject``.
    """

    kind: MetricKind
    code: str = ""

    def __post_init__(self) -> None:
        if self.kind is MetricKind.JURY_TOTAL:
            if self.code:
                raise ValueError(f"the jury total takes no code, not {self.code!r}")
        elif not CODE.fullmatch(self.code):
            raise ValueError(f"a {self.kind.value} tie-break needs a code, not {self.code!r}")

    # -- making and printing -----------------------------------------------------------------
    @classmethod
    def jury_total(cls) -> TieBreak:
        return cls(MetricKind.JURY_TOTAL)

    @classmethod
    def criterion(cls, code: str) -> TieBreak:
        return cls(MetricKind.CRITERION, code)

    @classmethod
    def component(cls, code: str) -> TieBreak:
        return cls(MetricKind.COMPONENT, code)

    @classmethod
    def parse(cls, text: str) -> TieBreak:
        """``"criterion:tinh_moi"`` → ``TieBreak(CRITERION, "tinh_moi")``; ``BadTieBreak`` for
        anything that is not exactly one of the three forms."""
        found = cls.parse_or_none(text)
        if found is None:
            raise BadTieBreak(text)
        return found

    @classmethod
    def parse_or_none(cls, text: str) -> TieBreak | None:
        """As ``parse``, but ``None`` for bad text (for callers that skip it with a note)."""
        if text == MetricKind.JURY_TOTAL.value:
            return cls.jury_total()
        kind, separator, code = text.partition(_SEPARATOR)
        if not separator or kind not in (MetricKind.CRITERION, MetricKind.COMPONENT):
            return None
        if not CODE.fullmatch(code):
            return None
        return cls(MetricKind(kind), code)

    @staticmethod
    def is_code(code: str) -> bool:
        """Whether ``code`` can be named in a tie-break (``criterion:CODE``)."""
        return CODE.fullmatch(code) is not None

    def __str__(self) -> str:
        if self.kind is MetricKind.JURY_TOTAL:
            return self.kind.value
        return f"{self.kind.value}{_SEPARATOR}{self.code}"

    # -- in a round --------------------------------------------------------------------------
    def subject(self, rnd: Round) -> Criterion | ComponentDef | None:
        """The criterion or component of the round this metric names; ``None`` for the jury
        total and for a code the round does not have."""
        if self.kind is MetricKind.CRITERION:
            return rnd.criterion(self.code)
        if self.kind is MetricKind.COMPONENT:
            return next((c for c in rnd.components if c.code == self.code), None)
        return None

    def names_something_in(self, rnd: Round) -> bool:
        """Whether the round has what this metric measures (the jury total always)."""
        return self.kind is MetricKind.JURY_TOTAL or self.subject(rnd) is not None

    def name_in(self, rnd: Round) -> str:
        """The name of the criterion or component (its code when it has none or the round does
        not have it); empty for the jury total. Labels pair it with ``kind``."""
        found = self.subject(rnd)
        if found is not None and found.name:
            return found.name
        return self.code

    def direction(self, rnd: Round) -> Direction:
        """A larger value ranks first, except for a deduction component (a smaller one does)."""
        found = self.subject(rnd)
        if isinstance(found, ComponentDef) and found.kind is ComponentKind.DEDUCTION:
            return Direction.LOWER_FIRST
        return Direction.HIGHER_FIRST
