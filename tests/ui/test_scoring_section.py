"""The Scoring section: progress per judge and sheet, reopening with a reason (audited),
paper sheets to PDF, judge mode and the grid opened from it."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from judging.changes import Area
from judging.scoring.model import SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from ui.bus import ChangeBus
from ui.sections.scoring import ScoringSection
from ui.setup.runner import SyncRunner

# The texts and numbers read here are English: pinned, whatever the machine's locale.
pytestmark = pytest.mark.usefixtures("english")

D = Decimal


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    s = scoring_helpers.build(services, database)
    for code, value in (("NEW", "27"), ("EFF", "30"), ("APP", "20")):
        s.scoring.set_mark("R1", "J1", "E01", code, D(value))
    s.scoring.submit("R1", "J1", "E01")
    s.scoring.set_mark("R1", "J1", "E02", "NEW", D(5))
    return s


@pytest.fixture
def section(qtbot: QtBot, scored: Services) -> ScoringSection:
    widget = ScoringSection(scored, ChangeBus(), runner=SyncRunner())
    widget.prompter = FakePrompter()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_progress_per_judge_and_sheets(section: ScoringSection) -> None:
    rows = [section.progress_model.row(i) for i in range(section.progress_model.rowCount())]
    assert [(p.judge_code, p.assigned, p.submitted, p.in_progress) for p in rows] == [
        ("J1", 4, 1, 1),
        ("J2", 3, 0, 0),
        ("J3", 1, 0, 0),
    ]
    assert section.summary.text() == "1 of 8 sheets done (1 submitted)."
    # the first judge is selected: their sheets; no judge selected: every sheet
    assert section.selected_judge() == "J1"
    assert [r.entry_code for r in section.sheets_model.rows()] == ["E01", "E02", "E03", "E04"]
    section.progress_table.clearSelection()
    assert section.sheets_model.rowCount() == 8
    section.progress_table.selectRow(0)
    assert section.print_button.isEnabled()


def test_reopen_a_submitted_sheet_with_a_reason(
    section: ScoringSection, scored: Services, database: OpenDatabase
) -> None:
    prompter = FakePrompter(texts=["Giám khảo xin sửa điểm EFF"])
    section.prompter = prompter
    section.progress_table.selectRow(0)
    assert not section.reopen_button.isEnabled()
    section.sheets_table.selectRow(0)  # E01, submitted
    assert section.reopen_button.isEnabled()
    assert section.reopen_selected()
    assert scored.scoring.sheet("R1", "J1", "E01").state is SheetState.IN_PROGRESS
    with database.uow_factory() as uow:
        latest = uow.core.audit_records(limit=1)[0]
    assert (latest.action, latest.subject, latest.actor) == (
        "sheet.reopen",
        "R1/J1/E01",
        "organiser",
    )
    assert "Giám khảo xin sửa điểm EFF" in latest.detail
    assert section.summary.text() == "0 of 8 sheets done (0 submitted)."


def test_blank_and_filled_sheets_to_pdf(section: ScoringSection, tmp_path: Path) -> None:
    section.progress_table.selectRow(0)
    prompter = FakePrompter()
    prompter.files = [str(tmp_path / "blank"), str(tmp_path / "filled.pdf")]
    section.prompter = prompter
    blank = section.print_sheets(filled=False)
    filled = section.print_sheets(filled=True)
    assert blank == tmp_path / "blank.pdf" and blank.stat().st_size > 1000
    assert filled is not None and filled.read_bytes().startswith(b"%PDF")
    assert len(prompter.informed) == 2
    assert prompter.suggested == ["phieu-cham-J1.pdf", "phieu-cham-J1-co-diem.pdf"]


def _pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def test_every_judges_sheets_into_one_pdf_from_the_menu(
    qtbot: QtBot, section: ScoringSection, tmp_path: Path
) -> None:
    prompter = FakePrompter()
    prompter.files = [str(tmp_path / "tat-ca"), str(tmp_path / "co-diem.pdf")]
    section.prompter = prompter
    section.progress_table.clearSelection()  # no judge chosen: one judge's prints are off
    assert section.print_button.isEnabled()
    assert not section.print_blank_action.isEnabled()
    assert section.print_all_blank_action.isEnabled()
    section.print_all_blank_action.trigger()
    out = tmp_path / "tat-ca.pdf"
    qtbot.waitUntil(lambda: bool(prompter.informed), timeout=10000)
    # J1: 4 entries + summary, J2: 3 + summary, J3: 1 + summary
    assert _pdf_pages(out) == 11
    assert prompter.informed == [f"8 score sheets of 3 judges were saved to {out}."]
    section.print_all_filled_action.trigger()
    qtbot.waitUntil(lambda: len(prompter.informed) == 2, timeout=10000)
    assert _pdf_pages(tmp_path / "co-diem.pdf") == 11
    assert prompter.suggested == ["phieu-cham-R1.pdf", "phieu-cham-R1-co-diem.pdf"]


def test_every_judges_sheets_one_file_a_judge_into_a_folder(
    qtbot: QtBot, section: ScoringSection, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.ui.modal import ModalSteps
    from ui.errors import Prompter, _last_folder

    folder = tmp_path / "phieu"
    folder.mkdir()
    _last_folder[:] = [str(tmp_path)]
    section.prompter = Prompter()
    section.progress_table.clearSelection()
    action = section.print_each_blank_action
    assert action in section.print_menu.actions() and action.isEnabled()
    assert action.text() == "Blank sheets of every judge, one PDF a judge, into a folder…"
    started_in: list[str] = []
    told: list[str] = []
    steps = ModalSteps()

    def choose_the_folder(dialog: QFileDialog) -> None:
        started_in.append(dialog.directory().absolutePath())
        assert dialog.fileMode() == QFileDialog.FileMode.Directory
        dialog.setDirectory(str(folder))
        steps.then(press_ok, QMessageBox)
        dialog.accept()

    def press_ok(box: QMessageBox) -> None:
        told.append(box.text())
        box.buttons()[0].click()

    steps.then(choose_the_folder, QFileDialog)
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    steps.check(2)
    assert started_in == [str(tmp_path)]  # the folder last used
    # One file a judge, named as print-sheets --all names them: sheets + the judge's summary
    assert sorted(p.name for p in folder.iterdir()) == [
        "phieu-cham-J1.pdf",
        "phieu-cham-J2.pdf",
        "phieu-cham-J3.pdf",
    ]
    pages = {p.stem[-2:]: _pdf_pages(p) for p in folder.iterdir()}
    assert pages == {"J1": 5, "J2": 4, "J3": 2}
    assert told == [
        f"8 score sheets of 3 judges were saved to the folder {folder}, one file a judge."
    ]


def test_filled_sheets_one_file_a_judge_are_named_as_filled(
    qtbot: QtBot, section: ScoringSection, tmp_path: Path
) -> None:
    prompter = FakePrompter()
    folders = [str(tmp_path)]
    prompter.choose_folder = lambda parent, title: folders.pop()  # type: ignore[method-assign]
    section.prompter = prompter
    section.print_each_filled_action.trigger()
    qtbot.waitUntil(lambda: bool(prompter.informed), timeout=60_000)
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert names == [f"phieu-cham-J{n}-co-diem.pdf" for n in (1, 2, 3)]
    assert sum(_pdf_pages(tmp_path / name) for name in names) == 11


def test_the_real_save_dialog_offers_the_file_name(
    qtbot: QtBot, section: ScoringSection, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.ui.modal import ModalSteps
    from ui.errors import Prompter, _last_folder

    _last_folder[:] = [str(tmp_path)]
    section.prompter = Prompter()
    section.progress_table.selectRow(1)  # J2
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
    printed = section.print_sheets(filled=False)
    steps.check(2)
    assert offered == [str(tmp_path / "phieu-cham-J2.pdf")]
    assert printed == tmp_path / "phieu-cham-J2.pdf" and _pdf_pages(printed) == 4
    assert told == [f"The score sheets were saved to {printed}."]


def test_judge_mode_and_grid_open_from_the_section(qtbot: QtBot, scored: Services) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    section = ScoringSection(scored, ChangeBus())
    section.prompter = FakePrompter()
    host.setCentralWidget(section)
    host.show()
    window = section.open_judge_mode()
    qtbot.addWidget(window)
    assert window.isVisible()
    assert not host.isVisible()  # the judge sees nothing but judge mode
    assert window.leave()  # no organiser password set: leaving needs none
    assert section.judge_mode is None
    assert host.isVisible()
    section.progress_table.selectRow(1)
    grid = section.open_grid()
    qtbot.addWidget(grid)
    assert grid.judge_combo.currentData() == "J2"


def test_hidden_section_refreshes_when_shown_again(qtbot: QtBot, scored: Services) -> None:
    bus = ChangeBus()
    section = ScoringSection(scored, bus)
    section.prompter = FakePrompter()
    qtbot.addWidget(section)
    section.show()
    assert section.summary.text() == "1 of 8 sheets done (1 submitted)."
    section.hide()
    scored.scoring.recuse("R1", "J2", "E01", "conflict")
    bus.announce(Area.MARKS)
    assert section.summary.text() == "1 of 8 sheets done (1 submitted)."  # not while hidden
    section.show()
    assert section.summary.text() == "2 of 8 sheets done (1 submitted)."


def test_import_and_export_marks_from_the_section(
    section: ScoringSection, scored: Services, tmp_path: Path
) -> None:
    source = tmp_path / "marks.csv"
    source.write_text(
        "entry,judge,criterion,mark\nE01,J2,NEW,10\nE01,J2,EFF,20\nE01,J2,APP,30\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    prompter = FakePrompter()
    prompter.files = [str(source), str(out)]
    section.prompter = prompter
    section.import_marks()
    assert prompter.informed == ["3 marks changed, 0 unchanged; 1 sheets submitted."]
    assert scored.scoring.sheet("R1", "J2", "E01").state is SheetState.SUBMITTED
    section.export_marks()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "round,entry,judge,criterion,mark,comment"
    assert len(lines) == 1 + 6  # J1's submitted sheet and J2's imported one
    assert prompter.informed[-1] == f"6 marks written to {out}."
    assert prompter.suggested == ["diem-R1.csv"]  # the save dialog offered a name
    # a faulty file: a message naming the row, nothing imported
    source.write_text("entry,judge,criterion,mark\nE02,J2,NEW,99\n", encoding="utf-8")
    prompter.files = [str(source)]
    section.import_marks()
    assert any("row 2" in w and "out of range" in w for w in prompter.warnings)


def test_reopen_asks_the_organiser_password_when_one_is_set(
    section: ScoringSection, scored: Services
) -> None:
    scored.scoring.set_organiser_password("btc-2026-hcm")
    section.progress_table.selectRow(0)
    section.sheets_table.selectRow(0)
    prompter = FakePrompter(texts=["sai"])
    section.prompter = prompter
    assert not section.reopen_selected()
    assert prompter.warnings == ["Wrong password. "]
    assert scored.scoring.sheet("R1", "J1", "E01").state is SheetState.SUBMITTED
    section.prompter = FakePrompter(texts=["btc-2026-hcm", "sửa điểm"])
    assert section.reopen_selected()
    assert scored.scoring.sheet("R1", "J1", "E01").state is SheetState.IN_PROGRESS


def test_progress_per_entry(qtmodeltester, section: ScoringSection) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(section.entry_model)
    rows = [section.entry_model.row(i) for i in range(section.entry_model.rowCount())]
    assert [(e.entry_code, e.assigned, e.submitted, e.in_progress, e.complete) for e in rows] == [
        ("E01", 3, 1, 0, False),
        ("E02", 2, 0, 1, False),
        ("E03", 1, 0, 0, False),
        ("E04", 1, 0, 0, False),
        ("E05", 1, 0, 0, False),
    ]
    section.views.setCurrentWidget(section.entry_table)
    section.entry_table.selectRow(0)
    assert [(s.judge_code, s.entry_code) for s in section.sheets_model.rows()] == [
        ("J1", "E01"),
        ("J2", "E01"),
        ("J3", "E01"),
    ]
    assert not section.sheets_table.isColumnHidden(section.sheets_model.JUDGE)
