"""Certificates drawn by one QPainter routine: the editor's preview, the PDF and the printer.

``draw_certificate`` draws a page in millimetres, scaled onto whatever rectangle it is given,
so the same call paints a widget, a QPdfWriter page and a QPrinter page. Text is always set in
the shipped font (Be Vietnam Pro, ``ui.fonts``), which the PDF embeds, so a certificate looks
the same on every machine; a text too long for its box is set smaller (down to the field's
``min_size``) and, failing that, wrapped. The QR code is drawn as vector squares from segno's
matrix with its quiet zone. A template's background is decoded once and kept, so a batch of
1,000 pages decodes it once and the PDF embeds it once.

Text is laid out in hundredths of a millimetre with fonts sized in those units (pixel sizes),
so glyph metrics are never rounded at small device sizes and the layout does not depend on the
device's resolution.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from judging.certificates.files import certificate_file_names
from judging.certificates.model import (
    Align,
    Certificate,
    CertificateTemplate,
    Orientation,
    TextField,
    fill,
)
from judging.textfiles import atomic_output, check_output, write_output
from ui.fonts import FAMILY, load_fonts
from ui.publish.pdf_pages import split_pages
from ui.publish.qr import SEGNO_OPTIONS, qr_modules

#: Layout units per millimetre for text (hundredths of a millimetre).
_UNITS = 100.0
_MM_PER_POINT = 25.4 / 72.0
#: Steps in which a long text's size is reduced, in points.
_SHRINK_STEP = 0.25
#: A PDF's resolution (dots per inch) for its drawing coordinates.
PDF_DPI = 300
_QR_QUIET_ZONE = 4
_DARK_RUN = re.compile(b"[\x01-\xff]+")
#: segno's options for the verification QR code: a regular QR code (segno would pick a Micro QR
#: for short texts, which phone cameras do not read), error level M (raised where it costs no
#: size), and a fixed mask: any mask decodes; choosing the best of the eight costs 1.4 ms a
#: code in segno, which was most of a 1,000-page batch.
QR_OPTIONS: dict[str, object] = SEGNO_OPTIONS

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft,
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight,
}


# -- the one drawing routine -------------------------------------------------------------------
def draw_certificate(
    painter: QPainter,
    template: CertificateTemplate,
    certificate: Certificate,
    target: QRectF,
) -> None:
    """Draw ``certificate`` laid out by ``template`` onto ``target`` (any device's units)."""
    width_mm, height_mm = template.size_mm
    painter.save()
    try:
        painter.translate(target.topLeft())
        painter.scale(target.width() / width_mm, target.height() / height_mm)
        page = QRectF(0.0, 0.0, width_mm, height_mm)
        _draw_background(painter, template, page)
        for text_field in template.fields:
            _draw_text(painter, text_field, fill(text_field.text, certificate.values))
        if template.qr is not None:
            _draw_qr(
                painter,
                certificate.verification_code,
                template.qr.x,
                template.qr.y,
                template.qr.size,
            )
    finally:
        painter.restore()


# -- background --------------------------------------------------------------------------------
class _Backgrounds:
    """Decoded background images, by the bytes they came from (a few kept)."""

    def __init__(self, keep: int = 4) -> None:
        self._images: OrderedDict[bytes, QImage] = OrderedDict()
        self._keep = keep

    def image(self, data: bytes) -> QImage:
        found = self._images.get(data)  # bytes cache their hash: cheap for the same object
        if found is not None:
            self._images.move_to_end(data)
            return found
        image = QImage.fromData(data)
        if not image.isNull():
            # The PDF engine and the raster painter both want an opaque RGB image.
            fmt = (
                QImage.Format.Format_ARGB32_Premultiplied
                if image.hasAlphaChannel()
                else (QImage.Format.Format_RGB32)
            )
            image = image.convertToFormat(fmt)
        self._images[data] = image
        while len(self._images) > self._keep:
            self._images.popitem(last=False)
        return image


_backgrounds = _Backgrounds()


def background_image(template: CertificateTemplate) -> QImage | None:
    """The template's background, decoded once (None: none, or bytes that are no image)."""
    if template.background is None:
        return None
    image = _backgrounds.image(template.background)
    return None if image.isNull() else image


def _draw_background(painter: QPainter, template: CertificateTemplate, page: QRectF) -> None:
    image = background_image(template)
    if image is None or image.hasAlphaChannel():
        painter.fillRect(page, Qt.GlobalColor.white)
    if image is not None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(page, image)


# -- text --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fitted:
    """How a field's text is set: its size in points and whether it wraps."""

    size: float
    wraps: bool


_fonts: dict[tuple[str, int, bool, bool], QFont] = {}


def _family(name: str) -> str:
    """The shipped family, whatever a template names (a system font would differ per machine)."""
    families = load_fonts()
    return name if name in families else FAMILY


def field_font(text_field: TextField, size: float) -> QFont:
    """The field's font at ``size`` points, sized in layout units (1/100 mm)."""
    pixels = max(1, round(size * _MM_PER_POINT * _UNITS))
    key = (text_field.font, pixels, text_field.bold, text_field.italic)
    font = _fonts.get(key)
    if font is None:
        font = QFont()
        font.setFamilies([_family(text_field.font)])
        font.setPixelSize(pixels)
        font.setBold(text_field.bold)
        font.setItalic(text_field.italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        font.setKerning(True)
        _fonts[key] = font
    return font


def _box(text_field: TextField) -> QRectF:
    return QRectF(0.0, 0.0, text_field.width * _UNITS, text_field.height * _UNITS)


def _wrapped_height(metrics: QFontMetricsF, box: QRectF, text: str) -> float:
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(box, flags, text).height()


@functools.lru_cache(maxsize=4096)
def fit_text(text_field: TextField, text: str) -> Fitted:
    """The largest size (from the field's size down to its min_size) at which ``text`` fits
    its box on one line; else the largest at which it fits wrapped; else min_size wrapped."""
    box = _box(text_field)
    size = text_field.size
    lowest = min(text_field.min_size, size)
    metrics = QFontMetricsF(field_font(text_field, size))
    advance = metrics.horizontalAdvance(text)
    if advance > box.width() and advance > 0:
        # Advances scale with the size: one guess, then checked in small steps.
        size = max(lowest, _floor_step(size * box.width() / advance))
    while True:
        metrics = QFontMetricsF(field_font(text_field, size))
        if metrics.horizontalAdvance(text) <= box.width() and metrics.height() <= box.height():
            return Fitted(size, wraps=False)
        if size <= lowest:
            break
        size = max(lowest, size - _SHRINK_STEP)
    size = text_field.size
    while size > lowest:
        metrics = QFontMetricsF(field_font(text_field, size))
        if _wrapped_height(metrics, box, text) <= box.height():
            return Fitted(size, wraps=True)
        size = max(lowest, size - _SHRINK_STEP)
    return Fitted(lowest, wraps=True)


def _floor_step(size: float) -> float:
    return int(size / _SHRINK_STEP) * _SHRINK_STEP


@functools.lru_cache(maxsize=64)
def _colour(name: str) -> QColor:
    return QColor(name)


def _draw_text(painter: QPainter, text_field: TextField, text: str) -> None:
    if not text.strip():
        return
    fitted = fit_text(text_field, text)
    painter.save()
    painter.translate(text_field.x, text_field.y)
    painter.scale(1.0 / _UNITS, 1.0 / _UNITS)
    painter.setFont(field_font(text_field, fitted.size))
    painter.setPen(_colour(text_field.colour))
    flags = _ALIGN[text_field.align] | Qt.AlignmentFlag.AlignVCenter
    if fitted.wraps:
        flags |= Qt.TextFlag.TextWordWrap
    painter.drawText(_box(text_field), int(flags), text)
    painter.restore()


# -- QR code -----------------------------------------------------------------------------------
#: One rectangle per run of dark modules, by the layout's stride and the run's span in it:
#: codes share most of them (a Qt object made in Python costs microseconds; 120 a page were a
#: fifth of a batch).
_RUN_RECTS: dict[tuple[int, int, int], QRect] = {}


@functools.lru_cache(maxsize=2048)  # the preview redraws the same code at every edit
def qr_squares(code: str) -> tuple[int, tuple[QRect, ...]]:
    """segno's matrix for ``code`` (``QR_OPTIONS``; ``ui.publish.qr`` makes it 20-50 times faster
    for verification codes) as (modules across including the quiet zone, one rectangle per run
    of dark modules in a row, in module units, quiet zone included)."""
    modules = qr_modules(code)
    stride = modules.stride
    if len(_RUN_RECTS) > 100_000:
        _RUN_RECTS.clear()
    squares = []
    for run in _DARK_RUN.finditer(modules.flat):
        start, end = run.span()
        key = (stride, start, end)
        rect = _RUN_RECTS.get(key)
        if rect is None:
            row, column = divmod(start, stride)
            quiet = _QR_QUIET_ZONE
            rect = _RUN_RECTS[key] = QRect(column + quiet, row + quiet, end - start, 1)
        squares.append(rect)
    return modules.size + 2 * _QR_QUIET_ZONE, tuple(squares)


def _draw_qr(painter: QPainter, code: str, x: float, y: float, size: float) -> None:
    if not code:
        return
    modules, squares = qr_squares(code)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(x, y, size, size), Qt.GlobalColor.white)  # the quiet zone
    painter.translate(x, y)
    painter.scale(size / modules, size / modules)
    painter.setBrush(Qt.GlobalColor.black)
    painter.drawRects(squares)
    painter.restore()


# -- pages: PDF and printer --------------------------------------------------------------------
class _Stopped(Exception):
    """Cancel was pressed: the file being written is dropped."""


def page_layout(template: CertificateTemplate) -> QPageLayout:
    """The template's paper and orientation with no margins (the template places everything)."""
    size_id = getattr(QPageSize.PageSizeId, template.page, None)
    if size_id is not None:
        page_size = QPageSize(size_id)
    else:
        width, height = template.size_mm
        page_size = QPageSize(QRectF(0, 0, width, height).size(), QPageSize.Unit.Millimeter)
    orientation = (
        QPageLayout.Orientation.Landscape
        if template.orientation == Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0))


def _draw_pages(
    painter: QPainter,
    new_page: Callable[[], object],
    target: QRectF,
    template: CertificateTemplate,
    certificates: Sequence[Certificate],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    total = len(certificates)
    for index, certificate in enumerate(certificates):
        if cancelled is not None and cancelled():
            raise _Stopped
        if index:
            new_page()
        draw_certificate(painter, template, certificate, target)
        if progress is not None:
            progress(index + 1, total)


def _write_pdf(
    template: CertificateTemplate,
    certificates: Sequence[Certificate],
    path: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(template))
    writer.setCreator("Judging Desk")
    writer.setTitle(template.name)
    painter = QPainter(writer)
    try:
        target = QRectF(writer.pageLayout().fullRectPixels(PDF_DPI))
        _draw_pages(painter, writer.newPage, target, template, certificates, progress, cancelled)
    finally:
        painter.end()
        del painter, writer  # closes the file before it is renamed


def write_certificates_pdf(
    template: CertificateTemplate,
    certificates: Sequence[Certificate],
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bool:
    """All ``certificates`` into one PDF at ``path``, a page each; written whole or not at all.
    False when cancelled (whatever ``path`` held before is left)."""
    try:
        with atomic_output(path) as temporary:
            _write_pdf(template, certificates, temporary, progress, cancelled)
    except _Stopped:
        return False
    return True


def write_certificate_files(
    template: CertificateTemplate,
    certificates: Sequence[Certificate],
    folder: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path] | None:
    """One PDF per certificate in ``folder`` ("0001-Nguyen-Van-An.pdf"); the paths written, or
    None when cancelled (the files finished before Cancel stay, none is half-written).

    The batch is drawn once, into one PDF in memory, and each page is copied out into its own
    file (``pdf_pages``): Qt would encode the background image again for every file."""
    paths = [folder / name for name in certificate_file_names(certificates)]
    if not paths:
        return []
    check_output(paths[0])
    total = len(certificates)
    steps = 2 * total
    drawn = _pdf_bytes(
        template,
        certificates,
        None if progress is None else (lambda done, _total: progress(done, steps)),
        cancelled,
    )
    if drawn is None:
        return None
    for index, (page, path) in enumerate(zip(split_pages(drawn), paths, strict=True)):
        if cancelled is not None and cancelled():
            return None
        write_output(path, page)
        if progress is not None:
            progress(total + index + 1, steps)
    return paths


def _pdf_bytes(
    template: CertificateTemplate,
    certificates: Sequence[Certificate],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> bytes | None:
    """The batch as one PDF, in memory; None when cancelled."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(template))
    writer.setCreator("Judging Desk")
    writer.setTitle(template.name)
    painter = QPainter(writer)
    try:
        target = QRectF(writer.pageLayout().fullRectPixels(PDF_DPI))
        _draw_pages(painter, writer.newPage, target, template, certificates, progress, cancelled)
    except _Stopped:
        return None
    finally:
        painter.end()
        del painter, writer
    return bytes(buffer.data().data())


def print_certificates(
    template: CertificateTemplate,
    certificates: Sequence[Certificate],
    printer: QPrinter,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bool:
    """Send the certificates to ``printer`` (a page each, on the template's paper, from the
    paper's edge). False when cancelled (the pages drawn so far are discarded)."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(template))
    printer.setDocName(template.name)
    painter = QPainter(printer)
    if not painter.isActive():
        return False
    try:
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        _draw_pages(painter, printer.newPage, target, template, certificates, progress, cancelled)
    except _Stopped:
        printer.abort()
        return False
    finally:
        painter.end()
    return True
