"""The council's minutes drawn with Qt: to PDF (QPdfWriter) and to a printer (QPrinter).

The neutral document (judging.publish.minutes) becomes Qt rich text in a QTextDocument laid
out on A4 portrait with the margins Decree 30/2020/NĐ-CP gives (top and bottom 20 mm, left
30 mm, right 15 mm) in the shipped font, Be Vietnam Pro, which the PDF embeds. The document
is paginated by Qt's layout: a table row never straddles pages and a table's header row is
repeated on each page. Pages from the second on carry their number, centred at the top, as
the decree numbers them. One routine draws both the PDF and the printed page.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
    QTextTableCell,
)
from PySide6.QtPrintSupport import QPrinter

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
from ui.fonts import FAMILY, load_fonts

#: The decree's margins, in millimetres: top, right, bottom, left.
MARGINS_MM = (20.0, 15.0, 20.0, 30.0)
PDF_DPI = 300
BODY_PT = 12.0


def write_minutes_pdf(
    report: RoundReport, path: Path, *, lang: str = "vi", meta: MinutesMeta | None = None
) -> None:
    """Write the minutes of ``report``'s round to ``path`` as PDF, whole or not at all."""
    minutes = build_minutes(report, lang=lang, meta=meta)
    with atomic_output(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setTitle(minutes.document_title)
        writer.setCreator("judging-desk")
        draw_minutes(minutes, writer)


def export_minutes_pdf(report: RoundReport, path: Path, options: ExportOptions) -> None:
    """``export-ranking --out FILE.pdf``: the minutes with the export's language and meta. A
    command line has no application yet: drawing needs one (fonts), made off screen."""
    application = QGuiApplication.instance() or QGuiApplication(
        ["judging-desk", "-platform", "offscreen"]
    )
    write_minutes_pdf(report, path, lang=options.lang, meta=options.minutes)
    del application


def print_minutes(
    report: RoundReport, printer: QPrinter, *, lang: str = "vi", meta: MinutesMeta | None = None
) -> None:
    """Print the minutes on ``printer`` (chosen in the print dialog): the same drawing as the
    PDF, the printer's own margins replaced by the decree's."""
    minutes = build_minutes(report, lang=lang, meta=meta)
    printer.setFullPage(True)
    printer.setDocName(minutes.document_title)
    draw_minutes(minutes, printer)


def draw_minutes(minutes: Minutes, device: QPagedPaintDevice) -> int:
    """Draw ``minutes`` on A4 pages of ``device``; returns the number of pages."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    dots_per_mm = device.logicalDpiY() / 25.4
    top, right, bottom, left = (m * dots_per_mm for m in MARGINS_MM)
    width = device.width() - left - right
    height = device.height() - top - bottom
    document = minutes_document(minutes, device, QSizeF(width, height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page device could not be opened for drawing")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _draw_page(painter, document, page, QRectF(left, top, width, height))
            if page:
                _page_number(painter, page + 1, QRectF(left, 0, width, top))
    finally:
        painter.end()
    return pages


def minutes_document(minutes: Minutes, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    """The minutes as a QTextDocument laid out for ``device`` on pages of size ``page``.

    Qt lets a table row run over a page break; a row the break would cut starts a new table
    (its header repeated) on the next page instead, until no row is cut."""
    load_fonts()
    breaks: Breaks = {}
    for _ in range(MAX_SPLITS):
        document = _laid_out(minutes_html(minutes, breaks), device, page)
        cut = _cut_row(document, _table_chunks(minutes, breaks), breaks, page.height())
        if cut is None:
            break
        block, row = cut
        breaks[block] = (*breaks.get(block, ()), row)
    return document


#: Rows where a ruled table starts again on a new page: the block's index → its row indices.
Breaks = dict[int, tuple[int, ...]]
MAX_SPLITS = 200


def _laid_out(html: str, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont(FAMILY)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(page)
    return document


def _table_chunks(minutes: Minutes, breaks: Breaks) -> list[tuple[int, int]]:
    """The ruled tables of the HTML in order, as (block index, first row) pairs."""
    chunks = []
    for index, block in enumerate(minutes.blocks):
        if isinstance(block, Table):
            chunks += [(index, start) for start in sorted({0, *breaks.get(index, ())})]
    return chunks


def _cut_row(
    document: QTextDocument, chunks: list[tuple[int, int]], breaks: Breaks, page_height: float
) -> tuple[int, int] | None:
    """The first table row (block index, row index) a page break cuts, if any. When it is the
    first row of a table the whole table moves to the next page (no header left alone at a
    page's foot) — once: a table already starting on a new page is left as it is."""
    layout = document.documentLayout()
    ruled = [
        frame
        for frame in document.rootFrame().childFrames()
        if isinstance(frame, QTextTable) and frame.format().border() > 0
    ]
    moved = {block for block, start in chunks if start == 0 and 0 in breaks.get(block, ())}
    for table, (block, start) in zip(ruled, chunks, strict=True):
        header = table.format().headerRowCount()
        first = header if start == 0 and block not in moved else header + 1
        for row in range(first, table.rows()):
            top = min(_cell_top(layout, table.cellAt(row, c)) for c in range(table.columns()))
            bottom = max(_cell_bottom(layout, table.cellAt(row, c)) for c in range(table.columns()))
            if int(top // page_height) != int(bottom // page_height):
                return block, start + row - header
    return None


def _cell_top(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> float:
    return layout.blockBoundingRect(cell.firstCursorPosition().block()).top()


def _cell_bottom(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> float:
    return layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()


def _draw_page(painter: QPainter, document: QTextDocument, page: int, area: QRectF) -> None:
    painter.save()
    painter.translate(area.left(), area.top() - page * area.height())
    clip = QRectF(0, page * area.height(), area.width(), area.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()


def _page_number(painter: QPainter, number: int, band: QRectF) -> None:
    font = QFont(FAMILY)
    font.setPointSizeF(BODY_PT - 1)
    painter.setFont(font)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), str(number))


# -- rich text ----------------------------------------------------------------------------


def minutes_html(minutes: Minutes, breaks: Breaks | None = None) -> str:
    """The minutes as the rich text QTextDocument lays out (every text escaped); a table is
    cut where ``breaks`` says, its rest starting on a new page."""
    breaks = breaks or {}
    parts = [_letterhead(minutes)]
    if minutes.draft:
        parts.append(
            f'<p align="center" style="color:#c00000; font-size:15pt; font-weight:700;'
            f' margin-top:10px">{escape(minutes.draft)}</p>'
            f'<p align="center"><i>{escape(minutes.draft_note)}</i></p>'
        )
    parts.append(
        f'<p align="center" style="font-size:14pt; font-weight:700; margin-top:18px;'
        f' margin-bottom:0">{escape(minutes.title)}</p>'
        f'<p align="center" style="font-size:13pt; font-weight:700; margin-bottom:12px">'
        f"{escape(minutes.subtitle)}</p>"
    )
    caption = ""
    for index, block in enumerate(minutes.blocks):
        if isinstance(block, Heading) and block.level > 1:
            caption = block.text  # goes into the next table's header, repeated with it
        elif isinstance(block, Heading):
            style = "font-weight:700" + ("; font-style:italic" if block.level > 1 else "")
            parts.append(
                f'<p style="{style}; margin-top:8px; margin-bottom:3px">{escape(block.text)}</p>'
            )
        elif isinstance(block, Paragraph):
            if caption:
                parts.append(_paragraph(Paragraph(caption, bold=True, italic=True)))
                caption = ""
            parts.append(_paragraph(block))
        elif isinstance(block, Table):
            parts += _split_table(block, caption, breaks.get(index, ()))
            caption = ""
    parts.append(_signatures(minutes))
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _letterhead(minutes: Minutes) -> str:
    head = minutes.letterhead
    left = (
        f'<p align="center" style="font-size:10.5pt">{escape(head.issuer_above)}</p>'
        f'<p align="center" style="font-size:10.5pt; font-weight:700">'
        f"<u>{escape(head.issuer)}</u></p>"
        f'<p align="center" style="margin-top:6px">{escape(head.number)}</p>'
    )
    right = (
        f'<p align="center" style="font-size:10.5pt; font-weight:700">{escape(head.nation)}</p>'
        f'<p align="center" style="font-size:11.5pt; font-weight:700">'
        f"<u>{escape(head.motto)}</u></p>"
        f'<p align="center" style="font-size:11pt; margin-top:6px">'
        f"<i>{escape(head.place_date)}</i></p>"
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0">'
        f'<tr><td width="40%" valign="top">{left}</td>'
        f'<td width="60%" valign="top">{right}</td></tr></table>'
    )


def _paragraph(block: Paragraph) -> str:
    text = escape(block.text)
    if block.bold:
        text = f"<b>{text}</b>"
    if block.italic:
        text = f"<i>{text}</i>"
    return f'<p align="{block.align}" style="margin-bottom:3px">{text}</p>'


def _split_table(block: Table, caption: str, starts: tuple[int, ...]) -> list[str]:
    """The table in pieces, each but the first (or every one, when a start is 0) beginning
    on a new page."""
    bounds = sorted({0, *starts, len(block.rows)})
    return [
        _table(replace(block, rows=block.rows[a:b]), caption, new_page=bool(n) or 0 in starts)
        for n, (a, b) in enumerate(itertools.pairwise(bounds))
    ]


def _table(block: Table, caption: str = "", *, new_page: bool = False) -> str:
    """A ruled table whose header (with the caption above it, a category's name) is repeated
    on every page the table runs onto."""
    total = sum(block.widths)
    header = "".join(
        f'<th width="{round(100 * w / total)}%" align="center" bgcolor="#eeeeee">{escape(text)}</th>'
        for text, w in zip(block.header, block.widths, strict=True)
    )
    rows = []
    for values in block.rows:
        cells = "".join(
            f'<td align="{_cell_align(block, column)}">{escape(text)}</td>'
            for column, text in enumerate(values)
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="1"'
        ' style="border-collapse:collapse; border-color:#000000; font-size:10pt;'
        " margin-top:4px; margin-bottom:6px"
        + ("; page-break-before:always" if new_page else "")
        + '">'
        f"<thead>{_caption_row(caption, len(block.header))}<tr>{header}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _caption_row(caption: str, columns: int) -> str:
    if not caption:
        return ""
    return (
        f'<tr><th colspan="{columns}" align="left" style="font-size:11pt">'
        f"<i>{escape(caption)}</i></th></tr>"
    )


def _cell_align(block: Table, column: int) -> str:
    if column in block.numeric:
        return "right"
    return "center" if column in block.centred else "left"


def _signatures(minutes: Minutes) -> str:
    cells = "".join(
        f'<td width="{100 // len(minutes.signatures)}%" align="center" valign="top">'
        f'<p align="center"><b>{escape(s.role)}</b></p>'
        f'<p align="center"><i>{escape(s.hint)}</i></p>'
        f'<p align="center" style="margin-top:70px"><b>{escape(s.name) or "&nbsp;"}</b></p></td>'
        for s in minutes.signatures
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" style="margin-top:14px">'
        f"<tr>{cells}</tr></table>"
    )
