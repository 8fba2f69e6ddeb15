"""Entities of the domain, as plain immutable values.

Competition (an award edition) → categories (lĩnh vực) and rounds (vòng) → criteria (tiêu chí)
with rubric bands (mức điểm) → entries (hồ sơ) judged by judges (giám khảo). Components are
per-entry points outside the jury (community vote, deductions); prizes are the ladder of the
last round. Numbers are exact ``Decimal``s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Role(StrEnum):
    MEMBER = "member"
    CHAIR = "chair"
    TRAINEE = "trainee"  # marks shown, never counted


class EntryStatus(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    INELIGIBLE = "ineligible"


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    APPROVED = "approved"  # locked; prizes confirmed; certificates may be made


class SheetState(StrEnum):
    """Where a judge's score sheet for one entry stands."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"  # locked; counts in the ranking
    RECUSED = "recused"  # the judge declared a conflict; excluded


class Aggregate(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED_MEAN = "trimmed_mean"


class Normalise(StrEnum):
    NONE = "none"
    ZSCORE = "zscore"


class ComponentKind(StrEnum):
    BONUS = "bonus"
    DEDUCTION = "deduction"


class OnTie(StrEnum):
    SHARE = "share"  # everyone tied at the boundary gets in (đồng hạng)
    CHAIR = "chair"  # the chair's recorded order decides


@dataclass(frozen=True)
class Band:
    """A rubric band: marks from ``min`` to ``max`` inclusive earn this descriptor."""

    min: Decimal
    max: Decimal
    label: str


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str
    max: Decimal
    step: Decimal = Decimal(1)
    weight: Decimal = Decimal(1)
    description: str = ""
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class ComponentDef:
    """Points outside the jury. ``scale = "share_of_max"`` maps raw values (votes) to
    ``points × value ÷ largest value``, rounded half-up to ``places``."""

    code: str
    name: str
    kind: ComponentKind = ComponentKind.BONUS
    scale: str | None = None
    points: Decimal | None = None
    places: int | None = None


@dataclass(frozen=True)
class RankingRules:
    aggregate: Aggregate = Aggregate.MEAN
    trim: int = 0
    normalise: Normalise = Normalise.NONE
    panel_places: int | None = None
    weighted_places: int | None = None
    total_places: int | None = None
    tie_break: tuple[str, ...] = ()  # metrics as written; judging.ranking.rules.TieBreak reads them


@dataclass(frozen=True)
class AdvanceRule:
    top: int | None = None
    per_category: bool = False
    min_total: Decimal | None = None
    on_tie: OnTie = OnTie.SHARE


@dataclass(frozen=True)
class Round:
    code: str
    name: str
    judges_per_entry: int = 3
    criteria: tuple[Criterion, ...] = ()
    ranking: RankingRules = field(default_factory=RankingRules)
    components: tuple[ComponentDef, ...] = ()
    advance: AdvanceRule | None = None
    status: RoundStatus = RoundStatus.OPEN

    @property
    def jury_max(self) -> Decimal:
        return sum((c.max * c.weight for c in self.criteria), Decimal(0))

    def criterion(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)


@dataclass(frozen=True)
class Category:
    code: str
    name: str


@dataclass(frozen=True)
class Prize:
    code: str
    name: str
    count: int | None = None
    per_category: bool = False
    min_total: Decimal | None = None
    on_tie: OnTie = OnTie.SHARE


@dataclass(frozen=True)
class Competition:
    """An award edition and its whole definition (what a definition file holds)."""

    code: str
    name: str
    organiser: str = ""
    blind: bool = False
    show_running_total: bool = False
    categories: tuple[Category, ...] = ()
    rounds: tuple[Round, ...] = ()
    prizes: tuple[Prize, ...] = ()

    def round(self, code: str) -> Round | None:
        return next((r for r in self.rounds if r.code == code), None)

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)


@dataclass(frozen=True)
class Entry:
    code: str
    title: str
    category: str | None = None  # category code
    authors: tuple[str, ...] = ()
    organisation: str = ""
    summary: str = ""
    status: EntryStatus = EntryStatus.ACTIVE
    status_reason: str = ""


@dataclass(frozen=True)
class Judge:
    code: str
    name: str
    title: str = ""
    organisation: str = ""
    role: Role = Role.MEMBER
