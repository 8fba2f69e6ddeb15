"""The Certificates section driven through its widgets: the winners of an approved round, the
live preview, the template editor with undo, export to PDF read back, and its Vietnamese."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.certificates.model import Per
from tests.ui.certificate_samples import one_round_demo, sample_certificates, sample_template
from tests.ui.test_main_window_helpers import (
    RecordingPrompter,
    reset_translations,
    translations_for,
)
from ui.bus import ChangeBus
from ui.certificates.editor import SIZE, TEXT
from ui.operations import Runner
from ui.sections.certificates import Batch, CertificatesSection
from ui.setup.runner import SyncRunner, ThreadRunner

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "certificates_vi.ts"


@dataclass
class Answers(RecordingPrompter):
    colour: str | None = None
    folder: str | None = None
    colours_asked: list[str] = field(default_factory=list)
    printed_to: str | None = None

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        self.colours_asked.append(current)
        return self.colour

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        return self.folder

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """The print dialog's OK, with the printer printing to a PDF file."""
        if self.printed_to is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.printed_to)
        return True

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        return self.file_name


@pytest.fixture
def approved(services: Services) -> Services:
    one_round_demo(services)
    return services


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


def make_section(
    qtbot: QtBot, services: Services, prompter: Answers, runner: Runner | None = None
) -> CertificatesSection:
    section = CertificatesSection(
        services, ChangeBus(), prompter=prompter, runner=runner or SyncRunner()
    )
    qtbot.addWidget(section)
    section.resize(1024, 700)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitActive(section)
    section.editor.set_template(sample_template())  # the same layout whatever is stored
    return section


def preview_image(section: CertificatesSection) -> QImage:
    return section.preview.grab().toImage()


def test_the_winners_of_the_approved_round_are_listed_and_previewed(
    qtbot: QtBot, approved: Services, english: None
) -> None:
    section = make_section(qtbot, approved, Answers())
    report = approved.ranking.report("SK")
    winners = [row for row in report.rows if row.prize]

    assert section.round_combo.currentData() == "SK"
    assert section.recipients.rowCount() == len(winners)
    first = winners[0]
    assert section.recipients.item(0, 1).text() == ", ".join(first.authors)
    assert section.recipients.item(0, 2).text() == first.prize_name
    assert section.recipients.item(0, 0).text() == "—"  # not issued yet
    assert not section.export_button.isEnabled() and not section.print_button.isEnabled()
    assert section.preview.certificate is not None
    assert section.preview.certificate.values["name"] == ", ".join(first.authors)

    per: QComboBox = section.per_combo
    per.setCurrentIndex(per.findData(Per.AUTHOR.value))
    authors = sum(len(row.authors) for row in winners)
    assert section.recipients.rowCount() == authors
    assert section.recipients.item(0, 1).text() == first.authors[0]


def test_editing_a_field_redraws_the_preview_at_once_and_ctrl_z_undoes(
    qtbot: QtBot, approved: Services, english: None
) -> None:
    section = make_section(qtbot, approved, Answers(colour="#1d4e89"))
    before = preview_image(section)
    table = section.editor.table
    item = table.item(1, SIZE)
    table.setCurrentItem(item)
    table.editItem(item)
    editors = [w for w in table.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "34,5")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)

    template = section.editor.template
    assert template is not None and template.fields[1].size == 34.5
    assert section.preview.template == template
    after = preview_image(section)
    assert after != before

    undo = [a for a in section.editor.actions() if a.shortcut() == QKeySequence.StandardKey.Undo]
    assert len(undo) == 1  # Ctrl+Z
    qtbot.mouseClick(section.editor.undo_button, Qt.MouseButton.LeftButton)
    restored = section.editor.template
    assert restored is not None and restored.fields[1].size == 26
    assert table.item(1, SIZE).text() == "26"
    assert preview_image(section) == before

    # the colour chooser through a double click on the colour cell
    colour = table.item(0, 8)
    rect = table.visualItemRect(colour)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    edited = section.editor.template
    assert edited is not None and edited.fields[0].colour == "#1d4e89"
    assert section.editor.prompter.colours_asked == ["#9b2226"]  # type: ignore[attr-defined]


def test_a_number_that_is_not_one_is_refused_in_the_cell(
    qtbot: QtBot, approved: Services, english: None
) -> None:
    section = make_section(qtbot, approved, Answers())
    table = section.editor.table
    table.item(2, TEXT).setText("Tên sáng kiến: {entry_title}")
    table.item(2, SIZE).setText("mười")
    template = section.editor.template
    assert template is not None
    assert template.fields[2].text == "Tên sáng kiến: {entry_title}"
    assert template.fields[2].size == 15
    assert table.item(2, SIZE).text() == "15"


def test_issued_certificates_export_to_one_pdf_read_back(
    qtbot: QtBot, approved: Services, english: None, tmp_path: Path
) -> None:
    target = tmp_path / "giay-chung-nhan.pdf"
    prompter = Answers(file_name=str(target))
    section = make_section(qtbot, approved, prompter, ThreadRunner())  # a worker thread
    issued = tuple(sample_certificates(3))
    section._show_batch(Batch(issued, issued=True))  # what issuing hands the section
    assert section.recipients.item(0, 0).text() == issued[0].serial
    assert section.export_button.isEnabled()

    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(prompter.informed), timeout=30000)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    for certificate in issued:
        assert certificate.recipient in text
    assert prompter.informed and "3 certificate(s) written" in prompter.informed[-1][1]


def test_vietnamese_first(qtbot: QtBot, approved: Services, vietnamese: None) -> None:
    section = make_section(qtbot, approved, Answers())
    assert section.title() == "Giấy chứng nhận"
    assert section.export_button.text() == "Xuất PDF…"
    assert section.print_button.text() == "In…"
    assert section.verify_button.text() == "Kiểm tra giấy chứng nhận…"
    assert section.per_combo.itemText(1) == "tác giả"
    assert "người nhận" in section.status.text()


def test_every_text_has_its_vietnamese(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_vi.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = ["ui/sections/certificates.py", "ui/certificates/editor.py"]
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )

    def messages(path: Path) -> dict[tuple[str, str], str]:
        found = {}
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                text = "".join(f.text or "" for f in translation) or translation.text or ""
                found[(context.findtext("name") or "", message.findtext("source") or "")] = text
        return found

    ours = messages(TS)
    missing = set(messages(fresh)) - set(ours)
    assert not missing, f"translate: {sorted(missing)}"
    for (context, source), translation in ours.items():
        assert translation.strip(), f"{context}: {source!r}"
        assert source.count("&") == translation.count("&"), source
        assert source.count("%1") == translation.count("%1"), source


def test_one_file_each_and_the_printer_from_the_buttons(
    qtbot: QtBot, approved: Services, english: None, tmp_path: Path
) -> None:
    folder = tmp_path / "tung-nguoi"
    folder.mkdir()
    printed = tmp_path / "may-in.pdf"
    prompter = Answers(folder=str(folder), printed_to=str(printed))
    section = make_section(qtbot, approved, prompter)
    issued = tuple(sample_certificates(2))
    section._show_batch(Batch(issued, issued=True))

    qtbot.mouseClick(section.export_files_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in folder.iterdir()) == [
        "0001-Nguyen-Van-An.pdf",
        "0002-Tran-Thi-Bich-Ngoc.pdf",
    ]
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(
        ["pdftotext", str(printed), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert issued[0].recipient in text and issued[1].recipient in text
    assert "2 certificate(s) sent to the printer." in prompter.informed[-1][1]


def test_background_chosen_cleared_and_undone(
    qtbot: QtBot, approved: Services, english: None, tmp_path: Path
) -> None:
    image = tmp_path / "nen.png"
    picture = QImage(60, 40, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    assert picture.save(str(image))
    prompter = Answers(file_name=str(image))
    section = make_section(qtbot, approved, prompter)
    editor = section.editor

    qtbot.mouseClick(editor.background_button, Qt.MouseButton.LeftButton)
    assert editor.template is not None and editor.template.background == image.read_bytes()
    assert section.preview.template == editor.template
    qtbot.mouseClick(editor.clear_background_button, Qt.MouseButton.LeftButton)
    assert editor.template.background is None
    assert not editor.clear_background_button.isEnabled()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.template.background == image.read_bytes()

    not_an_image = tmp_path / "ghi-chu.png"
    not_an_image.write_text("không phải ảnh", encoding="utf-8")
    prompter.file_name = str(not_an_image)
    qtbot.mouseClick(editor.background_button, Qt.MouseButton.LeftButton)
    assert editor.template.background == image.read_bytes()
    assert prompter.warned and prompter.warned[-1][2] == "ghi-chu.png"


def test_issuing_stores_serials_and_the_list_shows_them(
    qtbot: QtBot, approved: Services, english: None, tmp_path: Path
) -> None:
    service = approved.certificates
    prompter = Answers(answer=True)
    section = CertificatesSection(approved, ChangeBus(), prompter=prompter, runner=SyncRunner())
    qtbot.addWidget(section)
    section.show()
    assert section.editor.template is not None  # a stored template, chosen for the award
    winners = section.recipients.rowCount()
    assert winners > 0 and section.recipients.item(0, 0).text() == "—"
    confirmed: list[str] = []
    prompter.confirm = lambda *args, **kwargs: confirmed.append(args[2]) or True  # type: ignore[method-assign]

    qtbot.mouseClick(section.issue_button, Qt.MouseButton.LeftButton)

    assert confirmed and str(winners) in confirmed[0]
    stored = [c for c in service.issued("SK", per=Per.ENTRY) if not getattr(c, "void", False)]
    assert len(stored) == winners
    assert section.batch.issued
    assert [section.recipients.item(r, 0).text() for r in range(winners)] == [
        c.serial for c in section.batch.certificates
    ]
    assert {c.serial for c in stored} == {c.serial for c in section.batch.certificates}
    assert section.export_button.isEnabled() and section.print_button.isEnabled()
    # a new section (the program opened again) lists what was issued
    again = CertificatesSection(approved, ChangeBus(), prompter=prompter, runner=SyncRunner())
    qtbot.addWidget(again)
    assert again.batch.issued and len(again.batch.certificates) == winners


def test_the_demo_s_first_round_certifies_the_entries_going_on_to_the_final(
    qtbot: QtBot, services: Services, vietnamese: None
) -> None:
    from judging.demo import build_demo
    from tests.approved_demo import finish_and_approve

    build_demo(services)  # two rounds: SK, whose best entries go on to CK
    finish_and_approve(services)  # SK approved
    prompter = Answers()
    section = make_section(qtbot, services, prompter)
    assert section.round_combo.currentData() == "SK"
    going_on = services.ranking.advance("SK").advancing
    assert section.recipients.rowCount() == len(going_on) > 0
    shown = {section.recipients.item(row, 2).text() for row in range(len(going_on))}
    assert shown == {"Đã vào vòng chung khảo"}
    assert section.status.text().startswith(f"{len(going_on)} người nhận sẽ được cấp")
    assert section.issue_button.isEnabled()
    assert prompter.warned == [] and prompter.crashes == []


def test_a_round_that_awards_no_prize_says_so_without_a_refusal_box(
    qtbot: QtBot, services: Services, vietnamese: None
) -> None:
    from dataclasses import replace

    from judging.demo import build_demo
    from tests.approved_demo import finish_and_approve

    build_demo(services)  # two rounds: SK, then CK where the prizes are awarded
    competition = services.core.require_competition()
    first, last = competition.rounds
    services.definitions.update(
        replace(competition, rounds=(replace(first, advance=None), last))
    )  # and SK sends no entry on
    finish_and_approve(services)  # SK approved
    prompter = Answers()
    section = make_section(qtbot, services, prompter)
    assert section.round_combo.currentData() == "SK"
    assert section.recipients.rowCount() == 0
    assert section.status.text() == (
        "vòng SK không trao giải và không chọn tác phẩm vào vòng sau: giải được trao ở "
        "vòng cuối (CK); giấy chứng nhận được cấp sau khi vòng CK được phê duyệt"
    )
    assert prompter.warned == [] and prompter.crashes == []
    assert not section.issue_button.isEnabled()
