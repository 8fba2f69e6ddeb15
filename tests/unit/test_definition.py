"""Competition definition files: every fault named with its line, defaults, templates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judging.errors import InputError
from judging.model import Aggregate, ComponentKind, Normalise, OnTie, RankingRules
from judging.problems import ProblemCode as P
from judging.setup import definition
from judging.setup.definition import LineMap, check, export, parse

BASE = """\
format = "judging-competition/1"

[competition]
code = "T-1"
name = "Giải thử"

[[categories]]
code = "A"
name = "Lĩnh vực A"

[[categories]]
code = "B"
name = "Lĩnh vực B"

[[rounds]]
code = "R1"
name = "Vòng sơ khảo"
judges_per_entry = 3

[[rounds.criteria]]
code = "moi"
name = "Tính mới"
max = 30
step = 0.5
weight = 1

[[rounds.criteria.bands]]
min = 27
max = 30
label = "Hoàn toàn mới"

[[rounds.criteria.bands]]
min = 0
max = 26.5
label = "Còn lại"

[[rounds.criteria]]
code = "hq"
name = "Hiệu quả"
max = 10

[rounds.ranking]
aggregate = "mean"
tie_break = ["jury_total", "criterion:moi", "component:vote"]

[[rounds.components]]
code = "vote"
name = "Bình chọn"
kind = "bonus"
scale = "share_of_max"
points = 20
places = 1

[rounds.advance]
top = 5
per_category = true

[[rounds]]
code = "R2"
name = "Vòng chung khảo"

[[rounds.criteria]]
code = "moi"
name = "Tính mới"
max = 30

[[prizes]]
code = "nhat"
name = "Giải Nhất"
count = 1
per_category = true
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line that contains ``needle``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


def problems_of(text: str) -> list[tuple[int, str]]:
    with pytest.raises(InputError) as caught:
        parse(text, "def.toml")
    out = []
    for problem in caught.value.problems:
        source, _, line = problem.where.rpartition(":")
        assert source == "def.toml"
        out.append((int(line), problem.message))
    return out


def test_base_parses_with_exact_decimals() -> None:
    c = parse(BASE, "def.toml")
    assert c.code == "T-1"
    assert [cat.code for cat in c.categories] == ["A", "B"]
    moi = c.rounds[0].criteria[0]
    assert moi.max == Decimal(30) and isinstance(moi.max, Decimal)
    assert moi.step == Decimal("0.5")
    assert str(moi.bands[1].max) == "26.5"
    assert c.rounds[0].components[0].points == Decimal(20)
    assert c.rounds[0].components[0].kind is ComponentKind.BONUS
    assert c.rounds[0].advance is not None and c.rounds[0].advance.top == 5
    assert c.prizes[0].on_tie is OnTie.SHARE


def test_defaults() -> None:
    c = parse(BASE, "def.toml")
    assert c.blind is False and c.show_running_total is False
    hq = c.rounds[0].criteria[1]
    assert hq.step == Decimal(1) and hq.weight == Decimal(1) and hq.bands == ()
    final = c.rounds[1]
    assert final.judges_per_entry == 3
    assert final.ranking == RankingRules()
    assert final.ranking.aggregate is Aggregate.MEAN and final.ranking.normalise is Normalise.NONE
    assert final.ranking.panel_places is None and final.ranking.total_places is None
    assert final.advance is None


def test_one_round_no_categories_works_as_written() -> None:
    text = """\
format = "judging-competition/1"
[competition]
code = "X"
name = "Một vòng"
[[rounds]]
code = "R"
name = "Vòng duy nhất"
[[rounds.criteria]]
code = "c"
name = "Điểm"
max = 10
[[prizes]]
code = "p"
name = "Giải"
count = 3
"""
    c = parse(text, "one.toml")
    assert c.categories == () and len(c.rounds) == 1 and c.prizes[0].count == 3
    assert parse(export(c)) == c


def _replace(old: str, new: str, occurrence: int = 1) -> str:
    parts = BASE.split(old)
    assert len(parts) > occurrence, old
    return old.join(parts[:occurrence]) + new + old.join(parts[occurrence:])


# (case id, changed text, the line's needle in the changed text, words in the message)
FAULTS = [
    ("unknown key at the top", BASE + "colour = 1\n", "colour = 1", "unknown key 'colour'"),
    (
        "unknown key in a criterion",
        _replace("weight = 1", "weigth = 1"),
        "weigth = 1",
        "unknown key 'weigth'",
    ),
    (
        "unknown key in a band",
        _replace('label = "Còn lại"', 'label = "Còn lại"\ncolor = "red"'),
        'color = "red"',
        "unknown key 'color'",
    ),
    (
        "unknown key in ranking",
        _replace('aggregate = "mean"', 'aggregate = "mean"\nround_to = 2'),
        "round_to = 2",
        "unknown key 'round_to'",
    ),
    (
        "missing required key",
        _replace('code = "hq"\n', ""),
        "[[rounds.criteria]]",  # the second criterion's header
        "missing required key 'code'",
    ),
    (
        "wrong type: max as text",
        _replace("max = 10", 'max = "10"'),
        'max = "10"',
        "must be a number",
    ),
    (
        "wrong type: judges_per_entry not whole",
        _replace("judges_per_entry = 3", "judges_per_entry = 2.5"),
        "judges_per_entry = 2.5",
        "must be a whole number",
    ),
    (
        "wrong type: blind",
        _replace('name = "Giải thử"', 'name = "Giải thử"\nblind = "yes"'),
        'blind = "yes"',
        "true or false",
    ),
    (
        "band overlap",
        _replace("max = 26.5", "max = 27.5"),
        "[[rounds.criteria.bands]]",
        "overlaps band",
    ),
    (
        "band outside 0..max",
        _replace("max = 30\nlabel", "max = 31\nlabel"),
        "[[rounds.criteria.bands]]",
        "outside 0–30",
    ),
    (
        "step not dividing the maximum",
        _replace("step = 0.5", "step = 0.7"),
        "step = 0.7",
        "does not divide the maximum 30",
    ),
    (
        "band bound not on the step",
        _replace("max = 26.5", "max = 26.25"),
        "max = 26.25",
        "not on the step 0.5",
    ),
    (
        "duplicate category code",
        _replace('code = "B"', 'code = "A"'),
        'code = "A"',
        "duplicate category code 'A'",
    ),
    (
        "duplicate criterion code",
        _replace('code = "hq"', 'code = "moi"'),
        'code = "moi"',
        "duplicate criterion code 'moi'",
    ),
    (
        "tie-break names an unknown criterion",
        _replace('"criterion:moi"', '"criterion:cu"'),
        "tie_break",
        "has no criterion 'cu'",
    ),
    (
        "tie-break names an unknown component",
        _replace('"component:vote"', '"component:phieu"'),
        "tie_break",
        "has no component 'phieu'",
    ),
    (
        "tie-break names an unknown metric",
        _replace('"jury_total", ', '"grand_total", '),
        "tie_break",
        "unknown tie-break 'grand_total'",
    ),
    (
        "trim without trimmed_mean",
        _replace('aggregate = "mean"', 'aggregate = "median"\ntrim = 1'),
        "trim = 1",
        'only goes with aggregate = "trimmed_mean"',
    ),
    (
        "trimmed_mean needs trim",
        _replace('aggregate = "mean"', 'aggregate = "trimmed_mean"'),
        "[rounds.ranking]",
        "needs trim = 1 or more",
    ),
    (
        "places negative",
        _replace('aggregate = "mean"', 'aggregate = "mean"\npanel_places = -1'),
        "panel_places = -1",
        "cannot be negative",
    ),
    (
        "places a fraction",
        _replace('aggregate = "mean"', 'aggregate = "mean"\npanel_places = 1.5'),
        "panel_places = 1.5",
        "must be a whole number, not 1.5",
    ),
    (
        "places a tiny number (a long fuzz once ran out of memory writing it out)",
        _replace('aggregate = "mean"', 'aggregate = "mean"\npanel_places = 1E-999999999'),
        "panel_places = 1E-999999999",
        "must be a whole number, not 1E-999999999",
    ),
    (
        "weight zero",
        _replace("weight = 1", "weight = 0"),
        "weight = 0",
        "weight must be greater than 0",
    ),
    (
        "weight negative",
        _replace("weight = 1", "weight = -0.5"),
        "weight = -0.5",
        "weight must be greater than 0",
    ),
    (
        "unknown format version",
        _replace("judging-competition/1", "judging-competition/2"),
        "format =",
        "unknown format version",
    ),
    (
        "unknown aggregate",
        _replace('aggregate = "mean"', 'aggregate = "average"'),
        "aggregate",
        "is not one of",
    ),
    (
        "advance on the last round",
        BASE + "\n[rounds.advance]\ntop = 3\n",
        "[rounds.advance]",  # placed on the second [rounds.advance]
        "last round",
    ),
]


@pytest.mark.parametrize(
    ("changed", "needle", "words"), [f[1:] for f in FAULTS], ids=[f[0] for f in FAULTS]
)
def test_each_fault_is_named_with_its_line(changed: str, needle: str, words: str) -> None:
    found = problems_of(changed)
    messages = [m for _, m in found if words in m]
    assert messages, found
    # the fault is on the second of these lines (a second criterion, a repeated code…)
    second = ("[[rounds.criteria]]", "[rounds.advance]", 'code = "A"', 'code = "moi"')
    occurrence = 2 if needle in second and changed.count(needle) > 1 else 1
    expected_line = line_of(changed, needle, occurrence)
    assert (expected_line, messages[0]) in found, (expected_line, found)


def test_every_fault_is_reported_not_only_the_first() -> None:
    text = (
        _replace("step = 0.5", "step = 0.7")
        .replace("weight = 1", "weigth = 1")
        .replace('"criterion:moi"', '"criterion:cu"')
    )
    found = problems_of(text)
    assert len(found) == 3
    assert [line for line, _ in found] == sorted(line for line, _ in found)


def test_toml_syntax_error_gives_line_and_column() -> None:
    text = _replace('name = "Tính mới"', 'name = "Tính mới')
    with pytest.raises(InputError) as caught:
        parse(text, "broken.toml")
    (problem,) = caught.value.problems
    expected = line_of(text, 'name = "Tính mới', 1)
    assert problem.where == f"broken.toml:{expected}"
    assert "column" in problem.message


def test_messages_are_codes_worded_in_either_language() -> None:
    with pytest.raises(InputError) as caught:
        parse(_replace("step = 0.5", "step = 0.7"), "def.toml")
    (problem,) = caught.value.problems
    assert problem.code is P.DEF_STEP_NOT_DIVIDING
    assert "bước 0,7 không chia hết điểm tối đa 30" in problem.text("vi")
    assert "step 0.7 does not divide the maximum 30" in problem.text("en")
    assert caught.value.code is P.DEFINITION_ONE_FAULT
    assert "định nghĩa cuộc thi có 1 lỗi" in caught.value.text("vi")


def test_a_toml_syntax_error_is_framed_in_the_users_language() -> None:
    with pytest.raises(InputError) as caught:
        parse("format = \n", "broken.toml")
    (problem,) = caught.value.problems
    assert problem.code is P.DEF_TOML_SYNTAX
    assert problem.text("vi").startswith("broken.toml:1: lỗi cú pháp TOML:")
    assert "(cột " in problem.text("vi")
    assert caught.value.text("vi").startswith("broken.toml: không phải TOML hợp lệ")


def test_numbers_never_pass_through_float() -> None:
    text = _replace("step = 0.5", "step = 0.1").replace("max = 26.5", "max = 26.9")
    c = parse(text, "def.toml")
    assert c.rounds[0].criteria[0].step == Decimal("0.1")
    assert c.rounds[0].criteria[0].bands[1].max.as_tuple() == Decimal("26.9").as_tuple()


def test_line_map_handles_inline_and_multiline_values() -> None:
    text = """\
format = "judging-competition/1"
[competition]
code = "X"
name = \"\"\"A name
over lines\"\"\"
[[rounds]]
code = "R"
[rounds.ranking]
tie_break = [
  "jury_total",
  "criterion:b",
]
[[rounds]]
code = "S"
"""
    lines = LineMap(text)
    assert lines.line(("competition", "name")) == 4
    assert lines.line(("rounds", 0, "ranking", "tie_break", 1)) == 11
    assert lines.line(("rounds", 1, "code")) == 14
    assert lines.line(("rounds", 1, "criteria", 0, "max")) == 13  # falls back to [[rounds]]


def test_export_escapes_strings_and_keeps_vietnamese() -> None:
    c = parse(BASE, "def.toml")
    from dataclasses import replace

    tricky = replace(c, name='Giải "Sáng tạo"\\ mới\nđợt 2\t', organiser="Sở KH&CN \x01")
    text = export(tricky)
    assert "Sáng tạo" in text  # UTF-8, not \\u escapes
    assert parse(text) == tricky


@pytest.mark.parametrize("name", ["i-star", "sang-kien-cong-dong", "sang-tao-nha-nong"])
def test_templates_parse_check_and_round_trip(name: str) -> None:
    c = parse(definition.template_text(name), f"{name}.toml")
    assert check(c) == []
    assert parse(export(c)) == c
    assert len(c.rounds) >= 1 and c.prizes


def test_i_star_template_is_80_jury_points_plus_a_20_point_vote() -> None:
    c = parse(definition.template_text("i-star"))
    for rnd in c.rounds:
        assert rnd.jury_max == 80
        (vote,) = rnd.components
        assert (vote.code, vote.kind, vote.scale, vote.points, vote.places) == (
            "binh_chon",
            ComponentKind.BONUS,
            "share_of_max",
            20,
            1,
        )
        assert rnd.ranking.tie_break == ("jury_total", "component:binh_chon")
    assert c.prizes[0].count == 3 and c.prizes[0].per_category


def test_sang_kien_cong_dong_template_has_the_provincial_bands() -> None:
    c = parse(definition.template_text("sang-kien-cong-dong"))
    moi = c.rounds[0].criteria[0]
    assert [(b.min, b.max) for b in moi.bands] == [(27, 30), (21, 26), (16, 20), (1, 15), (0, 0)]
    assert [x.max for x in c.rounds[0].criteria] == [30, 30, 30, 10]
    assert [p.name for p in c.prizes] == ["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"]


def test_template_list() -> None:
    names = [t.name for t in definition.templates()]
    assert names == ["i-star", "sang-kien-cong-dong", "sang-tao-nha-nong"]


@pytest.mark.parametrize("number", ["1e9999999999999999999", "2.5E-9999999999999999999"])
def test_an_exponent_past_what_a_decimal_holds_is_refused_not_a_crash(number: str) -> None:
    """TOML takes any exponent; Decimal raised InvalidOperation past its own limit, which left
    the reader as a crash (found by the long fuzz run)."""
    with pytest.raises(InputError) as refused:
        parse(BASE.replace("max = 30", f"max = {number}", 1), "def.toml")
    assert refused.value.code is P.DEF_NOT_TOML
    assert [p.code for p in refused.value.problems] == [P.NUMBER_TOO_LONG]
