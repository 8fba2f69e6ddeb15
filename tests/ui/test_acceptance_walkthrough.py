"""Found by trying judge mode as a judge would, keyboard only, on a small screen: the field
that has the keys is always scrolled into sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from tests.ui.test_scoring_walkthrough import (
    CTRL,
    enter_marks,
    focused,
    open_judge_mode,
    press,
    type_text,
)
from ui.scoring.walkthrough import Walkthrough


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def _in_sight(walk: Walkthrough, widget: QWidget) -> bool:
    viewport = walk.criteria_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def test_the_focused_mark_is_scrolled_into_sight(qtbot: QtBot, scored: Services) -> None:
    window = open_judge_mode(qtbot, scored, FakePrompter())
    window.resize(1000, 380)  # a small screen: the criteria do not all fit
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1111")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    walk = window.walkthrough
    assert isinstance(walk, Walkthrough)
    qtbot.wait(1)
    last = walk.panels[-1].mark_edit
    assert not _in_sight(walk, last)  # the test needs a criterion out of sight at first
    enter_marks(qtbot, "27,5", "35")
    assert focused() is last
    assert _in_sight(walk, last)
    # back to the first criterion, then a refused submit
    # (the last mark is missing) brings the last criterion back into sight
    walk.panels[0].mark_edit.setFocus()
    qtbot.wait(1)
    assert _in_sight(walk, walk.panels[0].mark_edit)
    assert not _in_sight(walk, last)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert focused() is last
    assert _in_sight(walk, last)
    assert "needed" in walk.panels[-1].message.text()


def test_judge_mode_opens_as_large_as_the_main_window(qtbot: QtBot, scored: Services) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.bus import ChangeBus
    from ui.sections.scoring import ScoringSection

    host = QMainWindow()
    qtbot.addWidget(host)
    section = ScoringSection(scored, ChangeBus())
    section.prompter = FakePrompter()
    host.setCentralWidget(section)
    host.resize(1100, 700)
    host.show()
    qtbot.waitExposed(host)
    window = section.open_judge_mode()
    qtbot.addWidget(window)
    restored = window.normalGeometry().size()
    assert (restored.width(), restored.height()) == (1100, 700)
    assert window.leave()


def test_the_organiser_sets_the_password_in_the_app(
    qtbot: QtBot, scored: Services, english: None
) -> None:
    """Leaving judge mode asks for the organiser's password, which only the command line
    could set: the scoring section sets and changes it (the current one first)."""
    from ui.bus import ChangeBus
    from ui.sections.scoring import ScoringSection

    section = ScoringSection(scored, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    prompter = FakePrompter(texts=["abc"])
    section.prompter = prompter
    qtbot.mouseClick(section.password_button, Qt.MouseButton.LeftButton)
    assert prompter.warnings == ["The password needs at least 10 characters. "]
    assert not scored.scoring.has_organiser_password()
    prompter.texts = ["mật khẩu 2026", "mật khẩu 2027"]
    qtbot.mouseClick(section.password_button, Qt.MouseButton.LeftButton)
    assert prompter.warnings[-1].startswith("The two passwords differ")
    assert not scored.scoring.has_organiser_password()
    prompter.texts = ["mật khẩu 2026", "mật khẩu 2026"]
    qtbot.mouseClick(section.password_button, Qt.MouseButton.LeftButton)
    assert scored.scoring.has_organiser_password()
    assert scored.scoring.check_organiser_password("mật khẩu 2026")
    # changing it needs the current one: a wrong one is refused by the service, and counted
    prompter.texts = ["wrong", "mật khẩu mới 2027", "mật khẩu mới 2027"]
    qtbot.mouseClick(section.password_button, Qt.MouseButton.LeftButton)
    assert prompter.warnings[-1].endswith("wrong organiser password")
    assert scored.scoring.check_organiser_password("mật khẩu 2026")
    prompter.texts = ["mật khẩu 2026", "mật khẩu mới 2027", "mật khẩu mới 2027"]
    qtbot.mouseClick(section.password_button, Qt.MouseButton.LeftButton)
    assert scored.scoring.check_organiser_password("mật khẩu mới 2027")


def test_the_login_fields_have_keyboard_mnemonics(qtbot: QtBot, scored: Services) -> None:
    window = open_judge_mode(qtbot, scored, FakePrompter())
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_P, alt)
    assert focused() is window.pin_edit
    qtbot.keyClick(window, Qt.Key.Key_N, alt)
    assert focused() is window.judge_combo
    assert window.pin_label.buddy() is window.pin_edit
