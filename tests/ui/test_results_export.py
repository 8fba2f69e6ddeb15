"""Export… and Print… on the Results screen (issue 10), in Vietnamese, on the demo database:
the real buttons, the real save dialog (its suggested name and kinds of file), the work in the
background, the message that says where the file is; the file read back (openpyxl,
python-docx, pdftotext) and its numbers beside the ranking the service gives; the minutes
printed through the real print dialog onto a QPrinter writing PDF to a file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.numbers import format_places
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import ModalSteps
from tests.ui.test_judge_dialogs import type_text
from tests.ui.test_main_window_helpers import reset_translations
from tests.ui.test_results_app import results_in_window
from ui import errors as errors_module
from ui.results.minutes_dialog import MinutesDetailsDialog
from ui.sections.results import ResultsSection

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


@pytest.fixture
def section(
    qtbot: QtBot,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> ResultsSection:
    # The file dialogs open in the test's own folder.
    monkeypatch.setattr(errors_module, "_last_folder", [str(tmp_path)])
    return results_in_window(qtbot, demo_services, tmp_path)


def _save_through_the_dialog(
    qtbot: QtBot,
    section: ResultsSection,
    file_name: str | None = None,
    minutes: Callable[[MinutesDetailsDialog], None] | None = None,
) -> dict[str, object]:
    """Click Export…, note what the real save dialog offers, type ``file_name`` (or keep the
    suggested one), save; for the minutes, fill their details with ``minutes``; then note the
    message that says where the file is and press OK."""
    seen: dict[str, object] = {}
    steps = ModalSteps()

    def save(dialog: QFileDialog) -> None:
        seen["offered"] = dialog.selectedFiles()
        seen["filters"] = dialog.nameFilters()
        seen["title"] = dialog.windowTitle()
        if file_name is not None:
            # (typed keys leave the save dialog on the folder: its typed-name logic needs
            # the text as the dialog itself sets it)
            dialog.selectFile(file_name)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name is not None and name.text() == file_name
        if minutes is not None:
            steps.then(minutes, MinutesDetailsDialog)
        steps.then(read_the_message, QMessageBox)
        dialog.accept()

    def read_the_message(box: QMessageBox) -> None:
        seen["message"] = box.text()
        qtbot.mouseClick(box.buttons()[0], LEFT)

    steps.then(save, QFileDialog)
    assert section.export_button.text() == "Xuất kết quả…"
    assert section.export_button.isEnabled()
    qtbot.mouseClick(section.export_button, LEFT)
    qtbot.waitUntil(lambda: "message" in seen or bool(steps.errors), timeout=60_000)
    steps.check(2 if minutes is None else 3)
    return seen


def _fill_the_minutes_details(qtbot: QtBot) -> Callable[[MinutesDetailsDialog], None]:
    """Type the minutes' details into the real dialog as a secretary would, and press its
    real Continue."""

    def fill(dialog: MinutesDetailsDialog) -> None:
        assert dialog.windowTitle() == "Thông tin biên bản"
        assert dialog.present.text() == "— (để trống)"  # blank until a count is typed
        qtbot.keyClicks(dialog.number, "12")
        type_text(qtbot, dialog.venue, "Phòng họp số 2, 244 Điện Biên Phủ")
        type_text(qtbot, dialog.time, "14 giờ 00, ngày 06/12/2026")
        type_text(qtbot, dialog.secretary, "Võ Thị Thu Trang")
        for box, count in ((dialog.present, "9"), (dialog.in_favour, "8"), (dialog.against, "1")):
            box.selectAll()
            qtbot.keyClicks(box, count)
        qtbot.mouseClick(dialog.ok, LEFT)

    return fill


def test_the_ranking_workbook_is_exported_through_the_real_dialog(
    qtbot: QtBot, section: ResultsSection, demo_services: Services, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    seen = _save_through_the_dialog(qtbot, section)
    written = tmp_path / "ket-qua-SK.xlsx"
    assert seen["offered"] == [str(written)]  # the suggested name, in the folder last used
    assert seen["title"] == "Xuất kết quả"
    assert seen["filters"] == [
        "Bảng tính Excel (*.xlsx)",
        "Bảng CSV (*.csv)",
        "Biên bản họp hội đồng, PDF (*.pdf)",
        "Biên bản họp hội đồng, Word (*.docx)",
        "Trang web (*.html)",
    ]
    assert seen["message"] == f"Đã ghi kết quả vào {written}."
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == [written.name]
    # Read back: each ranked entry's row holds its final total, as a number, equal to the
    # service's ranking of the same round.
    workbook = load_workbook(written, read_only=True)
    sheets = [sheet for sheet in workbook.worksheets if sheet.title.startswith("Xếp hạng")]
    assert [sheet.title for sheet in sheets] == [
        "Xếp hạng QLNN",
        "Xếp hạng KTCN",
        "Xếp hạng GDYTXH",
        "Xếp hạng NNMT",
    ]
    totals: dict[str, object] = {}
    for sheet in sheets:
        title, status, header, *rows = sheet.iter_rows(values_only=True)
        assert str(title[0]).startswith("Giải thưởng Sáng kiến cộng đồng 2026 — Vòng sơ khảo")
        assert status[0] == "KẾT QUẢ TẠM THỜI — vòng thi chưa được phê duyệt"
        code, total = header.index("Mã"), header.index("Tổng điểm cuối")
        totals |= {row[code]: row[total] for row in rows}
    ranked = [r for r in demo_services.ranking.rank("SK").results if r.final_total is not None]
    assert len(ranked) == 15
    for entry in ranked:
        value = totals[entry.entry]
        assert isinstance(value, int | float), (entry.entry, value)  # a number, not text
        assert Decimal(str(value)) == entry.final_total, entry.entry
    workbook.close()


def test_the_minutes_as_word_are_exported_by_their_suffix(
    qtbot: QtBot, section: ResultsSection, demo_services: Services, tmp_path: Path
) -> None:
    from docx import Document

    seen = _save_through_the_dialog(
        qtbot, section, "bien-ban.docx", _fill_the_minutes_details(qtbot)
    )
    written = tmp_path / "bien-ban.docx"
    assert seen["message"] == f"Đã ghi kết quả vào {written}."
    document = Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "BIÊN BẢN" in text.upper()
    # the details typed in the dialog are in the minutes
    everything = f"{text}\n{cells}"
    for typed in ("12/BB-HĐ", "Phòng họp số 2, 244 Điện Biên Phủ", "14 giờ 00, ngày 06/12/2026"):
        assert typed in everything
    assert "Võ Thị Thu Trang" in everything
    assert "9" in text and "8" in text
    first = demo_services.ranking.rank("SK").results[0]
    assert first.final_total is not None
    assert first.title in cells
    assert format_places(first.final_total, 2, "vi") in cells  # "89,66"


def test_a_kind_the_program_does_not_write_is_refused_in_vietnamese(
    qtbot: QtBot, section: ResultsSection, tmp_path: Path
) -> None:
    seen: dict[str, str] = {}
    steps = ModalSteps()

    def save(dialog: QFileDialog) -> None:
        dialog.selectFile("ket-qua.txt")
        steps.then(read_the_refusal, QMessageBox)
        dialog.accept()

    def read_the_refusal(box: QMessageBox) -> None:
        seen["text"] = f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"
        qtbot.mouseClick(box.buttons()[0], LEFT)

    steps.then(save, QFileDialog)
    qtbot.mouseClick(section.export_button, LEFT)
    qtbot.waitUntil(lambda: "text" in seen or bool(steps.errors), timeout=60_000)
    steps.check(2)
    assert ".txt" in seen["text"] and ".xlsx" in seen["text"]
    assert "unknown" not in seen["text"].lower()
    assert not (tmp_path / "ket-qua.txt").exists()


def test_the_minutes_are_printed_through_the_real_print_dialog(
    qtbot: QtBot, section: ResultsSection, demo_services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "in-bien-ban.pdf"
    seen: dict[str, str] = {}
    steps = ModalSteps()

    def print_to_a_file(dialog: QPrintDialog) -> None:
        seen["title"] = dialog.windowTitle()
        # No printer in a test: the dialog's own "Print to File (PDF)", into our file.
        printers = dialog.findChild(QComboBox, "printers")
        assert printers is not None and printers.currentText() == "In ra tệp (PDF)"
        file_name = dialog.findChild(QLineEdit, "filename")
        assert file_name is not None and file_name.isVisible()
        file_name.clear()
        qtbot.keyClicks(file_name, str(out))
        [print_button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "&In"]
        qtbot.mouseClick(print_button, LEFT)
        seen["format"] = str(dialog.printer().outputFormat() == QPrinter.OutputFormat.PdfFormat)

    def only_the_secretary(dialog: MinutesDetailsDialog) -> None:
        type_text(qtbot, dialog.secretary, "Võ Thị Thu Trang")
        steps.then(print_to_a_file, QPrintDialog)
        qtbot.mouseClick(dialog.ok, LEFT)

    steps.then(only_the_secretary, MinutesDetailsDialog)
    assert section.print_button.text() == "In…"
    qtbot.mouseClick(section.print_button, LEFT)
    qtbot.waitUntil(lambda: out.exists() or bool(steps.errors), timeout=60_000)
    steps.check(2)
    assert seen["title"] == "In biên bản họp hội đồng"
    assert seen["format"] == "True"  # the printer the minutes went to wrote PDF
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "BIÊN BẢN" in text
    assert "Võ Thị Thu Trang" in text  # typed in the minutes' details
    first = demo_services.ranking.rank("SK").results[0]
    assert first.final_total is not None
    assert format_places(first.final_total, 2, "vi") in text
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


class CancelPressed:
    """The runner when the person has pressed Cancel on the progress dialog: the work runs
    (in this thread) with ``cancelled()`` answering yes, as the real runner's dialog does."""

    def run(self, parent, label, work, done, failed):  # type: ignore[no-untyped-def]
        self.label = label
        done(work(lambda: True))


def test_a_cancelled_export_leaves_no_file_and_says_nothing(
    qtbot: QtBot, section: ResultsSection, tmp_path: Path
) -> None:
    runner = CancelPressed()
    section.runner = runner  # type: ignore[assignment]
    told: list[str] = []
    section.prompter.inform = lambda parent, title, text: told.append(text)  # type: ignore[method-assign]
    before = sorted(tmp_path.iterdir())
    for name in ("ket-qua-SK.xlsx", "ket-qua-SK.csv", "bien-ban.docx"):
        section.export_to(tmp_path / name)
    assert runner.label == "Đang xuất kết quả…"
    assert sorted(tmp_path.iterdir()) == before and told == []


def test_more_votes_than_members_present_are_refused_in_the_dialog(qtbot: QtBot) -> None:
    from judging.publish.minutes import MinutesMeta
    from tests.ui.test_main_window_helpers import translations_for

    translations_for("vi")
    dialog = MinutesDetailsDialog(MinutesMeta(secretary="Võ Thị Thu Trang", present=5))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.secretary.text() == "Võ Thị Thu Trang"  # the last details typed, offered
    dialog.in_favour.selectAll()
    qtbot.keyClicks(dialog.in_favour, "8")
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.isVisible()  # refused: still open, the reason shown in Vietnamese
    assert dialog.hint.text() == "có 8 thành viên biểu quyết nhưng chỉ có 5 thành viên có mặt"
    dialog.present.selectAll()
    qtbot.keyClicks(dialog.present, "9")
    qtbot.mouseClick(dialog.ok, LEFT)
    assert not dialog.isVisible()
    assert dialog.meta() == MinutesMeta(
        secretary="Võ Thị Thu Trang", present=9, in_favour=8, against=None
    )
