"""Judge mode and the walk-through, driven with the keyboard only: a judge logs in, scores
three entries, undoes and redoes a mark, recuses from one entry, submits; the organiser's
password guards leaving."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from ui.bus import ChangeBus
from ui.scoring.judge_mode import JudgeMode
from ui.scoring.walkthrough import Walkthrough

D = Decimal
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def type_unicode(text: str) -> None:
    """Type text key by key as an input method delivers it (QTest's keyClicks aborts on
    characters outside Latin-1, so Vietnamese goes in as key events that carry text)."""
    for ch in text:
        widget = focused()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def enter_marks(qtbot: QtBot, *marks: str) -> None:
    for mark in marks:
        type_text(qtbot, mark)
        press(qtbot, Qt.Key.Key_Return)


def open_judge_mode(qtbot: QtBot, services: Services, prompter: FakePrompter) -> JudgeMode:
    window = JudgeMode(services, ChangeBus(), prompter=prompter)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.judge_combo.setFocus()
    return window


@pytest.mark.usefixtures("english")  # reads English texts and numbers
def test_a_judge_scores_with_the_keyboard_only(qtbot: QtBot, scored: Services) -> None:
    prompter = FakePrompter(texts=["Tác giả là đồng nghiệp cùng phòng"])
    window = open_judge_mode(qtbot, scored, prompter)
    # log in: the name list has the focus; J1 is first; Tab to the PIN, type it, Enter
    assert focused() is window.judge_combo
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.pin_edit
    type_text(qtbot, "1111")
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.list_page
    assert window.progress_label.text() == "0 of 4 done"
    assert [r.entry_code for r in window.model.rows()] == ["E01", "E02", "E03", "E04"]
    # Enter on the list opens the first entry with the first mark field focused
    press(qtbot, Qt.Key.Key_Return)
    walk = window.walkthrough
    assert isinstance(walk, Walkthrough)
    assert walk.entry_code == "E01"
    assert focused() is walk.panels[0].mark_edit

    # E01: a decimal comma, a value out of range (refused, not stored), then corrected
    enter_marks(qtbot, "27,5")
    assert focused() is walk.panels[1].mark_edit
    enter_marks(qtbot, "41")
    assert walk.panels[1].message.text() == "The mark must be from 0 to 40. Not saved."
    assert focused() is walk.panels[1].mark_edit  # stays to be corrected
    assert scored.scoring.sheet("R1", "J1", "E01").mark("EFF") is None
    enter_marks(qtbot, "35", "22.75")
    assert focused() is walk.entry_comment
    assert walk.total_label.text() == "Total: 85.25 / 100"
    # undo the last mark, then redo it: each a new committed version
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert scored.scoring.sheet("R1", "J1", "E01").mark("APP").value is None  # type: ignore[union-attr]
    assert walk.panels[2].mark_edit.text() == ""
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert scored.scoring.sheet("R1", "J1", "E01").mark("APP").value == D("22.75")  # type: ignore[union-attr]
    history = scored.scoring.mark_history("R1", "J1", "E01", "APP")
    assert [(v.old, v.new) for v in history] == [
        (None, D("22.75")),
        (D("22.75"), None),
        (None, D("22.75")),
    ]
    assert all(v.origin is Origin.TYPED and v.actor == "J1" for v in history)
    # the history is visible beside the entry, newest first
    shown = [walk.history.item(i).text() for i in range(walk.history.count())]
    assert [line.split(" · ")[0] for line in shown] == [
        "v3: — → 22.75",
        "v2: 22.75 → —",
        "v1: — → 22.75",
    ]
    # the criterion is named once, by its name, above the lines
    assert walk.history_title.text() == "History of this mark: Khả năng áp dụng"
    assert all(" · typed · J1 · " in line for line in shown)
    # undo once more and type a new value instead
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert focused() is walk.panels[2].mark_edit
    enter_marks(qtbot, "20.5")
    # submit: the sheet is locked and the next entry opens
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert walk.entry_code == "E02"
    sheet = scored.scoring.sheet("R1", "J1", "E01")
    assert sheet.state is SheetState.SUBMITTED
    assert {m.criterion_code: m.value for m in sheet.marks} == {
        "NEW": D("27.5"),
        "EFF": D(35),
        "APP": D("20.5"),
    }

    # E02: the first mark picked from its second rubric band (21–26.5), then typed ones
    assert focused() is walk.panels[0].mark_edit
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert walk.panels[0].mark_edit.text() == "26.5"
    press(qtbot, Qt.Key.Key_Return)
    enter_marks(qtbot, "30", "25")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert walk.entry_code == "E03"

    assert scored.scoring.sheet("R1", "J1", "E02").mark("NEW").value == D("26.5")  # type: ignore[union-attr]

    # E03: a conflict of interest: recuse with a reason
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert walk.entry_code == "E04"
    e03 = scored.scoring.sheet("R1", "J1", "E03")
    assert e03.state is SheetState.RECUSED
    assert e03.recusal_reason == "Tác giả là đồng nghiệp cùng phòng"

    # E04: the third scored entry; PgUp/PgDn move between entries
    enter_marks(qtbot, "10", "12")
    press(qtbot, Qt.Key.Key_PageUp)
    assert walk.entry_code == "E03"
    press(qtbot, Qt.Key.Key_PageDown)
    assert walk.entry_code == "E04"
    assert focused() is walk.panels[2].mark_edit  # the first field without a mark
    enter_marks(qtbot, "9.25")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert scored.scoring.sheet("R1", "J1", "E04").state is SheetState.SUBMITTED

    # back to the list: everything done
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.list_page
    assert window.progress_label.text() == "4 of 4 done"
    assert prompter.warnings == []


def test_a_submitted_sheet_is_read_only(qtbot: QtBot, scored: Services) -> None:
    for code, value in (("NEW", "1"), ("EFF", "2"), ("APP", "3")):
        scored.scoring.set_mark("R1", "J2", "E01", code, D(value))
    scored.scoring.submit("R1", "J2", "E01")
    walk = Walkthrough(scored, ChangeBus(), "R1", "J2", ["E01", "E02"], prompter=FakePrompter())
    qtbot.addWidget(walk)
    walk.show()
    assert walk.panels[0].mark_edit.isReadOnly()
    assert not walk.submit_button.isEnabled()
    assert "Submitted and locked" in walk.recusal_label.text()


def test_running_total_hidden_unless_the_competition_shows_it(
    qtbot: QtBot, services: Services, database: OpenDatabase
) -> None:
    scoring_helpers.build(services, database, show_running_total=False)
    walk = Walkthrough(services, ChangeBus(), "R1", "J1", ["E01"], prompter=FakePrompter())
    qtbot.addWidget(walk)
    walk.show()
    assert not walk.total_label.isVisible()


def test_wrong_pin_and_leaving_needs_the_organiser_password(qtbot: QtBot, scored: Services) -> None:
    scored.scoring.set_organiser_password("btc-2026-hcm")
    prompter = FakePrompter(texts=["sai", "btc-2026-hcm"])
    window = open_judge_mode(qtbot, scored, prompter)
    assert not window.password_note.isVisible()
    window.pin_edit.setFocus()
    type_text(qtbot, "9999")
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.login_page
    assert window.login_message.text() == "Wrong PIN. Try again."
    with qtbot.assertNotEmitted(window.left):
        assert not window.leave()
    assert prompter.warnings == ["Wrong password: judge mode stays on. "]
    with qtbot.waitSignal(window.left):
        assert window.leave()


def test_filters_show_states(qtbot: QtBot, scored: Services) -> None:
    scored.scoring.recuse("R1", "J1", "E02", "conflict")
    scored.scoring.set_mark("R1", "J1", "E03", "NEW", D(1))
    window = open_judge_mode(qtbot, scored, FakePrompter())
    window.pin_edit.setText("1111")
    window.log_in()
    shown = {}
    for i in range(window.filter_combo.count()):
        window.filter_combo.setCurrentIndex(i)
        shown[window.filter_combo.currentData()] = [r.entry_code for r in window.model.rows()]
    assert shown == {
        "all": ["E01", "E02", "E03", "E04"],
        "not_started": ["E01", "E04"],
        "in_progress": ["E03"],
        "submitted": [],
        "recused": ["E02"],
    }
    assert window.progress_label.text() == "1 of 4 done"


def test_sheets_model(qtmodeltester, scored: Services) -> None:  # type: ignore[no-untyped-def]
    from ui.scoring.models import ProgressModel, SheetsModel

    model = SheetsModel()
    model.set_rows(scored.scoring.judge_sheets("R1", "J1").sheets)
    qtmodeltester.check(model)
    progress = ProgressModel()
    progress.set_rows(scored.scoring.progress("R1"))
    qtmodeltester.check(progress)


def test_the_walkthrough_speaks_vietnamese(qtbot: QtBot, scored: Services) -> None:
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    walk = Walkthrough(scored, ChangeBus(), "R1", "J1", ["E01"], prompter=FakePrompter())
    qtbot.addWidget(walk)
    walk.show()
    assert walk.submit_button.text() == "Submit sheet (Ctrl+S)"
    try:
        translations_for("vi")
        assert walk.submit_button.text() == "Nộp phiếu (Ctrl+S)"
        assert walk.heading.text() == "Hồ sơ 1/1: E01"
        assert walk.panels[0].scale_label.text() == "Điểm tối đa 30, chấm theo bậc 0,5"
        assert walk.panels[1].scale_label.text() == "Điểm tối đa 40, chấm điểm nguyên"
        assert walk.panels[0].comment_edit.placeholderText().startswith("Nhận xét")
    finally:
        reset_translations()
    assert walk.panels[0].scale_label.text() == "Maximum 30, marked in steps of 0.5"


def test_comments_per_criterion_and_entry_by_keyboard(qtbot: QtBot, scored: Services) -> None:
    walk = Walkthrough(scored, ChangeBus(), "R1", "J1", ["E01", "E02"], prompter=FakePrompter())
    qtbot.addWidget(walk)
    with qtbot.waitActive(walk):
        walk.show()
        walk.activateWindow()
    walk.show_entry(0)
    assert focused() is walk.panels[0].mark_edit
    enter_marks(qtbot, "27", "30", "20")
    assert focused() is walk.entry_comment
    type_unicode("Hồ sơ đầy đủ, số liệu rõ")
    press(qtbot, Qt.Key.Key_Backtab, SHIFT)  # back to the last criterion's comment
    assert focused() is walk.panels[2].comment_edit
    type_unicode("Đã áp dụng ở 3 phường")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field commits it
    assert focused() is walk.entry_comment
    press(qtbot, Qt.Key.Key_PageDown)  # the entry comment is committed before moving on
    assert walk.entry_code == "E02"
    sheet = scored.scoring.sheet("R1", "J1", "E01")
    assert sheet.comment == "Hồ sơ đầy đủ, số liệu rõ"
    app = sheet.mark("APP")
    assert app is not None and (app.value, app.comment) == (D(20), "Đã áp dụng ở 3 phường")
    assert [v.comment for v in scored.scoring.mark_history("R1", "J1", "E01", "APP")] == [
        "",
        "Đã áp dụng ở 3 phường",
    ]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The mark must be from 0 to 30. Not saved."),
        ("vi", "Điểm phải từ 0 đến 30. Chưa lưu."),
    ],
)
def test_submitting_after_a_mark_out_of_range_names_the_range(
    qtbot: QtBot, scored: Services, language: str, message: str
) -> None:
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    translations_for(language)
    try:
        prompter = FakePrompter()
        walk = Walkthrough(scored, ChangeBus(), "R1", "J1", ["E01"], prompter=prompter)
        qtbot.addWidget(walk)
        with qtbot.waitActive(walk):
            walk.show()
            walk.activateWindow()
        walk.show_entry(0)
        assert focused() is walk.panels[0].mark_edit
        type_text(qtbot, "31")  # on the 30-point criterion, and no Enter
        press(qtbot, Qt.Key.Key_S, CTRL)
        assert walk.panels[0].message.text() == message
        assert focused() is walk.panels[0].mark_edit  # to be corrected
        assert prompter.asked == []  # nothing was submitted or asked
        assert scored.scoring.sheet("R1", "J1", "E01").state is SheetState.NOT_STARTED
    finally:
        reset_translations()


def test_marks_and_total_with_a_decimal_comma_in_vietnamese(qtbot: QtBot, scored: Services) -> None:
    from tests.ui.test_main_window_helpers import reset_translations, translations_for

    translations_for("vi")
    try:
        walk = Walkthrough(scored, ChangeBus(), "R1", "J1", ["E01"], prompter=FakePrompter())
        qtbot.addWidget(walk)
        with qtbot.waitActive(walk):
            walk.show()
            walk.activateWindow()
        walk.show_entry(0)
        enter_marks(qtbot, "27.5", "35", "22,75")
        # each mark with its criterion's places (steps 0.5, 1, 0.25), a comma
        assert [p.mark_edit.text() for p in walk.panels] == ["27,5", "35", "22,75"]
        assert walk.total_label.text().endswith("85,25 / 100")
        assert walk.panels[0].band_buttons[1].text().startswith("21–26,5")
    finally:
        reset_translations()
