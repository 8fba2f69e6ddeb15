"""The app on a judge's laptop: `--kit FILE` opens judge mode for the kit's judge, no PIN asked;
the judge scores with the keyboard through the walk-through, clicks "Gửi điểm của tôi…", is
told where the file is, and the organiser takes it in."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.kits import format as kf
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from tests.ui.test_scoring_walkthrough import CTRL, enter_marks, focused, press
from ui.kit_app import KitWindow, open_kit_window


@pytest.fixture
def laptop(services: Services, database: OpenDatabase, tmp_path: Path) -> Iterator[Services]:
    """The organiser's database (``services``) issues J1's kit; the judge's database opens it."""
    scoring_helpers.build(services, database)
    kit = kf.read_kit(services.kits.export_kit("R1", "J1").data, "J1.judgekit")
    path = tmp_path / "laptop.sqlite"
    judge_db = open_database(str(path))
    judge = build_services(judge_db.uow_factory, location=str(path))
    judge.kits.open_kit(kit)
    yield judge
    judge_db.close()


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


def show(qtbot: QtBot, window: KitWindow) -> KitWindow:
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.mark.usefixtures("vietnamese")
def test_the_judge_scores_and_sends_the_file_from_the_app(
    qtbot: QtBot, laptop: Services, services: Services, tmp_path: Path
) -> None:
    prompter = FakePrompter()
    window = show(qtbot, open_kit_window(laptop, prompter=prompter))
    mode = window.judge_mode
    # straight to the judge's own list: no login page, no PIN, only the kit's entries
    assert mode.pages.currentWidget() is mode.list_page
    assert mode.judge is not None and mode.judge.code == "J1"
    assert [r.entry_code for r in mode.model.rows()] == ["E01", "E02", "E03", "E04"]
    assert window.send_button.text() == "Gửi điểm của tôi…"
    assert mode.logout_button.isHidden()  # nobody else logs in on the judge's laptop
    # the walk-through, keyboard only: Enter opens E01, three marks, Ctrl+S submits
    mode.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    walk = mode.walkthrough
    assert walk is not None and walk.entry_code == "E01"
    assert focused() is walk.panels[0].mark_edit
    enter_marks(qtbot, "27,5", "35", "22,75")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert laptop.scoring.sheet("R1", "J1", "E01").state is SheetState.SUBMITTED

    target = tmp_path / "gui" / "J1.scores.json"
    target.parent.mkdir()
    prompter.files.append(str(target))
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert prompter.suggested == ["J1.scores.json"]
    [said] = prompter.informed
    assert said.startswith("Đã ghi tệp điểm số 1 vào:")
    assert str(target) in said and "3 điểm, 1 phiếu đã nộp" in said

    report = services.kits.take_in(target.read_bytes(), source=target.name)
    assert (report.new, report.submitted) == (3, ("E01",))
    sheet = services.scoring.sheet("R1", "J1", "E01")
    assert sheet.state is SheetState.SUBMITTED
    assert {m.criterion_code: m.value for m in sheet.marks} == {
        "NEW": Decimal("27.5"),
        "EFF": Decimal(35),
        "APP": Decimal("22.75"),
    }
    assert all(m.origin is Origin.FILE for m in sheet.marks)


def test_sending_is_cancelled_when_no_file_is_chosen(
    qtbot: QtBot, laptop: Services, tmp_path: Path
) -> None:
    prompter = FakePrompter()
    window = show(qtbot, open_kit_window(laptop, prompter=prompter))
    prompter.files.append(None)
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert prompter.informed == []
    assert list(tmp_path.glob("*.json")) == []


def test_main_with_a_kit_and_no_command_opens_the_kit_window(
    qtbot: QtBot, services: Services, database: OpenDatabase, tmp_path: Path
) -> None:
    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    import main
    from tests.ui.test_main_window_helpers import build_translations

    build_translations()
    scoring_helpers.build(services, database)
    kit = tmp_path / "J2.judgekit"
    kit.write_bytes(services.kits.export_kit("R1", "J2").data)
    seen: dict[str, object] = {}

    def look_then_leave() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KitWindow))
        seen["rows"] = [r.entry_code for r in window.judge_mode.model.rows()]
        seen["button"] = window.send_button.text()
        window.judge_mode.leave()  # no organiser password on the judge's laptop

    QTimer.singleShot(0, look_then_leave)
    QStandardPaths.setTestModeEnabled(True)  # the log file's folder: not the user's own
    try:
        # as the file manager starts it: the kit's path alone
        assert main.main([str(kit)]) == 0
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert seen == {"rows": ["E01", "E02", "E05"], "button": "Gửi điểm của tôi…"}


@pytest.mark.usefixtures("vietnamese")
def test_a_newer_kit_tells_the_judge_what_changed_in_their_words(
    qtbot: QtBot, services: Services, database: OpenDatabase, tmp_path: Path
) -> None:
    from tests.db.test_kit_definition_update import change_criteria

    organiser = scoring_helpers.build(services, database)
    path = tmp_path / "laptop.sqlite"
    laptop_db = open_database(str(path))
    try:
        judge = build_services(laptop_db.uow_factory, location=str(path))
        judge.kits.open_kit(kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit"))
        for code, value in {"NEW": "27.5", "EFF": "35", "APP": "22.75"}.items():
            judge.scoring.set_mark("R1", "J1", "E01", code, Decimal(value))
        judge.scoring.submit("R1", "J1", "E01")
        change_criteria(organiser)
        opened = judge.kits.open_kit(kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit"))
        prompter = FakePrompter()
        window = show(qtbot, open_kit_window(judge, prompter=prompter))
        window.tell_news(opened)
        [told] = prompter.informed
        assert "Ban tổ chức đã thay đổi tiêu chí hoặc thang điểm" in told
        assert "Tiêu chí mới cần chấm: Sức lan tỏa." in told  # its name, not its code
        assert "1 điểm của các tiêu chí không còn trong vòng thi được cất riêng" in told
        assert "E01 (" in told and "EFF" not in told  # the criterion by its name
        assert "Các phiếu được mở lại để chấm tiếp: E01." in told
        window.close()
    finally:
        laptop_db.close()


def test_the_same_kit_opened_again_says_nothing(
    qtbot: QtBot, services: Services, database: OpenDatabase, tmp_path: Path
) -> None:
    organiser = scoring_helpers.build(services, database)
    path = tmp_path / "laptop.sqlite"
    laptop_db = open_database(str(path))
    try:
        judge = build_services(laptop_db.uow_factory, location=str(path))
        data = organiser.kits.export_kit("R1", "J1").data
        judge.kits.open_kit(kf.read_kit(data, "kit"))
        again = judge.kits.open_kit(kf.read_kit(data, "kit"))
        prompter = FakePrompter()
        window = show(qtbot, open_kit_window(judge, prompter=prompter))
        window.tell_news(again)
        assert prompter.informed == []
        window.close()
    finally:
        laptop_db.close()


def test_the_judge_opens_an_entry_s_attachment_from_the_walk_through(
    qtbot: QtBot, services: Services, database: OpenDatabase, tmp_path: Path
) -> None:
    from PySide6.QtCore import QUrl

    organiser = scoring_helpers.build(services, database)
    pdf = tmp_path / "thuyết minh.pdf"
    pdf.write_bytes("%PDF-1.4\n% bản thuyết minh\n%%EOF\n".encode())
    organiser.setup.add_attachment("E01", pdf)
    path = tmp_path / "laptop.sqlite"
    laptop_db = open_database(str(path))
    try:
        judge = build_services(laptop_db.uow_factory, location=str(path))
        judge.kits.open_kit(kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit"))
        window = show(qtbot, open_kit_window(judge, prompter=FakePrompter()))
        mode = window.judge_mode
        mode.table.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        walk = mode.walkthrough
        assert walk is not None and walk.entry_code == "E01"
        opened: list[QUrl] = []
        walk.open_url = lambda url: opened.append(url) or True
        item = walk.attachments.item(0)
        assert item is not None and item.text() == "thuyết minh.pdf"
        rect = walk.attachments.visualItemRect(item)
        # a double-click as a hand makes it: press, release, then the second press
        qtbot.mouseClick(walk.attachments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(walk.attachments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        [url] = opened
        copy = Path(url.toLocalFile())
        assert copy.read_bytes() == pdf.read_bytes()  # the kit carried it; a copy is shown
        assert copy.suffix == ".pdf"
        window.close()
    finally:
        laptop_db.close()
