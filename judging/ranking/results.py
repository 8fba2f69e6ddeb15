"""The result of ranking one round (and category), as immutable values for screens and files.

A ``RoundResult`` holds one ``EntryResult`` per entry in rank order (unranked entries last).
Each entry's numbers open down to the marks that produced them: ``CriterionResult.marks`` holds
every judge's mark (counted or not, dropped by trimming or not) and ``steps`` say what was
computed and how it was rounded. ``flags`` are plain sentences for the people checking the
result (an unresolved tie, a judge normalisation left alone, too few marks to trim).

Every sentence the engine writes is also given as a ``Note``: a language-neutral ``kind`` code
and its parameters, from which a screen or the command line writes the sentence in its own
language (``NOTE_TEXT`` holds the English, which is what the plain-text fields carry).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from judging.model import ComponentKind, Role, RoundStatus

STATUS_RANKED = "ranked"
STATUS_INCOMPLETE = "incomplete"
STATUS_WITHDRAWN = "withdrawn"

#: The English sentence of each kind of ``Note``: ``{name}`` is a parameter, ``{details}``
#: the note's details joined by "; ". A translation uses the same kinds and placeholders.
NOTE_TEXT: dict[str, str] = {
    # explanation steps
    "panel_mean": "panel mark: mean of {n} counted marks",
    "panel_median": "panel mark: median of {n} counted marks",
    "panel_trimmed": (
        "panel mark: trimmed mean of {n} counted marks, dropping the {trim} highest and "
        "{trim} lowest"
    ),
    "weighted": "weighted mark: panel mark × weight",
    "judge_as_is_one_entry": "judge {judge}: total left as is (one entry)",
    "judge_as_is_no_spread": "judge {judge}: total left as is (no spread)",
    "judge_normalised": (
        "judge {judge}: total {total}, judge mean {mean}, judge spread {spread}, z = {z}"
    ),
    "jury_normalised": "jury total: mean of {n} normalised judge totals",
    "jury_sum": "jury total: sum of the weighted marks",
    "final_total": "final total: jury total + bonuses − deductions",
    "component_given": "{component}: as given",
    "component_none": "{component}: none given, 0",
    "component_share": "{component}: points × value ÷ largest value in the group",
    # why an entry is incomplete
    "not_started": "{judge}: not started",
    "not_submitted": "{judge}: not submitted",
    "mark_missing": "{judge}: {criterion}",
    "no_counted_marks": "no counted marks",
    "too_few_to_trim": (
        "only {n} counted judge(s): too few to drop the {trim} highest and {trim} lowest marks"
    ),
    # an entry's flags
    "tied": "tie unresolved",
    "advance_boundary_held": "advance from {round}: boundary tie unresolved",
    "prize_boundary_held": "prize {prize}: boundary tie unresolved",
    # the round's flags and what blocks its approval
    "provisional": "provisional: marks on sheets not yet submitted are counted",
    "tie_break_unknown": "tie-break '{metric}' names nothing in this round; ignored",
    "normalisation_panel": "normalisation: panel mean {mean}, panel spread {spread}",
    "normalisation_one_entry": (
        "normalisation: judge {judge} has one entry; totals left as they are"
    ),
    "normalisation_no_spread": (
        "normalisation: judge {judge} has no spread; totals left as they are"
    ),
    "largest_zero": "{component}: the largest value is 0; every entry gets 0",
    "tie_group": "tie unresolved: {codes} share rank {rank}",
    "advance_boundary_shared": "advance from {round}: tie at the boundary shared by {codes}",
    "prize_boundary_shared": "prize {prize}: tie at the boundary shared by {codes}",
    "advance_boundary_tie": (
        "advance from {round}: tie at the boundary unresolved: {codes} for {places} "
        "place(s); the chair's order is needed"
    ),
    "prize_boundary_tie": (
        "prize {prize}: tie at the boundary unresolved: {codes} for {places} place(s); "
        "the chair's order is needed"
    ),
    "incomplete": "{entry} is incomplete: {details}",
}


@dataclass(frozen=True)
class Note:
    """A sentence as data: its ``kind`` (a key of ``NOTE_TEXT``), its parameters (already
    language-neutral text: codes, numbers) and, for a sentence that lists others, those."""

    kind: str
    params: tuple[tuple[str, str], ...] = ()
    details: tuple[Note, ...] = ()

    @classmethod
    def of(cls, kind: str, *details: Note, **params: object) -> Note:
        # Every kind the engine writes has its sentence (the tests run every branch of it).
        assert kind in NOTE_TEXT, f"no sentence for note kind {kind!r}"
        return cls(kind, tuple((k, str(v)) for k, v in params.items()), details)

    def render(self, templates: Mapping[str, str], joiner: str = "; ") -> str:
        """The sentence from ``templates`` (kind → template), the English where one lacks."""
        template = templates.get(self.kind) or NOTE_TEXT.get(self.kind, self.kind)
        values = dict(self.params)
        values["details"] = joiner.join(d.render(templates, joiner) for d in self.details)
        return template.format_map(values)

    @property
    def text(self) -> str:
        """The English sentence."""
        return self.render(NOTE_TEXT)


@dataclass(frozen=True)
class JudgeMark:
    """One judge's mark on one criterion of one entry."""

    judge: str  # judge code
    judge_name: str
    role: Role
    value: Decimal | None  # the mark as given (None: missing)
    counted: bool  # False for trainees, recused, unsubmitted sheets (unless drafts)
    dropped: bool  # dropped by trimming
    normalised: Decimal | None = None  # after z-score normalisation, when used


@dataclass(frozen=True)
class Step:
    """One line of an explanation: what was computed, its exact value and how it was rounded."""

    label: str
    exact: str
    rounded: str | None = None  # None: no rounding at this stage
    places: int | None = None
    note: Note | None = None  # the label as data (``label`` is its English)


@dataclass(frozen=True)
class CriterionResult:
    criterion: str  # criterion code
    name: str
    weight: Decimal
    marks: tuple[JudgeMark, ...]
    panel: Decimal | None  # panel mark (after aggregation and panel rounding)
    weighted: Decimal | None  # panel × weight, rounded at weighted_places
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class ComponentResult:
    component: str  # component code
    name: str
    kind: ComponentKind
    raw: Decimal | None  # the value as imported (votes, points)
    value: Decimal | None  # the points it adds (bonus) or takes away (deduction)
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class EntryResult:
    entry: str  # entry code
    title: str
    category: str | None  # category code
    status: str  # "ranked" | "incomplete" | "withdrawn"
    rank: int | None
    tied: bool
    final_total: Decimal | None
    jury_total: Decimal | None
    criteria: tuple[CriterionResult, ...]
    components: tuple[ComponentResult, ...]
    prize: str | None = None  # prize code
    advanced: bool = False
    tie_decision: str | None = None  # the chair's reason, when the chair ordered a tie
    missing: tuple[str, ...] = ()  # e.g. "GK03: tinh_moi" — why incomplete
    steps: tuple[Step, ...] = ()  # jury total, final total
    flags: tuple[str, ...] = ()  # e.g. "tie unresolved"
    missing_notes: tuple[Note, ...] = ()  # ``missing`` as data
    flag_notes: tuple[Note, ...] = ()  # ``flags`` as data

    @property
    def is_ranked(self) -> bool:
        return self.status == STATUS_RANKED


@dataclass(frozen=True)
class RoundResult:
    competition: str  # competition code
    round: str  # round code
    category: str | None  # the category asked for (None: every category)
    drafts: bool  # True: provisional, unsubmitted marks counted
    status: RoundStatus
    results: tuple[EntryResult, ...]  # in rank order, unranked last
    flags: tuple[str, ...] = ()
    #: groups of entry codes still tied after the whole chain (what ``resolve-tie`` accepts)
    ties: tuple[tuple[str, ...], ...] = ()
    #: groups the rules leave tied that the chair's recorded order settles (in that order)
    decided: tuple[tuple[str, ...], ...] = ()
    #: what stops the round being approved: incomplete entries, unresolved boundary ties
    blocking: tuple[str, ...] = ()
    flag_notes: tuple[Note, ...] = ()  # ``flags`` as data
    blocking_notes: tuple[Note, ...] = ()  # ``blocking`` as data

    def entry(self, code: str) -> EntryResult | None:
        return next((r for r in self.results if r.entry == code), None)


@dataclass(frozen=True)
class RankingSnapshot:
    """A round's whole result as stored when the round was approved."""

    round: str  # round code
    format: str  # "judging-ranking/1"
    content: str  # the result in that format (JSON text)
    approved_by: str
    at: datetime | None = None  # when it was stored (UTC); None before it is stored
