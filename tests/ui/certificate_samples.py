"""Hand-built certificate templates and certificates for the drawing and batch tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from judging.certificates.model import (
    Align,
    Certificate,
    CertificateTemplate,
    QrField,
    TextField,
)

BACKGROUND = (
    Path(__file__).resolve().parents[2]
    / "judging"
    / "certificates"
    / "templates"
    / "sang-kien-cong-dong.png"
)

NAMES = (
    "Nguyễn Văn Ân",
    "Trần Thị Bích Ngọc",
    "Đặng Quốc Đạt",
    "Lê Hoàng Phúc",
    "Phạm Thị Thu Hường",
    "Võ Ngọc Ẩn",
)


def sample_template(*, background: bool = True) -> CertificateTemplate:
    return CertificateTemplate(
        code="thu",
        name="Mẫu thử",
        background=BACKGROUND.read_bytes() if background else None,
        fields=(
            TextField("GIẤY CHỨNG NHẬN", 20, 32, 257, 16, size=30, bold=True, colour="#9b2226"),
            TextField("{name}", 30, 84, 237, 16, size=26, min_size=12, bold=True),
            TextField(
                "Sáng kiến: {entry_title}", 40, 104, 217, 20, size=15, min_size=10, italic=True
            ),
            TextField("{prize}", 40, 128, 217, 12, size=18, colour="#9b2226"),
            TextField("Số: {serial}", 22, 182, 80, 8, size=10, align=Align.LEFT),
        ),
        qr=QrField(245, 160, 30),
    )


def sample_certificate(index: int, name: str | None = None) -> Certificate:
    recipient = name or NAMES[index % len(NAMES)]
    serial = f"SK-2026-{index + 1:04d}"
    values = {
        "name": recipient,
        "organisation": "UBND phường Bến Nghé",
        "prize": "Giải Nhất",
        "entry_title": "Ứng dụng phân loại rác thải tại nguồn cho khu dân cư",
        "category": "Cộng đồng",
        "competition": "Giải thưởng Sáng kiến cộng đồng 2026",
        "date": "ngày 6 tháng 12 năm 2026",
        "serial": serial,
    }
    return Certificate(
        serial,
        f"VX{index:06d}Q",
        "SK",
        f"E{index:03d}",
        recipient,
        "P1",
        date(2026, 12, 6),
        values,
    )


def sample_certificates(count: int) -> list[Certificate]:
    return [sample_certificate(index) for index in range(count)]
