"""The council's minutes drawn with Qt to PDF and to a printer, read back with poppler:
every font embedded, every Vietnamese name exact, the numbers of the report, the table
header repeated on later pages, page numbers from page 2."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from judging.publish.minutes import MinutesMeta
from tests.unit.publish_reports import (
    CHAIR,
    MEMBERS,
    REASON,
    approved_report,
    provisional_report,
)
from ui.publish.minutes_pdf import print_minutes, write_minutes_pdf

NAMES = (CHAIR, *MEMBERS, "Đỗ Minh Khôi", "Võ Thị Hằng", "Bùi Gia Hưng", "Đặng Thùy Dương")


def pdf_text(path: Path, *pages: int, layout: bool = True) -> str:
    """The PDF's text: laid out as on the page (a table row on one line), or in the order it
    was drawn (a table cell's wrapped lines one after the other)."""
    span = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    mode = ["-layout"] if layout else ["-raw"]
    done = subprocess.run(
        ["pdftotext", *mode, *span, str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFC", done.stdout)


def words(text: str) -> str:
    """The text with its runs of spaces and line breaks made single spaces."""
    return re.sub(r"\s+", " ", text)


def pdf_fonts(path: Path) -> list[list[str]]:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in done.stdout.splitlines()[2:]]


def page_count(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", done.stdout)[1])  # type: ignore[index]


def test_minutes_pdf_embeds_its_font_and_gives_back_every_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "biên bản.pdf"
    write_minutes_pdf(approved_report(), path, lang="vi", meta=MinutesMeta(secretary="Lê Thị Thư"))
    fonts = pdf_fonts(path)
    assert fonts and all(f[0].startswith("BeVietnamPro") for f in fonts)
    emb = [f[-5] for f in fonts]  # the "emb" column
    assert emb == ["yes"] * len(fonts)
    text = pdf_text(path)
    flat = words(pdf_text(path, layout=False))
    for name in (*NAMES, "Lê Thị Thư", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN"):
        assert name in flat, name
    assert "Độc lập - Tự do - Hạnh phúc" in flat
    assert "ngày 06 tháng 12 năm 2026" in flat
    assert words(REASON) in flat
    # The totals as the report has them, with the round's two places and a decimal comma.
    for row in approved_report().rows:
        if row.final_total is not None:
            shown = format(row.final_total.quantize(Decimal("0.01"), ROUND_HALF_UP), "f").replace(
                ".", ","
            )
            assert shown in text, shown
    assert "DỰ THẢO" not in text


def test_long_minutes_repeat_the_table_header_and_number_their_pages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    report = approved_report()
    first = report.rows[0]
    many = tuple(
        replace(first, entry=f"SK-{n:03d}", rank=n, prize=None, prize_name="") for n in range(1, 81)
    )
    report = replace(report, rows=many, categories=(("KT", "Kỹ thuật – Công nghệ"),))
    path = tmp_path / "dai.pdf"
    write_minutes_pdf(report, path, lang="vi")
    pages = page_count(path)
    assert pages >= 3
    for page in range(2, pages):  # the pages the ranking runs onto
        text = pdf_text(path, page)
        assert "Tên sáng kiến" in text and "Lĩnh vực: Kỹ thuật – Công nghệ" in text
        assert text.lstrip().splitlines()[0].strip() == str(page)  # the number, at the top
    assert not pdf_text(path, 1).lstrip().startswith("1")  # the first page carries none
    assert all(f"SK-{n:03d}" in pdf_text(path) for n in range(1, 81))
    # No row is cut by a page break: each page holds the whole title of every row it starts
    # (the title wraps onto a second line, "cây xanh").
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert len(re.findall(r"SK-\d{3}", text)) == text.count("cây xanh"), page


def test_provisional_minutes_in_english_say_draft(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    write_minutes_pdf(provisional_report(), path, lang="en")
    flat = words(pdf_text(path))
    assert "DRAFT" in flat and "MINUTES" in flat and "CHAIR OF THE COUNCIL" in flat
    assert "89.66" in flat and "89,66" not in flat


def test_print_minutes_draws_the_same_document(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    print_minutes(approved_report(), printer, lang="vi")
    written = tmp_path / "written.pdf"
    write_minutes_pdf(approved_report(), written, lang="vi")
    assert page_count(printed) == page_count(written)
    assert words(pdf_text(printed)) == words(pdf_text(written))


def test_a_failed_pdf_leaves_the_old_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bien-ban.pdf"
    path.write_bytes(b"old minutes")
    broken = replace(approved_report(), rows=(None,))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        write_minutes_pdf(broken, path, lang="vi")
    assert path.read_bytes() == b"old minutes"
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.pdf"]
