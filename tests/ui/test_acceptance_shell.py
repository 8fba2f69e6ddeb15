"""Found by trying the app as a new user would: every text of the set-up and scoring screens
in Vietnamese, sections that follow a language switch, and every section fitting a small
window (1024×700) without scrolling sideways (bars of buttons wrap)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from tests.ui import test_main_window_helpers as helpers
from tests.ui.test_main_window_helpers import Shell, make_shell, reset_translations
from ui.main_window import SECTION_KEYS
from ui.widgets.flow_layout import FlowLayout

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services

ROOT = Path(__file__).resolve().parents[2]
# The sections whose acceptance this file covers (the results screen has its own tests).
OWN_SECTIONS = ("competition", "entries", "judges", "scoring", "results", "certificates")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


@pytest.fixture
def shell(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> Iterator[Shell]:
    shell = make_shell(qtbot, demo_services, tmp_path)
    yield shell
    shell.translations.set_language("en")


def _click_section(qtbot: QtBot, shell: Shell, key: str) -> None:
    navigation = shell.window.navigation
    rect = navigation.visualItemRect(navigation.item(SECTION_KEYS.index(key)))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _holder(shell: Shell, key: str) -> QScrollArea:
    holder = shell.window.findChild(QScrollArea, f"holder_{key}")
    assert holder is not None
    return holder


# -- every text in Vietnamese ---------------------------------------------------------------


def _translated(path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if (translation.text or "").strip() or translation.find("numerusform") is not None:
                found.add((name, message.findtext("source") or ""))
    return found


def test_every_text_of_the_set_up_and_scoring_screens_has_a_translation(tmp_path: Path) -> None:
    sources = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if path.parts[-2] not in ("cli", "results") and path.name != "results.py"
    )
    fresh = tmp_path / "all_vi.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    known: set[tuple[str, str]] = set()
    for ts in (ROOT / "ui" / "i18n").glob("*_vi.ts"):
        known |= _translated(ts)
    wanted = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }
    assert len(wanted) > 300
    missing = sorted(wanted - known)
    assert not missing, f"no Vietnamese for {missing}"


def test_the_certificates_section_speaks_vietnamese_and_follows_a_switch(
    qtbot: QtBot, shell: Shell
) -> None:
    _click_section(qtbot, shell, "certificates")
    section = shell.window.section("certificates")
    note = section.findChild(QLabel, "certificateStatus")
    export = section.findChild(QPushButton, "exportCertificates")
    assert note is not None and export is not None
    assert note.text().startswith("Chưa có vòng nào được phê duyệt")
    assert export.text() == "Xuất PDF…"
    shell.translations.set_language("en")
    assert note.text().startswith("No round is approved yet")
    assert export.text() == "Export PDF…"
    shell.translations.set_language("vi")
    assert note.text().startswith("Chưa có vòng nào được phê duyệt")


# -- a small screen ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_section_is_wider_than_a_1024_by_700_window(
    qtbot: QtBot, shell: Shell, language: str
) -> None:
    shell.translations.set_language(language)
    window = shell.window
    window.resize(1024, 700)
    for key in OWN_SECTIONS:
        _click_section(qtbot, shell, key)
        section = window.section(key)
        pages = [
            tabs
            for tabs in section.findChildren(QTabWidget)
            if tabs.isVisibleTo(section) and tabs.objectName() in ("judgesTabs", "definitionTabs")
        ]
        indexes = [range(tabs.count()) for tabs in pages] or [range(1)]
        for tabs, index_range in zip(pages or [None], indexes, strict=True):
            for index in index_range:
                if tabs is not None:
                    qtbot.mouseClick(
                        tabs.tabBar(),
                        Qt.MouseButton.LeftButton,
                        pos=tabs.tabBar().tabRect(index).center(),
                    )
                    assert tabs.currentIndex() == index
                qtbot.wait(1)  # let the layouts settle
                holder = _holder(shell, key)
                where = f"{key}, tab {index}"
                assert holder.horizontalScrollBar().maximum() == 0, where
                # every button of the section can be seen without scrolling sideways
                viewport_width = holder.viewport().width()
                for button in section.findChildren(QPushButton):
                    if button.isVisible():
                        right = button.mapTo(section, button.rect().topRight()).x()
                        assert right <= viewport_width, f"{where}: {button.text()!r} cut off"


def test_a_flow_of_buttons_wraps_when_narrow(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(f"Button number {n}") for n in range(6)]
    for button in buttons:
        flow.addWidget(button)
    wide = flow.sizeHint().width()
    holder.resize(wide, flow.heightForWidth(wide))
    holder.show()
    qtbot.waitExposed(holder)
    assert len({button.y() for button in buttons}) == 1
    narrow = buttons[0].sizeHint().width() * 2 + 20
    holder.resize(narrow, flow.heightForWidth(narrow))
    qtbot.wait(1)
    rows = sorted({button.y() for button in buttons})
    assert len(rows) == 3
    assert flow.heightForWidth(narrow) > flow.heightForWidth(wide)
    assert all(button.geometry().right() < narrow for button in buttons)


def test_the_entry_actions_follow_a_language_switch(qtbot: QtBot, shell: Shell) -> None:
    _click_section(qtbot, shell, "entries")
    toolbar = shell.window.section("entries").toolbar
    vietnamese = [action.text() for action in toolbar.actions()]
    assert "Hoàn tác" in vietnamese
    assert "Xóa" in vietnamese
    shell.translations.set_language("en")
    english = [action.text() for action in toolbar.actions()]
    assert english == [
        "Import entries…",
        "New",
        "Edit…",
        "Status",
        "Delete",
        "Undo",
        "Attachments…",
    ]
    shell.translations.set_language("vi")
    assert [action.text() for action in toolbar.actions()] == vietnamese


def test_judge_mode_welcome_follows_a_language_switch(qtbot: QtBot, shell: Shell) -> None:
    _click_section(qtbot, shell, "scoring")
    judge_mode = shell.window.section("scoring").open_judge_mode()  # type: ignore[attr-defined]
    qtbot.addWidget(judge_mode)
    judge_mode.pin_edit.setFocus()
    qtbot.keyClicks(judge_mode.pin_edit, "246810")
    qtbot.keyClick(judge_mode.pin_edit, Qt.Key.Key_Return)
    assert judge_mode.welcome.text().startswith("Xin chào, ")
    shell.translations.set_language("en")
    assert judge_mode.welcome.text().startswith("Welcome, ")
    assert judge_mode.leave()


def test_the_entries_shortcuts_are_not_ambiguous(qtbot: QtBot, shell: Shell) -> None:
    """Ctrl+N was both "new database" and "new entry" in the entries section: Qt then
    fires neither."""
    from PySide6.QtGui import QKeySequence

    _click_section(qtbot, shell, "entries")
    section = shell.window.section("entries")
    actions = section._entry_actions  # type: ignore[attr-defined]
    fired: list[str] = []
    new_entry = actions.new_action
    new_entry.triggered.disconnect()
    new_entry.triggered.connect(lambda: fired.append("entry"))
    shell.window.new_action.triggered.disconnect()
    shell.window.new_action.triggered.connect(lambda: fired.append("database"))
    section.table.setFocus()  # type: ignore[attr-defined]
    window_keys = {
        action.shortcut().toString()
        for action in shell.window.findChildren(type(new_entry))
        if not action.shortcut().isEmpty() and action.parent() is shell.window
    }
    for action in actions.actions():
        assert action.shortcut().toString() not in window_keys or action.shortcut().isEmpty()
    sequence = new_entry.shortcut()
    assert sequence != QKeySequence(QKeySequence.StandardKey.New)
    qtbot.keyClick(section.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(
        section.table,  # type: ignore[attr-defined]
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert fired == ["database", "entry"]


def test_the_file_dialog_speaks_vietnamese(qtbot: QtBot) -> None:
    """Where the desktop offers no file dialog of its own (as under Xvfb), Qt's shows; Qt has
    no Vietnamese for it, so "Look in:", "File name:", "Open"… came out in English."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.test_main_window_helpers import translations_for

    translations_for("vi")
    dialog = QFileDialog(None, "Mở", str(ROOT), "SQLite (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert "&Mở" in buttons or "Mở" in buttons
    view = dialog.findChild(QWidget, "treeView")
    assert view is not None
    header = view.model().headerData(0, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
    assert header == "Tên"


def test_the_print_dialog_speaks_vietnamese(qtbot: QtBot) -> None:
    """Printing score sheets on a printer opens Qt's print dialog, which Qt does not
    translate into Vietnamese."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from tests.ui.test_main_window_helpers import translations_for

    translations_for("vi")
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    texts |= {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"Vị trí:", "Loại:", "&In", "Tù&y chọn >>"} <= texts
    assert not texts & {"Location:", "Type:", "&Print", "&Options >>", "Print"}


def test_entry_buttons_wait_for_a_selected_entry(qtbot: QtBot, shell: Shell) -> None:
    """Edit, Status, Delete and Attachments did nothing, silently, with no entry shown."""
    _click_section(qtbot, shell, "entries")
    section = shell.window.section("entries")
    actions = section._entry_actions  # type: ignore[attr-defined]
    assert actions.edit_action.isEnabled()  # the first entry is selected
    qtbot.keyClicks(section.search, "khong co ho so nao")  # type: ignore[attr-defined]
    assert section.model.rowCount() == 0  # type: ignore[attr-defined]
    for action in (actions.edit_action, actions.delete_action, actions.status_action):
        assert not action.isEnabled()
    assert actions.new_action.isEnabled()
    section.search.clear()  # type: ignore[attr-defined]
    section.table.selectRow(0)  # type: ignore[attr-defined]
    assert actions.edit_action.isEnabled()


def test_a_section_opened_by_keyboard_takes_the_keys(qtbot: QtBot, shell: Shell) -> None:
    """Ctrl+2 showed the entries but left the keys in the navigation: the entries' own
    shortcuts (new entry, delete, find) did nothing until a click into the section."""
    from PySide6.QtWidgets import QApplication

    window = shell.window
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    section = window.section("entries")
    assert window.current_section() is section
    assert QApplication.focusWidget() is section.table  # type: ignore[attr-defined]
    actions = section._entry_actions  # type: ignore[attr-defined]
    fired: list[str] = []
    actions.new_action.triggered.disconnect()
    actions.new_action.triggered.connect(lambda: fired.append("new entry"))
    qtbot.keyClick(
        section.table,  # type: ignore[attr-defined]
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert fired == ["new entry"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    judges = window.section("judges")
    assert judges.isAncestorOf(QApplication.focusWidget())


def test_the_results_category_filter_follows_a_language_switch(qtbot: QtBot, shell: Shell) -> None:
    _click_section(qtbot, shell, "results")
    section = shell.window.section("results")
    box = section.category_box  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: box.count() > 1)
    assert box.itemText(0) == "Tất cả lĩnh vực"
    shell.translations.set_language("en")
    assert box.itemText(0) == "All categories"
    shell.translations.set_language("vi")
    assert box.itemText(0) == "Tất cả lĩnh vực"
