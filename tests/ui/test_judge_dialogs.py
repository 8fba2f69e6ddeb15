"""The judge's form reached as a secretary reaches it: the Judges section's real buttons, the
real modal dialog (``exec()``), its combo boxes left as they open, the real OK, and the judge
read back from the database. Saving a new judge crashed on ``judge.role.value`` because
``QComboBox.currentData()`` handed the role back as a plain ``str``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.model import Aggregate, Judge, Role
from judging.services.dto import JudgeRow
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from tests.ui.test_setup import FakePrompter, competition
from ui.bus import ChangeBus
from ui.sections.judges import JudgesSection
from ui.setup.judge_dialogs import JudgeDialog, PanelDialog
from ui.widgets.combo import enum_data, typed_data


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type Vietnamese as an input method (Unikey, ibus) delivers it: a committed string.
    (QTest's key clicks take ASCII only.)"""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


@pytest.fixture
def section(qtbot: QtBot, services: Services, vietnamese: None) -> JudgesSection:
    competition(services)
    section = JudgesSection(services, ChangeBus())
    section.prompter = FakePrompter()
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    return section


def click_then_answer(
    qtbot: QtBot, button: QWidget, fill: Callable[[JudgeDialog], None]
) -> list[str]:
    """Click ``button``, which opens a JudgeDialog with ``exec()``; once the dialog is the active
    modal window, ``fill`` types into it and presses its OK. A dialog still open after OK (a
    refusal, or a crash in the slot) is closed by force so the test ends; what it showed in its
    error line is returned."""
    shown: list[str] = []

    def answer(dialog: JudgeDialog) -> None:
        fill(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            shown.append(dialog.error.text() or "still open")
            QDialog.done(dialog, QDialog.DialogCode.Rejected)

    when_modal(JudgeDialog, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return shown


def test_a_new_judge_is_saved_through_the_real_dialog(
    qtbot: QtBot, services: Services, section: JudgesSection
) -> None:
    assert section.new_judge_button.text() == "Giám khảo &mới…"
    seen: list[tuple[str, str]] = []

    def fill(dialog: JudgeDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.role.currentText()))
        type_text(qtbot, dialog.name, "Nguyễn Thị Thu Hà")
        qtbot.keyClicks(dialog.title_edit, "TS.")
        type_text(qtbot, dialog.organisation, "Viện Nghiên cứu phát triển Thành phố")

    refused = click_then_answer(qtbot, section.new_judge_button, fill)

    assert refused == []
    assert seen == [("Giám khảo mới", "thành viên")]
    [judge] = services.core.judge_rows()
    assert (judge.code, judge.name, judge.title, judge.organisation, judge.role) == (
        "J01",
        "Nguyễn Thị Thu Hà",
        "TS.",
        "Viện Nghiên cứu phát triển Thành phố",
        Role.MEMBER,
    )
    assert section.judges_model.rowCount() == 1


def test_an_edited_judge_keeps_the_role_the_dialog_opened_with(
    qtbot: QtBot, services: Services, section: JudgesSection
) -> None:
    services.setup.add_judge(
        Judge(code="GK01", name="Trần Minh Khoa", title="PGS.TS.", role=Role.CHAIR)
    )
    section.refresh()
    view = section.judges_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(section.judges_model.index(0, 0)).center(),
    )
    assert section.edit_judge_button.text() == "&Sửa…"
    seen: list[tuple[str, str]] = []

    def fill(dialog: JudgeDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.role.currentText()))
        type_text(qtbot, dialog.organisation, "Trường Đại học Bách khoa")

    refused = click_then_answer(qtbot, section.edit_judge_button, fill)

    assert refused == []
    assert seen == [("Sửa thông tin giám khảo", "chủ tịch")]
    [judge] = services.core.judge_rows()
    assert (judge.code, judge.organisation, judge.role) == (
        "GK01",
        "Trường Đại học Bách khoa",
        Role.CHAIR,
    )


def test_a_role_chosen_in_the_dialog_reaches_the_database(
    qtbot: QtBot, services: Services, section: JudgesSection
) -> None:
    def fill(dialog: JudgeDialog) -> None:
        qtbot.keyClicks(dialog.code, "GK09")
        type_text(qtbot, dialog.name, "Bùi Thanh Tùng")
        dialog.role.setFocus()
        qtbot.keyClick(dialog.role, Qt.Key.Key_End)  # the last role: trainee

    assert click_then_answer(qtbot, section.new_judge_button, fill) == []
    [judge] = services.core.judge_rows()
    assert (judge.code, judge.role) == ("GK09", Role.TRAINEE)


# -- the typed helpers ---------------------------------------------------------------------------
class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


def _combo(qtbot: QtBot, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("colour")
    qtbot.addWidget(combo)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def test_enum_data_gives_back_the_member_that_qt_turned_into_a_string(qtbot: QtBot) -> None:
    combo = _combo(qtbot, [(c.name, c) for c in Colour])
    combo.setCurrentIndex(1)
    assert type(combo.currentData()) is str  # what Qt hands back: the reason for the helper
    assert enum_data(combo, Colour) is Colour.BLUE
    aggregates = _combo(qtbot, [(a.name, a.value) for a in Aggregate])
    aggregates.setCurrentIndex(aggregates.findData(Aggregate.MEDIAN.value))
    assert enum_data(aggregates, Aggregate) is Aggregate.MEDIAN


def test_enum_data_refuses_an_empty_combo_or_a_foreign_value(qtbot: QtBot) -> None:
    with pytest.raises(LookupError, match=r"colour: expected Colour, got None"):
        enum_data(_combo(qtbot, []), Colour)
    with pytest.raises(LookupError, match=r"colour: expected Colour, got 'green'"):
        enum_data(_combo(qtbot, [("green", "green")]), Colour)


def test_typed_data_gives_str_or_int_or_none(qtbot: QtBot) -> None:
    assert typed_data(_combo(qtbot, [("—", None)]), str) is None
    assert typed_data(_combo(qtbot, [("SK — Vòng sơ khảo", "SK")]), str) == "SK"
    assert typed_data(_combo(qtbot, [("cột 3", 2)]), int) == 2
    with pytest.raises(LookupError, match=r"colour: expected int, got 'SK'"):
        typed_data(_combo(qtbot, [("SK", "SK")]), int)


def test_a_refused_panel_says_why_instead_of_crashing(
    qtbot: QtBot, services: Services, section: JudgesSection
) -> None:
    """The panel dialog was no FormDialog: a refusal raised AttributeError (refusal_text)."""
    services.setup.add_judge(Judge(code="GK01", name="Trần Minh Khoa"))
    gone = JudgeRow("GK02", "Người đã bị xoá", "", "", Role.MEMBER, False, "nguoi da bi xoa")
    dialog = PanelDialog(
        "SK — Vòng sơ khảo",
        [(None, "Mọi lĩnh vực"), ("KTCN", "KTCN — Kỹ thuật, công nghệ")],
        [*services.core.judge_rows(), gone],  # GK02 is in the list, not in the database
        [],
        lambda category, judges: services.setup.set_category_panel("SK", category, judges),
        section,
    )
    qtbot.addWidget(dialog)
    dialog.judges.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "không có giám khảo mã GK02"
    assert services.setup.panel("SK") == []
