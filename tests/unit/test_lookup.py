"""One way to find the competition and the round a use case works on (DESIGN.md §8)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from judging.app import Services
from judging.errors import InputError, NoCompetition, NotFound, Problem
from judging.lookup import WhenOmitted, find_round, round_of_row
from judging.model import Competition, Judge, Round, RoundStatus
from judging.problems import ProblemCode as P


def _competition(*statuses: RoundStatus) -> Competition:
    rounds = tuple(
        Round(code=f"V{i}", name=f"Vòng {i}", status=status)
        for i, status in enumerate(statuses, start=1)
    )
    return Competition(code="C", name="Cuộc thi", rounds=rounds)


BOTH = list(WhenOmitted)


@pytest.mark.parametrize("when_omitted", BOTH)
def test_a_named_round_is_that_round(when_omitted: WhenOmitted) -> None:
    c = _competition(RoundStatus.CLOSED, RoundStatus.OPEN)
    assert find_round(c, "V1", when_omitted=when_omitted) is c.rounds[0]


@pytest.mark.parametrize("when_omitted", BOTH)
def test_a_round_that_does_not_exist_is_not_found_in_both_languages(
    when_omitted: WhenOmitted,
) -> None:
    with pytest.raises(NotFound) as caught:
        find_round(_competition(RoundStatus.OPEN), "V9", when_omitted=when_omitted)
    assert caught.value.text("en") == "no round 'V9' (rounds: V1)"
    assert caught.value.text("vi") == "không có vòng 'V9' (các vòng: V1)"


@pytest.mark.parametrize("when_omitted", BOTH)
def test_left_out_the_only_round_is_taken(when_omitted: WhenOmitted) -> None:
    c = _competition(RoundStatus.APPROVED)
    assert find_round(c, None, when_omitted=when_omitted) is c.rounds[0]


@pytest.mark.parametrize("when_omitted", BOTH)
def test_left_out_with_no_rounds_at_all(when_omitted: WhenOmitted) -> None:
    with pytest.raises(InputError) as caught:
        find_round(_competition(), None, when_omitted=when_omitted)
    assert type(caught.value) is InputError
    assert caught.value.text("vi") == "cuộc thi chưa có vòng nào"


def test_left_out_among_several_the_person_must_name_one() -> None:
    c = _competition(RoundStatus.CLOSED, RoundStatus.OPEN)
    with pytest.raises(InputError) as caught:
        find_round(c, None, when_omitted=WhenOmitted.ONLY_ROUND)
    assert type(caught.value) is InputError
    assert caught.value.text("en") == "name the round with --round (rounds: V1, V2)"
    assert caught.value.text("vi") == "hãy chọn vòng bằng --round (các vòng: V1, V2)"


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ((RoundStatus.CLOSED, RoundStatus.OPEN, RoundStatus.OPEN), "V2"),
        ((RoundStatus.OPEN, RoundStatus.OPEN), "V1"),
        ((RoundStatus.APPROVED, RoundStatus.CLOSED), "V2"),
    ],
)
def test_left_out_among_several_the_current_round_is_the_first_open_else_the_last(
    statuses: tuple[RoundStatus, ...], expected: str
) -> None:
    found = find_round(_competition(*statuses), None, when_omitted=WhenOmitted.CURRENT_ROUND)
    assert found.code == expected


# -- every service meets an empty database and a round left out the same way -----------------

USE_CASES: dict[str, Callable[[Services], object]] = {
    "core": lambda s: s.core.require_competition(),
    "definitions.export_text": lambda s: s.definitions.export_text(),
    "definitions.update": lambda s: s.definitions.update(
        s.definitions.template("sang-tao-nha-nong")
    ),
    "setup.panel": lambda s: s.setup.panel(None),
    "setup.add_judge": lambda s: s.setup.add_judge(Judge(code="", name="Nguyễn Văn A")),
    "scoring.progress": lambda s: s.scoring.progress(None),
    "ranking.rank": lambda s: s.ranking.rank(None),
    "ranking.close_round": lambda s: s.ranking.close_round(None),
}


@pytest.mark.parametrize("use_case", USE_CASES)
def test_every_service_refuses_an_empty_database_with_no_competition(
    services: Services, use_case: str
) -> None:
    with pytest.raises(NoCompetition):
        USE_CASES[use_case](services)


def test_a_round_left_out_among_several(services: Services) -> None:
    """Scoring and ranking need the round named; the set-up's panel takes the current one."""
    istar = services.definitions.init_from_template("i-star")
    assert [r.code for r in istar.rounds] == ["V1", "V2"]
    for call in (
        lambda: services.scoring.progress(None),
        lambda: services.ranking.rank(None),
        lambda: services.ranking.close_round(None),
    ):
        with pytest.raises(InputError, match=r"name the round with --round \(rounds: V1, V2\)"):
            call()
    services.setup.add_judge(Judge(code="J01", name="Nguyễn Văn A"))
    services.ranking.close_round("V1")
    seats = services.setup.set_category_panel(None, None, ["J01"])
    assert [(s.category, s.judge) for s in seats] == [(None, "J01")]
    assert services.setup.panel("V1") == []
    assert services.setup.panel("V2") == seats
    assert services.setup.panel(None) == seats


def test_the_core_service_finds_the_round_the_same_way(services: Services) -> None:
    services.definitions.init_from_template("i-star")
    services.ranking.close_round("V1")
    current = services.core.find_round(None, when_omitted=WhenOmitted.CURRENT_ROUND)
    assert current.code == "V2"
    assert services.core.find_round("V1", when_omitted=WhenOmitted.ONLY_ROUND).code == "V1"
    with pytest.raises(InputError, match=r"name the round with --round"):
        services.core.find_round(None, when_omitted=WhenOmitted.ONLY_ROUND)


# -- the round a row of an imported file names ------------------------------------------------
def test_a_row_naming_a_round_gets_that_round() -> None:
    c = _competition(RoundStatus.CLOSED, RoundStatus.OPEN)
    assert round_of_row(c, "V2", "a.csv, row 2") is c.rounds[1]


def test_a_blank_round_in_a_row_is_the_only_round() -> None:
    c = _competition(RoundStatus.OPEN)
    assert round_of_row(c, "", "a.csv, row 2") is c.rounds[0]


def test_a_blank_round_among_several_is_that_rows_problem() -> None:
    problem = round_of_row(_competition(RoundStatus.OPEN, RoundStatus.OPEN), "", "a.csv, row 3")
    assert isinstance(problem, Problem)
    assert (problem.where, problem.code) == ("a.csv, row 3", P.ROUND_MISSING)


def test_an_unknown_round_in_a_row_names_the_rounds_there_are() -> None:
    problem = round_of_row(_competition(RoundStatus.OPEN, RoundStatus.OPEN), "V9", "a.csv, row 4")
    assert isinstance(problem, Problem)
    assert (problem.where, problem.code) == ("a.csv, row 4", P.ROUND_UNKNOWN)
    assert problem.vi == "không có vòng 'V9' (các vòng: V1, V2)"


def test_a_row_of_a_competition_without_rounds_says_so() -> None:
    problem = round_of_row(_competition(), "", "a.csv, row 2")
    assert isinstance(problem, Problem) and problem.code is P.ROUND_NONE_YET
