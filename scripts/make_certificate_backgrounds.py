"""Draw the shipped certificate templates' background images (run once; the PNGs are committed).

    .venv/bin/python scripts/make_certificate_backgrounds.py

Each is an A4 landscape page at 150 dpi: cream paper, a double border in the muted red and gold
of Vietnamese certificates, corner ornaments, and a light watermark (a band with a star in
rings) that text can sit on; nothing else, so any layout of text fits it. The awards differ
only in a detail of the ornament, so a printed batch can be told apart at a glance. Written
to judging/certificates/templates/<award>.png.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from judging.textfiles import write_output

DPI = 150
WIDTH_MM, HEIGHT_MM = 297.0, 210.0
FOLDER = Path(__file__).resolve().parent.parent / "judging" / "certificates" / "templates"

PAPER = QColor("#fbf6ea")
RED = QColor("#9b2226")
GOLD = QColor("#c59b3c")
PALE_GOLD = QColor(197, 155, 60, 28)

#: award → how many petals its corner ornament has (the one detail that tells them apart).
AWARDS = {"sang-kien-cong-dong": 4, "sang-tao-nha-nong": 6, "i-star": 5}


def star(centre: QPointF, outer: float, inner: float, points: int = 5) -> QPolygonF:
    polygon = QPolygonF()
    for index in range(points * 2):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / points
        polygon.append(centre + QPointF(radius * math.cos(angle), radius * math.sin(angle)))
    return polygon


def draw_borders(painter: QPainter) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(RED, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin)
    )
    painter.drawRect(QRectF(8, 8, WIDTH_MM - 16, HEIGHT_MM - 16))
    painter.setPen(QPen(GOLD, 0.7))
    painter.drawRect(QRectF(11.5, 11.5, WIDTH_MM - 23, HEIGHT_MM - 23))
    painter.setPen(QPen(GOLD, 0.3))
    painter.drawRect(QRectF(13, 13, WIDTH_MM - 26, HEIGHT_MM - 26))


def draw_corner(painter: QPainter, petals: int) -> None:
    """One corner ornament at the origin, pointing into the page (+x, +y)."""
    painter.setPen(QPen(GOLD, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (9.0, 12.0):
        painter.drawArc(QRectF(13 - radius, 13 - radius, 2 * radius, 2 * radius), 270 * 16, 90 * 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED)
    centre = QPointF(13, 13)
    for index in range(petals):
        angle = (index + 0.5) * (math.pi / 2) / petals
        tip = centre + QPointF(7.5 * math.cos(angle), 7.5 * math.sin(angle))
        path = QPainterPath(centre)
        side = QPointF(-math.sin(angle), math.cos(angle)) * 1.3
        middle = (centre + tip) / 2
        path.quadTo(middle + side, tip)
        path.quadTo(middle - side, centre)
        painter.drawPath(path)
    painter.setBrush(GOLD)
    painter.drawEllipse(centre, 1.6, 1.6)
    # a line of small diamonds along each edge from the corner
    painter.setBrush(GOLD)
    for step in range(3):
        for x, y in ((26 + 5 * step, 13.0), (13.0, 26 + 5 * step)):
            diamond = QPolygonF(
                [QPointF(x, y - 1), QPointF(x + 1, y), QPointF(x, y + 1), QPointF(x - 1, y)]
            )
            painter.drawPolygon(diamond)


def draw_corners(painter: QPainter, petals: int) -> None:
    for flip_x, flip_y in ((False, False), (True, False), (False, True), (True, True)):
        painter.save()
        painter.translate(WIDTH_MM if flip_x else 0, HEIGHT_MM if flip_y else 0)
        painter.scale(-1 if flip_x else 1, -1 if flip_y else 1)
        draw_corner(painter, petals)
        painter.restore()


def draw_watermark(painter: QPainter) -> None:
    """A pale band across the page behind the recipient's name, a star in rings at its centre."""
    band = QRectF(13.3, 78, WIDTH_MM - 26.6, 44)
    gradient = QLinearGradient(band.topLeft(), band.topRight())
    gradient.setColorAt(0.0, QColor(197, 155, 60, 0))
    gradient.setColorAt(0.2, QColor(197, 155, 60, 24))
    gradient.setColorAt(0.8, QColor(197, 155, 60, 24))
    gradient.setColorAt(1.0, QColor(197, 155, 60, 0))
    painter.fillRect(band, QBrush(gradient))
    centre = QPointF(WIDTH_MM / 2, HEIGHT_MM / 2 + 5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(PALE_GOLD, 1.2))
    for radius in (48.0, 44.0):
        painter.drawEllipse(centre, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(155, 34, 38, 9))
    painter.drawPolygon(star(centre, 38, 15))


def background(petals: int) -> QImage:
    width = round(WIDTH_MM / 25.4 * DPI)
    height = round(HEIGHT_MM / 25.4 * DPI)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(width / WIDTH_MM, height / HEIGHT_MM)
    draw_watermark(painter)
    draw_borders(painter)
    draw_corners(painter, petals)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 9)  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    FOLDER.mkdir(parents=True, exist_ok=True)
    for award, petals in AWARDS.items():
        data = png_bytes(background(petals))
        path = FOLDER / f"{award}.png"
        write_output(path, data)
        print(f"{path.relative_to(FOLDER.parent.parent.parent)}: {len(data) // 1024} KB")
    del app


if __name__ == "__main__":
    main()
