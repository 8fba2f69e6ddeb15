"""The tie-break metric as a value: parse, print, refuse, and what it means in a round."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judging.errors import InputError
from judging.model import ComponentDef, ComponentKind, Criterion, Round
from judging.ranking.rules import BadTieBreak, Direction, MetricKind, TieBreak

codes = st.from_regex(r"[\w.\-]+", fullmatch=True).filter(lambda c: "\n" not in c)
tie_breaks = st.one_of(
    st.just(TieBreak.jury_total()),
    codes.map(TieBreak.criterion),
    codes.map(TieBreak.component),
)


@given(tie_breaks)
def test_a_tie_break_prints_itself_as_the_text_that_parses_back_to_it(tb: TieBreak) -> None:
    text = str(tb)
    assert TieBreak.parse(text) == tb
    assert str(TieBreak.parse(text)) == text


@given(st.text(max_size=30))
def test_any_text_either_parses_to_itself_or_is_refused(text: str) -> None:
    found = TieBreak.parse_or_none(text)
    if found is None:
        with pytest.raises(BadTieBreak):
            TieBreak.parse(text)
    else:
        assert str(found) == text


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("jury_total", MetricKind.JURY_TOTAL, ""),
        ("criterion:tinh_moi", MetricKind.CRITERION, "tinh_moi"),
        ("component:binh_chon", MetricKind.COMPONENT, "binh_chon"),
        ("criterion:hiệu-quả.2", MetricKind.CRITERION, "hiệu-quả.2"),
    ],
)
def test_the_three_forms(text: str, kind: MetricKind, code: str) -> None:
    tb = TieBreak.parse(text)
    assert (tb.kind, tb.code) == (kind, code)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "jury",
        "Jury_total",
        "jury_total:x",
        "criterion",
        "criterion:",
        "criterion: tinh_moi",
        "criterion:tinh moi",
        "criterion:a:b",
        "component:",
        "panel:tinh_moi",
        "tinh_moi",
        ":tinh_moi",
    ],
)
def test_bad_text_is_refused_with_a_problem_in_both_languages(text: str) -> None:
    with pytest.raises(BadTieBreak) as caught:
        TieBreak.parse(text)
    assert isinstance(caught.value, InputError)
    assert caught.value.text("en") == (
        f"unknown tie-break {text!r} (use jury_total, criterion:CODE or component:CODE)"
    )
    assert caught.value.text("vi") == (
        f"tiêu chí phụ {text!r} không hợp lệ (dùng jury_total, criterion:MÃ hoặc component:MÃ)"
    )
    assert TieBreak.parse_or_none(text) is None


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (MetricKind.JURY_TOTAL, "x"),
        (MetricKind.CRITERION, ""),
        (MetricKind.COMPONENT, "a b"),
        (MetricKind.CRITERION, "a:b"),
    ],
)
def test_a_malformed_value_cannot_be_made(kind: MetricKind, code: str) -> None:
    with pytest.raises(ValueError, match="code"):
        TieBreak(kind, code)


def _round() -> Round:
    mark = Decimal("10")
    return Round(
        code="SK",
        name="Sơ khảo",
        criteria=(
            Criterion(code="tinh_moi", name="Tính mới", max=mark, step=Decimal(1)),
            Criterion(code="kha_thi", name="", max=mark, step=Decimal(1)),
        ),
        components=(
            ComponentDef(code="binh_chon", name="Bình chọn", kind=ComponentKind.BONUS),
            ComponentDef(code="tre_han", name="Nộp trễ", kind=ComponentKind.DEDUCTION),
        ),
    )


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("jury_total", Direction.HIGHER_FIRST),
        ("criterion:tinh_moi", Direction.HIGHER_FIRST),
        ("component:binh_chon", Direction.HIGHER_FIRST),
        ("component:tre_han", Direction.LOWER_FIRST),
    ],
)
def test_direction_a_deduction_ranks_the_smaller_value_first(
    text: str, direction: Direction
) -> None:
    assert TieBreak.parse(text).direction(_round()) is direction


def test_what_a_metric_names_in_the_round_and_by_what_name() -> None:
    rnd = _round()
    criterion = TieBreak.criterion("tinh_moi")
    assert criterion.subject(rnd) is rnd.criteria[0]
    assert criterion.name_in(rnd) == "Tính mới"
    assert TieBreak.criterion("kha_thi").name_in(rnd) == "kha_thi"  # no name: its code
    assert TieBreak.component("tre_han").name_in(rnd) == "Nộp trễ"
    assert TieBreak.jury_total().subject(rnd) is None
    assert TieBreak.jury_total().names_something_in(rnd)
    assert TieBreak.jury_total().name_in(rnd) == ""
    missing = [TieBreak.criterion("binh_chon"), TieBreak.component("tinh_moi")]
    assert [m.names_something_in(rnd) for m in missing] == [False, False]
    assert [m.name_in(rnd) for m in missing] == ["binh_chon", "tinh_moi"]
