"""Workbook sheet titles: valid for Excel and LibreOffice, and unique."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from judging.publish.workbook import TITLE_MAX, sheet_title, statistic

BAD = set("[]:*?/\\")


def valid(title: str) -> bool:
    return (
        0 < len(title.encode("utf-16-le")) // 2 <= TITLE_MAX
        and not any(ord(ch) < 32 for ch in title)
        and not BAD & set(title)
        and not title.startswith("'")
        and not title.endswith("'")
        and title == title.strip()
    )


def test_bad_characters_long_names_and_repeats() -> None:
    used: set[str] = set()
    assert sheet_title("Xếp hạng QLNN", used) == "Xếp hạng QLNN"
    long = "Xếp hạng: Quản lý nhà nước, cải cách hành chính [2026]"
    first = sheet_title(long, used)
    assert valid(first) and first.startswith("Xếp hạng Quản lý nhà nước, c")
    second = sheet_title(long, used)
    assert valid(second) and second.endswith(" (2)") and second != first
    assert sheet_title("xếp hạng qlnn", used) == "xếp hạng qlnn (2)"  # case-blind, like Excel
    assert sheet_title("'''", used) == "Sheet"
    assert sheet_title("a/b*c?d", used) == "a b c d"
    assert sheet_title("'' 'x' '", used) == "x"


@given(st.lists(st.text(max_size=60), min_size=1, max_size=12))
def test_every_title_is_valid_and_unique(names: list[str]) -> None:
    used: set[str] = set()
    titles = [sheet_title(name, used) for name in names]
    assert all(valid(t) for t in titles)
    assert len({t.casefold() for t in titles}) == len(titles)


def test_statistics_are_shown_as_the_consistency_tab_shows_them() -> None:
    assert str(statistic(Fraction(1, 8))) == "0.13"  # half-up, exact
    assert str(statistic(Fraction(-1, 8))) == "-0.13"
    assert str(statistic(2.675)) == "2.67"  # a float SD as Python formats it (2.67499…)
    assert statistic(None) is None
