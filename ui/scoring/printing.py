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

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from judging.errors import EnvironmentFault
from judging.numbers import format_decimal
from judging.scoring.model import PrintPack, PrintSheet
from ui.fonts import FAMILY, load_fonts

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
TITLE = "PHIẾU CHẤM ĐIỂM"
SUMMARY_TITLE = "BẢNG TỔNG HỢP ĐIỂM CỦA GIÁM KHẢO"
SIGN = "Giám khảo"
SIGN_HINT = "(ký, ghi rõ họ tên)"
DATE_LINE = "TP. Hồ Chí Minh, ngày ...... tháng ...... năm 20......"


def _fmt(value: Decimal | None) -> str:
    return format_decimal(value) if value is not None else ""


@dataclass
class _Pen:
    """Drawing state for one page: the painter, the printable rectangle and a cursor."""

    painter: QPainter
    page: QRectF
    dpi: float
    y: float = 0.0

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(FAMILY)
        font.setPointSizeF(size)
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
        self.painter.drawText(used, all_flags, text)
        return used

    def height_of(self, width: float, text: str) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()


def _header(pen: _Pen, pack: PrintPack) -> None:
    left_w = pen.page.width() * 0.42
    right_x = pen.page.x() + left_w
    right_w = pen.page.width() - left_w
    top = pen.page.y()
    pen.font(10.5)
    organiser = (pack.organiser or "BAN TỔ CHỨC").upper()
    used = pen.text(
        QRectF(pen.page.x(), top, left_w, 0), organiser, flags=Qt.AlignmentFlag.AlignHCenter
    )
    pen.font(10.5, bold=True)
    used2 = pen.text(
        QRectF(pen.page.x(), used.bottom(), left_w, 0),
        "HỘI ĐỒNG GIÁM KHẢO",
        flags=Qt.AlignmentFlag.AlignHCenter,
    )
    line_w = pen.mm(25)
    mid_left = pen.page.x() + left_w / 2
    pen.painter.drawLine(
        int(mid_left - line_w / 2),
        int(used2.bottom() + pen.mm(1)),
        int(mid_left + line_w / 2),
        int(used2.bottom() + pen.mm(1)),
    )
    pen.font(10.5, bold=True)
    m1 = pen.text(QRectF(right_x, top, right_w, 0), MOTTO_1, flags=Qt.AlignmentFlag.AlignHCenter)
    pen.font(11.5, bold=True)
    m2 = pen.text(
        QRectF(right_x, m1.bottom(), right_w, 0), MOTTO_2, flags=Qt.AlignmentFlag.AlignHCenter
    )
    width = QFontMetricsF(pen.painter.font(), pen.painter.device()).horizontalAdvance(MOTTO_2)
    mid_right = right_x + right_w / 2
    pen.painter.drawLine(
        int(mid_right - width / 2),
        int(m2.bottom() + pen.mm(1)),
        int(mid_right + width / 2),
        int(m2.bottom() + pen.mm(1)),
    )
    pen.y = max(used2.bottom(), m2.bottom()) + pen.mm(6)


def _title(pen: _Pen, pack: PrintPack, title: str) -> None:
    pen.font(15, bold=True)
    used = pen.text(
        QRectF(pen.page.x(), pen.y, pen.page.width(), 0), title, flags=Qt.AlignmentFlag.AlignHCenter
    )
    pen.font(11.5, bold=True)
    used = pen.text(
        QRectF(pen.page.x(), used.bottom() + pen.mm(1), pen.page.width(), 0),
        pack.competition_name,
        flags=Qt.AlignmentFlag.AlignHCenter,
    )
    pen.font(11, italic=True)
    used = pen.text(
        QRectF(pen.page.x(), used.bottom(), pen.page.width(), 0),
        pack.round_name,
        flags=Qt.AlignmentFlag.AlignHCenter,
    )
    pen.y = used.bottom() + pen.mm(4)


def _line(pen: _Pen, label: str, value: str) -> None:
    pen.font(11)
    width = pen.page.width()
    label_w = QFontMetricsF(pen.painter.font(), pen.painter.device()).horizontalAdvance(label + " ")
    pen.text(QRectF(pen.page.x(), pen.y, label_w, 0), label)
    pen.font(11, bold=True)
    used = pen.text(QRectF(pen.page.x() + label_w, pen.y, width - label_w, 0), value)
    pen.y = used.bottom() + pen.mm(1.5)


def _signature(pen: _Pen, pack: PrintPack) -> None:
    x = pen.page.x() + pen.page.width() * 0.45
    w = pen.page.width() * 0.55
    needed = pen.mm(34)
    if pen.y + needed > pen.page.bottom():
        return  # the caller makes room (see _ensure)
    pen.font(11, italic=True)
    used = pen.text(QRectF(x, pen.y, w, 0), DATE_LINE, flags=Qt.AlignmentFlag.AlignHCenter)
    pen.font(11.5, bold=True)
    used = pen.text(
        QRectF(x, used.bottom() + pen.mm(1), w, 0), SIGN, flags=Qt.AlignmentFlag.AlignHCenter
    )
    pen.font(10.5, italic=True)
    used = pen.text(QRectF(x, used.bottom(), w, 0), SIGN_HINT, flags=Qt.AlignmentFlag.AlignHCenter)
    pen.font(11.5, bold=True)
    name = f"{pack.judge_title} {pack.judge_name}".strip()
    pen.text(QRectF(x, used.bottom() + pen.mm(15), w, 0), name, flags=Qt.AlignmentFlag.AlignHCenter)


def _cell(pen: _Pen, rect: QRectF, text: str, *, align: Qt.AlignmentFlag, pad: float) -> None:
    pen.painter.drawRect(rect)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    pen.painter.drawText(inner, int(align) | int(Qt.TextFlag.TextWordWrap), text)


class _Pager:
    """Page breaks: a new page whenever the next block would not fit."""

    def __init__(self, printer: QPrinter, pen: _Pen) -> None:
        self.printer = printer
        self.pen = pen
        self.pages = 0

    def new_page(self) -> None:
        if self.pages:
            self.printer.newPage()
        self.pages += 1
        self.pen.y = self.pen.page.y()

    def ensure(self, height: float) -> bool:
        """Start a new page if ``height`` does not fit; True when one was started."""
        if self.pen.y + height > self.pen.page.bottom():
            self.new_page()
            return True
        return False


def _sheet_page(pager: _Pager, pack: PrintPack, sheet: PrintSheet) -> None:
    pen = pager.pen
    pager.new_page()
    _header(pen, pack)
    _title(pen, pack, TITLE)
    _line(pen, "Giám khảo:", f"{pack.judge_title} {pack.judge_name}".strip())
    _line(pen, "Hồ sơ:", f"{sheet.entry.code} — {sheet.entry.title}")
    if sheet.entry.category_name:
        _line(pen, "Lĩnh vực:", sheet.entry.category_name)
    pen.y += pen.mm(2)
    widths = [pen.mm(12), 0.0, pen.mm(25), pen.mm(25)]
    widths[1] = pen.page.width() - sum(widths)
    pad = pen.mm(1.5)
    heads = ["STT", "Tiêu chí và mức điểm", "Điểm tối đa", "Điểm chấm"]

    def draw_head() -> None:
        pen.font(10.5, bold=True)
        x = pen.page.x()
        h = max(pen.height_of(w - 2 * pad, t) for t, w in zip(heads, widths, strict=True))
        h += 2 * pad
        for head, w in zip(heads, widths, strict=True):
            _cell(pen, QRectF(x, pen.y, w, h), head, align=Qt.AlignmentFlag.AlignCenter, pad=pad)
            x += w
        pen.y += h

    draw_head()
    for number, item in enumerate(sheet.criteria, start=1):
        c = item.criterion
        parts = [c.name]
        if c.description:
            parts.append(c.description)
        # The bands in one paragraph keep a sheet of four or five criteria on one page.
        bands = (
            [
                "Mức điểm: "
                + "; ".join(
                    f"{format_decimal(b.min)}–{format_decimal(b.max)}: {b.label}" for b in c.bands
                )
            ]
            if c.bands
            else []
        )
        scale = f"{format_decimal(c.max)}\n(bước {format_decimal(c.step)})" + (
            f"\n(hệ số {format_decimal(c.weight)})" if c.weight != 1 else ""
        )
        body = "\n".join([*parts[1:], *bands])
        pen.font(11, bold=True)
        name_h = pen.height_of(widths[1] - 2 * pad, parts[0])
        pen.font(9.5)
        body_h = pen.height_of(widths[1] - 2 * pad, body)
        mark_text = _fmt(item.value)
        if item.comment:
            pen.font(9.5, italic=True)
            body_h += pen.height_of(widths[1] - 2 * pad, f"Nhận xét: {item.comment}")
        h = max(pen.mm(12), name_h + body_h + 2 * pad + pen.mm(1))
        if pager.ensure(h):
            draw_head()
        x = pen.page.x()
        pen.font(11)
        _cell(
            pen,
            QRectF(x, pen.y, widths[0], h),
            str(number),
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            pad=pad,
        )
        x += widths[0]
        pen.painter.drawRect(QRectF(x, pen.y, widths[1], h))
        pen.font(11, bold=True)
        used = pen.text(QRectF(x + pad, pen.y + pad, widths[1] - 2 * pad, 0), parts[0])
        pen.font(9.5)
        used = pen.text(QRectF(x + pad, used.bottom() + pen.mm(0.5), widths[1] - 2 * pad, 0), body)
        if item.comment:
            pen.font(9.5, italic=True)
            pen.text(
                QRectF(x + pad, used.bottom(), widths[1] - 2 * pad, 0), f"Nhận xét: {item.comment}"
            )
        x += widths[1]
        pen.font(10)
        _cell(
            pen,
            QRectF(x, pen.y, widths[2], h),
            scale,
            align=Qt.AlignmentFlag.AlignCenter,
            pad=pad,
        )
        x += widths[2]
        pen.font(12, bold=True)
        _cell(
            pen,
            QRectF(x, pen.y, widths[3], h),
            mark_text,
            align=Qt.AlignmentFlag.AlignCenter,
            pad=pad,
        )
        pen.y += h
    h = pen.mm(10)
    pager.ensure(h)
    x = pen.page.x()
    pen.font(11, bold=True)
    _cell(
        pen,
        QRectF(x, pen.y, widths[0] + widths[1], h),
        "Tổng cộng",
        align=Qt.AlignmentFlag.AlignCenter,
        pad=pad,
    )
    x += widths[0] + widths[1]
    _cell(
        pen,
        QRectF(x, pen.y, widths[2], h),
        format_decimal(pack.jury_max),
        align=Qt.AlignmentFlag.AlignCenter,
        pad=pad,
    )
    x += widths[2]
    _cell(
        pen,
        QRectF(x, pen.y, widths[3], h),
        _fmt(sheet.total),
        align=Qt.AlignmentFlag.AlignCenter,
        pad=pad,
    )
    pen.y += h + pen.mm(4)
    pen.font(11, bold=True)
    pager.ensure(pen.mm(20))
    used = pen.text(QRectF(pen.page.x(), pen.y, pen.page.width(), 0), "Nhận xét chung:")
    pen.y = used.bottom() + pen.mm(1)
    pen.font(11)
    if sheet.comment:
        used = pen.text(QRectF(pen.page.x(), pen.y, pen.page.width(), 0), sheet.comment)
        pen.y = used.bottom() + pen.mm(3)
    elif not pack.filled:
        # lines to write the comment on
        saved = pen.painter.pen()
        dotted = QPen(saved)
        dotted.setStyle(Qt.PenStyle.DotLine)
        pen.painter.setPen(dotted)
        for _ in range(2):
            pen.y += pen.mm(6.5)
            pen.painter.drawLine(int(pen.page.x()), int(pen.y), int(pen.page.right()), int(pen.y))
        pen.painter.setPen(saved)
        pen.y += pen.mm(3)
    if sheet.state.value == "recused":
        pen.font(11, italic=True)
        used = pen.text(
            QRectF(pen.page.x(), pen.y, pen.page.width(), 0),
            "Giám khảo đã từ chối chấm hồ sơ này (xung đột lợi ích).",
        )
        pen.y = used.bottom() + pen.mm(3)
    pager.ensure(pen.mm(36))
    pen.y += pen.mm(2)
    _signature(pen, pack)


def _summary_page(pager: _Pager, pack: PrintPack) -> None:
    pen = pager.pen
    pager.new_page()
    _header(pen, pack)
    _title(pen, pack, SUMMARY_TITLE)
    _line(pen, "Giám khảo:", f"{pack.judge_title} {pack.judge_name}".strip())
    pen.y += pen.mm(2)
    criteria = pack.sheets[0].criteria if pack.sheets else ()
    pad = pen.mm(1.2)
    fixed = [pen.mm(10), pen.mm(20)]
    mark_w = pen.mm(17)
    title_w = pen.page.width() - sum(fixed) - mark_w * (len(criteria) + 1)
    if title_w < pen.mm(30):
        mark_w = (pen.page.width() - sum(fixed) - pen.mm(30)) / (len(criteria) + 1)
        title_w = pen.mm(30)
    widths = [*fixed, title_w, *[mark_w] * len(criteria), mark_w]
    heads = (
        ["STT", "Mã", "Tên hồ sơ"]
        # The criterion's name, as on the judge's sheet (codes are for files, not for people);
        # it wraps within the column.
        + [f"{c.criterion.name}\n(tối đa {format_decimal(c.criterion.max)})" for c in criteria]
        + [f"Tổng\n({format_decimal(pack.jury_max)})"]
    )

    def draw_head() -> None:
        pen.font(8, bold=True)
        h = max(pen.height_of(w - 2 * pad, t) for t, w in zip(heads, widths, strict=True)) + 2 * pad
        x = pen.page.x()
        for head, w in zip(heads, widths, strict=True):
            _cell(pen, QRectF(x, pen.y, w, h), head, align=Qt.AlignmentFlag.AlignCenter, pad=pad)
            x += w
        pen.y += h

    draw_head()
    for number, sheet in enumerate(pack.sheets, start=1):
        cells = (
            [str(number), sheet.entry.code, sheet.entry.title]
            + [_fmt(c.value) for c in sheet.criteria]
            + [_fmt(sheet.total)]
        )
        if sheet.state.value == "recused":
            cells[3:] = ["—"] * (len(cells) - 3)
        pen.font(9.5)
        h = max(pen.mm(8), pen.height_of(widths[2] - 2 * pad, sheet.entry.title) + 2 * pad)
        if pager.ensure(h):
            draw_head()
            pen.font(9.5)
        x = pen.page.x()
        for i, (text, w) in enumerate(zip(cells, widths, strict=True)):
            align = (
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                if i == 2
                else Qt.AlignmentFlag.AlignCenter
            )
            _cell(pen, QRectF(x, pen.y, w, h), text, align=align, pad=pad)
            x += w
        pen.y += h
    pager.ensure(pen.mm(46))
    pen.y += pen.mm(6)
    _signature(pen, pack)


def paint_pack(printer: QPrinter, pack: PrintPack) -> int:
    """Paint a judge's sheets on ``printer`` (a PDF file or a real printer); returns pages."""
    load_fonts()
    painter = QPainter()
    if not painter.begin(printer):
        raise EnvironmentFault(
            f"{printer.outputFileName() or printer.printerName()}: cannot be written"
        )
    try:
        dpi = float(printer.resolution())
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        pen = _Pen(painter, page, dpi)
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, dpi / 150)))
        pager = _Pager(printer, pen)
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


def print_to_pdf(pack: PrintPack, path: Path) -> Path:
    """Write the pack to a PDF file (fonts embedded)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab"):
            pass  # can it be written? (QPainter only says "false")
    except OSError as exc:
        raise EnvironmentFault(f"{path}: cannot be written ({exc.strerror})") from None
    paint_pack(make_pdf_printer(path), pack)
    if not path.exists():
        raise EnvironmentFault(f"{path}: the PDF could not be written")
    return path


def print_with_dialog(parent: QWidget | None, pack: PrintPack) -> bool:
    """Print on a real printer chosen in the system's print dialog; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    printer.setDocName("Phiếu chấm điểm")
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pack(printer, pack)
    return True
