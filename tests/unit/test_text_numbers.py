from decimal import Decimal
from fractions import Fraction

import pytest

from judging.errors import InputError
from judging.numbers import (
    format_decimal,
    from_scaled,
    is_multiple,
    parse_decimal,
    round_half_up,
    to_scaled,
)
from judging.text import clean, fold, matches, nfc


def test_fold_removes_case_and_vietnamese_diacritics() -> None:
    assert fold("Nguyễn Đức Thắng") == "nguyen duc thang"
    assert fold("ĐỖ  Thị   Ánh") == "do thi anh"
    assert matches("nguyen", fold("Trần Nguyễn"))
    assert matches("d", fold("Đ"))
    assert not matches("nguyen x", fold("Nguyễn"))


def test_nfc_and_clean() -> None:
    decomposed = "Nguye\u0302\u0303n"
    assert nfc(decomposed) == "Nguyễn"
    assert clean("  Sáng   kiến \n ") == "Sáng kiến"
    assert clean(None) == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("27,5", Decimal("27.5")),
        ("27.5", Decimal("27.5")),
        (" 30 ", Decimal(30)),
        ("0.25", Decimal("0.25")),
    ],
)
def test_parse_decimal_accepts_point_and_comma(text: str, value: Decimal) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("bad", ["", "abc", "1,2,3", "nan", "inf"])
def test_parse_decimal_refuses_garbage(bad: str) -> None:
    with pytest.raises(InputError):
        parse_decimal(bad)


def test_parse_decimal_refuses_float() -> None:
    with pytest.raises(InputError):
        parse_decimal(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(5, 2), 0, "3"),
        (Fraction(-5, 2), 0, "-3"),
        (Decimal("2.675"), 2, "2.68"),  # float round() gives 2.67
        (Decimal("0.125"), 2, "0.13"),  # half-even would give 0.12
        (Fraction(1, 3), 2, "0.33"),
        (Fraction(2, 3), 2, "0.67"),
        (Decimal("27"), 2, "27.00"),
    ],
)
def test_round_half_up(value: Fraction | Decimal, places: int, expected: str) -> None:
    assert str(round_half_up(value, places)) == expected


def test_format_decimal() -> None:
    assert format_decimal(Decimal("27.50")) == "27.5"
    assert format_decimal(Decimal("27"), 2) == "27.00"
    assert format_decimal(None) == ""


def test_scaled_round_trip_and_refusal() -> None:
    for text in ["0", "27.5", "0.25", "30", "9.9999"]:
        value = Decimal(text)
        assert from_scaled(to_scaled(value)) == value
    with pytest.raises(InputError):
        to_scaled(Decimal("0.00001"))


def test_is_multiple() -> None:
    assert is_multiple(Decimal("27.5"), Decimal("0.5"))
    assert not is_multiple(Decimal("27.3"), Decimal("0.5"))
    assert is_multiple(Decimal("0.75"), Decimal("0.25"))
