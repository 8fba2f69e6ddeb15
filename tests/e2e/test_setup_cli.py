"""The set-up commands, run in-process through ``main.main`` on a real database file."""

from __future__ import annotations

import codecs
import io
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

import main
from db.database import open_database
from judging.app import build_services
from judging.model import Category, Competition, ComponentDef, Criterion, Round

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "setup" / "dang-ky-sang-kien-2026.xlsx"


@pytest.fixture
def db(db_path: Path) -> str:
    database = open_database(str(db_path))
    try:
        services = build_services(database.uow_factory, location=database.location)
        services.core.create_competition(
            Competition(
                code="SK-2026",
                name="Giải thưởng Sáng kiến cộng đồng 2026",
                categories=(
                    Category("QLNN", "Quản lý nhà nước, cải cách hành chính"),
                    Category("KTCN", "Kỹ thuật, công nghệ"),
                    Category("NNMT", "Nông nghiệp, môi trường"),
                    Category("GDYTXH", "Giáo dục, y tế, xã hội"),
                ),
                rounds=(
                    Round(
                        code="SK",
                        name="Vòng sơ khảo",
                        judges_per_entry=3,
                        criteria=(Criterion("tinh_moi", "Tính mới", Decimal(30)),),
                        components=(ComponentDef("vote", "Bình chọn"),),
                    ),
                ),
            )
        )
    finally:
        database.close()
    return str(db_path)


def run(db: str, *args: str) -> int:
    return main.main(["--db", db, "--lang", "en", *args])


def sample_rows(leaving_out: tuple[int, ...] = ()) -> list[tuple[object, ...]]:
    """The sample's rows (the header is row 1), without those numbered in ``leaving_out``."""
    from openpyxl import load_workbook

    book = load_workbook(SAMPLE, read_only=True, data_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return [row for number, row in enumerate(rows, 1) if number not in leaving_out]


def cleaned_csv(tmp_path: Path) -> Path:
    """The sample as a CSV export (UTF-8 with BOM, `;`), without its three faulty rows."""
    lines = [
        ";".join('"' + ("" if v is None else str(v)) + '"' for v in row)
        for row in sample_rows(leaving_out=(50, 51, 52))
    ]
    path = tmp_path / "cleaned.csv"
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8"))
    return path


def test_sample_refused_then_cleaned_imports(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import-entries", str(SAMPLE)) == 2
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    for row in (50, 51, 52):
        assert f"dang-ky-sang-kien-2026.xlsx, row {row}:" in err
    assert "row 49" not in err and "Traceback" not in err
    assert run(db, "entries", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["entries"] == []

    assert run(db, "import-entries", str(cleaned_csv(tmp_path))) == 0
    assert "Imported 48 entries." in capsys.readouterr().out
    assert run(db, "entries", "--format", "csv") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "code,title,category,authors,organisation,status,reason"
    assert len(out) == 49 and out[1].startswith("E001,Máy bóc vỏ hạt điều bán tự động,QLNN,")


def test_judges_pins_conflicts_assign_export(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(db, "import-entries", str(cleaned_csv(tmp_path))) == 0
    judges = tmp_path / "judges.csv"
    judges.write_text(
        "code,name,title,organisation,role\n"
        + "".join(f"GK{i:02d},Giám khảo {i},TS.,Đơn vị {i},member\n" for i in range(1, 9))
        + "GK09,Chủ tịch,PGS.TS.,UBND Huyện Cần Giờ,chair\n"
        + "TS01,Tập sự,ThS.,Sở KH&CN,trainee\n",
        encoding="utf-8",
    )
    assert run(db, "import-judges", str(judges)) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("135792\n"))
    assert run(db, "set-pin", "GK01") == 0
    assert "PIN of GK01 set." in capsys.readouterr().out
    assert run(db, "judges", "--format", "json") == 0
    listed = json.loads(capsys.readouterr().out)["judges"]
    assert [j["pin"] for j in listed[:2]] == ["yes", "no"]

    conflicts = tmp_path / "conflicts.csv"
    conflicts.write_text("judge,entry,reason\nGK02,E001,Người thân của tác giả\n", "utf-8")
    assert run(db, "import-conflicts", str(conflicts)) == 0
    capsys.readouterr()

    assert run(db, "assign", "--seed", "7", "--format", "json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["round"] == "SK" and result["added"] == 48 * 3 and result["uncovered"] == []
    loads = result["loads"]
    assert "TS01" not in loads and max(loads.values()) - min(loads.values()) <= 1

    out_file = tmp_path / "assignments.csv"
    assert run(db, "export-assignments", "--out", str(out_file)) == 0
    data = out_file.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "round,judge,entry,origin" and len(lines) == 1 + 48 * 3
    pairs = {tuple(line.split(",")[1:3]) for line in lines[1:]}
    assert ("GK02", "E001") not in pairs
    # GK09 belongs to UBND Huyện Cần Giờ, like E002's authors
    assert ("GK09", "E002") not in pairs
    assert Counter(e for _, e in pairs)["E002"] == 3

    # same seed on a replace gives the same assignment back
    assert run(db, "assign", "--seed", "7", "--replace") == 0
    assert run(db, "export-assignments", "--out", "-") == 0
    again = capsys.readouterr().out.splitlines()[-(48 * 3) :]
    assert {tuple(line.split(",")[1:3]) for line in again} == pairs


def test_import_assignments_and_components_refuse_bad_rows(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import-entries", str(cleaned_csv(tmp_path))) == 0
    judges = tmp_path / "judges.csv"
    judges.write_text("code,name,organisation\nGK01,An,UBND Huyện Cần Giờ\nGK02,Bình,\n", "utf-8")
    assert run(db, "import-judges", str(judges)) == 0
    fixed = tmp_path / "fixed.csv"
    fixed.write_text("round,judge,entry\nSK,GK02,E001\nSK,GK01,E002\n", "utf-8")
    capsys.readouterr()
    assert run(db, "import-assignments", str(fixed)) == 2
    err = capsys.readouterr().err
    assert "fixed.csv, row 3: judge GK01 may not judge entry E002" in err
    fixed.write_text("round,judge,entry\nSK,GK02,E001\n", "utf-8")
    assert run(db, "import-assignments", str(fixed)) == 0
    votes = tmp_path / "votes.csv"
    votes.write_text("round,entry,component,value\nSK,E001,vote,12\nSK,E002,vote,-1\n", "utf-8")
    assert run(db, "import-components", str(votes)) == 2
    assert "votes.csv, row 3" in capsys.readouterr().err
    votes.write_text("round,entry,component,value\nSK,E001,vote,12\n", "utf-8")
    assert run(db, "import-components", str(votes)) == 0


def test_map_option_and_help(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "form.csv"
    source.write_text("Ten,Loai,Nguoi\nMáy bóc vỏ,KTCN,An; Bình\n", encoding="utf-8")
    assert run(db, "import-entries", str(source)) == 2
    assert "--map" in capsys.readouterr().err
    map_file = tmp_path / "map.toml"
    map_file.write_text('"Ten" = "title"\n"Loai" = "category"\n"Nguoi" = "authors"\n', "utf-8")
    assert run(db, "import-entries", str(source), "--map", str(map_file)) == 0
    assert run(db, "entries") == 0
    assert "Máy bóc vỏ" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        run(db, "assign", "--help")
    assert caught.value.code == 0


def test_set_panel_and_panel(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    judges = tmp_path / "judges.csv"
    judges.write_text("code,name\nGK01,An\nGK02,Bình\nGK03,Chi\n", "utf-8")
    assert run(db, "import-judges", str(judges)) == 0
    assert run(db, "panel") == 0
    assert "every member and chair" in capsys.readouterr().out
    assert run(db, "set-panel", "--category", "KTCN", "GK01", "GK02") == 0
    assert run(db, "set-panel", "GK03") == 0
    capsys.readouterr()
    assert run(db, "panel", "--round", "SK") == 0
    assert capsys.readouterr().out.splitlines() == ["*: GK03", "KTCN: GK01 GK02"]
    assert run(db, "set-panel", "--category", "ZZ", "GK01") == 2
    assert "no category with code 'ZZ'" in capsys.readouterr().err


def test_the_shipped_template_takes_the_sample_registration_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An organiser's real flow: the template, then the form's export as it comes. Only the
    # sample's three faulty rows may be named: its field names must match the categories.
    db = str(tmp_path / "skcd.sqlite")
    assert run(db, "init", "--template", "sang-kien-cong-dong") == 0
    capsys.readouterr()
    assert run(db, "import-entries", str(SAMPLE)) == 2
    err = capsys.readouterr().err
    rows = [line.split(":")[0].strip() for line in err.splitlines()[1:]]
    assert rows == [f"dang-ky-sang-kien-2026.xlsx, row {n}" for n in (50, 51, 52)], err
    assert run(db, "import-entries", str(cleaned_csv(tmp_path))) == 0
    assert "Imported 48 entries." in capsys.readouterr().out


def test_unknown_categories_list_the_categories_once(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "đăng ký.csv"
    path.write_text(
        'title,category\nA,Nông nghiệp\nB,"Kỹ thuật, công nghệ"\nC,Công nghệ số\nD,\n',
        encoding="utf-8",
    )
    assert run(db, "import-entries", str(path)) == 2
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert lines[0].startswith("đăng ký.csv: 3 faulty row(s); nothing was imported")
    assert err.count("GDYTXH = Giáo dục, y tế, xã hội") == 1
    assert "row 2: unknown category 'Nông nghiệp'" in lines[1]
    assert lines[2].endswith("row 4: unknown category 'Công nghệ số'")
    assert lines[3].endswith("row 5: missing category")


@pytest.mark.parametrize("command", ["import-conflicts", "import-assignments", "import-components"])
def test_a_file_without_the_columns_offers_only_options_the_command_has(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("code,name,title,organisation,role\nGK01,An,TS.,,member\n", encoding="utf-8")
    assert run(db, command, str(path)) == 2
    err = capsys.readouterr().err
    assert "wrong.csv: no column for" in err and "--map" not in err
    with pytest.raises(SystemExit):  # the command really has no --map
        run(db, command, str(path), "--map", "map.toml")


def test_entries_without_a_title_column_offer_the_column_map(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "form.csv"
    path.write_text("Tên gọi,Lĩnh vực\nA,QLNN\n", encoding="utf-8")
    assert run(db, "import-entries", str(path)) == 2
    assert "no column for title" in (err := capsys.readouterr().err) and "(--map)" in err


@pytest.mark.parametrize(
    "command", ["import-entries", "import-judges", "import-conflicts", "import-marks"]
)
def test_wrong_files_given_to_an_import_are_named_plainly(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    pdf = tmp_path / "phiếu chấm.csv"  # a PDF renamed, with Vietnamese in its name
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert run(db, command, str(pdf)) == 2
    err = capsys.readouterr().err
    assert "phiếu chấm.csv: a PDF document, not a CSV text file" in err
    assert err.strip().count("\n") == 0
    folder = tmp_path / "hồ sơ"
    folder.mkdir()
    assert run(db, command, str(folder)) == 2
    assert "hồ sơ: is a folder, not a file" in capsys.readouterr().err


def test_a_map_renames_a_category_the_form_spells_its_own_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "skcd.sqlite")
    assert run(db, "init", "--template", "sang-kien-cong-dong") == 0
    column_map = tmp_path / "bản đồ cột.toml"
    column_map.write_text(
        '# the headers are recognised; only the field "Nông nghiệp" needs saying\n'
        "[category]\n"
        '"nong nghiep" = "NNMT"\n',
        encoding="utf-8",
    )
    assert run(db, "import-entries", str(SAMPLE), "--map", str(column_map)) == 2
    err = capsys.readouterr().err
    assert "row 50:" in err and "row 51:" in err and "row 52" not in err

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in sample_rows(leaving_out=(50, 51)):
        sheet.append(list(row))
    fixed = tmp_path / "đã sửa.xlsx"
    book.save(fixed)
    capsys.readouterr()
    assert run(db, "import-entries", str(fixed), "--map", str(column_map)) == 0
    assert "Imported 49 entries." in capsys.readouterr().out
    assert run(db, "entries", "--format", "json") == 0
    last = json.loads(capsys.readouterr().out)["entries"][-1]
    assert (last["title"], last["category"]) == ("Hệ thống tưới tiết kiệm", "NNMT")


def test_a_map_category_that_is_not_text_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    column_map = tmp_path / "map.toml"
    column_map.write_text('[category]\n"Nông nghiệp" = 3\n', encoding="utf-8")
    assert run(db, "import-entries", str(SAMPLE), "--map", str(column_map)) == 2
    assert "map.toml: [category] 'Nông nghiệp': the category must be" in capsys.readouterr().err


def test_file_refusals_in_vietnamese(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def vi(*args: str) -> str:
        assert main.main(["--db", db, "--lang", "vi", *args]) == 2
        return capsys.readouterr().err.splitlines()[0]

    assert vi("import-entries", str(SAMPLE)) == (
        "dang-ky-sang-kien-2026.xlsx: 3 dòng lỗi; chưa nhập gì"
    )
    pdf = tmp_path / "giám khảo.csv"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert (
        vi("import-judges", str(pdf))
        == "giám khảo.csv: là tài liệu PDF, không phải tệp văn bản CSV"
    )
    assert vi("import-marks", str(tmp_path)).endswith(": là một thư mục, không phải tệp")
    assert vi("import-conflicts", str(tmp_path / "khong.csv")) == "khong.csv: không có tệp này"
    assert "là một thư mục; hãy cho tên tệp cần ghi" in vi(
        "export-assignments", "--out", str(tmp_path)
    )
    wrong = tmp_path / "xd.csv"
    wrong.write_text("judge,entry,reason\nGK99,E001,x\n", encoding="utf-8")
    assert vi("import-conflicts", str(wrong)) == "xd.csv: bị từ chối; không thay đổi gì"


@pytest.mark.parametrize(
    ("command", "header"),
    [("import-entries", "code,title,category"), ("import-judges", "code,name,title")],
)
def test_a_comma_inside_an_unquoted_cell_names_the_row(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, header: str
) -> None:
    path = tmp_path / "tach-o.csv"
    path.write_text(
        f"{header},,\n"  # trailing empty cells, as spreadsheets export them, are fine
        "A1,Bể lọc nước,KTCN,,\n"
        "A2,Máy bóc vỏ, hạt điều,KTCN\n",
        encoding="utf-8",
    )
    assert run(db, command, str(path)) == 2
    err = capsys.readouterr().err
    assert "tach-o.csv: some rows have more cells than the header" in err
    assert "row 3: 4 cells where the header has 3" in err and "row 2" not in err


def test_rows_are_numbered_as_a_spreadsheet_shows_them(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Registration forms export summaries typed on several lines: still one row each.
    path = tmp_path / "nhieu-dong.csv"
    path.write_text(
        'title,category,summary\n"Bể lọc",KTCN,"dòng 1\ndòng 2\ndòng 3"\n,KTCN,thiếu tên\n',
        encoding="utf-8",
    )
    assert run(db, "import-entries", str(path)) == 2
    err = capsys.readouterr().err
    assert "nhieu-dong.csv, row 3: missing title" in err, err


@pytest.mark.parametrize(
    "command",
    ["import-entries", "import-judges", "import-conflicts", "import-components", "import-marks"],
)
def test_a_header_without_rows_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    from openpyxl import Workbook

    csv_file = tmp_path / "chi-tieu-de.csv"
    csv_file.write_text("round,entry,judge,criterion,mark,comment\n\n", encoding="utf-8")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["code", "title", "category"])
    xlsx_file = tmp_path / "chi-tieu-de.xlsx"
    book.save(xlsx_file)
    files = [csv_file] if command == "import-marks" else [csv_file, xlsx_file]
    for path in files:
        assert run(db, command, str(path)) == 2
        err = capsys.readouterr().err
        assert f"{path.name}: a header but no rows below it; nothing was imported" in err


def test_faulty_entry_rows_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "skcd.sqlite")
    assert run(db, "init", "--template", "sang-kien-cong-dong") == 0
    capsys.readouterr()
    assert main.main(["--db", db, "--lang", "vi", "import-entries", str(SAMPLE)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[:3] == [
        "dang-ky-sang-kien-2026.xlsx: 3 dòng lỗi; chưa nhập gì",
        "  dang-ky-sang-kien-2026.xlsx, dòng 50: thiếu tên hồ sơ",
        "  dang-ky-sang-kien-2026.xlsx, dòng 51: trùng: cùng tên, tác giả và đơn vị với dòng 3",
    ]
    assert lines[3].startswith("  dang-ky-sang-kien-2026.xlsx, dòng 52: không có lĩnh vực “Nông")


def test_faulty_judge_and_conflict_rows_in_vietnamese(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    judges = tmp_path / "gk.csv"
    judges.write_text("code,name,role\nGK01,,member\nGK02,Bình,sếp\n", encoding="utf-8")
    assert main.main(["--db", db, "--lang", "vi", "import-judges", str(judges)]) == 2
    assert capsys.readouterr().err.splitlines()[1:] == [
        "  gk.csv, dòng 2: thiếu họ tên",
        "  gk.csv, dòng 3: vai trò lạ 'sếp' (thành viên, chủ tịch hoặc tập sự)",
    ]
    conflicts = tmp_path / "xd.csv"
    conflicts.write_text("judge,entry,reason\nGK09,E404,x\n", encoding="utf-8")
    assert main.main(["--db", db, "--lang", "vi", "import-conflicts", str(conflicts)]) == 2
    assert capsys.readouterr().err.splitlines()[1:] == [
        "  xd.csv, dòng 2: không có giám khảo 'GK09'",
        "  xd.csv, dòng 2: không có hồ sơ 'E404'",
    ]
