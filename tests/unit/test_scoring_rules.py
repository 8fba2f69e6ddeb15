"""Pure scoring rules and the marks CSV reader/writer (no database)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judging.errors import InputError
from judging.model import Band, Criterion
from judging.numbers import places_of, trimmed
from judging.scoring import marks_csv
from judging.scoring.model import MarkRecord
from judging.scoring.rules import (
    band_for,
    mark_problem,
    missing_criteria,
    parse_mark,
    total_places,
    weighted_total,
)

D = Decimal
NEW = Criterion(
    code="NEW",
    name="Tính mới",
    max=D(30),
    step=D("0.5"),
    weight=D(2),
    bands=(Band(D(27), D(30), "hoàn toàn mới"), Band(D(21), D("26.5"), "cải tiến tốt")),
)
APP = Criterion(code="APP", name="Áp dụng", max=D(10), step=D("0.25"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("27,5", D("27.5")), (" 27.50 ", D("27.5")), ("30", D(30)), ("0", D(0)), ("", None)],
)
def test_parse_mark_accepts_point_comma_and_blank(text: str, value: Decimal | None) -> None:
    assert parse_mark(text, NEW) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30.5", "out of range"),
        ("-0.5", "out of range"),
        ("27.3", "not a multiple of the step 0.5"),
        ("abc", "not a number"),
        ("1e400", "not a number"),  # no exponents (judging.number_syntax)
        ("NaN", "not a number"),
        ("2_5", "not a number"),
        ("\u0662\u0665", "not a number"),  # Arabic-Indic 25
        ("\uff12\uff15", "not a number"),  # full-width 25
        ("27.1234567", "too many digits"),
    ],
)
def test_parse_mark_refuses(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_mark(text, NEW)


@given(st.integers(min_value=0, max_value=40))
def test_every_step_up_to_the_maximum_is_a_valid_mark(steps: int) -> None:
    value = APP.step * steps
    assert mark_problem(APP, value) is None
    assert parse_mark(str(value).replace(".", ","), APP) == value


def test_bands_and_totals() -> None:
    assert band_for(NEW, D(28)).label == "hoàn toàn mới"  # type: ignore[union-attr]
    assert band_for(NEW, D(21)).label == "cải tiến tốt"  # type: ignore[union-attr]
    assert band_for(NEW, D(5)) is None
    assert band_for(NEW, None) is None
    assert weighted_total([NEW, APP], {}) is None
    assert weighted_total([NEW, APP], {"NEW": D("27.5")}) == D(55)
    assert weighted_total([NEW, APP], {"NEW": D("27.5"), "APP": D("7.25")}) == D("62.25")
    assert missing_criteria([NEW, APP], {"NEW": D(1), "APP": None}) == ["APP"]


def test_reader_sniffs_separator_bom_and_names_ragged_rows() -> None:
    data = "\ufeffRound;Entry;Judge;Criterion;Mark\nR1;E1;J1;NEW;27,5\n\nR1;E1;J1\n".encode()
    with pytest.raises(InputError) as caught:
        marks_csv.read_marks(data, "x.csv")
    assert [str(p) for p in caught.value.problems] == [
        "x.csv, row 4: 3 cells where the header has 5"
    ]
    (line,) = marks_csv.read_marks(data.rsplit(b"\n", 2)[0] + b"\n", "x.csv")
    assert (line.line, line.round_code, line.mark, line.comment) == (2, "R1", "27,5", "")


def test_reader_refuses_an_empty_file() -> None:
    with pytest.raises(InputError, match="empty"):
        marks_csv.read_marks(b"", "e.csv")


def test_writer_bom_separator_decimal_comma_and_formula_guard() -> None:
    records = [MarkRecord("R1", "E1", "J1", "NEW", D("27.5"), "+1 điểm")]
    comma = marks_csv.write_marks(records)
    assert (
        comma
        == "\ufeffround,entry,judge,criterion,mark,comment\r\nR1,E1,J1,NEW,27.5,'+1 điểm\r\n".encode()
    )
    semi = marks_csv.write_marks(records, separator=";").decode("utf-8-sig")
    assert semi.splitlines()[1] == "R1;E1;J1;NEW;27,5;'+1 điểm"
    with pytest.raises(InputError):
        marks_csv.write_marks(records, separator="\t")
    (back,) = marks_csv.read_marks(comma, "back.csv")
    assert back.comment == "+1 điểm"


WHOLE = Criterion(code="EFF", name="Hiệu quả", max=D(40))


@pytest.mark.parametrize(
    ("criterion", "value", "vietnamese"),
    [
        (NEW, D("31"), "31 nằm ngoài thang điểm: điểm từ 0 đến 30"),
        (NEW, D("27.3"), "27,3 không đúng bậc điểm: tiêu chí này chấm theo bậc 0,5"),
        (WHOLE, D("20.5"), "20,5 không phải điểm nguyên: tiêu chí này chấm điểm nguyên"),
        (APP, D("-0.25"), "-0,25 nằm ngoài thang điểm: điểm từ 0 đến 10"),
    ],
)
def test_refusals_in_vietnamese_as_a_council_writes_them(
    criterion: Criterion, value: Decimal, vietnamese: str
) -> None:
    problem = mark_problem(criterion, value)
    assert problem is not None and problem.text("vi") == vietnamese


def test_places_of_a_step_and_of_a_sheets_total() -> None:
    assert [places_of(D(s)) for s in ("1", "0.5", "0.25", "2", "1.0")] == [0, 1, 2, 0, 0]
    assert total_places([NEW, APP]) == 2  # 0.5 × 2 needs none, 0.25 two
    assert total_places([NEW, WHOLE]) == 0
    assert total_places([]) == 0
    assert [str(trimmed(D(s))) for s in ("30.0", "26.50", "0.25", "7")] == [
        "30",
        "26.5",
        "0.25",
        "7",
    ]
    assert trimmed(None) is None
