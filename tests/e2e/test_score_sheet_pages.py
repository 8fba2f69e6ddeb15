"""Printed score sheets on the sang-kien-cong-dong template (four criteria with long rubric
bands): one entry, one page, the place, date and signature on the same page as the marks,
blank and filled; the organising body's name never broken inside its place."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from pytest import CaptureFixture

import main
from db.database import OpenDatabase
from judging.app import Services
from judging.model import Entry, Judge
from judging.setup.definition import parse, template_text
from tests import scoring_helpers

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdfinfo, pdftotext) is not installed",
)

ENTRIES = 25
PHIEU = "PHIẾU CHẤM ĐIỂM"
SUMMARY = "BẢNG TỔNG HỢP ĐIỂM"
TITLE = "Số hóa sổ hộ tịch giai đoạn 1975–2015 bằng nhận dạng chữ viết tay, số {n}"


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def _page_text(path: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture
def db(services: Services, database: OpenDatabase, db_path: Path) -> Path:
    competition = parse(template_text("sang-kien-cong-dong"), "sang-kien-cong-dong")
    category = competition.categories[0].code
    entries = [
        Entry(code=f"HS-{n:03}", title=TITLE.format(n=n), category=category)
        for n in range(1, ENTRIES + 1)
    ]
    judge = Judge(code="GK05", name="Võ Thị Ngọc Trâm", title="ThS.")
    services.core.create_competition(competition, entries, [judge])
    round_code = competition.rounds[0].code
    scoring_helpers.add_assignments(
        database, {"GK05": tuple(e.code for e in entries)}, round_code=round_code
    )
    return db_path


def _print(db: Path, out: Path, *extra: str) -> None:
    args = ["--db", str(db), "--lang", "vi", "print-sheets", "--judge", "GK05"]
    assert main.main([*args, "--round", "SK", *extra, "--out", str(out)]) == 0


def _all_pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[: _pages(path)]


def _assert_one_page_each(path: Path) -> None:
    pages = _all_pages(path)
    # one page an entry, then the summary (two pages for 25 entries with long titles)
    assert SUMMARY in pages[ENTRIES] and not any(SUMMARY in p for p in pages[:ENTRIES])
    assert len(pages) <= ENTRIES + 2
    for number, text in enumerate(pages[:ENTRIES], start=1):
        assert PHIEU in text and f"HS-{number:03}" in text
        # the marks, the total and the signature block on the same page
        assert "Tiêu chí và mức điểm" in text and "Tổng cộng" in text
        assert "TP. Hồ Chí Minh, ngày" in text and "(ký, ghi rõ họ tên)" in text
        assert "Võ Thị Ngọc Trâm" in text.split("(ký, ghi rõ họ tên)")[1]


def test_blank_sheets_one_page_an_entry(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    _print(db, out)
    _assert_one_page_each(out)
    text = _page_text(out, 1)
    # the template's criteria are marked in whole points
    assert "chấm điểm nguyên" in " ".join(text.split())
    # The body's name wraps before its place, never inside it.
    lines = [line.strip() for line in text.splitlines()]
    assert "THÀNH PHỐ HỒ CHÍ MINH" in lines
    assert not any(line.endswith("THÀNH") for line in lines)


def test_filled_sheets_one_page_an_entry(
    db: Path, services: Services, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    competition = services.core.require_competition()
    rnd = competition.rounds[0]
    remark = "Có số liệu chứng minh rõ ràng; " * 3
    rows = ["round,entry,judge,criterion,mark,comment"] + [
        f"{rnd.code},HS-{n:03},GK05,{c.code},{c.max - 1},{remark}"
        for n in range(1, ENTRIES + 1)
        for c in rnd.criteria
    ]
    marks = tmp_path / "marks.csv"
    marks.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main.main(["--db", str(db), "import-marks", str(marks)]) == 0
    general = "Giải pháp thiết thực, nhân rộng được trong toàn thành phố. " * 3
    for n in (1, 13, ENTRIES):
        services.scoring.reopen(rnd.code, "GK05", f"HS-{n:03}", "thêm nhận xét chung")
        services.scoring.set_sheet_comment(rnd.code, "GK05", f"HS-{n:03}", general)
    out = tmp_path / "filled.pdf"
    _print(db, out, "--filled")
    _assert_one_page_each(out)
    expected_total = sum((c.max - 1 for c in rnd.criteria), Decimal(0))
    assert str(expected_total) in _page_text(out, 1)
