"""Make the certificates' pictures again, offscreen, in Vietnamese.

    .venv/bin/python docs/screenshots/make_certificate_screenshots.py

- certificate-first.png: the first certificate of the demo's approved round, drawn by the one
  routine the PDF and the printer use, at 100 dpi;
- screen-1366-certificates-approved.png, screen-1024-certificates-approved.png: the main
  window's Certificates section on a 1366×768 and a 1024×768 laptop with that round chosen.

The demo is built with its first round only (so that round gives the prizes), scored and
approved. Issued certificates come from ``services.certificates`` where the build has it;
otherwise the winners are drawn as the section previews them, with an example serial.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect, QRectF, QSettings  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui.certificates.service import certificate_service  # noqa: E402

from db.database import open_database  # noqa: E402
from judging.app import Services, build_services  # noqa: E402
from judging.certificates.model import (  # noqa: E402
    Align,
    Certificate,
    CertificateTemplate,
    Per,
    QrField,
    TextField,
)
from tests.ui.certificate_samples import BACKGROUND, one_round_demo  # noqa: E402
from ui.app import Translations  # noqa: E402
from ui.errors import ErrorHandler, Prompter  # noqa: E402
from ui.fonts import apply_app_font  # noqa: E402
from ui.main_window import PREFERRED_SIZE, MainWindow, initial_geometry  # noqa: E402
from ui.publish.certificates import draw_certificate  # noqa: E402
from ui.sections.certificates import Batch, CertificatesSection, preview_certificates  # noqa: E402

OUT = Path(__file__).resolve().parent
RED = "#9b2226"

#: The layout the pictures use when the build has no stored templates (the shipped
#: background: a band for the name at 78–122 mm, a rule under the title at 52 mm).
LAYOUT = CertificateTemplate(
    code="sang-kien-cong-dong",
    name="Giấy chứng nhận Sáng kiến cộng đồng",
    background=BACKGROUND.read_bytes(),
    fields=(
        TextField("{competition}", 30, 22, 237, 8, size=13, bold=True, colour=RED),
        TextField("GIẤY CHỨNG NHẬN", 30, 32, 237, 17, size=34, bold=True, colour=RED),
        TextField("Ban Tổ chức trân trọng chứng nhận", 30, 60, 237, 8, size=13, italic=True),
        TextField("{name}", 30, 84, 237, 16, size=28, min_size=14, bold=True),
        TextField("{organisation}", 30, 104, 237, 8, size=13),
        TextField(
            "Tác giả sáng kiến “{entry_title}”", 45, 124, 207, 16, size=14, min_size=10, italic=True
        ),
        TextField(
            "đã đạt {prize} — lĩnh vực {category}", 30, 143, 237, 10, size=17, bold=True, colour=RED
        ),
        TextField("Thành phố Hồ Chí Minh, {date}", 160, 164, 110, 7, size=12, italic=True),
        TextField("Số: {serial}", 24, 181, 80, 6, size=9, align=Align.LEFT),
    ),
    qr=QrField(24, 153, 26),
)


class Quiet(Prompter):
    def inform(self, parent: object, title: str, text: str) -> None:  # type: ignore[override]
        pass


def certificates(
    services: Services, round_code: str
) -> tuple[CertificateTemplate, list[Certificate]]:
    service = certificate_service(services)
    if service is not None:
        templates = list(service.templates())
        chosen = next((t for t in templates if t.code == LAYOUT.code), templates[0])
        batch = service.issue(round_code, per=Per.ENTRY, template=chosen.code)
        return batch.template, list(batch.certificates)
    winners = preview_certificates(
        services.ranking.report(round_code), Per.ENTRY, date(2026, 12, 6)
    )
    issued = []
    for number, winner in enumerate(winners, 1):
        serial = f"SK-2026-{number:04d}"
        issued.append(
            dataclasses.replace(
                winner,
                serial=serial,
                verification_code=f"GCN-{number:04d}-7QX4",
                values={**winner.values, "serial": serial},
            )
        )
    return LAYOUT, issued


def first_certificate(template: CertificateTemplate, certificate: Certificate) -> None:
    width_mm, height_mm = template.size_mm
    dpi = 100
    image = QImage(
        round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi), QImage.Format.Format_RGB32
    )
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw_certificate(painter, template, certificate, QRectF(image.rect()))
    painter.end()
    image.save(str(OUT / "certificate-first.png"), "PNG")
    print("certificate-first.png")


def section_pictures(
    app: QApplication,
    services: Services,
    folder: Path,
    template: CertificateTemplate,
    issued: list[Certificate],
) -> None:
    translations = Translations(app)
    translations.set_language("vi")
    prompter = Quiet()
    window = MainWindow(
        services,
        languages=translations,
        prompter=prompter,
        errors=ErrorHandler(prompter, log_path=lambda: folder / "log.txt"),
        settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
    )
    window.show()
    window.show_section("certificates")
    section = window.section("certificates")
    assert isinstance(section, CertificatesSection)
    if section.editor.template is None:
        section.editor.set_template(template)
    section._show_batch(Batch(tuple(issued), issued=True))
    for name, screen in (("1366", QRect(0, 0, 1366, 728)), ("1024", QRect(0, 0, 1024, 728))):
        window.resize(initial_geometry(screen, PREFERRED_SIZE).size())
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / f"screen-{name}-certificates-approved.png"), "PNG")
        print(f"screen-{name}-certificates-approved.png")
    window.close()
    translations.set_language("en")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_app_font(app)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = open_database(str(folder / "demo.sqlite"))
        try:
            services = build_services(database.uow_factory, location=str(folder / "demo.sqlite"))
            round_code = one_round_demo(services)
            template, issued = certificates(services, round_code)
            first_certificate(template, issued[0])
            section_pictures(app, services, folder, template, issued)
        finally:
            database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
