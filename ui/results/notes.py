"""The engine's sentences (``judging.ranking.results.Note``) in the person's language: the
catalogue's wording (judging.problems, ``note.<kind>``) in the language the program shows,
criteria, components, prizes and rounds by their names, numbers with a decimal comma in
Vietnamese.
"""

from __future__ import annotations

from collections.abc import Iterable

from judging.ranking.results import EntryResult, Note, NoteNames, RoundResult, Step
from ui.numbers import ui_language

#: What the codes in a note are called (the screens' name for judging's ``NoteNames``).
Names = NoteNames


def note_text(note: Note, names: Names | None = None) -> str:
    return note.render(ui_language(), names)


def notes_text(notes: Iterable[Note], names: Names | None = None) -> list[str]:
    language = ui_language()
    return [note.render(language, names) for note in notes]


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
