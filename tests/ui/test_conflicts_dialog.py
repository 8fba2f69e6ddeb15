"""Scoring → "Xử lý điểm chênh lệch…" through the real widgets, in Vietnamese: the button is
enabled only while conflicts are pending; the dialog lists entry, criterion, judge, the paper
mark and the judge's (decimal commas); the choices are made with the keyboard and the
"all" buttons; the real "Áp dụng" stores them, read back from the SQLite file. After a take-in
that left conflicts the app offers the same dialog at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.kits import format as kf
from judging.scoring.model import SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from ui.bus import ChangeBus
from ui.scoring.conflicts_dialog import ConflictsDialog, ConflictsModel
from ui.sections.scoring import ScoringSection

MARKS = {"NEW": Decimal("27.5"), "EFF": Decimal(35), "APP": Decimal("22.75")}


class ConflictPrompter(FakePrompter):
    def __init__(self) -> None:
        super().__init__()
        self.many: list[list[str]] = []
        self.questions: list[str] = []
        self.answers: list[bool] = []

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        return self.many.pop(0)

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        buttons: tuple[str, str],
        details: str = "",
    ) -> bool:
        self.questions.append(f"{question} [{' / '.join(buttons)}]")
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


@pytest.fixture
def organiser(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def score_file(organiser: Services, tmp_path: Path) -> Path:
    """J1 scores E01 and E02 on a laptop and submits both; the file written to disk."""
    path = tmp_path / "laptop.sqlite"
    laptop_db = open_database(str(path))
    try:
        judge = build_services(laptop_db.uow_factory, location=str(path))
        judge.kits.open_kit(kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit"))
        for entry in ("E01", "E02"):
            for code, value in MARKS.items():
                judge.scoring.set_mark("R1", "J1", entry, code, value)
            judge.scoring.submit("R1", "J1", entry)
        out = tmp_path / "J1.scores.json"
        out.write_bytes(judge.kits.scorefile().data)
        return out
    finally:
        laptop_db.close()


def paper(organiser: Services) -> None:
    """The secretary typed part of J1's paper sheets before the file came."""
    organiser.scoring.enter_paper_sheets(
        "R1",
        "J1",
        {"E01": {"NEW": Decimal(20), "EFF": Decimal(30)}, "E02": {"APP": Decimal("10.5")}},
    )


def section(qtbot: QtBot, services: Services, prompter: FakePrompter) -> ScoringSection:
    shown = ScoringSection(services, ChangeBus())
    shown.prompter = prompter
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def query(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db_path)
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def marks_of(db_path: Path, entry: str) -> dict[str, tuple[int, str]]:
    rows = query(
        db_path,
        "SELECT c.code, m.value, m.origin FROM mark m "
        "JOIN criterion c ON c.id = m.criterion_id "
        "JOIN assignment a ON a.id = m.assignment_id "
        "JOIN entry e ON e.id = a.entry_id JOIN judge j ON j.id = a.judge_id "
        f"WHERE e.code = '{entry}' AND j.code = 'J1'",
    )
    return {str(code): (int(str(value)), str(origin)) for code, value, origin in rows}


def cells(model: ConflictsModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c))) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_conflicts_resolved_with_the_keyboard_through_the_real_dialog(
    qtbot: QtBot, organiser: Services, tmp_path: Path, db_path: Path
) -> None:
    paper(organiser)
    scores = score_file(organiser, tmp_path)
    prompter = ConflictPrompter()
    shown = section(qtbot, organiser, prompter)
    assert shown.conflicts_button.text() == "Xử lý điểm chênh lệch…"
    assert not shown.conflicts_button.isEnabled()  # nothing pending yet
    prompter.many.append([str(scores)])
    prompter.answers.append(False)  # "Để sau": resolve from the button instead
    qtbot.mouseClick(shown.take_in_button, Qt.MouseButton.LeftButton)
    assert "3 điểm trong tệp điểm khác với điểm nhập từ phiếu giấy" in prompter.questions[0]
    assert "[Xử lý ngay / Để sau]" in prompter.questions[0]
    qtbot.waitUntil(shown.conflicts_button.isEnabled, timeout=10_000)
    seen: dict[str, object] = {}

    def organiser_decides(dialog: ConflictsDialog) -> None:
        model = dialog.model
        seen["headers"] = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        seen["rows"] = cells(model)
        table = dialog.table
        assert table.hasFocus() or table.currentIndex().row() == 0
        # row 1 (E01/NEW): Space takes the judge's mark; row 2 (E01/EFF): Right takes it,
        # then Left puts it back to paper; row 3 (E02/APP): Space, Space (back) then Right
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Right)
        qtbot.keyClick(table, Qt.Key.Key_Left)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Right)
        seen["chosen"] = [row[-1] for row in cells(model)]
        assert dialog.ok.text() == "Áp dụng"
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    dialogs = when_modal(ConflictsDialog, organiser_decides)
    qtbot.mouseClick(shown.conflicts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompter.informed) and len(prompter.informed) >= 2, timeout=60_000)
    assert dialogs
    assert seen["headers"] == [
        "Hồ sơ",
        "Tiêu chí",
        "Giám khảo",
        "Điểm đang lưu (phiếu giấy)",
        "Điểm của giám khảo (tệp)",
        "Giữ theo",
    ]
    rows = seen["rows"]
    assert isinstance(rows, list)
    assert [r[1:] for r in rows] == [
        ["Tính mới, tính sáng tạo", "J1 — Phạm Thị Lan", "20", "27,5", "Phiếu giấy"],
        ["Hiệu quả kinh tế - xã hội", "J1 — Phạm Thị Lan", "30", "35", "Phiếu giấy"],
        ["Khả năng áp dụng", "J1 — Phạm Thị Lan", "10,5", "22,75", "Phiếu giấy"],
    ]
    assert rows[0][0] == "E01 — Ứng dụng Bình Thạnh trực tuyến"
    assert seen["chosen"] == ["Giám khảo", "Phiếu giấy", "Giám khảo"]
    said = prompter.informed[-1]
    assert "Đã giữ nguyên 1 điểm, lấy 2 điểm từ tệp điểm của giám khảo." in said
    # read back from the file: NEW and APP are the judge's (origin file), EFF stays paper
    assert marks_of(db_path, "E01") == {
        "NEW": (275000, "file"),
        "EFF": (300000, "paper"),
        "APP": (227500, "file"),
    }
    assert marks_of(db_path, "E02")["APP"] == (227500, "file")
    assert sorted(str(s) for (s,) in query(db_path, "SELECT status FROM mark_conflict")) == [
        "judge",
        "judge",
        "paper",
    ]
    # the sheets the judge submitted are submitted now that nothing is left on them
    assert organiser.scoring.sheet("R1", "J1", "E02").state is SheetState.SUBMITTED
    qtbot.waitUntil(lambda: not shown.conflicts_button.isEnabled(), timeout=10_000)


def test_the_dialog_is_offered_right_after_a_take_in_and_all_judge_applies(
    qtbot: QtBot, organiser: Services, tmp_path: Path, db_path: Path
) -> None:
    paper(organiser)
    scores = score_file(organiser, tmp_path)
    prompter = ConflictPrompter()
    shown = section(qtbot, organiser, prompter)
    prompter.many.append([str(scores)])
    prompter.answers.append(True)  # "Xử lý ngay"
    chosen: list[Sequence[str]] = []

    def all_judge(dialog: ConflictsDialog) -> None:
        qtbot.mouseClick(dialog.all_judge, Qt.MouseButton.LeftButton)
        chosen.append([row[-1] for row in cells(dialog.model)])
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    dialogs = when_modal(ConflictsDialog, all_judge)
    qtbot.mouseClick(shown.take_in_button, Qt.MouseButton.LeftButton)
    assert dialogs and chosen == [["Giám khảo"] * 3]
    assert "lấy 3 điểm từ tệp điểm của giám khảo" in prompter.informed[-1]
    assert "Phiếu đã nộp theo tệp của giám khảo: E01, E02" in prompter.informed[-1]
    assert {v for v, _o in marks_of(db_path, "E01").values()} == {275000, 350000, 227500}
    assert query(db_path, "SELECT count(*) FROM mark_conflict WHERE status = 'pending'") == [(0,)]
    assert organiser.scoring.sheet("R1", "J1", "E01").state is SheetState.SUBMITTED
