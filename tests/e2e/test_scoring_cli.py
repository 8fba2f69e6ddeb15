"""The scoring commands end to end through main.py: import-marks, export-marks, print-sheets,
set-organiser-password; exit statuses and messages."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest import CaptureFixture

import main
from db.database import OpenDatabase
from judging.app import Services
from tests import scoring_helpers

GOOD = (
    "round,entry,judge,criterion,mark,comment\n"
    "R1,E01,J1,NEW,27.5,Rất mới\n"
    "R1,E01,J1,EFF,35,\n"
    "R1,E01,J1,APP,22.75,\n"
)


@pytest.fixture
def db(services: Services, database: OpenDatabase, db_path: Path) -> Path:
    scoring_helpers.build(services, database)
    return db_path


def test_import_then_export_round_trip(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert main.main(["--db", str(db), "--lang", "en", "import-marks", str(src)]) == 0
    assert "3 marks changed" in capsys.readouterr().out
    assert main.main(["--db", str(db), "--lang", "en", "import-marks", str(src)]) == 0
    assert "0 marks changed, 3 unchanged" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main.main(["--lang", "en", "--db", str(db), "export-marks", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == GOOD
    semi = tmp_path / "semi.csv"
    assert (
        main.main(
            ["--lang", "en", "--db", str(db), "export-marks", "--sep", ";", "--out", str(semi)]
        )
        == 0
    )
    assert "R1;E01;J1;NEW;27,5;Rất mới" in semi.read_text(encoding="utf-8-sig")


def test_faulty_file_exit_2_every_row_named(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("entry,judge,criterion,mark\nE01,J1,NEW,31\nE01,J9,NEW,2\n", encoding="utf-8")
    assert main.main(["--lang", "en", "--db", str(db), "import-marks", str(src)]) == 2
    err = capsys.readouterr().err
    assert "row 2" in err and "out of range" in err
    assert "row 3" in err and "unknown judge 'J9'" in err
    assert "Traceback" not in err
    assert (
        main.main(["--lang", "en", "--db", str(db), "import-marks", str(tmp_path / "nope.csv")])
        == 2
    )


def _pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


@pytest.mark.usefixtures("qapp")
def test_print_sheets_blank_and_filled(db: Path, tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    assert (
        main.main(
            ["--lang", "en", "--db", str(db), "print-sheets", "--judge", "J1", "--out", str(blank)]
        )
        == 0
    )
    assert blank.exists() and _pdf_pages(blank) == 5  # 4 entries + the summary page
    src = tmp_path / "in.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert main.main(["--lang", "en", "--db", str(db), "import-marks", str(src)]) == 0
    filled = tmp_path / "filled.pdf"
    args = [
        "--lang",
        "en",
        "--db",
        str(db),
        "print-sheets",
        "--judge",
        "J1",
        "--filled",
        "--out",
        str(filled),
    ]
    assert main.main(args) == 0
    assert _pdf_pages(filled) == 5
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: text of the PDF not checked")
    text = subprocess.run(
        ["pdftotext", str(filled), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "PHIẾU CHẤM ĐIỂM" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Giám khảo" in text and "(ký, ghi rõ họ tên)" in text
    assert "27,5" in text and "85,25" in text  # the mark and the total, with a decimal comma
    summary = subprocess.run(
        ["pdftotext", "-f", "5", "-l", "5", str(filled), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "BẢNG TỔNG HỢP ĐIỂM" in summary
    words = summary.split()
    # the columns are named as on the sheet, not by their codes
    assert "NEW" not in words and "EFF" not in words
    assert "Tính" in words and "áp" in words
    fonts = subprocess.run(["pdffonts", str(filled)], capture_output=True, text=True).stdout
    assert "BeVietnamPro" in fonts
    for line in fonts.splitlines()[2:]:
        assert line.split()[-5] == "yes", f"font not embedded: {line}"


def test_print_sheets_unknown_judge(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert (
        main.main(
            ["--lang", "en", "--db", str(db), "print-sheets", "--judge", "J9", "--out", str(out)]
        )
        == 2
    )
    assert not out.exists()


@pytest.mark.usefixtures("qapp")
def test_print_sheets_of_every_judge_into_one_pdf(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    out = tmp_path / "all.pdf"
    args = ["--db", str(db), "--lang", "vi", "print-sheets", "--all", "--out", str(out)]
    assert main.main(args) == 0
    assert "Đã in 8 phiếu chấm điểm của 3 giám khảo" in capsys.readouterr().out
    # J1: 4 entries + summary, J2: 3 + summary, J3: 1 + summary, in the judges' order
    assert _pdf_pages(out) == 11
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: text of the PDF not checked")
    pages = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    assert "Phạm Thị Lan" in pages[0] and "Hoàng Văn Minh" in pages[5]
    assert "BẢNG TỔNG HỢP ĐIỂM" in pages[4] and "Đỗ Thu Hà" in pages[10]


@pytest.mark.usefixtures("qapp")
def test_print_sheets_of_every_judge_one_file_each(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    folder = tmp_path / "phieu"
    args = ["--db", str(db), "--lang", "en", "print-sheets", "--all", "--filled"]
    assert main.main([*args, "--out", str(folder)]) == 0
    assert "one file a judge" in capsys.readouterr().out
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "phieu-cham-J1-co-diem.pdf",
        "phieu-cham-J2-co-diem.pdf",
        "phieu-cham-J3-co-diem.pdf",
    ]
    assert [_pdf_pages(folder / n) for n in names] == [5, 4, 2]


def test_print_sheets_needs_a_judge_or_all(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    for who in ([], ["--all", "--judge", "J1"]):
        with pytest.raises(SystemExit) as caught:
            main.main(["--db", str(db), "--lang", "en", "print-sheets", *who, "--out", out])
        assert caught.value.code == 2
        assert "--judge" in capsys.readouterr().err
    assert not Path(out).exists()


def test_set_organiser_password_from_stdin(
    db: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("mật khẩu btc\n"))
    assert main.main(["--lang", "en", "--db", str(db), "set-organiser-password"]) == 0
    assert services.scoring.check_organiser_password("mật khẩu btc")
    assert not services.scoring.check_organiser_password("other")
    # clearing it needs the current one, given on the first line
    monkeypatch.setattr(sys, "stdin", io.StringIO("mật khẩu btc\n"))
    assert main.main(["--lang", "en", "--db", str(db), "set-organiser-password", "--clear"]) == 0
    assert not services.scoring.has_organiser_password()


@pytest.mark.usefixtures("qapp")
def test_print_sheets_names_the_current_round_when_there_are_several(
    services: Services, db_path: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    from judging.demo import build_demo

    build_demo(services)  # two rounds: the preliminary one is open
    judge = services.scoring.round_sheets("SK")[0].judge_code
    out = tmp_path / "sheets.pdf"
    args = ["--db", str(db_path), "--lang", "en", "print-sheets", "--judge", judge]
    assert main.main([*args, "--out", str(out)]) == 0
    assert "Round: SK — Vòng sơ khảo (the current round" in capsys.readouterr().out
    assert _pdf_pages(out) > 1


@pytest.mark.usefixtures("qapp")
def test_print_sheets_through_a_file_is_a_usage_error(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "sheets.pdf"
    assert (
        main.main(
            ["--lang", "en", "--db", str(db), "print-sheets", "--judge", "J1", "--out", str(out)]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert f"{blocker} is a file, not a folder" in err and "Traceback" not in err


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs Linux's /proc")
def test_print_sheets_to_a_file_the_system_will_not_write_exit_3(
    db: Path, capsys: CaptureFixture[str]
) -> None:
    # /proc/version refuses writing even to root (EINVAL): the environment's fault.
    out = "/proc/version"
    assert (
        main.main(["--lang", "en", "--db", str(db), "print-sheets", "--judge", "J1", "--out", out])
        == 3
    )
    err = capsys.readouterr().err
    assert "/proc/version: cannot be written" in err and "Traceback" not in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("command", [["set-organiser-password"], ["set-pin", "J1"]])
def test_secrets_at_a_terminal_ctrl_d_and_a_mismatch_are_usage_errors(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: CaptureFixture[str], command: list[str]
) -> None:
    import getpass

    monkeypatch.setattr(sys, "stdin", _Terminal())

    def ctrl_d(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", ctrl_d)
    assert main.main(["--db", str(db), "--lang", "vi", *command]) == 2
    err = capsys.readouterr().err
    assert "chưa nhập" in err and "internal error" not in err

    answers = iter(["2468013579", "1357924680"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert main.main(["--db", str(db), "--lang", "en", *command]) == 2
    assert "differ" in capsys.readouterr().err

    answers = iter(["2468013579", "2468013579"])
    assert main.main(["--db", str(db), "--lang", "en", *command]) == 0


@pytest.mark.parametrize(
    "command",
    [
        ["export-definition"],
        ["export-assignments"],
        ["export-marks"],
        ["print-sheets", "--judge", "J1"],
    ],
)
def test_an_export_to_a_folder_or_a_missing_folder_is_a_usage_error(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str], command: list[str]
) -> None:
    folder = tmp_path / "kết quả"
    folder.mkdir()
    assert main.main(["--lang", "en", "--db", str(db), *command, "--out", str(folder)]) == 2
    assert f"{folder}: is a folder" in capsys.readouterr().err
    missing = tmp_path / "khong-co" / "x.out"
    assert main.main(["--lang", "en", "--db", str(db), *command, "--out", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.parent.exists()  # no folder made behind the person's back


def test_faulty_mark_rows_in_vietnamese(
    db: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    src = tmp_path / "điểm.csv"
    src.write_text(
        "round,entry,judge,criterion,mark,comment\n"
        "R1,E01,J1,NEW,99,\n"
        "R1,E01,J9,NEW,3,\n"
        "R1,E01,J1,EFF,abc,\n",
        encoding="utf-8",
    )
    assert main.main(["--db", str(db), "--lang", "vi", "import-marks", str(src)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].endswith("điểm.csv: tệp bị từ chối; chưa nhập gì")
    assert "điểm.csv, dòng 2: 99 nằm ngoài thang điểm: điểm từ 0 đến" in lines[1]
    assert lines[2].endswith("điểm.csv, dòng 3: không có giám khảo 'J9'")
    assert lines[3].endswith("điểm.csv, dòng 4: điểm 'abc' không phải là số")
    header_only = tmp_path / "sai.csv"
    header_only.write_text("entry,judge,score\nE01,J1,3\n", encoding="utf-8")
    assert main.main(["--db", str(db), "--lang", "vi", "import-marks", str(header_only)]) == 2
    err = capsys.readouterr().err
    assert "sai.csv, dòng 1: cột lạ score" in err and "thiếu cột criterion, mark" in err
