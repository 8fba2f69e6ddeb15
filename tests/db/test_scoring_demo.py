"""The demo gains marks in progress for its first round."""

from __future__ import annotations

from judging.app import Services
from judging.demo import build_demo, demo_competition, demo_entries, demo_judges
from judging.scoring.demo import DEMO_PIN, DEMO_RECUSAL, extend_demo
from judging.scoring.model import SheetState
from judging.setup import demo as setup_demo
from tests import scoring_helpers


def test_demo_has_submitted_in_progress_and_one_recused_sheet(services: Services) -> None:
    # the demo up to the scoring area (the ranking area then finishes some sheets)
    services.core.create_competition(demo_competition(), demo_entries(), demo_judges())
    setup_demo.extend_demo(services)
    extend_demo(services)
    rnd = services.core.require_competition().rounds[0]
    sheets = services.scoring.round_sheets(rnd.code)
    states = [s.state for s in sheets]
    assert states.count(SheetState.RECUSED) == 1
    assert states.count(SheetState.SUBMITTED) > 10
    assert states.count(SheetState.IN_PROGRESS) >= 3
    assert states.count(SheetState.NOT_STARTED) > 0
    recused = next(s for s in sheets if s.state is SheetState.RECUSED)
    view = services.scoring.sheet(rnd.code, recused.judge_code, recused.entry_code)
    assert view.recusal_reason == DEMO_RECUSAL
    # submitted sheets are complete; exported marks are exactly theirs
    submitted = [s for s in sheets if s.state is SheetState.SUBMITTED]
    assert all(s.marked == len(rnd.criteria) for s in submitted)
    assert len(services.scoring.export_marks(rnd.code)) == len(submitted) * len(rnd.criteria)
    judge = services.core.judge_rows()[0]
    assert services.scoring.login(judge.code, DEMO_PIN).code == judge.code


def test_without_assignments_the_demo_adds_no_marks(services: Services) -> None:
    services.core.create_competition(
        scoring_helpers.competition(), scoring_helpers.ENTRIES, scoring_helpers.JUDGES
    )
    extend_demo(services)
    assert services.core.report().counts["marks"] == 0


def test_the_whole_demo_keeps_the_recusal(services: Services) -> None:
    build_demo(services)
    rnd = services.core.require_competition().rounds[0]
    states = [s.state for s in services.scoring.round_sheets(rnd.code)]
    assert states.count(SheetState.RECUSED) == 1
    assert SheetState.SUBMITTED in states
