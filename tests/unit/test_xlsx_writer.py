"""The program's own streaming xlsx writer (judging.publish.xlsx), read back by openpyxl: every
part well-formed, values and their types exact, styles, frozen panes, widths, print titles,
text XML cannot hold, and an abandoned workbook."""

from __future__ import annotations

import csv
import zipfile
from decimal import Decimal as D
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from judging.publish.xlsx import CellStyle, Styled, XlsxBook, column_letter, xml_text
from tests.interop import CSV_UTF8, office_convert


def _book(path: Path) -> XlsxBook:
    return XlsxBook(path, creator="Bàn chấm giải", application="Bàn chấm giải")


def test_cells_read_back_with_their_types_and_exact_digits(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    book = _book(path)
    sheet = book.sheet("Xếp hạng", widths=[10, 30], freeze="C4", print_rows=(1, 3))
    two = book.style(CellStyle(number_format="0.00"))
    sheet.append(["Nguyễn Thị Ánh", 3, D("44.00"), D("-2.5"), None, D("1E+2"), 0.25])
    sheet.append([Styled(D("8.50"), two), "", Styled(None, two), "Nguyễn Thị Ánh"])
    book.close()

    ws = load_workbook(path)["Xếp hạng"]
    assert [c.value for c in ws[1]] == ["Nguyễn Thị Ánh", 3, 44, -2.5, None, 100, 0.25]
    assert ws["A1"].data_type == "s" and ws["B1"].data_type == "n"
    assert ws["A2"].value == 8.5 and ws["A2"].number_format == "0.00"
    assert ws["B2"].value is None and ws["D2"].value == "Nguyễn Thị Ánh"
    # The stored digits are the Decimal's, shortest: no float noise, no trailing zeros.
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>44</v>" in xml and "<v>-2.5</v>" in xml and "<v>100</v>" in xml
    assert "<v>8.5</v>" in xml
    # One shared string for the name used twice.
    with zipfile.ZipFile(path) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert strings.count("Nguyễn Thị Ánh") == 1


def test_every_part_is_well_formed_and_declared(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    book = _book(path)
    for title in ("Một", "Hai 'b'", 'Ba & "c"'):
        sheet = book.sheet(title, widths=[12], freeze="A4", print_rows=(1, 3))
        sheet.append([f"<{title}>"])
    book.close()
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        for name in names:
            ElementTree.fromstring(archive.read(name))  # raises on a malformed part
        types = archive.read("[Content_Types].xml").decode()
    for n in (1, 2, 3):
        assert f"xl/worksheets/sheet{n}.xml" in names
        assert f"/xl/worksheets/sheet{n}.xml" in types
    loaded = load_workbook(path)
    assert loaded.sheetnames == ["Một", "Hai 'b'", 'Ba & "c"']
    assert loaded['Ba & "c"']["A1"].value == '<Ba & "c">'
    assert loaded["Hai 'b'"].print_title_rows == "$1:$3"
    assert loaded.properties.creator == "Bàn chấm giải"


def test_styles_panes_widths_and_page_setup(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    book = _book(path)
    sheet = book.sheet("S", widths=[10, 26.5], freeze="C4", print_rows=(1, 3))
    title = book.style(CellStyle(bold=True, size=14))
    red = book.style(CellStyle(bold=True, color="B91C1C"))
    header = book.style(CellStyle(bold=True, wrap=True))
    quoted = book.style(CellStyle(quote_prefix=True))
    assert book.style(CellStyle(bold=True, size=14)) == title  # one index a style
    sheet.append([Styled("Tiêu đề", title)])
    sheet.append([Styled("KẾT QUẢ TẠM THỜI", red)])
    sheet.append([Styled("Mã", header), Styled("=1+1", quoted)])
    other = book.sheet("T", freeze="A4")
    other.append(["x"])
    book.close()

    loaded = load_workbook(path)
    ws = loaded["S"]
    assert ws["A1"].font.b and ws["A1"].font.sz == 14
    assert ws["A2"].font.b and ws["A2"].font.color.rgb == "FFB91C1C"
    assert ws["A3"].alignment.wrap_text and ws["A3"].alignment.vertical == "top"
    assert ws["B3"].value == "=1+1" and ws["B3"].data_type == "s" and ws["B3"].quotePrefix
    assert ws.freeze_panes == "C4" and loaded["T"].freeze_panes == "A4"
    assert ws.column_dimensions["A"].width == 10
    assert ws.column_dimensions["B"].width == 26.5
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("bell\x07here", "bell_x0007_here"),
        ("_x0041_ typed", "_x005F_x0041_ typed"),
        ("tab\tand\nline", "tab\tand\nline"),
    ],
)
def test_text_xml_cannot_hold_is_escaped(text: str, escaped: str) -> None:
    assert xml_text(text) == escaped


def test_text_comes_back_exactly(tmp_path: Path) -> None:
    """LibreOffice (as Excel) reads the escapes back as the characters; openpyxl does not
    decode them, so it reads only the plain texts back exactly."""
    texts = ["  leading and trailing  ", "dòng 1\ndòng 2", "bell\x07here", "_x0041_ typed"]
    path = tmp_path / "a.xlsx"
    book = _book(path)
    sheet = book.sheet("S")
    for text in texts:
        sheet.append([text])
    book.close()
    ws = load_workbook(path)["S"]
    assert [ws.cell(row=n, column=1).value for n in (1, 2)] == texts[:2]
    made = office_convert(path, CSV_UTF8, tmp_path / "lo")
    with made.open(encoding="utf-8", newline="") as handle:
        assert [row[0] for row in csv.reader(handle)] == texts


def test_columns_beyond_z(tmp_path: Path) -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
    path = tmp_path / "a.xlsx"
    book = _book(path)
    book.sheet("S").append(list(range(1, 81)))
    book.close()
    ws = load_workbook(path)["S"]
    assert [c.value for c in ws[1]] == list(range(1, 81))
    assert ws["CB1"].value == 80


def test_a_cell_of_another_kind_is_refused(tmp_path: Path) -> None:
    book = _book(tmp_path / "a.xlsx")
    with pytest.raises(TypeError):
        book.sheet("S").append([object()])
    book.abandon()


def test_a_book_without_sheets_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    _book(path).close()
    assert load_workbook(path).sheetnames == ["Sheet1"]
