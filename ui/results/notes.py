"""The engine's sentences (``judging.ranking.results.Note``) in the person's language.

The engine gives each sentence as a kind code and its parameters; here each kind has its
English source text (the same as ``NOTE_TEXT``, so an untranslated program reads as the
command line does) under the translation context "ResultNotes", with ``{name}`` placeholders
that the Vietnamese keeps. A kind this table does not know falls back to the engine's English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from judging.model import Competition
from judging.ranking.results import EntryResult, Note, RoundResult, Step
from ui.numbers import ui_language

_CTX = "ResultNotes"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def templates() -> dict[str, str]:
    """kind → the sentence in the current language (built on each call: the language can
    change while the program runs)."""
    return {
        "panel_mean": tr("panel mark: mean of {n} counted marks"),
        "panel_median": tr("panel mark: median of {n} counted marks"),
        "panel_trimmed": tr(
            "panel mark: trimmed mean of {n} counted marks, dropping the {trim} highest and "
            "{trim} lowest"
        ),
        "weighted": tr("weighted mark: panel mark × weight"),
        "judge_as_is_one_entry": tr("judge {judge}: total left as is (one entry)"),
        "judge_as_is_no_spread": tr("judge {judge}: total left as is (no spread)"),
        "judge_normalised": tr(
            "judge {judge}: total {total}, judge mean {mean}, judge spread {spread}, z = {z}"
        ),
        "jury_normalised": tr("jury total: mean of {n} normalised judge totals"),
        "jury_sum": tr("jury total: sum of the weighted marks"),
        "final_total": tr("final total: jury total + bonuses − deductions"),
        "component_given": tr("{component}: as given"),
        "component_none": tr("{component}: none given, 0"),
        "component_share": tr("{component}: points × value ÷ largest value in the group"),
        "not_started": tr("{judge}: not started"),
        "not_submitted": tr("{judge}: not submitted"),
        "mark_missing": tr("{judge}: {criterion}"),
        "no_counted_marks": tr("no counted marks"),
        "too_few_to_trim": tr(
            "only {n} counted judge(s): too few to drop the {trim} highest and {trim} lowest marks"
        ),
        "tied": tr("tie unresolved"),
        "advance_boundary_held": tr("advance from {round}: boundary tie unresolved"),
        "prize_boundary_held": tr("prize {prize}: boundary tie unresolved"),
        "provisional": tr("provisional: marks on sheets not yet submitted are counted"),
        "tie_break_unknown": tr("tie-break '{metric}' names nothing in this round; ignored"),
        "normalisation_panel": tr("normalisation: panel mean {mean}, panel spread {spread}"),
        "normalisation_one_entry": tr(
            "normalisation: judge {judge} has one entry; totals left as they are"
        ),
        "normalisation_no_spread": tr(
            "normalisation: judge {judge} has no spread; totals left as they are"
        ),
        "largest_zero": tr("{component}: the largest value is 0; every entry gets 0"),
        "tie_group": tr("tie unresolved: {codes} share rank {rank}"),
        "advance_boundary_shared": tr(
            "advance from {round}: tie at the boundary shared by {codes}"
        ),
        "prize_boundary_shared": tr("prize {prize}: tie at the boundary shared by {codes}"),
        "advance_boundary_tie": tr(
            "advance from {round}: tie at the boundary unresolved: {codes} for {places} "
            "place(s); the chair's order is needed"
        ),
        "prize_boundary_tie": tr(
            "prize {prize}: tie at the boundary unresolved: {codes} for {places} place(s); "
            "the chair's order is needed"
        ),
        "incomplete": tr("{entry} is incomplete: {details}"),
    }


#: A decimal point between digits ("26.33" in a note's parameter).
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


@dataclass(frozen=True)
class Names:
    """What the codes in a note are called (code → name): criteria, components, prizes and
    rounds. A code without a name here is shown as it is."""

    criterion: Mapping[str, str] = field(default_factory=dict)
    component: Mapping[str, str] = field(default_factory=dict)
    prize: Mapping[str, str] = field(default_factory=dict)
    round: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls, competition: Competition | None = None, entries: Iterable[EntryResult] = ()
    ) -> Names:
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
        table = {
            "criterion": self.criterion,
            "component": self.component,
            "prize": self.prize,
            "round": self.round,
        }.get(key)
        return None if table is None else table.get(code, code)


def localised(note: Note, lang: str, names: Names | None = None) -> Note:
    """The note as a person reads it: criteria, components, prizes and rounds by their
    names, not their codes; numbers written in ``lang`` ("26,33" in Vietnamese)."""
    known = names or Names()

    def value_of(key: str, value: str) -> str:
        name = known.name(key, value)
        if name is not None:
            return name
        return _DECIMAL_POINT.sub(",", value) if lang == "vi" else value

    return Note(
        note.kind,
        tuple((key, value_of(key, value)) for key, value in note.params),
        tuple(localised(detail, lang, known) for detail in note.details),
    )


def note_text(note: Note, names: Names | None = None) -> str:
    return localised(note, ui_language(), names).render(templates())


def notes_text(notes: Iterable[Note], names: Names | None = None) -> list[str]:
    table, lang = templates(), ui_language()
    return [localised(note, lang, names).render(table) for note in notes]


def step_label(step: Step, names: Names | None = None) -> str:
    """A step's label in the current language (its English when it carries no note)."""
    return note_text(step.note, names) if step.note is not None else step.label


def missing_texts(entry: EntryResult, names: Names | None = None) -> list[str]:
    """Why an entry is incomplete, in the current language."""
    if not entry.missing_notes:
        return list(entry.missing)
    return notes_text(entry.missing_notes, names or Names.of(None, [entry]))


def flag_texts(entry: EntryResult, names: Names | None = None) -> list[str]:
    """An entry's flags (an unresolved tie, a boundary tie held), in the current language."""
    if not entry.flag_notes:
        return list(entry.flags)
    return notes_text(entry.flag_notes, names or Names.of(None, [entry]))


def round_flag_texts(result: RoundResult, names: Names | None = None) -> list[str]:
    if not result.flag_notes:
        return list(result.flags)
    return notes_text(result.flag_notes, names or Names.of(None, result.results[:1]))


def blocking_texts(result: RoundResult, names: Names | None = None) -> list[str]:
    if not result.blocking_notes:
        return list(result.blocking)
    return notes_text(result.blocking_notes, names or Names.of(None, result.results[:1]))
