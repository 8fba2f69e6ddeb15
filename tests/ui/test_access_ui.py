"""Access in the app (issue 12, defect 4): the PIN prompt of the Judges section (the real
input dialog, typed into and accepted), the Unlock button, and judge mode's login telling the
wait or the lock. Everything is read back from the database file."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from judging.errors import InputError
from judging.model import Category, Competition, Criterion, Judge, Round
from tests.scoring_helpers import FakePrompter
from tests.ui.modal import ModalSteps
from tests.ui.test_scoring_walkthrough import open_judge_mode
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.sections.judges import JudgesSection

LEFT = Qt.MouseButton.LeftButton
PIN = "582931"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    now = [datetime(2026, 12, 6, 9, 0, 0)]
    monkeypatch.setattr("db.repositories.core.utcnow", lambda: now[0])
    return now


@pytest.fixture
def judges(services: Services, database: OpenDatabase) -> Services:
    services.core.create_competition(
        Competition(
            code="SKCD",
            name="Giải thưởng Sáng kiến cộng đồng",
            categories=(Category("KTCN", "Kỹ thuật, công nghệ"),),
            rounds=(
                Round("SK", "Vòng sơ khảo", criteria=(Criterion("c", "Tính mới", Decimal(30)),)),
            ),
        )
    )
    services.setup.add_judge(Judge("GK01", "Trần Minh Khoa"))
    services.setup.add_judge(Judge("GK02", "Nguyễn Thị Thu Hà"))
    return services


def lock(services: Services, clock: list[datetime], judge: str = "GK01") -> None:
    services.setup.set_pin(judge, PIN)
    for _ in range(10):
        with pytest.raises(InputError):
            services.scoring.login(judge, "000001")
        clock[0] += timedelta(hours=1)


def section_with_row(qtbot: QtBot, services: Services, row: int) -> JudgesSection:
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    view = section.judges_view
    qtbot.mouseClick(
        view.viewport(), LEFT, pos=view.visualRect(section.judges_model.index(row, 0)).center()
    )
    return section


def _ok(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    return button


@pytest.mark.usefixtures("english")
def test_the_pin_prompt_sets_a_pin_that_logs_in(qtbot: QtBot, judges: Services) -> None:
    section = section_with_row(qtbot, judges, 0)
    section.prompter = Prompter()  # the real input dialog
    steps = ModalSteps()

    def type_the_pin(dialog: QInputDialog) -> None:
        assert "6 to 12 digits" in dialog.labelText()
        edit = dialog.findChild(QLineEdit)
        assert edit is not None and edit.echoMode() is QLineEdit.EchoMode.Password
        qtbot.keyClicks(edit, PIN)
        qtbot.mouseClick(_ok(dialog), LEFT)

    steps.then(type_the_pin, QInputDialog)
    qtbot.mouseClick(section.pin_button, LEFT)
    steps.check(1)
    assert judges.scoring.login("GK01", PIN).code == "GK01"
    assert [j.has_pin for j in judges.core.judge_rows()] == [True, False]


@pytest.mark.usefixtures("english")
def test_an_easy_pin_typed_in_the_prompt_is_refused(qtbot: QtBot, judges: Services) -> None:
    section = section_with_row(qtbot, judges, 1)
    prompter = FakePrompter(texts=["123456"])
    section.prompter = prompter
    qtbot.mouseClick(section.pin_button, LEFT)
    assert prompter.warnings[-1].endswith("is too easy to guess")
    assert not any(j.has_pin for j in judges.core.judge_rows())


@pytest.mark.usefixtures("english")
def test_unlock_lets_a_locked_judge_log_in_again(
    qtbot: QtBot, judges: Services, clock: list[datetime], database: OpenDatabase
) -> None:
    lock(judges, clock)
    section = section_with_row(qtbot, judges, 0)
    assert section.judges_model.index(0, 5).data() == "locked"
    assert section.unlock_button.isEnabled()
    prompter = FakePrompter()
    section.prompter = prompter
    qtbot.mouseClick(section.unlock_button, LEFT)
    assert prompter.informed == ["Trần Minh Khoa can log in again."]
    assert judges.setup.locked_judges() == []
    assert judges.scoring.login("GK01", PIN).code == "GK01"
    with database.uow_factory(read_only=True) as uow:
        newest = uow.core.audit_records()[0]
    assert (newest.action, newest.subject) == ("judge.unlock", "GK01")
    # the section reloaded on its own: the row says "set" and the button waits for a lock
    qtbot.waitUntil(lambda: section.judges_model.index(0, 5).data() == "set")
    assert not section.unlock_button.isEnabled()


@pytest.mark.usefixtures("english")
def test_judge_mode_says_how_long_to_wait_and_when_locked(
    qtbot: QtBot, judges: Services, clock: list[datetime]
) -> None:
    judges.setup.set_pin("GK01", PIN)
    window = open_judge_mode(qtbot, judges, FakePrompter())

    def try_pin(pin: str) -> str:
        window.pin_edit.setText(pin)
        qtbot.keyClick(window.pin_edit, Qt.Key.Key_Return)
        return window.login_message.text()

    assert try_pin("000001") == "Wrong PIN. Try again."
    assert try_pin("000002") == "Wrong PIN. Try again."
    assert try_pin("000003") == "Wrong PIN; the next attempt is possible in 1 seconds."
    assert try_pin(PIN) == "Too many wrong attempts: try again in 1 seconds."
    assert window.pages.currentWidget() is window.login_page
    for _ in range(7):
        clock[0] += timedelta(hours=1)
        try_pin("000004")
    assert window.login_message.text() == (
        "Judge GK01 is locked after 10 wrong PINs; the organiser can unlock it (Judges, Unlock)."
    )
    clock[0] += timedelta(days=7)
    assert try_pin(PIN).startswith("Judge GK01 is locked")
    judges.setup.unlock_judge("GK01")
    try_pin(PIN)
    assert window.pages.currentWidget() is window.list_page


@pytest.mark.usefixtures("english")
def test_the_password_prompts_change_it_with_the_current_one(
    qtbot: QtBot, judges: Services, database: OpenDatabase
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.sections.scoring import ScoringSection

    judges.scoring.set_organiser_password("mật khẩu cũ 2025")
    section = ScoringSection(judges, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    section.prompter = Prompter()  # the real dialogs
    steps = ModalSteps()

    def answer(expected_label: str, text: str) -> None:
        def step(dialog: QInputDialog) -> None:
            assert expected_label in dialog.labelText()
            edit = dialog.findChild(QLineEdit)
            assert edit is not None and edit.echoMode() is QLineEdit.EchoMode.Password
            edit.setText(text)  # keyClicks cannot type Vietnamese letters
            qtbot.mouseClick(_ok(dialog), LEFT)

        steps.then(step, QInputDialog)

    answer("current organiser password", "mật khẩu cũ 2025")
    answer("at least 10 characters", "mật khẩu mới 2026")
    answer("again", "mật khẩu mới 2026")

    def acknowledge(box: QMessageBox) -> None:
        assert "The organiser password is set" in box.text()
        box.buttons()[0].click()

    steps.then(acknowledge, QMessageBox)
    qtbot.mouseClick(section.password_button, LEFT)
    steps.check(4)
    assert judges.scoring.check_organiser_password("mật khẩu mới 2026")
    with database.uow_factory(read_only=True) as uow:
        assert uow.core.audit_records()[0].action == "organiser_password.set"


def test_judge_mode_says_the_lock_in_vietnamese(
    qtbot: QtBot, judges: Services, clock: list[datetime]
) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    lock(judges, clock, "GK02")
    window = open_judge_mode(qtbot, judges, FakePrompter())
    window.judge_combo.setCurrentIndex(window.judge_combo.findData("GK02"))
    window.pin_edit.setText(PIN)
    qtbot.keyClick(window.pin_edit, Qt.Key.Key_Return)
    assert window.login_message.text() == (
        "Giám khảo GK02 đã bị khóa sau 10 lần nhập sai mã PIN; ban tổ chức có thể mở khóa "
        "(mục Giám khảo, Mở khóa)."
    )
    assert window.login_message.wordWrap()
