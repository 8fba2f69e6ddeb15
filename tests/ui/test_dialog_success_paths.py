"""Success paths through real dialogs (issue 9): each is opened by clicking the real button,
its real widgets are filled (combo boxes left at their defaults), its real OK (or Open,
Close) is pressed from inside ``exec()``, and what it stored is read back.

The set-up screens' own prompters are the real ones here: the file dialog, the template
chooser and the crash dialog are Qt's and the program's windows, not stand-ins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from judging.app import Services
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import ModalSteps
from tests.ui.test_main_window_helpers import Shell, make_shell, reset_translations
from ui import errors as errors_module
from ui.bus import ChangeBus
from ui.errors import CrashDialog, ErrorHandler, Prompter
from ui.main_window import SECTION_KEYS
from ui.sections.competition import CompetitionSection
from ui.setup.attachments_dialog import AttachmentsDialog

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services

# The texts read below are English; each test pins it.
pytestmark = pytest.mark.usefixtures("english")


def _button(widget: QWidget, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = widget.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None and button.isEnabled()
    return button


def _click_section(qtbot: QtBot, shell: Shell, key: str) -> None:
    navigation = shell.window.navigation
    rect = navigation.visualItemRect(navigation.item(SECTION_KEYS.index(key)))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def shell(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> Iterator[Shell]:
    shell = make_shell(qtbot, demo_services, tmp_path, language="en")
    shell.window.resize(1366, 768)
    yield shell
    reset_translations()


def test_an_attachment_added_through_the_file_dialog_is_stored(
    qtbot: QtBot, shell: Shell, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file dialog opens in the (test's own) home folder, where the person's file is.
    monkeypatch.setattr(errors_module, "_last_folder", [])
    pdf = Path.home() / "thuyet-minh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% the entry's description\n%%EOF\n")
    _click_section(qtbot, shell, "entries")
    section = shell.window.section("entries")
    code = section.current_code()  # type: ignore[attr-defined]
    assert code is not None  # the first entry is selected
    before = demo_services.setup.attachments(code)
    steps = ModalSteps()

    def choose_the_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert Path(dialog.directory().absolutePath()) == pdf.parent
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        qtbot.keyClicks(name, pdf.name)
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Open), LEFT)

    def add_then_close(dialog: QWidget) -> None:
        assert isinstance(dialog, AttachmentsDialog)
        assert dialog.entry_code == code
        steps.then(choose_the_file)
        qtbot.mouseClick(dialog.add_button, LEFT)  # the file dialog runs inside this click
        assert dialog.model.rowCount() == len(before) + 1
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Close), LEFT)

    steps.then(add_then_close)
    actions = section._entry_actions  # type: ignore[attr-defined]
    button = section.toolbar.widgetForAction(actions.attachments_action)  # type: ignore[attr-defined]
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, LEFT)
    steps.check(2)
    stored = demo_services.setup.attachments(code)
    added = [a for a in stored if a.filename == "thuyet-minh.pdf"]
    assert len(stored) == len(before) + 1 and len(added) == 1
    assert demo_services.setup.attachment_data(added[0].id).data == pdf.read_bytes()


def test_a_template_chosen_in_the_template_dialog_becomes_the_competition(
    qtbot: QtBot, services: Services
) -> None:
    bus = ChangeBus()
    section = CompetitionSection(services, bus, prompter=Prompter())
    qtbot.addWidget(section)
    section.resize(1100, 760)
    section.show()
    qtbot.waitExposed(section)
    assert services.core.competition() is None
    first_name, first_title = services.definitions.templates()[0]
    steps = ModalSteps()

    def accept_the_first_template(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue().startswith(first_title)  # the default: the first one
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), LEFT)

    steps.then(accept_the_first_template)
    assert section.empty_template_button.isVisible()
    qtbot.mouseClick(section.empty_template_button, LEFT)
    steps.check(1)
    assert services.core.competition() == services.definitions.template(first_name)
    assert section.pages.currentWidget() is section.editor


class _Trigger(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_bug_behind_a_button_opens_the_crash_dialog_which_copies_and_closes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    log_path = tmp_path / "judging-desk.log"
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Rank", window)
    window.show()
    qtbot.waitExposed(window)
    errors = ErrorHandler(Prompter(), log_path=lambda: log_path, parent_widget=lambda: window)

    def buggy() -> None:
        raise RuntimeError("a bug nobody expected")

    button.clicked.connect(buggy)
    steps = ModalSteps()
    QApplication.clipboard().clear()

    def copy_then_close(dialog: QWidget) -> None:
        assert isinstance(dialog, CrashDialog)
        assert dialog.windowTitle() == "Something went wrong"
        assert str(log_path) in dialog.log_label.text()
        qtbot.mouseClick(dialog.copy_button, LEFT)
        qtbot.mouseClick(dialog.close_button, LEFT)

    steps.then(copy_then_close)
    errors.install()
    try:
        qtbot.mouseClick(button, LEFT)
    finally:
        errors.uninstall()
    steps.check(1)
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "RuntimeError: a bug nobody expected" in copied
    assert "RuntimeError: a bug nobody expected" in log_path.read_text(encoding="utf-8")
    assert errors.worst_exit_status == 4
    assert window.isVisible()


LEFT = Qt.MouseButton.LeftButton
