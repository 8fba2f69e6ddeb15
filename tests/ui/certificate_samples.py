"""Hand-built certificate templates and certificates for the drawing and batch tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from judging.app import Services
from judging.certificates.model import (
    Align,
    Certificate,
    CertificateTemplate,
    QrField,
    TextField,
)
from judging.demo import demo_competition, demo_entries, demo_judges
from judging.model import Role
from judging.scoring.demo import demo_mark
from judging.scoring.model import Origin, SheetState

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


def approve_demo_round(services: Services) -> str:
    """Finish every member's sheet of the demo's first round, order its ties, close and approve
    it (as the council would); its code."""
    competition = services.core.competition()
    assert competition is not None
    rnd = competition.rounds[0]
    roles = {j.code: j.role for j in services.core.judge_rows()}
    to_finish: dict[str, list[str]] = {}
    for sheet in services.scoring.round_sheets(rnd.code):
        if roles.get(sheet.judge_code) in (Role.MEMBER, Role.CHAIR) and sheet.state not in (
            SheetState.SUBMITTED,
            SheetState.RECUSED,
        ):
            to_finish.setdefault(sheet.judge_code, []).append(sheet.entry_code)
    for judge, entries in to_finish.items():
        marks: dict[str, dict[str, Decimal | None]] = {
            entry: {c.code: demo_mark(c, entry, judge) for c in rnd.criteria} for entry in entries
        }
        services.scoring.enter_sheets(
            rnd.code, judge, marks, origin=Origin.TYPED, actor=judge, submit_complete=True
        )
    for tied in services.ranking.rank(rnd.code).ties:
        services.ranking.resolve_tie(rnd.code, list(tied), "Hội đồng biểu quyết", actor="demo")
    services.ranking.close_round(rnd.code)
    services.ranking.approve_round(rnd.code)
    return rnd.code


def one_round_demo(services: Services) -> str:
    """The demo competition with its first round only (so that round gives the prizes),
    assigned, scored and approved; the round's code. Fill an empty database."""
    from judging.scoring import demo as scoring_demo
    from judging.setup import demo as setup_demo

    competition = demo_competition()
    competition = replace(competition, rounds=competition.rounds[:1])
    services.core.create_competition(competition, demo_entries(), demo_judges(), actor="demo")
    setup_demo.extend_demo(services)
    scoring_demo.extend_demo(services)
    return approve_demo_round(services)
