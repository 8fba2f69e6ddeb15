"""Found by trying the app as a new user would: a dialog with typed work asks before Escape,
Cancel or its close button throws the work away; an untouched one closes at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolBar, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.model import Entry, Judge
from tests.ui.test_setup import FakePrompter, competition
from ui.bus import ChangeBus
from ui.sections.judges import JudgesSection
from ui.setup.common import FormDialog
from ui.setup.entry_actions import EntryActions, install_entry_actions


class CountingPrompter(FakePrompter):
    def __init__(self) -> None:
        super().__init__()
        self.questions: list[str] = []

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append(title)
        return super().ask(parent, title, text)


def _escape_asks_then_discards(
    qtbot: QtBot, dialog: FormDialog, prompter: CountingPrompter, type_work: Callable[[], None]
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    type_work()
    prompter.answers = [False]  # "keep it"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompter.questions == ["Discard the changes?"]
    assert dialog.isVisible()
    prompter.answers = [True]  # "discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(prompter.questions) == 2
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


@pytest.fixture
def entry_actions(qtbot: QtBot, services: Services, tmp_path: Path) -> EntryActions:
    competition(services)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    actions = install_entry_actions(
        parent,
        QToolBar(parent),
        services,
        ChangeBus(),
        lambda: None,
        prompter=CountingPrompter(),
        settings=settings,
    )
    return actions


def test_a_new_entry_with_typed_work_asks_before_escape(
    qtbot: QtBot, services: Services, entry_actions: EntryActions
) -> None:
    prompter = entry_actions.prompter
    assert isinstance(prompter, CountingPrompter)
    dialog = entry_actions.make_entry_dialog(None)
    qtbot.addWidget(dialog)
    _escape_asks_then_discards(
        qtbot, dialog, prompter, lambda: qtbot.keyClicks(dialog.title_edit, "Den duong")
    )
    assert list(services.core.entry_rows()) == []


def test_an_untouched_entry_dialog_closes_without_a_question(
    qtbot: QtBot, services: Services, entry_actions: EntryActions
) -> None:
    services.setup.add_entry(Entry(code="E001", title="Bể lọc", category="KTCN"))
    prompter = entry_actions.prompter
    assert isinstance(prompter, CountingPrompter)
    dialog = entry_actions.make_entry_dialog("E001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompter.questions == []
    assert not dialog.isVisible()


def test_editing_an_entry_then_cancel_asks(
    qtbot: QtBot, services: Services, entry_actions: EntryActions
) -> None:
    services.setup.add_entry(Entry(code="E001", title="Bể lọc", category="KTCN"))
    prompter = entry_actions.prompter
    assert isinstance(prompter, CountingPrompter)
    dialog = entry_actions.make_entry_dialog("E001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Them mo ta")
    prompter.answers = [False]
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert prompter.questions == ["Discard the changes?"]
    assert dialog.isVisible()
    # saving is still possible after keeping the work
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert services.core.entry_rows()[0].summary == "Them mo ta"


def test_judge_and_conflict_dialogs_ask_before_escape(qtbot: QtBot, services: Services) -> None:
    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc", category="KTCN"))
    services.setup.add_judge(Judge(code="GK01", name="An"))
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    prompter = CountingPrompter()
    section.prompter = prompter
    judge_dialog = section.make_judge_dialog(None)
    qtbot.addWidget(judge_dialog)
    _escape_asks_then_discards(
        qtbot, judge_dialog, prompter, lambda: qtbot.keyClicks(judge_dialog.name, "Binh")
    )
    prompter.questions.clear()
    conflict_dialog = section.make_conflict_dialog()
    qtbot.addWidget(conflict_dialog)
    _escape_asks_then_discards(
        qtbot,
        conflict_dialog,
        prompter,
        lambda: qtbot.keyClicks(conflict_dialog.reason, "Dong tac gia"),
    )
    assert [c for c in services.setup.conflicts() if c.declared] == []


# -- the main window: unsaved edits of the competition are not dropped silently -------------


def test_closing_or_opening_another_database_asks_about_unsaved_definition(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from db.database import open_database
    from judging.app import build_services
    from judging.demo import build_demo
    from tests.ui.test_main_window_helpers import RecordingPrompter, make_shell
    from ui.definition.editor import DefinitionEditor

    database = open_database(str(tmp_path / "demo.sqlite"))
    opened = [database]

    def open_services(location: str) -> Services:
        other = open_database(location)
        opened.append(other)
        return build_services(other.uow_factory, location=other.location)

    try:
        services = build_services(database.uow_factory, location=database.location)
        build_demo(services)
        other = tmp_path / "other.sqlite"
        prompter = RecordingPrompter(answer=False, file_name=str(other))
        shell = make_shell(
            qtbot, services, tmp_path, open_services=open_services, prompter=prompter
        )
        window = shell.window
        window.show_section("competition")
        editor = window.section("competition").findChild(DefinitionEditor)
        assert editor is not None
        editor.name.setFocus()
        qtbot.keyClick(editor.name, Qt.Key.Key_End)
        qtbot.keyClicks(editor.name, " (ban nhap)")
        assert window.section("competition").has_unsaved_work()
        # closing: asked, "no" keeps the window and the typed name
        window.close()
        assert [title for title, _text in prompter.asked] == ["Bỏ các thay đổi chưa lưu?"]
        assert window.isVisible()
        # opening another database: asked again, "no" stays on this one
        window.open_action.trigger()
        assert len(prompter.asked) == 2
        assert window.services is services
        assert not other.exists()
        assert editor.name.text().endswith("(ban nhap)")
        # "yes" lets the window go
        prompter.answer = True
        window.close()
        assert not window.isVisible()
        shell.translations.set_language("en")
    finally:
        for db in opened:
            db.close()


# -- the import dialog: rows fixed or skipped by hand are not dropped silently -----------------


def test_the_import_dialog_asks_before_dropping_fixed_rows(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from tests.ui.test_setup import SAMPLE
    from ui.setup.import_dialog import ImportEntriesDialog
    from ui.setup.runner import SyncRunner

    competition(services)
    prompter = CountingPrompter()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ImportEntriesDialog(
        services, ChangeBus(), prompter, settings=settings, runner=SyncRunner()
    )
    qtbot.addWidget(dialog)
    assert dialog.load(SAMPLE)
    dialog.show()
    qtbot.waitExposed(dialog)
    # nothing done by hand yet: Escape closes at once
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompter.questions == []
    assert not dialog.isVisible()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.skip_faulty_button, Qt.MouseButton.LeftButton)
    assert dialog.model.skip == {50, 51, 52}
    prompter.answers = [False]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompter.questions == ["Discard the fixes?"]
    assert dialog.isVisible()
    # choosing another file would drop them too: asked, "no" keeps this file
    prompter.answers = [False]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert len(prompter.questions) == 2
    assert dialog.model.skip == {50, 51, 52}
    prompter.answers = [True]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert list(services.core.entry_rows()) == []


def test_editing_an_entry_shows_the_beginning_of_a_long_title(
    qtbot: QtBot, services: Services, entry_actions: EntryActions
) -> None:
    title = "Ứng dụng Bình Thạnh trực tuyến: tiếp nhận và phản hồi kiến nghị của người dân"
    services.setup.add_entry(Entry(code="E001", title=title, category="KTCN"))
    dialog = entry_actions.make_entry_dialog("E001")
    qtbot.addWidget(dialog)
    dialog.resize(420, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title_edit.text() == title
    assert dialog.title_edit.cursorPosition() == 0


def test_file_dialogs_open_in_the_last_folder_not_the_programs(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The open and save dialogs started in the folder the program runs from."""
    import os

    from PySide6.QtWidgets import QFileDialog

    from ui import errors

    monkeypatch.setattr(errors, "_last_folder", [])
    first = errors.start_folder()
    assert Path(first).resolve() != Path(os.getcwd()).resolve()
    seen: list[str] = []

    def fake_open(parent: object, title: str, folder: str, filters: str) -> tuple[str, str]:
        seen.append(folder)
        return str(tmp_path / "chosen.sqlite"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_open))
    prompter = errors.Prompter()
    assert prompter.open_file(None, "Mở", "*") == str(tmp_path / "chosen.sqlite")
    assert prompter.save_file(None, "Lưu", "*") == str(tmp_path / "chosen.sqlite")
    assert seen[0] == first  # the documents (or home) folder
    assert seen[1] == str(tmp_path)  # the folder of the file chosen before


def test_judge_buttons_wait_for_a_selected_row(qtbot: QtBot, services: Services) -> None:
    """ "Set PIN…" and "Edit…" did nothing at all, silently, with no judge selected."""
    competition(services)
    services.setup.add_judge(Judge(code="GK01", name="An"))
    services.setup.add_judge(Judge(code="GK02", name="Bình"))
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    assert not section.pin_button.isEnabled()
    assert not section.edit_judge_button.isEnabled()
    view = section.judges_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(section.judges_model.index(1, 0)).center(),
    )
    assert section.pin_button.isEnabled()
    assert section.edit_judge_button.isEnabled()
    section.refresh()  # rows reloaded (after a PIN was set): the same judge stays selected
    assert section.pin_button.isEnabled()
    assert section.judges_view.selectionModel().selectedRows()[0].row() == 1
    assert not section.remove_conflict_button.isEnabled()
    assert not section.remove_pair_button.isEnabled()


def test_a_refused_entry_says_why_in_vietnamese(
    qtbot: QtBot, services: Services, entry_actions: EntryActions
) -> None:
    """The entry form showed the service's English sentence ("duplicate: …")."""
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    services.setup.add_entry(Entry(code="E001", title="Bể lọc", category="KTCN"))
    translations_for("vi")
    try:
        dialog = entry_actions.make_entry_dialog(None)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.code, "E001")
        qtbot.keyClicks(dialog.title_edit, "Den duong")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert dialog.error.text() == "Đã có hồ sơ E001: hãy chọn mã khác."
        assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    finally:
        reset_translations()


def test_a_refused_judge_says_why_in_vietnamese(qtbot: QtBot, services: Services) -> None:
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    competition(services)
    services.setup.add_judge(Judge(code="GK01", name="An"))
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    translations_for("vi")
    try:
        dialog = section.make_judge_dialog(None)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.code, "GK01")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert dialog.error.text() == "Đã có giám khảo GK01: hãy chọn mã khác.\nChưa có họ tên."
    finally:
        reset_translations()


def test_a_new_entry_starts_at_its_title(
    qtbot: QtBot, services: Services, entry_actions: EntryActions
) -> None:
    """The form opened on the code, which may stay empty (it is generated)."""
    dialog = entry_actions.make_entry_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.focusWidget(), "Den duong")
    assert dialog.title_edit.text() == "Den duong"
    assert dialog.code.text() == ""
