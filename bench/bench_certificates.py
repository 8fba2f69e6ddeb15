"""Benchmark: 1,000 certificates (background image, QR code) into one PDF, and 1,000 files.

    .venv/bin/python bench/bench_certificates.py [--count 1000 --repeat 5 --files 1000]

Budgets: one PDF under 1.5 s and within 2x of bare QPdfWriter drawing the same pages in the
same run (the same background image, the same texts at the same places in the same fonts, the
same QR squares; no template logic: no placeholders, no fitting, no matrix); 1,000 separate
files under 10 s. Prints the median and spread of the runs and the peak memory (RSS).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPdfWriter

from judging.certificates import codes
from judging.certificates.model import Certificate, CertificateTemplate, fill
from tests.ui.certificate_samples import sample_certificate, sample_template
from ui.fonts import load_fonts
from ui.publish import certificates as publish
from ui.publish.qr import qr_modules

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Văn", "Thị", "Hữu", "Ngọc", "Minh", "Quốc", "Thanh", "Hoàng", "Kim", "Đức")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Khoa", "Lan", "Phúc", "Tâm", "Ánh")

ONE_PDF_BUDGET = 1.5
RATIO_BUDGET = 2.0
FILES_BUDGET = 10.0


def bare_pdf(template: CertificateTemplate, certificates: list[Certificate], path: Path) -> None:
    """What the routine draws, drawn straight: fonts, texts, squares worked out beforehand."""
    image = publish.background_image(template)
    assert image is not None and template.qr is not None
    qr = template.qr
    texts = [
        [
            (
                publish.field_font(f, publish.fit_text(f, fill(f.text, c.values)).size),
                f,
                fill(f.text, c.values),
            )
            for f in template.fields
        ]
        for c in certificates
    ]
    squares = [publish.qr_squares(c.verification_code) for c in certificates]
    width_mm, height_mm = template.size_mm
    started = time.perf_counter()
    writer = QPdfWriter(str(path))
    writer.setResolution(publish.PDF_DPI)
    writer.setPageLayout(publish.page_layout(template))
    painter = QPainter(writer)
    scale = writer.width() / width_mm
    page = QRectF(0, 0, width_mm, height_mm)
    for index, (page_texts, page_squares) in enumerate(zip(texts, squares, strict=True)):
        if index:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.drawImage(page, image)
        for font, field, text in page_texts:
            painter.save()
            painter.translate(field.x, field.y)
            painter.scale(0.01, 0.01)
            painter.setFont(font)
            painter.setPen(QColor(field.colour))
            painter.drawText(
                QRectF(0, 0, field.width * 100, field.height * 100),
                int(Qt.AlignmentFlag.AlignCenter),
                text,
            )
            painter.restore()
        painter.fillRect(QRectF(qr.x, qr.y, qr.size, qr.size), Qt.GlobalColor.white)
        modules, rects = page_squares
        painter.translate(qr.x, qr.y)
        painter.scale(qr.size / modules, qr.size / modules)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.black)
        painter.drawRects(rects)
        painter.restore()
    painter.end()
    bare_pdf.seconds = time.perf_counter() - started  # type: ignore[attr-defined]


def distinct_certificates(count: int) -> list[Certificate]:
    """Certificates for ``count`` different people (every name is measured afresh)."""
    names = [
        f"{s} {m} {g}" if n < 2 else f"{s} {m} {g} {GIVEN[(n + 3) % len(GIVEN)]}"
        for n in range(3)
        for s in SURNAMES
        for m in MIDDLE
        for g in GIVEN
    ]
    chosen = random.Random(count)
    return [
        replace(
            sample_certificate(i, name=names[i % len(names)]),
            verification_code=codes.group(
                "".join(chosen.choice(codes.ALPHABET) for _ in range(codes.LENGTH))
            ),  # the shape the program issues: "K7QF-29XM-HD4T"
        )
        for i in range(count)
    ]


def qr_matrices(certificates: list[Certificate]) -> tuple[float, float]:
    """Seconds the encoder and segno take for the certificates' QR matrices (best of three)."""
    texts = [c.verification_code for c in certificates]
    ours = min(timeit.repeat(lambda: [qr_modules(t) for t in texts], number=1, repeat=3))
    options = publish.QR_OPTIONS
    theirs = min(
        timeit.repeat(
            lambda: [segno.make(t, **options).matrix for t in texts],  # type: ignore[arg-type]
            number=1,
            repeat=3,
        )
    )
    return ours, theirs


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def spread(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f}, n={len(times)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    load_fonts()
    template = sample_template()
    certificates = distinct_certificates(args.count)
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        publish.write_certificates_pdf(template, certificates[:5], out / "warm.pdf")
        for _ in range(args.repeat):
            # every run starts cold: no QR matrix or text fit kept from the run before
            publish.qr_squares.cache_clear()
            publish.fit_text.cache_clear()
            ours.append(
                timed(lambda: publish.write_certificates_pdf(template, certificates, out / "a.pdf"))
            )
            bare_pdf(template, certificates, out / "b.pdf")
            bare.append(bare_pdf.seconds)  # type: ignore[attr-defined]
        size_kb = (out / "a.pdf").stat().st_size // 1024
        files_folder = out / "files"
        files_folder.mkdir()
        batch = distinct_certificates(args.files)
        publish.qr_squares.cache_clear()
        publish.fit_text.cache_clear()
        files = timed(lambda: publish.write_certificate_files(template, batch, files_folder))
        written = len(list(files_folder.iterdir()))
    encoder, segnos = qr_matrices(certificates)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"{args.count} certificates, one PDF ({size_kb} KB): {spread(ours)}")
    print(f"bare QPdfWriter, same pages:      {spread(bare)}")
    print(f"ratio (medians): {ratio:.2f}x (budget {RATIO_BUDGET}x)")
    print(f"{written} separate files: {files:.2f} s (budget {FILES_BUDGET} s)")
    print(
        f"QR matrices of the {len(certificates)} codes: {encoder * 1000:.1f} ms "
        f"(segno {segnos * 1000:.0f} ms, {segnos / encoder:.0f}x)"
    )
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    del app
    over = (
        statistics.median(ours) > ONE_PDF_BUDGET
        or ratio > RATIO_BUDGET
        or (args.files >= 1000 and files > FILES_BUDGET)
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
