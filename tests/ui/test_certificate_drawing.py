"""The one certificate drawing routine and its batches: PDF, one file each, printer.

Everything is read back: the PDF's text with pdftotext, its fonts with pdffonts, the QR code
from the pixels of a drawn page."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from judging.certificates.model import TextField
from tests.ui.certificate_samples import (
    NAMES,
    sample_certificate,
    sample_certificates,
    sample_template,
)
from ui.fonts import load_fonts
from ui.publish.certificates import (
    draw_certificate,
    fit_text,
    print_certificates,
    write_certificate_files,
    write_certificates_pdf,
)
from ui.publish.pdf_pages import PdfLayoutError, split_pages

SHIPPED_FONTS = {"BeVietnamPro-Regular", "BeVietnamPro-Bold", "BeVietnamPro-Italic"}


@pytest.fixture(autouse=True)
def _fonts(qtbot: QtBot) -> None:
    load_fonts()


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pdf_fonts(path: Path) -> dict[str, str]:
    """Font name → the "emb" column of pdffonts."""
    lines = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    return {line.split()[0]: line.split()[-5] for line in lines}


def pdf_info(path: Path) -> dict[str, str]:
    run = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    assert run.stderr == "", run.stderr  # poppler says nothing about a well-formed file
    out = run.stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_one_pdf_a_page_each_every_name_exact_fonts_embedded(tmp_path: Path) -> None:
    path = tmp_path / "giay-chung-nhan.pdf"
    certificates = sample_certificates(6)
    seen: list[tuple[int, int]] = []

    assert write_certificates_pdf(
        sample_template(),
        certificates,
        path,
        progress=lambda done, total: seen.append((done, total)),
    )

    info = pdf_info(path)
    assert info["Pages"].strip() == "6"
    assert "842 x 595 pts (A4)" in info["Page size"]  # A4 landscape, in points
    for page, certificate in enumerate(certificates, 1):
        text = flat(pdf_text(path, page))
        assert certificate.recipient in text
        assert f"Số: {certificate.serial}" in text
        assert "GIẤY CHỨNG NHẬN" in text
    assert pdf_fonts(path) == dict.fromkeys(SHIPPED_FONTS, "yes")
    assert seen == [(n, 6) for n in range(1, 7)]
    assert not list(tmp_path.glob(".*.part"))


def test_the_background_is_embedded_once_for_the_whole_batch(tmp_path: Path) -> None:
    path = tmp_path / "batch.pdf"
    write_certificates_pdf(sample_template(), sample_certificates(12), path)
    images = re.findall(rb"/Subtype\s*/Image", path.read_bytes())
    assert len(images) == 1
    without = tmp_path / "plain.pdf"
    write_certificates_pdf(sample_template(background=False), sample_certificates(12), without)
    assert re.findall(rb"/Subtype\s*/Image", without.read_bytes()) == []


def test_the_qr_code_drawn_is_segnos_matrix_with_its_quiet_zone(qtbot: QtBot) -> None:
    template = sample_template(background=False)
    certificate = sample_certificate(3)
    pixels_per_mm = 8
    width, height = template.size_mm
    image = QImage(
        int(width * pixels_per_mm), int(height * pixels_per_mm), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#ff0000"))
    painter = QPainter(image)
    draw_certificate(painter, template, certificate, QRectF(image.rect()))
    painter.end()

    matrix = segno.make(certificate.verification_code, error="m", micro=False, mask=0).matrix
    assert template.qr is not None
    modules = len(matrix) + 8
    module_px = template.qr.size * pixels_per_mm / modules
    left, top = template.qr.x * pixels_per_mm, template.qr.y * pixels_per_mm

    def dark(row: int, column: int) -> bool:
        x = int(left + (column + 0.5) * module_px)
        y = int(top + (row + 0.5) * module_px)
        return QColor(image.pixel(x, y)).lightness() < 128

    drawn = [[dark(row, column) for column in range(modules)] for row in range(modules)]
    expected = [[False] * modules for _ in range(modules)]
    for row, cells in enumerate(matrix):
        for column, cell in enumerate(cells):
            expected[row + 4][column + 4] = bool(cell)
    assert drawn == expected
    # the quiet zone is white even over a coloured background
    assert QColor(image.pixel(int(left + module_px), int(top + module_px))).name() == "#ffffff"


def test_a_long_name_shrinks_to_fit_then_wraps_and_reads_back_whole(tmp_path: Path) -> None:
    field = TextField("{name}", 30, 84, 237, 16, size=26, min_size=12, bold=True)
    short = fit_text(field, "Nguyễn Văn Ân")
    assert short.size == 26 and not short.wraps
    longer = fit_text(field, "Nhóm tác giả Trường Trung học phổ thông Nguyễn Thị Minh Khai")
    assert 12 <= longer.size < 26 and not longer.wraps
    huge_name = " ".join(["Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ Công ích"] * 3)
    longest = fit_text(field, huge_name)
    assert longest.wraps and longest.size >= 12

    certificate = sample_certificate(0, name=huge_name)
    path = tmp_path / "dai.pdf"
    write_certificates_pdf(sample_template(), [certificate], path)
    assert huge_name in flat(pdf_text(path))


def test_one_file_each_with_safe_names(tmp_path: Path) -> None:
    certificates = sample_certificates(3)
    paths = write_certificate_files(sample_template(), certificates, tmp_path)

    assert paths is not None
    assert [p.name for p in paths] == [
        "0001-Nguyen-Van-An.pdf",
        "0002-Tran-Thi-Bich-Ngoc.pdf",
        "0003-Dang-Quoc-Dat.pdf",
    ]
    for path, certificate in zip(paths, certificates, strict=True):
        assert pdf_info(path)["Pages"].strip() == "1"
        assert certificate.recipient in flat(pdf_text(path))
        assert pdf_fonts(path) == dict.fromkeys(SHIPPED_FONTS, "yes")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_cancel_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    path = tmp_path / "cu.pdf"
    path.write_bytes(b"old certificates")
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    assert not write_certificates_pdf(
        sample_template(), sample_certificates(5), path, cancelled=cancelled
    )
    assert path.read_bytes() == b"old certificates"
    assert [p.name for p in tmp_path.iterdir()] == ["cu.pdf"]


@pytest.mark.parametrize(("answered", "files"), [(3, 0), (7, 2)])
def test_cancel_of_one_file_each_leaves_only_whole_files(
    tmp_path: Path, answered: int, files: int
) -> None:
    """The batch is drawn first (Cancel there: no file), then written a file at a time."""
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > answered

    result = write_certificate_files(
        sample_template(), sample_certificates(5), tmp_path, cancelled=cancelled
    )
    assert result is None
    written = sorted(p.name for p in tmp_path.iterdir())
    assert len(written) == files
    for name, certificate in zip(written, sample_certificates(files), strict=True):
        assert pdf_info(tmp_path / name)["Pages"].strip() == "1"
        assert certificate.recipient in flat(pdf_text(tmp_path / name))


def test_the_printer_gets_the_same_pages(tmp_path: Path) -> None:
    path = tmp_path / "may-in.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    certificates = sample_certificates(4)

    assert print_certificates(sample_template(), certificates, printer)

    assert pdf_info(path)["Pages"].strip() == "4"
    assert "842 x 595 pts (A4)" in pdf_info(path)["Page size"]
    for page, certificate in enumerate(certificates, 1):
        assert certificate.recipient in flat(pdf_text(path, page))
    assert pdf_fonts(path) == dict.fromkeys(SHIPPED_FONTS, "yes")


def test_portrait_a5_templates_get_their_paper(tmp_path: Path) -> None:
    from judging.certificates.model import Orientation

    template = replace(
        sample_template(background=False),
        page="A5",
        orientation=Orientation.PORTRAIT,
        fields=(TextField("{name}", 10, 50, 128, 15, size=20),),
    )
    path = tmp_path / "a5.pdf"
    write_certificates_pdf(template, [sample_certificate(1)], path)
    assert "420 x 595 pts (A5)" in pdf_info(path)["Page size"]
    assert NAMES[1] in flat(pdf_text(path))


def test_pages_split_out_of_a_batch_stand_alone(tmp_path: Path) -> None:
    batch = tmp_path / "batch.pdf"
    write_certificates_pdf(sample_template(), sample_certificates(3), batch)
    parts = list(split_pages(batch.read_bytes()))
    assert len(parts) == 3
    for index, part in enumerate(parts):
        path = tmp_path / f"{index}.pdf"
        path.write_bytes(part)
        assert pdf_info(path)["Pages"].strip() == "1"
        assert NAMES[index] in flat(pdf_text(path))
        assert len(re.findall(rb"/Subtype\s*/Image", part)) == 1
        rendered = subprocess.run(
            ["pdftoppm", "-png", "-r", "20", str(path), str(tmp_path / f"page{index}")],
            capture_output=True,
            text=True,
            check=True,
        )
        assert rendered.stderr == ""
    with pytest.raises(PdfLayoutError):
        list(split_pages(b"%PDF-1.7\nnot what Qt writes\n%%EOF\n"))
