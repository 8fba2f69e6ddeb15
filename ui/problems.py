"""Showing a refusal to a person: the error's problem code, worded by the one catalogue
(judging.problems) in the language the screens speak now."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from judging.errors import JudgingError


def screen_language() -> str:
    """``vi`` or ``en``: the language the screens speak (the app sets Qt's default locale)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def problem_text(exc: JudgingError) -> str:
    """The error and each of its problems, in the screens' language."""
    return exc.text(screen_language())
