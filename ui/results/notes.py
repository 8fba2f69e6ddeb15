"""The engine's sentences (``judging.ranking.results.Note``) in the person's language.

The engine gives each sentence as a kind code and its parameters; here each kind has its
English source text (the same as ``NOTE_TEXT``, so an untranslated program reads as the
command line does) under the translation context "ResultNotes", with ``{name}`` placeholders
that the Vietnamese keeps. A kind this table does not know falls back to the engine's English.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from judging.ranking.results import EntryResult, Note, RoundResult, Step

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


def note_text(note: Note) -> str:
    return note.render(templates())


def notes_text(notes: Iterable[Note]) -> list[str]:
    table = templates()
    return [note.render(table) for note in notes]


def step_label(step: Step) -> str:
    """A step's label in the current language (its English when it carries no note)."""
    return note_text(step.note) if step.note is not None else step.label


def missing_texts(entry: EntryResult) -> list[str]:
    """Why an entry is incomplete, in the current language."""
    return notes_text(entry.missing_notes) if entry.missing_notes else list(entry.missing)


def flag_texts(entry: EntryResult) -> list[str]:
    """An entry's flags (an unresolved tie, a boundary tie held), in the current language."""
    return notes_text(entry.flag_notes) if entry.flag_notes else list(entry.flags)


def round_flag_texts(result: RoundResult) -> list[str]:
    return notes_text(result.flag_notes) if result.flag_notes else list(result.flags)


def blocking_texts(result: RoundResult) -> list[str]:
    return notes_text(result.blocking_notes) if result.blocking_notes else list(result.blocking)
