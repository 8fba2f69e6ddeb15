"""The result of ranking one round (and category), as immutable values for screens and files.

A ``RoundResult`` holds one ``EntryResult`` per entry in rank order (unranked entries last).
Each entry's numbers open down to the marks that produced them: ``CriterionResult.marks`` holds
every judge's mark (counted or not, dropped by trimming or not) and ``steps`` say what was
computed and how it was rounded. ``flags`` are plain sentences for the people checking the
result (an unresolved tie, a judge normalisation left alone, too few marks to trim).

Every sentence the engine writes is also given as a ``Note``: a language-neutral ``kind`` code
and its parameters, from which a screen, the command line or an export writes the sentence in
its own language from the one catalogue (judging.problems, codes ``note.<kind>``); the
plain-text fields carry the English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from judging.model import Competition, ComponentKind, Role, RoundStatus
from judging.problems import CATALOGUE, ProblemCode

STATUS_RANKED = "ranked"
STATUS_INCOMPLETE = "incomplete"
STATUS_WITHDRAWN = "withdrawn"

#: Parameters of the engine's sentences that hold a number (written with a decimal comma in
#: Vietnamese); the others are codes, counts and names.
NUMBER_PARAMS = frozenset({"total", "mean", "spread", "z"})

#: Parameters that hold a code the competition names (shown by its name where one is known).
NAMED_PARAMS = ("criterion", "component", "prize", "round")


_NOTE_CODES = frozenset(code.value for code in CATALOGUE if code.value.startswith("note."))


def note_code(kind: str) -> ProblemCode:
    """The catalogue's code of a note kind (``panel_mean`` → ``note.panel_mean``)."""
    return ProblemCode(f"note.{kind}")


@dataclass(frozen=True)
class NoteNames:
    """What the codes in a note are called (code → name): criteria, components, prizes and
    rounds. A code without a name here is shown as it is."""

    criterion: Mapping[str, str] = field(default_factory=dict)
    component: Mapping[str, str] = field(default_factory=dict)
    prize: Mapping[str, str] = field(default_factory=dict)
    round: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls, competition: Competition | None = None, entries: Iterable[EntryResult] = ()
    ) -> NoteNames:
        """The names the competition gives (every round's), and those the results carry."""
        criteria: dict[str, str] = {}
        components: dict[str, str] = {}
        for entry in entries:
            criteria.update((c.criterion, c.name) for c in entry.criteria)
            components.update((c.component, c.name) for c in entry.components)
        if competition is None:
            return cls(criteria, components)
        for round_ in competition.rounds:
            criteria.update((c.code, c.name) for c in round_.criteria)
            components.update((c.code, c.name) for c in round_.components)
        return cls(
            criteria,
            components,
            {p.code: p.name for p in competition.prizes},
            {r.code: r.name for r in competition.rounds},
        )

    def name(self, key: str, code: str) -> str | None:
        """The name of ``code`` when ``key`` is a parameter that names something, else None."""
        if key not in NAMED_PARAMS:
            return None
        table: Mapping[str, str] = getattr(self, key)
        return table.get(code, code)


@dataclass(frozen=True)
class Note:
    """A sentence as data: its ``kind`` (``note.<kind>`` in the catalogue of judging.problems),
    its parameters (language-neutral text: codes, numbers as "26.33") and, for a sentence
    that lists others, those."""

    kind: str
    params: tuple[tuple[str, str], ...] = ()
    details: tuple[Note, ...] = ()

    @classmethod
    def of(cls, kind: str, *details: Note, **params: object) -> Note:
        # Every kind the engine writes has its sentence (the tests run every branch of it).
        assert f"note.{kind}" in _NOTE_CODES, f"no sentence for note kind {kind!r}"
        return cls(kind, tuple((k, str(v)) for k, v in params.items()), details)

    def render(
        self, language: str = "en", names: NoteNames | None = None, joiner: str = "; "
    ) -> str:
        """The sentence in ``language``: codes the competition names by their names (when
        ``names`` are given), numbers with a decimal comma in Vietnamese."""
        values = {key: self._shown(key, value, language, names) for key, value in self.params}
        values["details"] = joiner.join(d.render(language, names, joiner) for d in self.details)
        try:
            template = CATALOGUE[note_code(self.kind)].template(language)
        except ValueError:  # a kind this program does not know (a newer stored result)
            return self.kind
        return template.format_map(values)

    @staticmethod
    def _shown(key: str, value: str, language: str, names: NoteNames | None) -> str:
        named = names.name(key, value) if names is not None else None
        if named is not None:
            return named
        if key in NUMBER_PARAMS and language == "vi":
            return value.replace(".", ",")
        return value

    @property
    def text(self) -> str:
        """The English sentence."""
        return self.render("en")


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
