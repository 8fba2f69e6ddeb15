"""Showing a refusal to a person: the error's problem code, worded by the one catalogue
(judging.problems) in the language the screens speak now."""

from __future__ import annotations

from judging.errors import JudgingError
from ui.numbers import ui_language


def problem_text(exc: JudgingError) -> str:
    """The error and each of its problems, in the screens' language."""
    return exc.text(ui_language())
