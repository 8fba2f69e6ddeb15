"""The council's minutes drawn with Qt: to PDF (QPdfWriter) and to a printer (QPrinter).

The neutral document (judging.publish.minutes) becomes Qt rich text in a QTextDocument laid
out on A4 portrait with the margins Decree 30/2020/NĐ-CP gives (top and bottom 20 mm, left
30 mm, right 15 mm) in the shipped font, Be Vietnam Pro, which the PDF embeds. The document
is paginated by Qt's layout: a table row never straddles pages and a table's header row is
repeated on each page. Pages from the second on carry their number, centred at the top, as
the decree numbers them. One routine draws both the PDF and the printed page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
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


def print_minutes(
    report: RoundReport, printer: QPrinter, *, lang: str = "vi", meta: MinutesMeta | None = None
) -> None:
    """Print the minutes on ``printer`` (chosen in the print dialog): the same drawing as the
    PDF, the printer's own margins replaced by the decree's."""
    printer.setFullPage(True)
    printer.setDocName(build_minutes(report, lang=lang, meta=meta).document_title)
    draw_minutes(build_minutes(report, lang=lang, meta=meta), printer)


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
    """The minutes as a QTextDocument laid out for ``device`` on pages of size ``page``."""
    load_fonts()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont(FAMILY)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(minutes_html(minutes))
    document.setPageSize(page)
    return document


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


def minutes_html(minutes: Minutes) -> str:
    """The minutes as the rich text QTextDocument lays out (every text escaped)."""
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
    for block in minutes.blocks:
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
            parts.append(_table(block, caption))
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


def _table(block: Table, caption: str = "") -> str:
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
        ' margin-top:4px; margin-bottom:6px">'
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
