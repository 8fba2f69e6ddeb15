"""The definition editor offers the same number ranges as a definition file
(judging.number_syntax): typed too large, too fine or in another script's digits, a number is
named as a problem and the definition cannot be saved; the stored definition is unchanged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.number_syntax import COUNT_HIGH, DEFINITION_BOUNDS, PLACES_HIGH
from tests.ui.test_competition_section import (
    FakePrompter,
    make_section,
    problems,
    type_into_cell,
)
from ui.definition.editor import RoundEditor, criterion_columns
from ui.sections.competition import CompetitionSection

pytestmark = pytest.mark.usefixtures("english")

COLUMNS = [c.field for c in criterion_columns()]


def open_round(qtbot: QtBot, services: Services) -> tuple[CompetitionSection, RoundEditor]:
    services.definitions.init_from_template("sang-kien-cong-dong")
    section = make_section(qtbot, services, FakePrompter())
    bar = section.editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    round_editor = section.editor.current_round_editor()
    assert round_editor is not None
    return section, round_editor


def test_whole_number_fields_stop_at_the_documented_bounds(
    qtbot: QtBot, services: Services
) -> None:
    _, editor = open_round(qtbot, services)
    judges = editor.judges
    assert judges.maximum() == DEFINITION_BOUNDS[("round", "judges_per_entry")].high == 100
    judges.setFocus()
    judges.selectAll()
    qtbot.keyClicks(judges, "99999")
    assert judges.value() <= 100
    assert editor.trim.maximum() == 49
    assert editor.panel_places.maximum() == PLACES_HIGH
    assert editor.advance_top.maximum() == COUNT_HIGH


@pytest.mark.parametrize(
    ("column", "typed", "said"),
    [
        ("weight", "5000", "weight must be at most 1000 (5000)"),
        ("weight", "0.0000001", "weight: too many digits: '0.0000001'"),  # seven decimals
        ("max", "100000000000000", "max must be at most 1000 (100000000000000)"),
        ("max", "1000000000000000", "max: too many digits"),  # sixteen digits
        ("max", "2000", "max must be at most 1000 (2000)"),
        ("max", "2_5", "max: '2_5' is not a number"),
        ("max", "\uff12\uff15", "is not a number"),  # full-width 25
        ("step", "1e-9", "step: '1e-9' is not a number"),
    ],
)
def test_a_number_out_of_bounds_is_named_and_cannot_be_saved(
    qtbot: QtBot, services: Services, column: str, typed: str, said: str
) -> None:
    section, editor = open_round(qtbot, services)
    before = services.definitions.stored()
    criteria = editor.criteria_editor
    if typed.isascii():
        type_into_cell(qtbot, criteria, 0, COLUMNS.index(column), typed)
    else:  # QTest types Latin-1 only: set the cell as an input method would
        index = criteria.model.index(0, COLUMNS.index(column))
        assert criteria.model.setData(index, typed, Qt.ItemDataRole.EditRole)
    shown = problems(section)
    assert any(said in p for p in shown), shown
    assert not section.save_button.isEnabled()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    after = services.definitions.stored()
    assert after == before and after is not None
    assert after.rounds[0].criteria[0].weight == Decimal(1)
