"""A live preview of one certificate: its paintEvent calls the same routine as the PDF."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from judging.certificates.model import Certificate, CertificateTemplate
from ui.publish.certificates import draw_certificate


class CertificatePreview(QWidget):
    """The page, as large as fits, centred; grey around it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatePreview")
        self.template: CertificateTemplate | None = None
        self.certificate: Certificate | None = None
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_certificate(
        self, template: CertificateTemplate | None, certificate: Certificate | None
    ) -> None:
        self.template = template
        self.certificate = certificate
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    def page_rect(self) -> QRectF:
        """Where the page is drawn: the widget's rectangle less a margin, at the page's shape."""
        if self.template is None:
            return QRectF()
        width_mm, height_mm = self.template.size_mm
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        scale = min(area.width() / width_mm, area.height() / height_mm)
        width, height = width_mm * scale, height_mm * scale
        return QRectF(
            area.left() + (area.width() - width) / 2,
            area.top() + (area.height() - height) / 2,
            width,
            height,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.template is not None and self.certificate is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            target = self.page_rect()
            painter.fillRect(target.translated(3, 3), Qt.GlobalColor.darkGray)
            draw_certificate(painter, self.template, self.certificate, target)
        painter.end()
