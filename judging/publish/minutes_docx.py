"""The council's minutes as an editable Word document (python-docx).

Laid out as Decree 30/2020/NĐ-CP lays out an administrative document: A4 portrait, margins
top and bottom 2 cm, left 3 cm, right 1.5 cm; Times New Roman 13 pt (the decree's font, which
Word has); a borderless two-column table on top with the issuing body and number on the left,
the national title and motto on the right, the place and date in italics below; the title;
the sections; the signature blocks of the secretary and the chair. The ranking and
attendance tables repeat their header row on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell

from judging.publish.minutes import (
    Heading,
    Minutes,
    MinutesMeta,
    Paragraph,
    Table,
    build_minutes,
)
from judging.publish.options import ExportOptions
from judging.ranking.report import RoundReport
from judging.textfiles import atomic_output

FONT = "Times New Roman"
BODY_PT = 13
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def write_minutes_docx(
    report: RoundReport, path: Path, *, lang: str = "vi", meta: MinutesMeta | None = None
) -> None:
    """Write the minutes of ``report``'s round to ``path`` (.docx), whole or not at all."""
    minutes = build_minutes(report, lang=lang, meta=meta)
    document = minutes_document(minutes)
    with atomic_output(path) as temporary:
        document.save(str(temporary))


def export_minutes_docx(report: RoundReport, path: Path, options: ExportOptions) -> None:
    """``export-ranking --out FILE.docx``: the minutes with the export's language and meta."""
    write_minutes_docx(report, path, lang=options.lang, meta=options.minutes)


def minutes_document(minutes: Minutes) -> DocxDocument:
    document = Document()
    _page_and_font(document, minutes)
    _letterhead(document, minutes)
    if minutes.draft:
        _para(document, minutes.draft, bold=True, align="center", size=14, red=True)
        _para(document, minutes.draft_note, italic=True, align="center")
    _para(document, minutes.title, bold=True, align="center", size=14, before=12)
    _para(document, minutes.subtitle, bold=True, align="center", size=14, after=12)
    for block in minutes.blocks:
        if isinstance(block, Heading):
            _para(document, block.text, bold=True, italic=block.level > 1, align="left", before=6)
        elif isinstance(block, Paragraph):
            _para(document, block.text, bold=block.bold, italic=block.italic, align=block.align)
        elif isinstance(block, Table):
            _table(document, block)
    _signatures(document, minutes)
    return document


def _page_and_font(document: DocxDocument, minutes: Minutes) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.left_margin, section.right_margin = Cm(3.0), Cm(1.5)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    style.paragraph_format.space_after = Pt(3)
    document.core_properties.title = minutes.document_title
    document.core_properties.language = "vi-VN" if minutes.lang == "vi" else "en-GB"


def _para(
    container: DocxDocument | _Cell,
    text: str,
    *,
    first: bool = False,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    align: str = "justify",
    size: float | None = None,
    before: float = 0,
    after: float = 3,
    red: bool = False,
) -> None:
    """A paragraph of one run; in a table cell ``first`` fills the cell's own empty one."""
    paragraph = (
        container.paragraphs[0]
        if first and isinstance(container, _Cell)
        else container.add_paragraph()
    )
    paragraph.alignment = _ALIGN[align]
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    if size is not None:
        run.font.size = Pt(size)
    if red:
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def _letterhead(document: DocxDocument, minutes: Minutes) -> None:
    head = minutes.letterhead
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    # A little wider than the text (into the 1.5 cm right margin) and without cell padding,
    # so the national title stays on one line as the decree draws it.
    _widths(table, [Cm(6.8), Cm(10.4)])
    _no_cell_padding(table)
    left, right = table.rows[0].cells
    _para(left, after=0, text=head.issuer_above, first=True, align="center", size=12)
    _para(left, after=0, text=head.issuer, bold=True, underline=True, align="center", size=12)
    _para(left, after=0, text=head.number, align="center", before=6)
    _para(right, after=0, text=head.nation, first=True, bold=True, align="center", size=12)
    _para(right, after=0, text=head.motto, bold=True, underline=True, align="center", size=13)
    _para(right, after=0, text=head.place_date, italic=True, align="center", before=6)


def _table(document: DocxDocument, block: Table) -> None:
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    usable = 16.5  # cm between the margins
    widths = [Cm(usable * w / sum(block.widths)) for w in block.widths]
    _repeat_header(table)
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        _para(cell, after=0, text=text, first=True, bold=True, align="center", size=11.5)
    for values in block.rows:
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, values, strict=True)):
            align = (
                "right"
                if column in block.numeric
                else "center"
                if column in block.centred
                else "left"
            )
            _para(cell, after=0, text=text, first=True, align=align, size=12)
    _widths(table, widths)
    document.add_paragraph().paragraph_format.space_after = Pt(0)


def _no_cell_padding(table: DocxTable) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.append(margins)


def _widths(table: DocxTable, widths: Sequence[Length]) -> None:
    """Fixed column widths, in the grid (what LibreOffice reads) and in every cell (Word)."""
    table.autofit = False
    total = table._tbl.tblPr.find(qn("w:tblW"))
    if total is None:
        total = OxmlElement("w:tblW")
        table._tbl.tblPr.append(total)
    total.set(qn("w:w"), str(sum(w.twips for w in widths)))
    total.set(qn("w:type"), "dxa")
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _repeat_header(table: DocxTable) -> None:
    """Mark the first row as the header Word repeats on every page."""
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _signatures(document: DocxDocument, minutes: Minutes) -> None:
    table = document.add_table(rows=1, cols=len(minutes.signatures))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, [Cm(16.5 / len(minutes.signatures))] * len(minutes.signatures))
    for cell, signature in zip(table.rows[0].cells, minutes.signatures, strict=True):
        _para(cell, after=0, text=signature.role, first=True, bold=True, align="center")
        _para(cell, after=0, text=signature.hint, italic=True, align="center")
        for _ in range(4):  # room to sign
            _para(cell, after=0, text="", align="center")
        _para(cell, after=0, text=signature.name, bold=True, align="center")
