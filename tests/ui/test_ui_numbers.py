"""``ui.numbers.show_number`` follows the program's language (``QLocale.setDefault``)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from ui.numbers import show_number, ui_language


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_decimal_mark_follows_the_program_language(restore_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    assert ui_language() == "vi"
    assert show_number(Decimal("88"), 2) == "88,00"
    assert show_number(Decimal("26.333"), 2, "en") == "26.33"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert ui_language() == "en"
    assert show_number(Decimal("26.333"), 2) == "26.33"
