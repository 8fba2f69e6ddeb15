"""Found by looking at the screens: a button that opens a menu keeps its arrow clear of its
text (the style drew it over the last letter of "Trạng thái" and "In phiếu chấm điểm")."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from tests.scoring_helpers import FakePrompter
from tests.ui.test_setup import competition
from ui.bus import ChangeBus
from ui.sections.scoring import ScoringSection
from ui.setup.entry_actions import install_entry_actions

ARROW_ROOM = 14  # pixels beside the text for the menu's arrow


def _room_for_arrow(button: QAbstractButton) -> int:
    text = button.text().replace("&", "")
    return button.sizeHint().width() - button.fontMetrics().horizontalAdvance(text)


def test_the_entries_status_menu_button_has_room_for_its_arrow(
    qtbot: QtBot, services: Services
) -> None:
    competition(services)
    parent = QWidget()
    qtbot.addWidget(parent)
    toolbar = QToolBar(parent)
    actions = install_entry_actions(parent, toolbar, services, ChangeBus(), lambda: None)
    menu_buttons = [
        button
        for action in actions.toolbar_actions()
        if action.menu() is not None
        and isinstance(button := toolbar.widgetForAction(action), QToolButton)
    ]
    assert menu_buttons
    for button in menu_buttons:
        assert _room_for_arrow(button) >= ARROW_ROOM + 12, (button.text(), _room_for_arrow(button))


def test_the_print_menu_button_has_room_for_its_arrow(qtbot: QtBot, services: Services) -> None:
    competition(services)
    section = ScoringSection(services, ChangeBus())
    section.prompter = FakePrompter()
    qtbot.addWidget(section)
    assert section.print_button.menu() is section.print_menu
    assert _room_for_arrow(section.print_button) >= ARROW_ROOM + 12
