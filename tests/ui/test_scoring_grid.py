"""The secretary's grid, keyboard only: paper sheets typed in are the marks exported; bad
cells are refused; double entry shows differences before anything is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from judging.scoring import marks_csv
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from ui.bus import ChangeBus
from ui.scoring.grid import Pass, SecretaryGrid

D = Decimal
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_cells(qtbot: QtBot, *cells: str) -> None:
    """Type each cell's text key by key, then Enter (to the next cell)."""
    for text in cells:
        for ch in text:
            qtbot.keyClick(focused(), ch)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def open_grid(
    qtbot: QtBot, services: Services, judge: str, prompter: FakePrompter
) -> SecretaryGrid:
    grid = SecretaryGrid(
        services, ChangeBus(), prompter=prompter, round_code="R1", judge_code=judge
    )
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    with qtbot.waitActive(grid):
        grid.show()
        grid.activateWindow()
    grid.table.setFocus()
    return grid


def test_typed_paper_sheets_are_the_marks_exported(qtbot: QtBot, scored: Services) -> None:
    prompter = FakePrompter()
    grid = open_grid(qtbot, scored, "J2", prompter)
    assert [r.entry_code for r in grid.model.rows] == ["E01", "E02", "E05"]
    # the blank paper sheet lists the same entries and criteria in the same order
    blank = scored.scoring.print_pack("R1", "J2", filled=False)
    assert [s.entry.code for s in blank.sheets] == ["E01", "E02", "E05"]
    assert [c.criterion.code for c in blank.sheets[0].criteria] == ["NEW", "EFF", "APP"]
    type_cells(qtbot, "27,5", "35", "20.25", "10", "20", "30", "5", "6", "7.5")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert prompter.warnings == []
    assert "9 marks changed, 3 sheets submitted" in grid.status.text()
    records = scored.scoring.export_marks("R1")
    exported = marks_csv.write_marks(records).decode("utf-8-sig").splitlines()
    assert exported == [
        "round,entry,judge,criterion,mark,comment",
        "R1,E01,J2,NEW,27.5,",
        "R1,E01,J2,EFF,35,",
        "R1,E01,J2,APP,20.25,",
        "R1,E02,J2,NEW,10,",
        "R1,E02,J2,EFF,20,",
        "R1,E02,J2,APP,30,",
        "R1,E05,J2,NEW,5,",
        "R1,E05,J2,EFF,6,",
        "R1,E05,J2,APP,7.5,",
    ]
    history = scored.scoring.mark_history("R1", "J2", "E05", "APP")
    assert [(h.origin, h.actor) for h in history] == [(Origin.PAPER, "secretary")]
    # submitted rows are locked in the grid now
    assert all(row.locked for row in grid.model.rows)


def test_a_bad_cell_is_refused_and_nothing_saved(qtbot: QtBot, scored: Services) -> None:
    grid = open_grid(qtbot, scored, "J2", FakePrompter())
    type_cells(qtbot, "27", "41", "3.3")
    assert grid.model.errors() == 2
    tooltip = grid.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "The mark must be from 0 to 40. Not saved."
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert "2 cells are not valid marks" in grid.status.text()
    assert scored.scoring.export_marks(include_drafts=True) == []
    assert scored.scoring.sheet("R1", "J2", "E01").state is SheetState.NOT_STARTED


def test_double_entry_shows_differences_before_saving(qtbot: QtBot, scored: Services) -> None:
    grid = open_grid(qtbot, scored, "J2", FakePrompter())
    grid.double_entry.setChecked(True)
    grid.table.setFocus()
    assert grid.model.phase is Pass.FIRST
    type_cells(qtbot, "27", "35", "20")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # not yet: the second pass is missing
    assert "second pass" in grid.status.text()
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL | SHIFT)
    assert grid.model.phase is Pass.SECOND
    assert grid.model.index(0, 0).data() == ""
    type_cells(qtbot, "27", "33", "20")  # EFF typed differently
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert "1 cells differ" in grid.status.text()
    different = grid.model.index(0, 1)
    assert "First pass: 35" in different.data(Qt.ItemDataRole.ToolTipRole)
    assert scored.scoring.export_marks(include_drafts=True) == []
    # resolve from the paper: go to the cell with the arrow keys and type it again
    grid.table.setCurrentIndex(grid.model.index(0, 2))
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert grid.table.currentIndex() == different
    type_cells(qtbot, "35")
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert "3 marks changed, 1 sheets submitted" in grid.status.text()
    assert {(r.criterion_code, r.value) for r in scored.scoring.export_marks()} == {
        ("NEW", D(27)),
        ("EFF", D(35)),
        ("APP", D(20)),
    }


def test_grid_model(qtmodeltester, scored: Services) -> None:  # type: ignore[no-untyped-def]
    from ui.scoring.grid import PaperGridModel

    model = PaperGridModel()
    model.load(scored.scoring.print_pack("R1", "J1", filled=True))
    qtmodeltester.check(model)
