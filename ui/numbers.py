"""Numbers on screen in the language the program speaks: ``26,33`` in Vietnamese, ``26.33`` in
English (``judging.numbers.format_places`` does the writing; this only knows the language).

The language is the program's, as ``ui.app.Translations`` sets it with ``QLocale.setDefault``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QLocale

from judging.numbers import format_places


def ui_language() -> str:
    """"vi" while the program speaks Vietnamese, else "en"."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def show_number(
    value: Decimal | Fraction | int | None, places: int | None = None, lang: str | None = None
) -> str:
    """A number as the screen shows it: the round's ``places`` when named, the language's
    decimal mark (the program's language unless ``lang`` is given)."""
    return format_places(value, places, lang or ui_language())
