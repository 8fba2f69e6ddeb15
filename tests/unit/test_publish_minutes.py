"""The council's minutes as a neutral document, its .docx writer and the web page of the
result, over reports built by hand (Vietnamese names, a tie the chair ordered with a reason,
prizes, titles that look like formulas and HTML)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.publish.minutes import (
    BLANK,
    Heading,
    MinutesMeta,
    Table,
    build_minutes,
    place_date,
)
from judging.publish.minutes_docx import write_minutes_docx
from judging.publish.web_page import write_result_html
from tests.interop import office_convert
from tests.unit.publish_reports import (
    CHAIR,
    FORMULA_TITLE,
    HTML_TITLE,
    MEMBERS,
    REASON,
    approved_report,
    closed_report,
    provisional_report,
)

NAMES = (CHAIR, *MEMBERS, "Đỗ Minh Khôi", "Võ Thị Hằng", "Bùi Gia Hưng", "Đặng Thùy Dương")
PRIZES = ("Giải Nhất", "Giải Nhì", "Giải Khuyến khích")


def ranking_tables(blocks: tuple[object, ...]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table) and b.header[0] in ("Hạng", "Rank")]


# -- the neutral document ------------------------------------------------------------------


def test_place_and_date_follow_the_decree() -> None:
    assert place_date("Hà Nội", date(2026, 2, 6), "vi") == "Hà Nội, ngày 06 tháng 02 năm 2026"
    assert place_date("Huế", date(2026, 8, 15), "vi") == "Huế, ngày 15 tháng 8 năm 2026"
    assert place_date("Hue", date(2026, 8, 15), "en") == "Hue, 15 August 2026"


def test_minutes_in_vietnamese() -> None:
    minutes = build_minutes(approved_report(), lang="vi")
    head = minutes.letterhead
    assert head.issuer_above == "SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HỒ CHÍ MINH"
    assert head.issuer == "HỘI ĐỒNG GIÁM KHẢO"
    assert head.number == f"Số: {BLANK}/BB-HĐ"
    assert head.nation == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert head.motto == "Độc lập - Tự do - Hạnh phúc"
    # The day the round was approved (03:00 UTC is the same day in Vietnam and in Europe).
    assert head.place_date == "Thành phố Hồ Chí Minh, ngày 06 tháng 12 năm 2026"
    assert (minutes.title, minutes.draft) == ("BIÊN BẢN", "")
    assert minutes.subtitle == (
        "Họp hội đồng chấm Giải thưởng Sáng kiến cộng đồng 2026, Vòng sơ khảo"
    )
    # One ranking table per category, the categories as headings, totals with a comma.
    tables = ranking_tables(minutes.blocks)
    assert [len(t.rows) for t in tables] == [4, 1]
    headings = [b.text for b in minutes.blocks if isinstance(b, Heading) and b.level == 2]
    assert headings == ["Lĩnh vực: Kỹ thuật – Công nghệ", "Lĩnh vực: Xã hội – Cộng đồng"]
    first = tables[0].rows
    assert first[0] == (
        "1", "SK-01", "Ứng dụng bản đồ số quản lý cây xanh", "Đỗ Minh Khôi", "89,66", "Giải Nhất"
    )  # fmt: skip
    # The tie the chair ordered: plain ranks, the reason in its own section.
    assert [row[0] for row in first] == ["1", "2", "3", "chưa chấm đủ"]
    assert first[2][2] == FORMULA_TITLE and first[3][2] == HTML_TITLE
    assert tables[1].rows[0][4] == "80,01"  # 80.0050 half-up to two places
    text = minutes.text()
    assert (
        f"Các sáng kiến SK-03, SK-07 bằng điểm; {CHAIR} quyết định xếp theo thứ tự: SK-07, "
        "SK-03. "
        f"Lý do: {REASON}"
    ) in text
    assert (
        "Giải Nhì: SK-07 – Hệ thống nhắc lịch tiêm chủng qua Zalo (Võ Thị Hằng, Bùi Gia Hưng)"
        in text
    )
    assert f"Số thành viên có mặt: {BLANK}; tán thành: {BLANK}; không tán thành: {BLANK}." in text
    # Attendance: the chair first, with the role and whether every sheet came in.
    attendance = next(b for b in minutes.blocks if isinstance(b, Table) and b.header[0] == "STT")
    assert attendance.rows[0][1:5] == (
        CHAIR, "Tiến sĩ", "Trường Đại học Bách khoa", "Chủ tịch Hội đồng"
    )  # fmt: skip
    assert attendance.rows[3][5] == "chưa nộp đủ 4 phiếu"
    secretary, chair = minutes.signatures
    assert (secretary.role, secretary.name) == ("THƯ KÝ", "")
    assert (chair.role, chair.hint, chair.name) == (
        "CHỦ TỊCH HỘI ĐỒNG", "(Ký, ghi rõ họ tên)", CHAIR
    )  # fmt: skip


def test_meta_fills_the_blanks() -> None:
    meta = MinutesMeta(
        number="15",
        place="Thủ Đức",
        day=date(2026, 1, 9),
        venue="Hội trường A, 244 Điện Biên Phủ",
        time="14 giờ 00, ngày 09 tháng 01 năm 2026",
        secretary="Lê Thị Thư",
        present=7,
        in_favour=6,
        against=1,
    )
    minutes = build_minutes(approved_report(), lang="vi", meta=meta)
    assert minutes.letterhead.number == "Số: 15/BB-HĐ"
    assert minutes.letterhead.place_date == "Thủ Đức, ngày 09 tháng 01 năm 2026"
    text = minutes.text()
    assert "Thời gian: 14 giờ 00, ngày 09 tháng 01 năm 2026" in text
    assert "Địa điểm: Hội trường A, 244 Điện Biên Phủ" in text
    assert "Thư ký: Lê Thị Thư" in text
    assert "Số thành viên có mặt: 7; tán thành: 6; không tán thành: 1." in text
    assert minutes.signatures[0].name == "Lê Thị Thư"


def test_a_provisional_or_unapproved_report_is_a_draft() -> None:
    provisional = build_minutes(provisional_report(), lang="vi", today=date(2026, 3, 1))
    assert provisional.draft == "DỰ THẢO"
    assert "phiếu chấm chưa nộp" in provisional.draft_note
    assert provisional.letterhead.place_date.endswith("ngày 01 tháng 3 năm 2026")
    closed = build_minutes(closed_report(), lang="vi")
    assert closed.draft == "DỰ THẢO" and "chưa được phê duyệt" in closed.draft_note
    assert build_minutes(closed_report(), lang="en").draft == "DRAFT"


def test_minutes_in_english() -> None:
    minutes = build_minutes(approved_report(), lang="en")
    assert minutes.letterhead.nation == "SOCIALIST REPUBLIC OF VIET NAM"
    assert minutes.letterhead.place_date == "Ho Chi Minh City, 6 December 2026"
    assert minutes.title == "MINUTES"
    tables = ranking_tables(minutes.blocks)
    assert tables[0].header == ("Rank", "Code", "Entry", "Authors", "Total", "Prize")
    assert tables[0].rows[0][4] == "89.66" and tables[0].rows[3][0] == "not fully scored"
    text = minutes.text()
    # Labels in English; names (data) as they are.
    for vietnamese_label in ("Hạng", "Tổng điểm", "Lý do", "THƯ KÝ", "Biểu quyết", "Số:"):
        assert vietnamese_label not in text
    assert f"Reason: {REASON}" in text and CHAIR in text


def test_an_open_tie_and_a_round_without_prizes() -> None:
    report = approved_report()
    rows = tuple(replace(r, tie_decision=None) for r in report.rows)
    rows = tuple(replace(r, rank=2) if r.entry == "SK-03" else r for r in rows)
    report = replace(report, rows=rows, decisions=(), prizes=())
    minutes = build_minutes(report, lang="vi")
    tables = ranking_tables(minutes.blocks)
    assert [r[0] for r in tables[0].rows[1:3]] == ["2 (đồng hạng)", "2 (đồng hạng)"]
    text = minutes.text()
    assert "Các sáng kiến SK-07, SK-03 đồng hạng 2 theo quy tắc xếp hạng." in text
    assert "Vòng chấm này không xét giải thưởng." in text


# -- the .docx -------------------------------------------------------------------------------


def docx_text(path: Path) -> str:
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def test_docx_reads_back_with_every_name_and_the_chairs_reason(tmp_path: Path) -> None:
    path = tmp_path / "biên bản.docx"
    write_minutes_docx(approved_report(), path, lang="vi", meta=MinutesMeta(secretary="Lê Thị Thư"))
    text = docx_text(path)
    assert unicodedata.is_normalized("NFC", text)
    for name in (*NAMES, "Lê Thị Thư", *PRIZES, REASON, FORMULA_TITLE, HTML_TITLE):
        assert name in text, name
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
        "Thành phố Hồ Chí Minh, ngày 06 tháng 12 năm 2026", "89,66", "85,33", "80,01",
        "CHỦ TỊCH HỘI ĐỒNG", "THƯ KÝ",
    ):  # fmt: skip
        assert expected in text, expected
    assert "DỰ THẢO" not in text
    document = Document(str(path))
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 13
    section = document.sections[0]
    assert section.page_width and section.page_height and section.left_margin
    assert section.top_margin
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert round(section.left_margin.cm, 1) == 3.0 and round(section.top_margin.cm, 1) == 2.0
    # The letterhead: a two-column table without borders; the motto bold and underlined.
    letterhead = document.tables[0]
    assert letterhead.style is None or letterhead.style.name != "Table Grid"
    motto = next(p for p in letterhead.rows[0].cells[1].paragraphs if "Độc lập" in p.text)
    assert motto.runs[0].bold and motto.runs[0].underline
    # The ranking tables repeat their header row on every page.
    ranking = [t for t in document.tables if t.rows[0].cells[0].text == "Hạng"]
    assert len(ranking) == 2
    for table in ranking:
        properties = table.rows[0]._tr.trPr
        assert properties is not None and properties.find(qn("w:tblHeader")) is not None


def test_docx_of_a_provisional_report_says_draft_in_english(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    write_minutes_docx(provisional_report(), path, lang="en")
    text = docx_text(path)
    assert "DRAFT" in text and "MINUTES" in text and "CHAIR OF THE COUNCIL" in text
    assert "Not to be published" in text and "85.33" in text


def test_libreoffice_opens_the_docx_with_the_same_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "bien-ban.docx"
    write_minutes_docx(approved_report(), path, lang="vi")
    converted = office_convert(path, "txt:Text", tmp_path / "lo")
    text = unicodedata.normalize("NFC", converted.read_text(encoding="utf-8-sig"))
    for name in (*NAMES, REASON, FORMULA_TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "89,66"):
        assert name in text, name


# -- the web page ---------------------------------------------------------------------------


class PageReader(HTMLParser):
    """The page's elements and the text of its table cells."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: dict[str, dict[str, str | None]] = {}
        self.rows: list[list[str]] = []
        self.style = ""
        self._cell: list[str] | None = None
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.setdefault(tag, dict(attrs))
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._in_style:
            self.style += data


def read_page(path: Path) -> PageReader:
    reader = PageReader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader


def test_web_page_of_the_approved_result(tmp_path: Path) -> None:
    path = tmp_path / "ket-qua.html"
    write_result_html(approved_report(), path, lang="vi")
    page = read_page(path)
    assert page.attributes["html"]["lang"] == "vi"
    assert page.attributes["meta"]["charset"] == "utf-8"
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert "@media print" in page.style
    assert page.rows[0] == [
        "Hạng", "Mã", "Tên sáng kiến", "Tác giả", "Đơn vị", "Tổng điểm", "Giải"
    ]  # fmt: skip
    body = [r for r in page.rows if r[0] not in ("Hạng",)]
    assert body[0] == [
        "1", "SK-01", "Ứng dụng bản đồ số quản lý cây xanh", "Đỗ Minh Khôi",
        "UBND Phường Bến Nghé", "89,66", "Giải Nhất",
    ]  # fmt: skip
    # A title that looks like a script or a formula stays text.
    titles = [r[2] for r in body]
    assert HTML_TITLE in titles and FORMULA_TITLE in titles
    assert [r[5] for r in body] == ["89,66", "85,33", "85,33", "", "80,01"]
    text = path.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    english = tmp_path / "result.html"
    write_result_html(approved_report(), english, lang="en")
    page = read_page(english)
    assert page.attributes["html"]["lang"] == "en" and page.rows[1][5] == "89.66"


@pytest.mark.parametrize("report", [provisional_report(), closed_report()])
def test_web_page_refuses_a_result_not_approved(tmp_path: Path, report: object) -> None:
    path = tmp_path / "ket-qua.html"
    with pytest.raises(InputError) as refused:
        write_result_html(report, path, lang="vi")  # type: ignore[arg-type]
    assert refused.value.code == P.PUBLISH_NOT_APPROVED
    assert refused.value.text("vi").startswith("kết quả vòng SK chưa được phê duyệt")
    assert not path.exists() and list(tmp_path.iterdir()) == []
