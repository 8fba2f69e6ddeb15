"""Found by trying the secretary's grid as a secretary would: marks typed from paper are not
dropped by another judge, the double-entry switch or closing the window without a question;
the columns carry the criteria's names as on the paper sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from tests.ui.test_scoring_grid import focused, open_grid, type_cells

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


@pytest.mark.usefixtures("english")  # reads English texts and numbers
def test_the_columns_show_the_criteria_names_as_on_paper(qtbot: QtBot, scored: Services) -> None:
    grid = open_grid(qtbot, scored, "J2", FakePrompter())
    header = grid.model.headerData(0, Qt.Orientation.Horizontal)
    assert isinstance(header, str)
    assert header == "Tính mới, tính sáng tạo\n(max. 30, steps of 0.5)"
    assert grid.model.headerData(1, Qt.Orientation.Horizontal).endswith("(max. 40, whole marks)")
    assert "NEW" in str(
        grid.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    )


@pytest.mark.usefixtures("english")  # reads English texts and numbers
def test_typed_marks_are_not_dropped_without_a_question(qtbot: QtBot, scored: Services) -> None:
    prompter = FakePrompter(yes=False)
    grid = open_grid(qtbot, scored, "J2", prompter)
    assert not grid.model.has_changes()
    type_cells(qtbot, "27,5", "35")
    assert grid.model.has_changes()
    # another judge picked by keyboard: asked; "no" keeps the judge and the typed marks
    grid.judge_combo.setFocus()
    qtbot.keyClick(grid.judge_combo, Qt.Key.Key_Up)
    assert len(prompter.asked) == 1
    assert grid.judge_combo.currentData() == "J2"
    assert grid.model.cells[0][0].text == "27.5"
    # the double-entry switch: asked again, stays off
    qtbot.mouseClick(grid.double_entry, Qt.MouseButton.LeftButton)
    assert len(prompter.asked) == 2
    assert not grid.double_entry.isChecked()
    assert grid.model.cells[0][1].text == "35"
    # closing the window: asked, stays open
    grid.close()
    assert len(prompter.asked) == 3
    assert grid.isVisible()
    # saved, nothing is asked any more
    grid.table.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert not grid.model.has_changes()
    qtbot.keyClick(grid.judge_combo, Qt.Key.Key_Up)
    assert len(prompter.asked) == 3
    assert grid.judge_combo.currentData() == "J1"


def test_agreeing_to_drop_typed_marks_changes_the_judge(qtbot: QtBot, scored: Services) -> None:
    prompter = FakePrompter(yes=True)
    grid = open_grid(qtbot, scored, "J2", prompter)
    type_cells(qtbot, "27,5")
    grid.judge_combo.setFocus()
    qtbot.keyClick(grid.judge_combo, Qt.Key.Key_Up)
    assert len(prompter.asked) == 1
    assert grid.judge_combo.currentData() == "J1"
    assert not grid.model.has_changes()
    assert scored.scoring.sheet("R1", "J2", "E01").mark("NEW") is None


def test_a_refused_cell_says_why_in_vietnamese(qtbot: QtBot, scored: Services) -> None:
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    translations_for("vi")
    try:
        grid = open_grid(qtbot, scored, "J2", FakePrompter())
        type_cells(qtbot, "27", "41", "3.3")
        tooltips = [
            grid.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) for column in (1, 2)
        ]
        assert tooltips == [
            "Điểm phải từ 0 đến 40. Chưa lưu.",
            "Điểm chấm theo bậc 0,25. Chưa lưu.",
        ]
        headers = [grid.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert headers == [
            "Tính mới, tính sáng tạo\n(tối đa 30, bậc 0,5)",
            "Hiệu quả kinh tế - xã hội\n(tối đa 40, điểm nguyên)",
            "Khả năng áp dụng\n(tối đa 30, bậc 0,25)",
        ]
        assert grid.model.index(0, 0).data() == "27,0"  # the criterion's places, a comma
    finally:
        reset_translations()


def test_typed_marks_follow_a_change_of_language(qtbot: QtBot, scored: Services) -> None:
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    translations_for("en")
    grid = open_grid(qtbot, scored, "J2", FakePrompter())
    type_cells(qtbot, "27,5", "35", "20.25")
    assert [grid.model.index(0, c).data() for c in range(3)] == ["27.5", "35", "20.25"]
    try:
        translations_for("vi")
        assert [grid.model.index(0, c).data() for c in range(3)] == ["27,5", "35", "20,25"]
        assert grid.model.headerData(0, Qt.Orientation.Horizontal).endswith("(tối đa 30, bậc 0,5)")
        assert grid.model.has_changes()  # still typed, not saved
    finally:
        reset_translations()
    assert grid.model.index(0, 0).data() == "27.5"
