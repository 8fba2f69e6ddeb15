"""Imports in the Judges section say what they did: the real button, a real CSV file, the
real message box read and closed through the active modal window, the rows read back from
the database (issue 9: importing judges ended without a word)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.model import Entry, Judge, Role
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from tests.ui.test_setup import competition
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.sections.judges import JudgesSection


class ChosenFile(Prompter):
    """The real prompter (its message boxes are real) except the system's file chooser,
    which answers with the file the test wrote."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return str(self.path)


@pytest.fixture
def section(qtbot: QtBot, services: Services) -> Iterator[JudgesSection]:
    translations_for("vi")
    competition(services)
    section = JudgesSection(services, ChangeBus())
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    yield section
    reset_translations()


def click_and_read_message(qtbot: QtBot, button: QPushButton) -> list[tuple[str, str]]:
    """Click ``button``; read the message box it opens (title, text) and press its OK."""
    seen: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        [ok] = box.buttons()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return seen


def test_importing_judges_says_how_many(
    qtbot: QtBot, services: Services, section: JudgesSection, tmp_path: Path
) -> None:
    path = tmp_path / "giam-khao.csv"
    path.write_text(
        "Họ và tên;Học hàm, học vị;Đơn vị;Vai trò\n"
        "Trần Minh Khoa;PGS.TS.;Trường Đại học Bách khoa;Chủ tịch\n"
        "Nguyễn Thị Thu Hà;TS.;Viện Nghiên cứu phát triển;thành viên\n",
        encoding="utf-8",
    )
    section.prompter = ChosenFile(path)
    assert section.import_judges_button.text() == "&Nhập danh sách giám khảo…"

    seen = click_and_read_message(qtbot, section.import_judges_button)

    assert seen == [("Nhập danh sách giám khảo", "Đã nhập 2 giám khảo.")]
    assert [(j.code, j.name, j.role) for j in services.core.judge_rows()] == [
        ("J01", "Trần Minh Khoa", Role.CHAIR),
        ("J02", "Nguyễn Thị Thu Hà", Role.MEMBER),
    ]
    assert section.judges_model.rowCount() == 2


def _judges_and_entries(services: Services) -> None:
    services.setup.add_judge(Judge("GK01", "Trần Minh Khoa"))
    services.setup.add_judge(Judge("GK02", "Nguyễn Thị Thu Hà"))
    services.setup.add_entry(Entry("HS-001", "Bản đồ số đất đai", "QLNN"))
    services.setup.add_entry(Entry("HS-002", "Máy bóc vỏ hạt điều", "KTCN"))


def test_importing_conflicts_says_how_many(
    qtbot: QtBot, services: Services, section: JudgesSection, tmp_path: Path
) -> None:
    _judges_and_entries(services)
    services.setup.declare_conflict("GK01", "HS-001", "Đã tư vấn cho nhóm tác giả")
    path = tmp_path / "xung-dot.csv"
    path.write_text(
        "judge,entry,reason\n"
        "GK01,HS-001,Đã tư vấn cho nhóm tác giả\n"
        "GK02,HS-002,Đồng nghiệp cùng khoa\n",
        encoding="utf-8",
    )
    section.prompter = ChosenFile(path)
    section.tabs.setCurrentIndex(1)

    seen = click_and_read_message(qtbot, section.import_conflicts_button)

    assert seen == [
        (
            "Nhập xung đột lợi ích",
            "Đã nhập 1 xung đột lợi ích (1 đã có từ trước); đã bỏ 0 phân công.",
        )
    ]
    declared = {(c.judge, c.entry) for c in services.setup.conflicts() if c.declared}
    assert declared == {("GK01", "HS-001"), ("GK02", "HS-002")}


def test_importing_assignments_says_how_many(
    qtbot: QtBot, services: Services, section: JudgesSection, tmp_path: Path
) -> None:
    _judges_and_entries(services)
    path = tmp_path / "phan-cong.csv"
    path.write_text(
        "round,judge,entry\nSK,GK01,HS-001\nSK,GK02,HS-001\nSK,GK02,HS-002\n", encoding="utf-8"
    )
    section.prompter = ChosenFile(path)
    section.tabs.setCurrentIndex(2)

    seen = click_and_read_message(qtbot, section.import_assignments_button)

    assert seen == [("Nhập phân công", "Đã nhập 3 phân công (0 đã có từ trước).")]
    pairs = {(a.judge, a.entry) for a in services.setup.assignments("SK")}
    assert pairs == {("GK01", "HS-001"), ("GK02", "HS-001"), ("GK02", "HS-002")}


def test_the_real_save_dialog_offers_the_assignments_file_name(
    qtbot: QtBot, services: Services, section: JudgesSection, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.modal import ModalSteps
    from ui.errors import _last_folder

    _judges_and_entries(services)
    services.setup.add_assignment("SK", "GK01", "HS-001")
    _last_folder[:] = [str(tmp_path)]
    section.prompter = Prompter()
    section.tabs.setCurrentIndex(2)
    assert section.current_round() == "SK"
    offered: list[str] = []
    told: list[str] = []
    steps = ModalSteps()

    def take_the_offered_name(dialog: QFileDialog) -> None:
        offered.extend(dialog.selectedFiles())
        steps.then(press_ok, QMessageBox)
        dialog.accept()

    def press_ok(box: QMessageBox) -> None:
        told.append(box.text())
        box.buttons()[0].click()

    steps.then(take_the_offered_name, QFileDialog)
    qtbot.mouseClick(section.export_assignments_button, Qt.MouseButton.LeftButton)
    steps.check(2)
    written = tmp_path / "phan-cong-SK.csv"
    assert offered == [str(written)]
    assert written.read_text(encoding="utf-8-sig").splitlines()[1:] == ["SK,GK01,HS-001,manual"]
    assert told and str(written) in told[0]
