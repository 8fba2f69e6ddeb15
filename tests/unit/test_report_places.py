"""The one rule for the places a round's numbers are shown with (screens and every export)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judging.model import ComponentDef, RankingRules, Round
from judging.ranking.report import ReportPlaces
from ui.results.rows import Column, Kind, Places


def round_with(
    panel: int | None, weighted: int | None, total: int | None, vote: int | None = 1
) -> Round:
    return Round(
        code="R1",
        name="Vòng 1",
        ranking=RankingRules(panel_places=panel, weighted_places=weighted, total_places=total),
        components=(
            ComponentDef(code="vote", name="Bình chọn", places=vote, points=Decimal(20)),
            ComponentDef(code="tru", name="Điểm trừ"),
        ),
    )


@pytest.mark.parametrize(
    ("named", "shown"),
    [
        ((2, None, None), (2, 2, 2)),  # weighted and total take the panel's
        ((2, 3, None), (2, 3, 3)),  # the total takes the weighted mark's
        ((None, None, 1), (None, None, 1)),
        ((1, 2, 0), (1, 2, 0)),  # 0 places is a rule, not "none named"
        ((None, None, None), (None, None, None)),
    ],
)
def test_a_stage_without_its_own_places_takes_the_one_before(
    named: tuple[int | None, int | None, int | None],
    shown: tuple[int | None, int | None, int | None],
) -> None:
    places = ReportPlaces.of(round_with(*named))
    assert (places.panel, places.weighted, places.total) == shown
    assert places.components == (("vote", 1), ("tru", None))
    assert places.component("vote") == 1 and places.component("tru") is None
    assert places.component("unknown") is None


def test_no_round_names_no_places() -> None:
    assert ReportPlaces.of(None) == ReportPlaces()


def test_the_results_screen_uses_the_same_rule() -> None:
    rnd = round_with(2, 3, None)
    screen = Places.of(rnd)
    assert isinstance(screen, Places)  # with its column lookup
    report = ReportPlaces.of(rnd)
    assert (screen.panel, screen.weighted, screen.total, screen.components) == (
        report.panel,
        report.weighted,
        report.total,
        report.components,
    )
    assert screen.column(Column(Kind.CRITERION, "A")) == 2
    assert screen.column(Column(Kind.FINAL_TOTAL)) == 3
    assert screen.column(Column(Kind.COMPONENT, "vote")) == 1
    assert screen.column(Column(Kind.TITLE)) is None
