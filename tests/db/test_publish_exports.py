"""The ranking CSV and the ranking workbook of a real round, read back: Vietnamese intact,
the numbers of ``rank --format json`` stored as numbers, no formula anywhere, provisional
until the round is approved, and nothing left behind by a cancelled export."""

from __future__ import annotations

import csv
import io
import re
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from db.database import OpenDatabase
from judging.app import Services
from judging.errors import InputError
from judging.model import Entry
from judging.numbers import format_places
from judging.publish.options import ExportCancelled, ExportOptions
from judging.publish.ranking_csv import write_ranking_csv
from judging.publish.workbook import write_workbook
from judging.ranking.consistency import consistency
from judging.ranking.export import to_json
from judging.ranking.report import RoundReport
from tests.db.conftest import REASON
from tests.db.test_ranking_repository import add_component

D = Decimal
FORMULA_TITLE = '=HYPERLINK("http://example.com","Bấm vào đây")'


@pytest.fixture
def exported(tied: Services, database: OpenDatabase) -> Services:
    """The tied round, with E3 titled like a formula and given a negative bonus (−2.5: E3
    drops to 41.50); E1 and E2 still tie at 44.00 for the one Nhất prize."""
    tied.setup.edit_entry(
        "E3", Entry("E3", FORMULA_TITLE, category="K1", authors=("@Phạm Thị Ngọc Hiền",))
    )
    add_component(database, "E3", "-2.5")
    return tied


def approve(services: Services) -> None:
    services.ranking.resolve_tie("R1", ["E2", "E1"], REASON, actor="Chủ tịch Trần Minh Khoa")
    services.ranking.close_round("R1")
    services.ranking.approve_round("R1", actor="Chủ tịch Trần Minh Khoa")


def json_rows(services: Services) -> dict[str, dict[str, Any]]:
    return {r["entry"]: r for r in to_json(services.ranking.rank("R1"))["results"]}


def read_csv(path: Path, delimiter: str) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


# -- the CSV --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "delimiter"), [("vi", ","), ("vi", ";"), ("en", ",")])
def test_ranking_csv_reads_back(
    exported: Services, tmp_path: Path, lang: str, delimiter: str
) -> None:
    approve(exported)
    report = exported.ranking.report()
    path = tmp_path / "xep-hang.csv"
    write_ranking_csv(report, path, ExportOptions(lang=lang, delimiter=delimiter))
    header, *rows = read_csv(path, delimiter)
    if lang == "vi":
        assert header == [
            "Hạng", "Mã", "Tên hồ sơ", "Tác giả", "Đơn vị", "Lĩnh vực", "Tính mới",
            "Hiệu quả", "Tổng điểm hội đồng", "Votes", "Tổng điểm cuối", "Giải", "Ghi chú",
        ]  # fmt: skip
    else:
        assert header[:6] == ["Rank", "Code", "Title", "Authors", "Organisation", "Category"]
        assert header[-3:] == ["Final total", "Prize", "Note"]
    cells = [dict(zip(header, row, strict=True)) for row in rows]
    by_code = {c[header[1]]: c for c in cells}
    assert [c[header[1]] for c in cells] == [r.entry for r in report.rows]
    expected = json_rows(exported)

    def plain(text: str | None) -> str:
        text = text or ""
        return text.replace(".", ",") if delimiter == ";" else text

    for code, row in expected.items():
        cell = by_code[code]
        assert cell[header[0]] == ("" if row["rank"] is None else str(row["rank"]))
        assert cell[header[-3]] == plain(row["final_total"])
        assert cell[header[8]] == plain(row["jury_total"])
        assert cell[header[6]] == plain(row["criteria"]["A"]["panel"])
    e3 = by_code["E3"]
    assert e3[header[2]] == "'" + FORMULA_TITLE  # a formula-like title is neutralised
    assert e3[header[3]] == "'@Phạm Thị Ngọc Hiền"
    assert e3[header[9]] == plain("-2.5")  # a negative number stays a number
    assert e3[header[-3]] == plain("41.50")
    assert by_code["E2"][header[3]] == "Trần Văn Đức; Lê Thị Hồng"
    assert by_code["E2"][header[-2]] == "Nhất" and by_code["E1"][header[-2]] == ""
    assert by_code["E4"][header[-1]] == ("đã rút" if lang == "vi" else "withdrawn")


def test_a_bad_separator_is_refused() -> None:
    with pytest.raises(InputError) as refused:
        ExportOptions(delimiter="\t")
    assert "';'" in refused.value.text("en")


# -- the workbook ---------------------------------------------------------------------------------
def every_cell(book: Any) -> list[Any]:
    return [cell for ws in book.worksheets for row in ws.iter_rows() for cell in row]


def table(ws: Worksheet, header_row: int = 3) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows(min_row=header_row))
    header = [c.value for c in rows[0]]
    return [{h: c for h, c in zip(header, row, strict=False) if h} for row in rows[1:]]


def test_workbook_reads_back(exported: Services, tmp_path: Path) -> None:
    approve(exported)
    report = exported.ranking.report()
    path = tmp_path / "xep-hang.xlsx"
    write_workbook(report, path, ExportOptions(lang="vi"))
    book = load_workbook(path)
    assert book.sheetnames == [
        "Xếp hạng K1",
        "Xếp hạng K2",
        "Điểm của giám khảo",
        "Độ nhất quán giám khảo",
    ]
    # No cell is a formula; the formula-like title is its exact text.
    assert all(cell.data_type != "f" for cell in every_cell(book))
    ranking = book["Xếp hạng K1"]
    assert ranking.freeze_panes == "C4"
    assert ranking["A1"].value == "Test award — Round 1 — Xếp hạng: One"
    assert ranking["A2"].value.startswith("Kết quả đã được phê duyệt ngày ")
    assert ranking["A2"].value.endswith("(Chủ tịch Trần Minh Khoa)")
    assert "Lĩnh vực" not in [c.value for c in ranking[3]]  # the sheet is the category
    rows = {r["Mã"].value: r for r in table(ranking)}
    assert list(rows) == ["E2", "E1", "E3"]
    assert rows["E3"]["Tên hồ sơ"].value == FORMULA_TITLE
    assert rows["E3"]["Tên hồ sơ"].data_type == "s"
    assert rows["E3"]["Tác giả"].value == "@Phạm Thị Ngọc Hiền"
    # Numbers as numbers, with the round's places, equal to rank --format json.
    expected = json_rows(exported)
    for code, row in rows.items():
        total = row["Tổng điểm cuối"]
        assert total.data_type == "n" and total.number_format == "0.00"
        assert D(str(total.value)) == D(expected[code]["final_total"])
        assert row["Hạng"].value == expected[code]["rank"]
        assert D(str(row["Tính mới"].value)) == D(expected[code]["criteria"]["A"]["panel"])
    assert rows["E3"]["Votes"].value == -2.5
    assert rows["E2"]["Giải"].value == "Nhất"
    # The Decimal's digits in the file itself, no binary noise (41.5, never 41.4999…).
    with zipfile.ZipFile(path) as archive:
        sheet1 = archive.read("xl/worksheets/sheet1.xml").decode()
    stored = re.findall(r"<v>([^<]*)</v>", sheet1)
    assert "41.5" in stored and "-2.5" in stored and "44" in stored
    assert all(len(v.partition(".")[2]) <= 2 for v in stored)
    two = {r["Mã"].value: r for r in table(book["Xếp hạng K2"])}
    assert two["E4"]["Ghi chú"].value == "đã rút" and two["E4"]["Hạng"].value is None


def test_workbook_marks_sheet_has_every_mark_and_comment(
    exported: Services, tmp_path: Path
) -> None:
    report = exported.ranking.report()
    path = tmp_path / "marks.xlsx"
    write_workbook(report, path, ExportOptions(lang="vi"))
    marks = load_workbook(path)["Điểm của giám khảo"]
    assert marks.freeze_panes == "C4"
    rows = table(marks)
    assert len(rows) == 7  # every judge × entry sheet with marks
    by_sheet = {(r["Mã hồ sơ"].value, r["Giám khảo"].value): r for r in rows}
    j1e2 = by_sheet["E2", "J1"]
    assert j1e2["Tính mới"].value == 26 and j1e2["Tính mới"].data_type == "n"
    assert j1e2["Hiệu quả"].value == 8.5
    assert j1e2["Nhận xét"].value == "Tính mới: Ý tưởng mới, chi phí thấp"
    assert j1e2["Họ tên"].value == "Giám khảo 1" and j1e2["Được tính"].value == "Có"
    trainee = by_sheet["E1", "T1"]
    assert trainee["Được tính"].value == "Không (tập sự)"
    assert trainee["Nhận xét"].value == "Hiệu quả: Chưa rõ hiệu quả"
    for mark in report.marks:
        row = by_sheet[mark.entry, mark.judge]
        name = next(c.name for c in report.criteria if c.code == mark.criterion)
        assert D(str(row[name].value)) == mark.value


def test_workbook_consistency_sheet_has_the_tabs_figures(
    exported: Services, tmp_path: Path
) -> None:
    report = exported.ranking.report()
    path = tmp_path / "consistency.xlsx"
    write_workbook(report, path, ExportOptions(lang="en"))
    book = load_workbook(path)
    assert book.sheetnames[-2:] == ["Judges' marks", "Judge consistency"]
    ws = book["Judge consistency"]
    assert ws["A2"].value == "PROVISIONAL RESULT — the round is not approved yet"
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    judges = {r[0]: r for r in rows[: len(report.consistency.judges)]}
    for stats in report.consistency.judges:
        row = judges[stats.judge]
        assert row[1] == stats.judge_name
        shown = format_places(stats.mean, 2, "en") if stats.mean is not None else None
        assert (None if row[5] is None else f"{row[5]:.2f}") == shown
        if stats.mean_deviation is not None:
            assert f"{row[8]:.2f}" == format_places(stats.mean_deviation, 2, "en")
    figures = [r for r in rows if r and r[1] in ("ICC(1)", "Kendall's W")]
    assert {r[0] for r in figures} == {"One", "Two"}  # per category
    # What the consistency tab works out with the category chosen.
    detailed = exported.ranking.rank("R1", category="K1", explain=True)
    one = consistency(detailed.results, {"A": D(30), "B": D(10)})
    icc = next(r for r in figures if r[0] == "One" and r[1] == "ICC(1)")
    if one.icc.value is None:
        assert icc[2] is None and icc[3] == "not computable"
    else:
        assert f"{icc[2]:.3f}" == format_places(one.icc.value, 3, "en")
    assert icc[5].startswith("ICC(1) says how far the totals differ")


def test_provisional_title_rows(exported: Services, tmp_path: Path) -> None:
    path = tmp_path / "tam-thoi.xlsx"
    write_workbook(exported.ranking.report(drafts=True), path, ExportOptions(lang="vi"))
    book = load_workbook(path)
    for ws in book.worksheets:
        assert ws["A2"].value == "KẾT QUẢ TẠM THỜI — có tính điểm của phiếu chưa nộp"
        assert ws["A2"].font.b


def _openpyxl_temporaries() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("openpyxl.*")}


def test_a_cancelled_export_leaves_the_old_file_and_no_debris(
    exported: Services, tmp_path: Path
) -> None:
    report: RoundReport = exported.ranking.report()
    before = _openpyxl_temporaries()
    out = tmp_path / "out"
    out.mkdir()
    for name, write in (("r.xlsx", write_workbook), ("r.csv", write_ranking_csv)):
        path = out / name
        path.write_bytes(b"old")
        with pytest.raises(ExportCancelled):
            write(report, path, ExportOptions(cancelled=lambda: True))
        assert path.read_bytes() == b"old"
    assert sorted(p.name for p in out.iterdir()) == ["r.csv", "r.xlsx"]
    assert _openpyxl_temporaries() <= before
