"""Success paths through the entry, conflict and panel dialogs (issue 9), in Vietnamese: each
is opened by clicking the real button of the real window, its real widgets are filled (combo
boxes left at their defaults), its real OK (or "Lưu ban này") is pressed from inside
``exec()``, and what it stored is read back from the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.model import Entry
from judging.services.dto import EntryRow
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import ModalSteps
from tests.ui.test_dialog_success_paths import _button, _click_section
from tests.ui.test_judge_dialogs import type_text
from tests.ui.test_main_window_helpers import Shell, make_shell, reset_translations
from ui.setup.entry_dialog import EntryDialog
from ui.setup.judge_dialogs import ConflictDialog, PanelDialog

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def shell(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> Iterator[Shell]:
    shell = make_shell(qtbot, demo_services, tmp_path, language="vi")
    shell.window.resize(1366, 768)
    yield shell
    reset_translations()


def _entry_button(shell: Shell, name: str) -> QWidget:
    section = shell.window.section("entries")
    action = getattr(section._entry_actions, name)  # type: ignore[attr-defined]
    button = section.toolbar.widgetForAction(action)  # type: ignore[attr-defined]
    assert button is not None and button.isVisible() and button.isEnabled()
    return button


def _entry(services: Services, code: str) -> EntryRow:
    return next(row for row in services.core.entry_rows() if row.code == code)


def _click_tab(qtbot: QtBot, shell: Shell, index: int, text: str) -> QWidget:
    """Open the Judges section, then its tab ``index`` (checked by its Vietnamese name)."""
    _click_section(qtbot, shell, "judges")
    section = shell.window.section("judges")
    bar = section.tabs.tabBar()  # type: ignore[attr-defined]
    assert bar.tabText(index) == text
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert section.tabs.currentIndex() == index  # type: ignore[attr-defined]
    return section


def test_a_new_entry_is_saved_through_the_real_dialog(
    qtbot: QtBot, shell: Shell, demo_services: Services
) -> None:
    _click_section(qtbot, shell, "entries")
    before = {row.code for row in demo_services.core.entry_rows()}
    first_category = demo_services.core.competition().categories[0].code  # type: ignore[union-attr]
    steps = ModalSteps()
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryDialog)
        seen.append(dialog.windowTitle())
        type_text(qtbot, dialog.title_edit, "Số hoá hồ sơ khám sức khoẻ học sinh")
        type_text(qtbot, dialog.authors, "Lê Văn Nam; Phạm Thị Lan")
        type_text(qtbot, dialog.organisation, "Trường THCS Nguyễn Du")
        qtbot.mouseClick(_button(dialog, OK), LEFT)
        assert not dialog.isVisible(), dialog.error.text()

    steps.then(fill)
    qtbot.mouseClick(_entry_button(shell, "new_action"), LEFT)
    steps.check(1)
    assert seen == ["Hồ sơ mới"]
    [added] = [row for row in demo_services.core.entry_rows() if row.code not in before]
    assert (added.title, added.authors, added.organisation, added.category) == (
        "Số hoá hồ sơ khám sức khoẻ học sinh",
        ("Lê Văn Nam", "Phạm Thị Lan"),
        "Trường THCS Nguyễn Du",
        first_category,
    )


def test_an_edited_entry_keeps_what_was_not_touched(
    qtbot: QtBot, shell: Shell, demo_services: Services
) -> None:
    _click_section(qtbot, shell, "entries")
    code = shell.window.section("entries").current_code()  # type: ignore[attr-defined]
    assert code is not None  # the first entry is selected
    old = _entry(demo_services, code)
    steps = ModalSteps()
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, EntryDialog)
        seen.append(dialog.windowTitle())
        dialog.organisation.selectAll()
        type_text(qtbot, dialog.organisation, "Uỷ ban nhân dân phường Bến Nghé")
        qtbot.mouseClick(_button(dialog, OK), LEFT)
        assert not dialog.isVisible(), dialog.error.text()

    steps.then(fill)
    qtbot.mouseClick(_entry_button(shell, "edit_action"), LEFT)
    steps.check(1)
    assert seen == ["Sửa hồ sơ"]
    new = _entry(demo_services, code)
    assert new.organisation == "Uỷ ban nhân dân phường Bến Nghé"
    assert (new.title, new.category, new.authors, new.summary, new.status) == (
        old.title,
        old.category,
        old.authors,
        old.summary,
        old.status,
    )


def test_a_conflict_declared_through_the_real_dialog_is_stored(
    qtbot: QtBot, shell: Shell, demo_services: Services
) -> None:
    section = _click_tab(qtbot, shell, 1, "Xung đột lợi ích")
    before = demo_services.setup.conflicts()
    first_judge = demo_services.core.judge_rows()[0].code
    # the demo's entries are scored already (a judge who scored one may not withdraw from it):
    # a new entry, chosen by typing its code into the entry box
    category = demo_services.core.entry_rows()[0].category
    demo_services.setup.add_entry(
        Entry(code="HS-900", title="Sổ tay điện tử cho tổ dân phố", category=category)
    )
    steps = ModalSteps()
    refused: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        dialog.entry.lineEdit().selectAll()
        qtbot.keyClicks(dialog.entry.lineEdit(), "HS-900")
        type_text(qtbot, dialog.reason, "Cùng cơ quan với tác giả")
        qtbot.mouseClick(_button(dialog, OK), LEFT)
        if dialog.isVisible():  # refused: end it without the "discard?" question
            refused.append(dialog.error.text())
            QDialog.done(dialog, QDialog.DialogCode.Rejected)

    steps.then(fill)
    assert section.declare_button.isVisible()  # type: ignore[attr-defined]
    qtbot.mouseClick(section.declare_button, LEFT)  # type: ignore[attr-defined]
    steps.check(1)
    assert refused == []
    added = [c for c in demo_services.setup.conflicts() if c not in before]
    assert [(c.judge, c.entry, c.reason) for c in added] == [
        (first_judge, "HS-900", "Cùng cơ quan với tác giả")
    ]


def test_a_panel_saved_through_the_real_dialog_is_stored(
    qtbot: QtBot, shell: Shell, demo_services: Services
) -> None:
    section = _click_tab(qtbot, shell, 2, "Phân công")
    assert section.panels_button.isVisible()  # type: ignore[attr-defined]
    round_code = section.current_round()  # type: ignore[attr-defined]
    assert round_code is not None
    judges = [j.code for j in demo_services.core.judge_rows()]
    steps = ModalSteps()
    seen: list[str] = []

    def tick_two_and_save(dialog: QWidget) -> None:
        assert isinstance(dialog, PanelDialog)
        seen.append(dialog.category.currentText())
        for row in (0, 1):
            item = dialog.judges.item(row)
            rect = dialog.judges.visualItemRect(item)
            qtbot.mouseClick(dialog.judges.viewport(), LEFT, pos=rect.center())
            qtbot.keyClick(dialog.judges, Qt.Key.Key_Space)  # ticks the current row
            assert item.checkState() == Qt.CheckState.Checked
        qtbot.mouseClick(dialog.save_button, LEFT)
        seen.append(dialog.error.text())
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Close), LEFT)

    steps.then(tick_two_and_save)
    qtbot.mouseClick(section.panels_button, LEFT)  # type: ignore[attr-defined]
    steps.check(1)
    assert seen == ["Mọi lĩnh vực", "Đã lưu."]
    seats = demo_services.setup.panel(round_code)
    assert sorted((s.category, s.judge) for s in seats) == [(None, judges[0]), (None, judges[1])]
