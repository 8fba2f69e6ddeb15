"""The one number syntax (judging/number_syntax.py) and the nesting pre-scan
(judging/nesting.py)."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judging.certificates.templates import parse_template
from judging.errors import InputError
from judging.kits.format import open_scorefile
from judging.nesting import MAX_DEPTH, too_deep_at
from judging.number_syntax import (
    COMPONENT_VALUE,
    check_bound,
    check_digits,
    decimals,
    read_decimal,
    shown,
)
from judging.problems import ProblemCode as P


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("27,5", "27.5"),
        ("27.5", "27.5"),
        (" 30 ", "30"),
        ("-3", "-3"),
        ("+4", "4"),
        (".5", "0.5"),
        ("5.", "5"),
        ("007", "7"),
        ("999999999999999", "999999999999999"),
        ("0.123456", "0.123456"),
        ("999999999999999.999999", "999999999999999.999999"),
    ],
)
def test_plain_numbers_are_read_exactly(text: str, value: str) -> None:
    read = read_decimal(text)
    assert read == Decimal(value) and str(read) == value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2_5", P.NUMBER_INVALID),
        ("\u0662\u0665", P.NUMBER_INVALID),  # Arabic-Indic
        ("\uff12\uff15", P.NUMBER_INVALID),  # full-width
        ("\u0968\u096b", P.NUMBER_INVALID),  # Devanagari
        ("1e3", P.NUMBER_INVALID),
        ("1E+99999999", P.NUMBER_INVALID),
        ("0x19", P.NUMBER_INVALID),
        ("1 000", P.NUMBER_INVALID),
        ("1,2,3", P.NUMBER_INVALID),
        ("1.2,3", P.NUMBER_INVALID),
        ("inf", P.NUMBER_INVALID),
        ("nan", P.NUMBER_INVALID),
        ("-", P.NUMBER_INVALID),
        (",", P.NUMBER_INVALID),
        ("", P.NUMBER_INVALID),
        ("1000000000000000", P.NUMBER_TOO_LONG),  # sixteen digits
        ("0.1234567", P.NUMBER_TOO_LONG),  # seven decimals
        ("9" * 5000, P.NUMBER_TOO_LONG),
    ],
)
def test_anything_else_is_refused_with_its_reason(text: str, code: P) -> None:
    with pytest.raises(InputError) as refused:
        read_decimal(text, what=P.TERM_MARK)
    assert refused.value.code is code
    assert len(refused.value.text("vi")) < 200  # a 5,000-digit text is not repeated whole


def test_a_comma_only_where_people_type() -> None:
    assert read_decimal("1.5", comma=False) == Decimal("1.5")
    with pytest.raises(InputError):
        read_decimal("1,5", comma=False)


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=6, min_value=-(10**14), max_value=10**14
    )
)
def test_every_bounded_decimal_reads_back_from_its_text(value: Decimal) -> None:
    text = format(value, "f")
    assert read_decimal(text) == value
    assert read_decimal(text.replace(".", ",")) == value


def test_typed_numbers_are_held_to_the_same_digits() -> None:
    assert check_digits(Decimal("27.5")) == Decimal("27.5")
    assert check_digits(10**14) == Decimal(10**14)
    for bad in (Decimal("1E+999999"), Decimal("1E-999999"), 10**15, -(10**300)):
        with pytest.raises(InputError) as refused:
            check_digits(bad)
        assert refused.value.code is P.NUMBER_TOO_LONG
    with pytest.raises(InputError) as refused:
        check_digits(Decimal("NaN"))
    assert refused.value.code is P.NUMBER_NOT_FINITE


def test_decimals_count_without_rounding_to_zero() -> None:
    assert decimals(Decimal("1.50")) == 1
    assert decimals(Decimal("1E-999999999")) == 999999999
    assert decimals(Decimal("1E+999999999")) == 0
    assert decimals(Decimal(0)) == 0
    assert decimals(7) == 0


def test_component_values_have_a_range() -> None:
    assert check_bound(Decimal("1000000000"), COMPONENT_VALUE) == Decimal(10**9)
    with pytest.raises(InputError) as refused:
        check_bound(Decimal("1000000000.5"), COMPONENT_VALUE)
    assert refused.value.code is P.NUMBER_OUT_OF_RANGE
    with pytest.raises(InputError) as refused:
        check_bound(Decimal("0.00001"), COMPONENT_VALUE)
    assert refused.value.code is P.NUMBER_TOO_FINE


def test_shown_keeps_a_refused_value_short() -> None:
    assert shown("27,5") == "27,5"
    assert len(shown("9" * 5000)) == 24
    assert shown(10**5000).startswith("~1E+")
    assert shown(Decimal("1E+999999")) == "1E+999999"


# -- nesting ------------------------------------------------------------------------------------


def test_brackets_inside_strings_and_comments_do_not_count() -> None:
    deep = "[" * 40
    text = (
        f'a = "{deep}"\nb = \'{deep}\'\n# {deep}\nc = """\n{deep}\n"""\n'
        f"d = '''{deep}'''\ne = \"\\\"{deep}\"\n"
    )
    assert tomllib.loads(text)["a"] == deep
    assert too_deep_at(text, toml=True) is None
    assert too_deep_at(json.dumps({"a": deep, "b": [[1]]}), toml=False) is None


def test_the_line_where_nesting_goes_too_deep() -> None:
    text = "a = 1\n[[t]]\nx = 2\ny = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n"
    assert too_deep_at(text, toml=True) == 4
    assert too_deep_at("y = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH, toml=True) is None
    assert too_deep_at('{"a": ' + "[" * 3000 + "]" * 3000 + "}", toml=False) == 1


def test_a_deep_certificate_template_or_score_file_is_refused_not_a_crash() -> None:
    with pytest.raises(InputError):
        parse_template("x = " + "[" * 3000 + "]" * 3000 + "\n")
    with pytest.raises(InputError):
        parse_template("x = " + "9" * 5000 + "\n")
    with pytest.raises(InputError) as refused:
        open_scorefile(b'{"a": ' + b"[" * 3000 + b"]" * 3000 + b"}", "s.json")
    assert refused.value.code is P.SCOREFILE_MALFORMED


# -- the checker, for definitions built by the editors or the services -------------------------


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("max", "1E+999999999", "max must be at most 1000"),
        ("max", "-1E+999999999", "max cannot be negative"),
        ("step", "1E-999999999", "step 1E-999999999 has more than 4 decimal places"),
        ("weight", "1E-999999", "weight 1E-999999 has more than 6 decimal places"),
        ("weight", "5000", "weight must be at most 1000 (5000)"),
    ],
)
def test_the_checker_words_extreme_numbers_without_overflowing(
    key: str, value: str, said: str
) -> None:
    from dataclasses import replace

    from judging.demo import demo_competition
    from judging.setup.definition import check

    competition = demo_competition()
    first = competition.rounds[0]
    criterion = replace(first.criteria[0], **{key: Decimal(value)})
    rounds = (replace(first, criteria=(criterion, *first.criteria[1:])), *competition.rounds[1:])
    issues = check(replace(competition, rounds=rounds))
    assert any(said in issue.text("en") for issue in issues), [i.text("en") for i in issues]


@settings(derandomize=True, max_examples=3000)
@given(st.text(alphabet='[]{}"\\\n ab', max_size=60), st.integers(min_value=1, max_value=4))
def test_the_quick_json_depth_check_agrees_with_the_exact_scan(text: str, limit: int) -> None:
    from judging.nesting import scan_depth, too_deep_at

    assert too_deep_at(text, toml=False, limit=limit) == scan_depth(text, toml=False, limit=limit)


def _nested(depth: int) -> st.SearchStrategy[object]:
    text = st.text(alphabet='ab[]{}"\\\n\t/é', max_size=8)
    leaf = st.none() | st.integers() | text
    if depth == 0:
        return leaf
    inner = _nested(depth - 1)
    return leaf | st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3)


@settings(derandomize=True, max_examples=500)
@given(_nested(4))
def test_json_as_the_program_writes_it_is_cleared_by_the_quick_check(value: object) -> None:
    """Brackets, quotes, backslashes and line ends inside strings never send a well-formed
    file (as json.dumps writes it: score files, and kit manifests with their line ends) to
    the slow exact scan."""
    from judging.nesting import _json_fits

    for text in (
        json.dumps(value),
        json.dumps(value, ensure_ascii=False) + "\n",
        json.dumps(value, ensure_ascii=False, indent=1),
    ):
        assert _json_fits(text, 5)
        assert too_deep_at(text, toml=False, limit=5) is None
