"""The council's minutes and the result's web page of the demo after its first round is
approved: the demo made by the command line, the round finished and approved through the
services, the files written from ``RankingService.report`` and read back; every total equals
what ``rank --format json`` says, and every Vietnamese name comes back exactly."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pytest import CaptureFixture
from pytestqt.qtbot import QtBot

import main
from db.database import open_database
from judging.app import Services, build_services
from judging.numbers import format_places
from judging.publish.minutes import MinutesMeta
from judging.publish.minutes_docx import write_minutes_docx
from judging.publish.web_page import write_result_html
from judging.ranking.report import RoundReport
from tests.db.test_ranking_report import finish_first_round
from tests.ui.test_minutes_pdf import pdf_fonts, pdf_text, words
from ui.publish.minutes_pdf import write_minutes_pdf


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Path, Services]]:
    db = tmp_path / "demo.sqlite"
    assert main.main(["--db", str(db), "demo"]) == 0
    database = open_database(str(db))
    try:
        yield db, build_services(database.uow_factory, location=database.location)
    finally:
        database.close()


def rank_json(db: Path, capsys: CaptureFixture[str], round_code: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main.main(["--db", str(db), "rank", "--round", round_code, "--format", "json"]) == 0
    payload: dict[str, Any] = json.loads(capsys.readouterr().out)
    return payload


def expected_totals(payload: dict[str, Any], report: RoundReport, lang: str) -> dict[str, str]:
    """Each ranked entry's final total from ``rank --format json``, as a person reads it."""
    places = report.places.total
    return {
        r["entry"]: format_places(Decimal(r["final_total"]), places, lang)
        for r in payload["results"]
        if r["final_total"] is not None
    }


def test_minutes_and_web_page_of_the_approved_demo_round(
    qtbot: QtBot, tmp_path: Path, demo: tuple[Path, Services], capsys: CaptureFixture[str]
) -> None:
    db, services = demo
    code = finish_first_round(services)
    report = services.ranking.report(code)
    assert report.approved
    payload = rank_json(db, capsys, code)
    totals = expected_totals(payload, report, "vi")
    assert len(totals) >= 20
    judges = [j.name for j in report.judges]
    authors = [a for row in report.rows for a in row.authors]
    meta = MinutesMeta(number="07", secretary="Ngô Thị Thư Ký")

    # The PDF: every font embedded, every name exact, each entry's line with its total.
    pdf = tmp_path / "biên bản.pdf"
    write_minutes_pdf(report, pdf, lang="vi", meta=meta)
    assert all(font[-5] == "yes" for font in pdf_fonts(pdf))
    text = pdf_text(pdf)
    flat = words(pdf_text(pdf, layout=False))
    assert unicodedata.is_normalized("NFC", text)
    for name in (*judges, *authors, "Ngô Thị Thư Ký", report.organiser.upper()):
        assert name in flat, name
    assert "Số: 07/BB-HĐ" in flat
    lines = text.splitlines()
    for entry, total in totals.items():
        line = next(line for line in lines if re.search(rf"\b{entry}\b", line))
        assert re.search(rf"(?<![\d,]){total}(?![\d,])", line), (entry, total, line)

    # The docx: the same names and totals, the chair under the chair's signature.
    docx = tmp_path / "biên bản.docx"
    write_minutes_docx(report, docx, lang="vi", meta=meta)
    document = Document(str(docx))
    cells = {
        row.cells[1].text: row.cells[4].text
        for table in document.tables
        for row in table.rows
        if row.cells[0].text != "Hạng" and len(row.cells) == 6
    }
    for entry, total in totals.items():
        assert cells[entry] == total
    signatures = document.tables[-1].rows[0].cells[1].text
    chair = next(j.name for j in report.judges if j.role.value == "chair")
    assert "CHỦ TỊCH HỘI ĐỒNG" in signatures and chair in signatures

    # The web page: a row per entry with the same totals.
    html = tmp_path / "ket-qua.html"
    write_result_html(report, html, lang="vi")
    page = _Cells()
    page.feed(html.read_text(encoding="utf-8"))
    shown = {row[1]: row[5] for row in page.rows if len(row) == 7 and row[0] != "Hạng"}
    for entry, total in totals.items():
        assert shown[entry] == total
    assert set(shown) == {row.entry for row in report.rows}


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_export_ranking_writes_the_minutes_and_the_web_page(
    qtbot: QtBot, tmp_path: Path, demo: tuple[Path, Services], capsys: CaptureFixture[str]
) -> None:
    db, services = demo
    code = finish_first_round(services)
    totals = expected_totals(rank_json(db, capsys, code), services.ranking.report(code), "vi")
    pdf, docx, html = (tmp_path / f"biên bản.{kind}" for kind in ("pdf", "docx", "html"))
    export = ["--db", str(db), "--lang", "vi", "export-ranking", "--round", code, "--out"]
    options = ("--number", "12", "--secretary", "Ngô Thị Thư Ký")
    for out in (pdf, docx):
        assert main.main([*export, str(out), *options]) == 0
    assert main.main([*export, str(html)]) == 0
    flat = words(pdf_text(pdf, layout=False))
    assert "Số: 12/BB-HĐ" in flat and "Ngô Thị Thư Ký" in flat
    assert all(font[-5] == "yes" for font in pdf_fonts(pdf))
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert (
        "Số: 12/BB-HĐ"
        in "\n".join(c.text for t in Document(str(docx)).tables for r in t.rows for c in r.cells)
        and "Thư ký: Ngô Thị Thư Ký" in text
    )
    page = _Cells()
    page.feed(html.read_text(encoding="utf-8"))
    shown = {row[1]: row[5] for row in page.rows if len(row) == 7 and row[0] != "Hạng"}
    assert {e: shown[e] for e in totals} == totals


def test_export_ranking_refuses_the_web_page_of_a_round_not_approved(
    tmp_path: Path, demo: tuple[Path, Services], capsys: CaptureFixture[str]
) -> None:
    db, _ = demo
    html = tmp_path / "ket-qua.html"
    capsys.readouterr()
    export = ["--db", str(db), "--lang", "vi", "export-ranking", "--round", "SK", "--out"]
    assert main.main([*export, str(html)]) == 2
    err = capsys.readouterr().err
    assert "chưa được phê duyệt" in err and "trang web chỉ công bố" in err
    assert not html.exists()
    # The minutes of a round not approved are written, marked as a draft.
    pdf = tmp_path / "du-thao.pdf"
    assert main.main([*export, str(pdf)]) == 0
    assert "DỰ THẢO" in pdf_text(pdf)


def test_export_ranking_fills_the_meeting_and_the_vote_and_refuses_counts_that_do_not_add_up(
    qtbot: QtBot, tmp_path: Path, demo: tuple[Path, Services], capsys: CaptureFixture[str]
) -> None:
    db, services = demo
    code = finish_first_round(services)
    export = ["--db", str(db), "--lang", "vi", "export-ranking", "--round", code, "--out"]
    docx = tmp_path / "bien-ban.docx"
    meeting = ["--venue", "Phòng họp A, Sở KH&CN", "--time", "14 giờ 00, ngày 06/12/2026"]
    votes = ["--present", "8", "--in-favour", "7", "--against", "1"]
    assert main.main([*export, str(docx), *meeting, *votes]) == 0
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Thời gian: 14 giờ 00, ngày 06/12/2026" in text
    assert "Địa điểm: Phòng họp A, Sở KH&CN" in text
    assert "Số thành viên có mặt: 8; tán thành: 7; không tán thành: 1." in text
    capsys.readouterr()

    refused = tmp_path / "khong-ghi.docx"
    too_many = ["--present", "5", "--in-favour", "5", "--against", "1"]
    assert main.main([*export, str(refused), *too_many]) == 2
    assert "có 6 thành viên biểu quyết nhưng chỉ có 5 thành viên có mặt" in capsys.readouterr().err
    assert main.main([*export, str(refused), "--against", "-1"]) == 2
    assert "--against -1: số thành viên phải từ 0 đến 1000" in capsys.readouterr().err
    assert not refused.exists()
