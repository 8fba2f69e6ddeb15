"""Round reports built by hand for the publishing writers' unit tests: Vietnamese names with
every kind of diacritic, a tie the chair ordered with a reason, prizes, an incomplete entry,
two categories, and titles that look like formulas and HTML."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction

from judging.model import Role, RoundStatus
from judging.ranking.consistency import ConsistencyReport, Icc
from judging.ranking.report import (
    ReportCriterion,
    ReportDecision,
    ReportJudge,
    ReportPlaces,
    ReportPrize,
    ReportRow,
    RoundReport,
)
from judging.ranking.results import RoundResult

CHAIR = "Nguyễn Thị Ánh Tuyết"
MEMBERS = ("Trần Quốc Việt", "Lê Hoàng Yến", "Phạm Đức Ưng")
REASON = "Sáng kiến SK-07 áp dụng rộng hơn ở 3 phường; chủ tịch quyết định xếp trên."
FORMULA_TITLE = '=HYPERLINK("http://x","bấm")'
HTML_TITLE = "<script>alert('x')</script> & <b>đậm</b>"


def _row(
    entry: str,
    title: str,
    authors: tuple[str, ...],
    total: str | None,
    rank: int | None,
    *,
    category: str = "KT",
    category_name: str = "Kỹ thuật – Công nghệ",
    prize: str | None = None,
    prize_name: str = "",
    tied: bool = False,
    status: str = "ranked",
    decision: str | None = None,
    advanced: bool = False,
) -> ReportRow:
    value = None if total is None else Decimal(total)
    return ReportRow(
        entry=entry,
        title=title,
        category=category,
        category_name=category_name,
        authors=authors,
        organisation="UBND Phường Bến Nghé",
        status=status,
        rank=rank,
        tied=tied,
        criteria=(value,),
        components=(),
        jury_total=value,
        final_total=value,
        prize=prize,
        prize_name=prize_name,
        advanced=advanced,
        tie_decision=decision,
    )


ROWS = (
    _row("SK-01", "Ứng dụng bản đồ số quản lý cây xanh", ("Đỗ Minh Khôi",), "89.6600", 1,
         prize="NHAT", prize_name="Giải Nhất"),
    _row("SK-07", "Hệ thống nhắc lịch tiêm chủng qua Zalo", ("Võ Thị Hằng", "Bùi Gia Hưng"),
         "85.3333", 2, prize="NHI", prize_name="Giải Nhì", tied=True, decision=REASON),
    _row("SK-03", FORMULA_TITLE, ("Huỳnh Ngọc Ẩn",), "85.3333", 3, tied=True, decision=REASON),
    _row("SK-05", HTML_TITLE, ("Lý Thị Ơn",), None, None, status="incomplete"),
    _row("SK-11", "Sổ tay điện tử hỗ trợ người cao tuổi", ("Đặng Thùy Dương",), "80.0050", 1,
         category="XH", category_name="Xã hội – Cộng đồng", prize="KK",
         prize_name="Giải Khuyến khích"),
)  # fmt: skip


def _judge(code: str, name: str, role: Role, submitted: bool = True) -> ReportJudge:
    return ReportJudge(code, name, "Tiến sĩ", "Trường Đại học Bách khoa", role, 4, submitted)


def approved_report() -> RoundReport:
    """An approved round: two categories, a tie ordered by the chair, three prizes."""
    return RoundReport(
        competition="SKCD-2026",
        competition_name="Giải thưởng Sáng kiến cộng đồng 2026",
        organiser="Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
        round="SK",
        round_name="Vòng sơ khảo",
        category=None,
        status=RoundStatus.APPROVED,
        provisional=False,
        approved_at=datetime(2026, 12, 6, 3, 0, tzinfo=UTC),
        approved_by="thuky",
        places=ReportPlaces(panel=2, weighted=2, total=2),
        criteria=(ReportCriterion("C1", "Tính mới", Decimal(1), Decimal(100)),),
        components=(),
        categories=(("KT", "Kỹ thuật – Công nghệ"), ("XH", "Xã hội – Cộng đồng")),
        rows=ROWS,
        marks=(),
        judges=(
            _judge("GK1", MEMBERS[0], Role.MEMBER),
            _judge("GK0", CHAIR, Role.CHAIR),
            _judge("GK2", MEMBERS[1], Role.MEMBER),
            _judge("GK3", MEMBERS[2], Role.MEMBER, submitted=False),
        ),
        decisions=(ReportDecision(("SK-07", "SK-03"), REASON, CHAIR, "KT"),),
        prizes=(
            ReportPrize("NHAT", "Giải Nhất", ("SK-01",)),
            ReportPrize("NHI", "Giải Nhì", ("SK-07",)),
            ReportPrize("KK", "Giải Khuyến khích", ("SK-11",)),
        ),
        consistency=ConsistencyReport(
            judges=(),
            points=(),
            concordance=(),
            icc=Icc(None, 0, 0, None, None, None),
            outlier_share=Fraction(0),
        ),
        result=RoundResult("SKCD-2026", "SK", None, False, RoundStatus.APPROVED, ()),
    )


def provisional_report() -> RoundReport:
    return replace(approved_report(), status=RoundStatus.OPEN, provisional=True, approved_at=None)


def closed_report() -> RoundReport:
    return replace(approved_report(), status=RoundStatus.CLOSED, approved_at=None)
