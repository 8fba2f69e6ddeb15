"""Paper score sheets (phiếu chấm điểm): one QPainter routine for PDF files and printers.

One page per assigned entry — the criteria with their rubric bands, the maximum and a box
for the mark, the total, a comment, the judge's signature — in the Vietnamese administrative
layout (national motto top right, the organising body top left), then a summary page with
every entry × criterion, laid out like the secretary's grid. A blank pack is for judging on
paper; a filled one carries the stored marks, for signature and the archive.

The sheet is an administrative document in Vietnamese whatever the interface language, so
its printed texts are Vietnamese constants, not translations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from judging.errors import EnvironmentFault
from judging.model import Criterion
from judging.numbers import format_places, places_of, trimmed
from judging.problems import ProblemCode as P
from judging.scoring.model import PrintCriterion, PrintPack, PrintSheet, SheetState
from judging.scoring.rules import total_places
from judging.textfiles import atomic_output
from ui.fonts import FAMILY, load_fonts

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
TITLE = "PHIẾU CHẤM ĐIỂM"
SUMMARY_TITLE = "BẢNG TỔNG HỢP ĐIỂM CỦA GIÁM KHẢO"
SIGN = "Giám khảo"
SIGN_HINT = "(ký, ghi rõ họ tên)"
DATE_LINE = "TP. Hồ Chí Minh, ngày ...... tháng ...... năm 20......"


#: Font scales tried, largest first, until one entry's sheet fits on one page.
SCALES = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7)
#: Words that start the place in a body's name ("… THÀNH PHỐ HỒ CHÍ MINH"): kept on one line.
_PLACE = re.compile(r"(?<!\S)(THÀNH PHỐ|TỈNH|TP\.|Thành phố|Tỉnh)\s+\S.*$")


def _vi(value: Decimal | None, places: int | None = None) -> str:
    """A number on the sheet: always Vietnamese (a decimal comma), the sheet being Vietnamese."""
    return format_places(trimmed(value) if places is None else value, places, "vi")


def keep_place_whole(text: str) -> str:
    """The place at the end of a body's name joined by non-breaking spaces, so a narrow column
    wraps before it ("SỞ KHOA HỌC VÀ CÔNG NGHỆ / THÀNH PHỐ HỒ CHÍ MINH"), never inside it."""
    match = _PLACE.search(text)
    if match is None:
        return text
    return text[: match.start()] + match.group(0).replace(" ", "\u00a0")


def _mark_places(criterion: Criterion) -> int:
    return places_of(criterion.step)


def scale_text(criterion: Criterion) -> str:
    """The "maximum" cell: the maximum, how it is marked, and the factor when there is one."""
    lines = [_vi(criterion.max)]
    if criterion.step == 1:
        lines.append("(chấm điểm nguyên)")
    else:
        lines.append(f"(chấm theo bậc {_vi(criterion.step)})")
    if criterion.weight != 1:
        lines.append(f"(hệ số {_vi(criterion.weight)})")
    return "\n".join(lines)


@dataclass
class _Pen:
    """Drawing state for one page: the painter, the printable rectangle, a cursor, the scale
    of fonts and vertical gaps, and whether it only measures (``dry``: nothing is drawn)."""

    painter: QPainter
    page: QRectF
    dpi: float
    y: float = 0.0
    scale: float = 1.0
    dry: bool = False

    def mm(self, value: float) -> float:
        """A width (not scaled)."""
        return value * self.dpi / 25.4

    def gap(self, value: float) -> float:
        """A vertical gap in millimetres, scaled with the fonts."""
        return self.mm(value) * self.scale

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(FAMILY)
        font.setPointSizeF(size * self.scale)
        font.setBold(bold)
        font.setItalic(italic)
        self.painter.setFont(font)
        return font

    def text(
        self,
        rect: QRectF,
        text: str,
        *,
        flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> QRectF:
        """Draw wrapped text in ``rect`` (height grows as needed); returns the used rect."""
        all_flags = int(flags) | int(Qt.TextFlag.TextWordWrap)
        bound = self.painter.boundingRect(
            QRectF(rect.x(), rect.y(), rect.width(), 1e6), all_flags, text
        )
        used = QRectF(rect.x(), rect.y(), rect.width(), bound.height())
        if not self.dry:
            self.painter.drawText(used, all_flags, text)
        return used

    def height_of(self, width: float, text: str) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def width_of(self, text: str) -> float:
        return QFontMetricsF(self.painter.font(), self.painter.device()).horizontalAdvance(text)

    def rect(self, rect: QRectF) -> None:
        if not self.dry:
            self.painter.drawRect(rect)

    def hline(self, x1: float, x2: float, y: float, *, dotted: bool = False) -> None:
        if self.dry:
            return
        saved = self.painter.pen()
        if dotted:
            pen = QPen(saved)
            pen.setStyle(Qt.PenStyle.DotLine)
            self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1, y), QPointF(x2, y))
        self.painter.setPen(saved)

    def cell(self, rect: QRectF, text: str, *, align: Qt.AlignmentFlag, pad: float) -> None:
        if self.dry:
            return
        self.painter.drawRect(rect)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        self.painter.drawText(inner, int(align) | int(Qt.TextFlag.TextWordWrap), text)

    def measure(self, draw: Callable[[], object]) -> float:
        """The height ``draw`` takes from the cursor, drawing nothing."""
        y, dry = self.y, self.dry
        self.dry = True
        try:
            draw()
            return self.y - y
        finally:
            self.y, self.dry = y, dry


def _header(pen: _Pen, pack: PrintPack) -> None:
    left_w = pen.page.width() * 0.42
    right_x = pen.page.x() + left_w
    right_w = pen.page.width() - left_w
    top = pen.page.y()
    centre = Qt.AlignmentFlag.AlignHCenter
    pen.font(10.5)
    organiser = keep_place_whole((pack.organiser or "BAN TỔ CHỨC").upper())
    used = pen.text(QRectF(pen.page.x(), top, left_w, 0), organiser, flags=centre)
    pen.font(10.5, bold=True)
    used2 = pen.text(
        QRectF(pen.page.x(), used.bottom(), left_w, 0), "HỘI ĐỒNG GIÁM KHẢO", flags=centre
    )
    line_w = pen.mm(25)
    mid_left = pen.page.x() + left_w / 2
    pen.hline(mid_left - line_w / 2, mid_left + line_w / 2, used2.bottom() + pen.gap(1))
    pen.font(10.5, bold=True)
    m1 = pen.text(QRectF(right_x, top, right_w, 0), MOTTO_1, flags=centre)
    pen.font(11.5, bold=True)
    m2 = pen.text(QRectF(right_x, m1.bottom(), right_w, 0), MOTTO_2, flags=centre)
    width = pen.width_of(MOTTO_2)
    mid_right = right_x + right_w / 2
    pen.hline(mid_right - width / 2, mid_right + width / 2, m2.bottom() + pen.gap(1))
    pen.y = max(used2.bottom(), m2.bottom()) + pen.gap(6)


def _title(pen: _Pen, pack: PrintPack, title: str) -> None:
    centre = Qt.AlignmentFlag.AlignHCenter
    pen.font(15, bold=True)
    used = pen.text(QRectF(pen.page.x(), pen.y, pen.page.width(), 0), title, flags=centre)
    pen.font(11.5, bold=True)
    used = pen.text(
        QRectF(pen.page.x(), used.bottom() + pen.gap(1), pen.page.width(), 0),
        keep_place_whole(pack.competition_name),
        flags=centre,
    )
    pen.font(11, italic=True)
    used = pen.text(
        QRectF(pen.page.x(), used.bottom(), pen.page.width(), 0), pack.round_name, flags=centre
    )
    pen.y = used.bottom() + pen.gap(4)


def _line(pen: _Pen, label: str, value: str) -> None:
    pen.font(11)
    width = pen.page.width()
    label_w = pen.width_of(label + " ")
    pen.text(QRectF(pen.page.x(), pen.y, label_w, 0), label)
    pen.font(11, bold=True)
    used = pen.text(QRectF(pen.page.x() + label_w, pen.y, width - label_w, 0), value)
    pen.y = used.bottom() + pen.gap(1.5)


def _signature(pen: _Pen, pack: PrintPack) -> None:
    """Place and date, "Giám khảo", the hint, room to sign, the judge's name."""
    x = pen.page.x() + pen.page.width() * 0.45
    w = pen.page.width() * 0.55
    centre = Qt.AlignmentFlag.AlignHCenter
    pen.font(11, italic=True)
    used = pen.text(QRectF(x, pen.y, w, 0), DATE_LINE, flags=centre)
    pen.font(11.5, bold=True)
    used = pen.text(QRectF(x, used.bottom() + pen.gap(1), w, 0), SIGN, flags=centre)
    pen.font(10.5, italic=True)
    used = pen.text(QRectF(x, used.bottom(), w, 0), SIGN_HINT, flags=centre)
    pen.font(11.5, bold=True)
    name = f"{pack.judge_title} {pack.judge_name}".strip()
    # Room for a signature by hand: never less than 12 mm, whatever the scale.
    room = max(pen.mm(12), pen.gap(15))
    used = pen.text(QRectF(x, used.bottom() + room, w, 0), name, flags=centre)
    pen.y = used.bottom()


class _Pager:
    """Page breaks: a new page whenever the next block would not fit."""

    def __init__(self, printer: QPrinter, pen: _Pen) -> None:
        self.printer = printer
        self.pen = pen
        self.pages = 0

    def new_page(self) -> None:
        if self.pen.dry:
            self.pen.y = self.pen.page.y()
            return
        if self.pages:
            self.printer.newPage()
        self.pages += 1
        self.pen.y = self.pen.page.y()

    def ensure(self, height: float) -> bool:
        """Start a new page if ``height`` does not fit; True when one was started. While
        measuring (a dry pen) the page is endless."""
        if self.pen.dry:
            return False
        if self.pen.y + height > self.pen.page.bottom():
            self.new_page()
            return True
        return False


_SHEET_HEADS = ("STT", "Tiêu chí và mức điểm", "Điểm tối đa", "Điểm chấm")


def _sheet_widths(pen: _Pen) -> list[float]:
    widths = [pen.mm(12), 0.0, pen.mm(25), pen.mm(25)]
    widths[1] = pen.page.width() - sum(widths)
    return widths


def _sheet_table_head(pen: _Pen) -> None:
    widths = _sheet_widths(pen)
    pad = pen.mm(1.5)
    pen.font(10.5, bold=True)
    x = pen.page.x()
    h = max(pen.height_of(w - 2 * pad, t) for t, w in zip(_SHEET_HEADS, widths, strict=True))
    h += 2 * pad
    for head, w in zip(_SHEET_HEADS, widths, strict=True):
        pen.cell(QRectF(x, pen.y, w, h), head, align=Qt.AlignmentFlag.AlignCenter, pad=pad)
        x += w
    pen.y += h


def _criterion_texts(item: PrintCriterion) -> tuple[str, str]:
    """The criterion's name, and below it its description and rubric bands."""
    c = item.criterion
    # The bands in one paragraph keep a sheet of four or five criteria on one page.
    bands = (
        ["Mức điểm: " + "; ".join(f"{_vi(b.min)}–{_vi(b.max)}: {b.label}" for b in c.bands)]
        if c.bands
        else []
    )
    body = [c.description] if c.description else []
    return c.name, "\n".join([*body, *bands])


def _criterion_row(pen: _Pen, pager: _Pager, number: int, item: PrintCriterion) -> None:
    widths = _sheet_widths(pen)
    pad = pen.mm(1.5)
    inner = widths[1] - 2 * pad
    name, body = _criterion_texts(item)
    remark = f"Nhận xét: {item.comment}" if item.comment else ""
    pen.font(11, bold=True)
    height = pen.height_of(inner, name)
    pen.font(9.5)
    height += pen.height_of(inner, body) if body else 0.0
    if remark:
        pen.font(9.5, italic=True)
        height += pen.height_of(inner, remark)
    h = max(pen.gap(12), height + 2 * pad + pen.gap(1))
    if pager.ensure(h):
        _sheet_table_head(pen)
    x = pen.page.x()
    top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    pen.font(11)
    pen.cell(QRectF(x, pen.y, widths[0], h), str(number), align=top, pad=pad)
    x += widths[0]
    pen.rect(QRectF(x, pen.y, widths[1], h))
    pen.font(11, bold=True)
    used = pen.text(QRectF(x + pad, pen.y + pad, inner, 0), name)
    if body:
        pen.font(9.5)
        used = pen.text(QRectF(x + pad, used.bottom() + pen.gap(0.5), inner, 0), body)
    if remark:
        pen.font(9.5, italic=True)
        pen.text(QRectF(x + pad, used.bottom(), inner, 0), remark)
    x += widths[1]
    centre = Qt.AlignmentFlag.AlignCenter
    pen.font(10)
    pen.cell(QRectF(x, pen.y, widths[2], h), scale_text(item.criterion), align=centre, pad=pad)
    x += widths[2]
    pen.font(12, bold=True)
    mark = _vi(item.value, _mark_places(item.criterion))
    pen.cell(QRectF(x, pen.y, widths[3], h), mark, align=centre, pad=pad)
    pen.y += h


def _sheet_tail(pen: _Pen, pack: PrintPack, sheet: PrintSheet) -> None:
    """The total, the general comment and the signature: one block, never split."""
    widths = _sheet_widths(pen)
    pad = pen.mm(1.5)
    centre = Qt.AlignmentFlag.AlignCenter
    h = pen.gap(10)
    x = pen.page.x()
    pen.font(11, bold=True)
    pen.cell(QRectF(x, pen.y, widths[0] + widths[1], h), "Tổng cộng", align=centre, pad=pad)
    x += widths[0] + widths[1]
    pen.cell(QRectF(x, pen.y, widths[2], h), _vi(pack.jury_max), align=centre, pad=pad)
    x += widths[2]
    total = _vi(sheet.total, total_places(tuple(c.criterion for c in sheet.criteria)))
    pen.cell(QRectF(x, pen.y, widths[3], h), total, align=centre, pad=pad)
    pen.y += h + pen.gap(4)
    pen.font(11, bold=True)
    used = pen.text(QRectF(pen.page.x(), pen.y, pen.page.width(), 0), "Nhận xét chung:")
    pen.y = used.bottom() + pen.gap(1)
    pen.font(11)
    if sheet.comment:
        used = pen.text(QRectF(pen.page.x(), pen.y, pen.page.width(), 0), sheet.comment)
        pen.y = used.bottom() + pen.gap(3)
    elif not pack.filled:
        for _ in range(2):  # lines to write the comment on
            pen.y += pen.gap(6.5)
            pen.hline(pen.page.x(), pen.page.right(), pen.y, dotted=True)
        pen.y += pen.gap(3)
    if sheet.state is SheetState.RECUSED:
        pen.font(11, italic=True)
        used = pen.text(
            QRectF(pen.page.x(), pen.y, pen.page.width(), 0),
            "Giám khảo đã từ chối chấm hồ sơ này (xung đột lợi ích).",
        )
        pen.y = used.bottom() + pen.gap(3)
    pen.y += pen.gap(2)
    _signature(pen, pack)


def _draw_sheet(pager: _Pager, pack: PrintPack, sheet: PrintSheet) -> None:
    pen = pager.pen
    pager.new_page()
    _header(pen, pack)
    _title(pen, pack, TITLE)
    _line(pen, "Giám khảo:", f"{pack.judge_title} {pack.judge_name}".strip())
    _line(pen, "Hồ sơ:", f"{sheet.entry.code} — {sheet.entry.title}")
    if sheet.entry.category_name:
        _line(pen, "Lĩnh vực:", sheet.entry.category_name)
    pen.y += pen.gap(2)
    _sheet_table_head(pen)
    for number, item in enumerate(sheet.criteria, start=1):
        _criterion_row(pen, pager, number, item)
    pager.ensure(pen.measure(lambda: _sheet_tail(pen, pack, sheet)))
    _sheet_tail(pen, pack, sheet)


def _fitting_scale(pager: _Pager, draw: Callable[[], None]) -> float:
    """The largest scale at which ``draw`` fits on one page (the smallest when none does)."""
    pen = pager.pen
    for scale in SCALES:
        pen.scale = scale
        pen.dry = True
        try:
            draw()
        finally:
            pen.dry = False
        if pen.y <= pen.page.bottom():
            return scale
    return SCALES[-1]


def _sheet_page(pager: _Pager, pack: PrintPack, sheet: PrintSheet) -> None:
    """One entry's sheet: on one page, its fonts made smaller as far as that takes; a sheet
    that still does not fit goes on (table head repeated), the signature with the total."""
    pager.pen.scale = _fitting_scale(pager, lambda: _draw_sheet(pager, pack, sheet))
    _draw_sheet(pager, pack, sheet)
    pager.pen.scale = 1.0


def _summary_widths(pen: _Pen, count: int) -> list[float]:
    fixed = [pen.mm(10), pen.mm(20)]
    mark_w = pen.mm(17)
    title_w = pen.page.width() - sum(fixed) - mark_w * (count + 1)
    if title_w < pen.mm(30):
        mark_w = (pen.page.width() - sum(fixed) - pen.mm(30)) / (count + 1)
        title_w = pen.mm(30)
    return [*fixed, title_w, *[mark_w] * count, mark_w]


def _summary_page(pager: _Pager, pack: PrintPack) -> None:
    pen = pager.pen
    pager.new_page()
    _header(pen, pack)
    _title(pen, pack, SUMMARY_TITLE)
    _line(pen, "Giám khảo:", f"{pack.judge_title} {pack.judge_name}".strip())
    pen.y += pen.gap(2)
    criteria = tuple(c.criterion for c in pack.sheets[0].criteria) if pack.sheets else ()
    pad = pen.mm(1.2)
    widths = _summary_widths(pen, len(criteria))
    heads = (
        ["STT", "Mã", "Tên hồ sơ"]
        # The criterion's name, as on the judge's sheet (codes are for files, not for people);
        # it wraps within the column.
        + [f"{c.name}\n(tối đa {_vi(c.max)})" for c in criteria]
        + [f"Tổng\n({_vi(pack.jury_max)})"]
    )
    centre = Qt.AlignmentFlag.AlignCenter

    def draw_head() -> None:
        pen.font(8, bold=True)
        h = max(pen.height_of(w - 2 * pad, t) for t, w in zip(heads, widths, strict=True)) + 2 * pad
        x = pen.page.x()
        for head, w in zip(heads, widths, strict=True):
            pen.cell(QRectF(x, pen.y, w, h), head, align=centre, pad=pad)
            x += w
        pen.y += h

    draw_head()
    places = total_places(criteria)
    for number, sheet in enumerate(pack.sheets, start=1):
        cells = (
            [str(number), sheet.entry.code, sheet.entry.title]
            + [_vi(c.value, _mark_places(c.criterion)) for c in sheet.criteria]
            + [_vi(sheet.total, places)]
        )
        if sheet.state is SheetState.RECUSED:
            cells[3:] = ["—"] * (len(cells) - 3)
        pen.font(9.5)
        h = max(pen.mm(8), pen.height_of(widths[2] - 2 * pad, sheet.entry.title) + 2 * pad)
        if pager.ensure(h):
            draw_head()
            pen.font(9.5)
        x = pen.page.x()
        for i, (text, w) in enumerate(zip(cells, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter if i == 2 else centre
            pen.cell(QRectF(x, pen.y, w, h), text, align=align, pad=pad)
            x += w
        pen.y += h

    def tail() -> None:
        pen.y += pen.gap(6)
        _signature(pen, pack)

    pager.ensure(pen.measure(tail))
    tail()


def paint_packs(printer: QPrinter, packs: Sequence[PrintPack]) -> int:
    """Paint judges' sheets on ``printer`` (a PDF file or a real printer), one judge after
    the other, each with their summary page; returns the pages."""
    load_fonts()
    painter = QPainter()
    if not painter.begin(printer):
        raise EnvironmentFault(
            P.PRINT_NOT_STARTED, target=printer.outputFileName() or printer.printerName()
        )
    try:
        dpi = float(printer.resolution())
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        pen = _Pen(painter, page, dpi)
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, dpi / 150)))
        pager = _Pager(printer, pen)
        for pack in packs:
            for sheet in pack.sheets:
                _sheet_page(pager, pack, sheet)
            _summary_page(pager, pack)
    finally:
        painter.end()
    return pager.pages


def _a4_layout() -> QPageLayout:
    # Vietnamese administrative margins: wider on the binding (left) side.
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(25, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def make_pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(_a4_layout())
    printer.setDocName("Phiếu chấm điểm")
    printer.setCreator("judging-desk")
    return printer


def print_to_pdf(pack: PrintPack | Sequence[PrintPack], path: Path) -> Path:
    """Write one judge's pack, or several one after the other, to a PDF file (fonts
    embedded)."""
    with atomic_output(path) as temporary:  # whole or not at all; QPainter only says "false"
        paint_packs(make_pdf_printer(temporary), [pack] if isinstance(pack, PrintPack) else pack)
    return path


def print_with_dialog(parent: QWidget | None, pack: PrintPack | Sequence[PrintPack]) -> bool:
    """Print one judge's sheets, or several judges', on a real printer chosen in the system's
    print dialog; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    printer.setDocName("Phiếu chấm điểm")
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_packs(printer, [pack] if isinstance(pack, PrintPack) else pack)
    return True
