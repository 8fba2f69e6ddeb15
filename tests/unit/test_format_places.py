"""``format_places``: the one way a number is written for a person to read."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from judging.numbers import format_places


@pytest.mark.parametrize(
    ("value", "places", "lang", "text"),
    [
        (Decimal("26.333"), 2, "vi", "26,33"),
        (Decimal("26.333"), 2, "en", "26.33"),
        (Decimal("88"), 2, "vi", "88,00"),
        (Decimal("88"), 2, "en", "88.00"),
        (Decimal("26.335"), 2, "vi", "26,34"),  # half-up, not to even
        (Decimal("-0.125"), 2, "en", "-0.13"),  # half away from zero
        (Decimal("27.50"), None, "vi", "27,50"),  # as given when no places are named
        (Decimal("1E+1"), None, "en", "10"),  # never in exponent form
        (Fraction(1, 3), 3, "vi", "0,333"),
        (Fraction(1, 4), None, "en", "0.25"),
        (7, 1, "vi", "7,0"),
        (Decimal("1234.5"), 1, "vi", "1234,5"),  # no thousands grouping
        (None, 2, "vi", ""),
    ],
)
def test_numbers_follow_the_language_and_the_places(
    value: Decimal | Fraction | int | None, places: int | None, lang: str, text: str
) -> None:
    assert format_places(value, places, lang) == text
