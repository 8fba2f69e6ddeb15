"""`export-ranking` as a new user runs it on the demo after its first round is approved: the
workbook and the CSV through main.main, their numbers beside `rank --format json`, the
Vietnamese names intact, LibreOffice opening both, and the refusals."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import main
from db.database import open_database
from judging.app import build_services
from tests.interop import CSV_UTF8, CSV_UTF8_IN, office_convert
from tests.report_helpers import submit_first_round

D = Decimal


def num(value: object) -> Decimal | None:
    """A number read back (a cell's float or int, a JSON string), exactly; None for none."""
    return None if value is None or value == "" else D(str(value))


def run(db: Path, *args: str, lang: str = "vi") -> int:
    return main.main(["--db", str(db), "--lang", lang, *args])


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo with its first round's sheets all submitted (the judges' work, done through
    the scoring service as the judges' score files would), still open."""
    db = tmp_path / "demo.sqlite"
    assert run(db, "demo") == 0
    database = open_database(str(db))
    try:
        submit_first_round(build_services(database.uow_factory, location=database.location))
    finally:
        database.close()
    capsys.readouterr()
    return db


def approve(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "close-round", "--round", "SK") == 0
    assert run(db, "approve-round", "--round", "SK", "--by", "Chủ tịch Trần Minh Khoa") == 0
    capsys.readouterr()


def ranked(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    """`rank --format json` of the round, by entry."""
    assert run(db, "rank", "--round", "SK", "--format", "json", lang="en") == 0
    return {r["entry"]: r for r in json.loads(capsys.readouterr().out)["results"]}


def names(db: Path) -> dict[str, tuple[str, str, str]]:
    """Each entry's (title, authors, organisation) as stored."""
    database = open_database(str(db))
    try:
        rows = build_services(database.uow_factory, location=database.location).core.entry_rows()
    finally:
        database.close()
    return {r.code: (r.title, "; ".join(r.authors), r.organisation) for r in rows}


def test_workbook_of_the_approved_demo_round(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    approve(demo, capsys)
    out = tmp_path / "xep-hang.xlsx"
    assert run(demo, "export-ranking", "--round", "SK", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert f"Đã ghi: {out}" in said and "tạm thời" not in said
    expected = ranked(demo, capsys)
    stored = names(demo)
    book = load_workbook(out)
    assert book.sheetnames == [
        "Xếp hạng QLNN",
        "Xếp hạng KTCN",
        "Xếp hạng GDYTXH",
        "Xếp hạng NNMT",
        "Điểm của giám khảo",
        "Độ nhất quán giám khảo",
    ]
    seen = set()
    for ws in book.worksheets[:4]:
        assert ws["A2"].value.startswith("Kết quả đã được phê duyệt ngày ")
        header = [c.value for c in ws[3]]
        for row in ws.iter_rows(min_row=4, values_only=True):
            cells = dict(zip(header, row, strict=True))
            code = cells["Mã"]
            seen.add(code)
            json_row = expected[code]
            assert cells["Hạng"] == json_row["rank"]
            assert num(cells["Tổng điểm cuối"]) == num(json_row["final_total"])
            assert (cells["Tên hồ sơ"], cells["Tác giả"], cells["Đơn vị"]) == stored[code]
            assert (cells["Vào vòng sau"] == "Có") == json_row["advanced"]
    assert seen == set(expected)  # every entry, ranked or not, on its category's sheet
    assert all(
        cell.data_type != "f" for ws in book.worksheets for row in ws.iter_rows() for cell in row
    )


def test_csv_of_the_approved_demo_round(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    approve(demo, capsys)
    out = tmp_path / "xep-hang.csv"
    args = ("export-ranking", "--round", "SK", "--out", str(out), "--delimiter", ";")
    assert run(demo, *args) == 0
    capsys.readouterr()
    expected = ranked(demo, capsys)
    stored = names(demo)
    text = out.read_bytes().decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert header[:3] == ["Hạng", "Mã", "Tên hồ sơ"]
    assert [r[1] for r in rows] == list(expected)  # rank --format json's order
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        json_row = expected[cells["Mã"]]
        final = json_row["final_total"] or ""
        assert cells["Tổng điểm cuối"] == final.replace(".", ",")
        assert (cells["Tên hồ sơ"], cells["Tác giả"], cells["Đơn vị"]) == stored[cells["Mã"]]


def test_a_provisional_export_says_so(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tam-thoi.xlsx"
    assert run(demo, "export-ranking", "--round", "SK", "--out", str(out)) == 0
    assert "Kết quả tạm thời: vòng SK chưa được phê duyệt." in capsys.readouterr().out
    book = load_workbook(out)
    assert all(ws["A2"].value.startswith("KẾT QUẢ TẠM THỜI") for ws in book.worksheets)
    english = tmp_path / "provisional.xlsx"
    assert run(demo, "export-ranking", "--round", "SK", "--out", str(english), lang="en") == 0
    assert "Provisional result" in capsys.readouterr().out
    assert load_workbook(english)["Ranking QLNN"]["A2"].value.startswith("PROVISIONAL RESULT")


def test_refusals(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "ket-qua.odt"
    assert run(demo, "export-ranking", "--round", "SK", "--out", str(old)) == 2
    err = capsys.readouterr().err
    assert "tên tệp phải có đuôi là một trong .csv, .xlsx, .pdf, .docx, .html" in err
    assert "Traceback" not in err
    assert not old.exists()
    assert run(demo, "export-ranking", "--out", str(tmp_path / "x.csv")) == 2
    assert "--round" in capsys.readouterr().err  # the demo has two rounds
    assert (
        run(demo, "export-ranking", "--round", "SK", "--out", str(tmp_path / "no" / "x.csv")) == 2
    )
    assert "không tồn tại" in capsys.readouterr().err
    assert run(demo, "export-ranking", "--round", "SK", "--category", "XX", "--out", "x.csv") == 2
    capsys.readouterr()


def test_libreoffice_opens_the_workbook_and_the_csv(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    approve(demo, capsys)
    xlsx, plain = tmp_path / "xep-hang.xlsx", tmp_path / "xep-hang-csv.csv"
    assert run(demo, "export-ranking", "--round", "SK", "--out", str(xlsx)) == 0
    assert run(demo, "export-ranking", "--round", "SK", "--out", str(plain)) == 0
    capsys.readouterr()
    expected = ranked(demo, capsys)
    stored = names(demo)
    # The workbook's first sheet (the first category's ranking), as LibreOffice reads it.
    from_xlsx = office_convert(xlsx, CSV_UTF8, tmp_path / "lo-xlsx")
    rows = list(csv.reader(io.StringIO(from_xlsx.read_text(encoding="utf-8"))))
    assert rows[0][0].startswith("Giải thưởng Sáng kiến cộng đồng 2026")
    header = rows[2]
    first = [dict(zip(header, r, strict=False)) for r in rows[3:] if r and r[1]]
    assert first and all(
        (r["Tên hồ sơ"], r["Tác giả"], r["Đơn vị"]) == stored[r["Mã"]] for r in first
    )
    assert all(num(r["Tổng điểm cuối"]) == num(expected[r["Mã"]]["final_total"]) for r in first)
    # The CSV, opened and saved again by LibreOffice.
    from_csv = office_convert(plain, CSV_UTF8, tmp_path / "lo-csv", in_filter=CSV_UTF8_IN)
    header, *rows = list(csv.reader(io.StringIO(from_csv.read_text(encoding="utf-8-sig"))))
    assert header[:3] == ["Hạng", "Mã", "Tên hồ sơ"]
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        assert (cells["Tên hồ sơ"], cells["Tác giả"], cells["Đơn vị"]) == stored[cells["Mã"]]
        assert num(cells["Tổng điểm cuối"]) == num(expected[cells["Mã"]]["final_total"])
