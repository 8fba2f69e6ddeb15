"""Every file the program writes is written whole (issue 12, defect 2), and ``--out -`` is
standard output wherever ``--out`` names one file.

The drills use the fault point of judging.textfiles (``write_fault``): on a full disk a writer
fails part-way, leaving a temporary file cut short. Python's writers raise ``OSError(ENOSPC)``;
Qt's PDF writers say nothing, so their drill cuts the file short silently and the PDF check
must catch it. Either way the command exits 3 with a plain message, the file that was there
is left byte for byte, and the folder holds nothing else."""

from __future__ import annotations

import errno
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from judging import textfiles
from tests.approved_demo import copy_of_approved_demo

OLD = b"round,entry,judge\r\nSK,E1,GK02\r\n" * 120  # a good file of about 3,800 bytes


@pytest.fixture(scope="module")
def approved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.getbasetemp() / "approved-demo"
    folder.mkdir(exist_ok=True)
    return copy_of_approved_demo(folder, tmp_path_factory.mktemp("files-whole") / "demo.sqlite")


@pytest.fixture(scope="module")
def unapproved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as it comes, round SK open (a judge kit is made only for an open round)."""
    path = tmp_path_factory.mktemp("files-whole-demo") / "demo.sqlite"
    assert main.main(["--db", str(path), "--lang", "en", "demo"]) == 0
    return path


@pytest.fixture
def db(approved: Path, tmp_path: Path) -> Path:
    return copied(approved, tmp_path)


def copied(database: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "db" / "demo.sqlite"
    copy.parent.mkdir(exist_ok=True)
    copy.write_bytes(database.read_bytes())
    return copy


def database_for(args: list[str], approved: Path, unapproved: Path, tmp_path: Path) -> Path:
    """A copy of the approved demo, or of the open one (two rounds) for what only an open round
    gives, and for the sheets, which then say which round they are of."""
    return copied(unapproved if args[0] in ("export-kit", "print-sheets") else approved, tmp_path)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def run(db: Path, *args: str, lang: str = "en") -> int:
    return main.main(["--db", str(db), "--lang", lang, *args])


def disk_full(temporary: Path) -> None:
    """A full disk part-way: half the file written, then ENOSPC."""
    data = temporary.read_bytes()
    temporary.write_bytes(data[: len(data) // 2])
    raise OSError(errno.ENOSPC, "No space left on device")


def cut_short_silently(temporary: Path) -> None:
    """What Qt's PDF writer leaves on a full disk: a file cut short, and no error."""
    data = temporary.read_bytes()
    temporary.write_bytes(data[: len(data) // 2])


#: (command and options, the file name to write) for every command that writes a file.
WRITERS = [
    (["export-marks", "--out"], "marks.csv"),
    (["export-assignments", "--out"], "assignments.csv"),
    (["export-definition", "--out"], "definition.toml"),
    (["rank", "--format", "csv", "--out"], "rank.csv"),
    (["export-ranking", "--out"], "ket-qua.xlsx"),
    (["export-ranking", "--out"], "ket-qua.csv"),
    (["export-ranking", "--out"], "ket-qua.html"),
    (["export-ranking", "--out"], "bien-ban.docx"),
    (["export-ranking", "--out"], "bien-ban.pdf"),
    (["print-sheets", "--judge", "GK02", "--out"], "phieu.pdf"),
    (["certificates", "--out"], "chung-nhan.pdf"),
    (["export-kit", "--judge", "GK02", "--out"], "GK02.judgekit"),
    (["export-certificate-template", "sang-tao-nha-nong", "--out"], "mau.toml"),
]
PDF_WRITERS = [(args, name) for args, name in WRITERS if name.endswith(".pdf")]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("args", "name"), WRITERS, ids=[n for _, n in WRITERS])
def test_a_full_disk_leaves_the_old_file_and_no_debris(
    approved: Path,
    unapproved: Path,
    tmp_path: Path,
    out: Path,
    args: list[str],
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = database_for(args, approved, unapproved, tmp_path)
    target = out / name
    target.write_bytes(OLD)
    monkeypatch.setattr(textfiles, "write_fault", disk_full)

    assert run(db, *args, str(target)) == 3

    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in out.iterdir()) == [name]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("args", "name"), PDF_WRITERS, ids=[n for _, n in PDF_WRITERS])
def test_a_pdf_cut_short_without_an_error_is_caught(
    db: Path,
    out: Path,
    args: list[str],
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = out / name
    target.write_bytes(OLD)
    monkeypatch.setattr(textfiles, "write_fault", cut_short_silently)

    assert run(db, *args, str(target), lang="vi") == 3

    err = capsys.readouterr().err
    assert "không ghi trọn vẹn được tệp" in err and "Traceback" not in err
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in out.iterdir()) == [name]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("args", "name"), WRITERS, ids=[n for _, n in WRITERS])
def test_without_a_fault_the_file_is_replaced_whole(
    approved: Path, unapproved: Path, tmp_path: Path, out: Path, args: list[str], name: str
) -> None:
    db = database_for(args, approved, unapproved, tmp_path)
    target = out / name
    target.write_bytes(OLD)

    assert run(db, *args, str(target)) == 0

    data = target.read_bytes()
    assert data != OLD and data
    beside = {"mau.toml": ["mau.png"]}.get(name, [])  # a template's background picture
    assert sorted(p.name for p in out.iterdir()) == sorted([name, *beside])
    if name.endswith(".pdf"):
        assert textfiles.pdf_is_whole(target)


def test_the_disk_full_message_is_vietnamese(
    db: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(textfiles, "write_fault", disk_full)
    assert run(db, "export-marks", "--out", str(out / "diem.csv"), lang="vi") == 3
    err = capsys.readouterr().err
    assert "ổ đĩa đã đầy" in err and "No space" not in err
    assert list(out.iterdir()) == []


# -- "-" is standard output -------------------------------------------------------------------
def test_export_marks_to_stdout_writes_no_file_named_dash(
    db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    monkeypatch.chdir(tmp_path)
    named = tmp_path / "named.csv"
    assert run(db, "export-marks", "--out", str(named)) == 0
    capsysbinary.readouterr()

    assert run(db, "export-marks", "--out", "-") == 0

    captured = capsysbinary.readouterr()
    assert not (tmp_path / "-").exists()
    assert captured.out == named.read_bytes()  # the same bytes, BOM and all
    assert (
        b"marks written to standard output" in captured.err
    )  # what is said for people is kept apart


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["export-kit", "--judge", "GK02"], lambda data: zipfile.is_zipfile(io.BytesIO(data))),
        (["print-sheets", "--judge", "GK02"], lambda data: data.startswith(b"%PDF-")),
        (["certificates"], lambda data: data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]),
        (["export-ranking"], lambda data: data.startswith(b"\xef\xbb\xbf")),
    ],
    ids=["kit", "sheets", "certificates", "ranking-csv"],
)
def test_binary_and_text_files_go_to_stdout_whole(
    approved: Path,
    unapproved: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
    args: list[str],
    check: object,
) -> None:
    db = database_for(args, approved, unapproved, tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run(db, *args, "--out", "-") == 0
    captured = capsysbinary.readouterr()
    if args[0] == "print-sheets":  # the open demo: two rounds, the current one named on stderr
        assert b"(the current round" in captured.err
    assert callable(check) and check(captured.out)
    assert list(tmp_path.glob("-*")) == []


def test_stdout_refused_where_a_folder_of_files_is_written(
    unapproved: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    db = copied(unapproved, tmp_path)
    assert run(db, "export-kit", "--all", "--out", "-") == 2
    captured = capsys.readouterr()
    assert "more than one file" in captured.err and captured.out == ""
    # a template with its background picture is two files
    assert run(db, "export-certificate-template", "sang-tao-nha-nong", "--out", "-") == 2
    captured = capsys.readouterr()
    assert "more than one file" in captured.err and captured.out == ""
    assert list(tmp_path.glob("-*")) == []


def test_a_failed_stdout_export_writes_nothing_there(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(textfiles, "write_fault", disk_full)
    assert run(db, "export-ranking", "--out", "-") == 3
    assert capsysbinary.readouterr().out == b""


def test_workbook_written_to_a_named_file_opens(db: Path, out: Path) -> None:
    target = out / "ket-qua.xlsx"
    assert run(db, "export-ranking", "--out", str(target)) == 0
    book = load_workbook(target, read_only=True)
    assert book.sheetnames
    book.close()


def test_rank_and_definition_to_stdout_are_what_the_file_holds(
    db: Path, out: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    for args, name in (
        (["rank", "--format", "csv"], "rank.csv"),
        (["export-definition"], "definition.toml"),
        (["export-assignments"], "assignments.csv"),
    ):
        assert run(db, *args, "--out", str(out / name)) == 0
        capsysbinary.readouterr()
        assert run(db, *args, "--out", "-") == 0
        written = (out / name).read_bytes()
        shown = capsysbinary.readouterr().out
        # the file and the screen hold the same rows (the file's CSV ends lines with CRLF)
        assert shown.replace(b"\r\n", b"\n").lstrip(b"\xef\xbb\xbf") == written.replace(
            b"\r\n", b"\n"
        ).lstrip(b"\xef\xbb\xbf"), name


def test_a_judge_code_that_climbs_out_still_writes_its_kit_in_the_folder(
    unapproved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Codes may hold "/" and "." (CODE_RE): a judge coded ``../../GK99`` gets a kit named
    plainly inside the folder, not a file two folders up."""
    db = copied(unapproved, tmp_path)
    judges = tmp_path / "judges.csv"
    judges.write_text("code,name,role\n../../GK99,Ngô Thị Mai,member\n", encoding="utf-8")
    assignments = tmp_path / "assignments.csv"
    assignments.write_text("round,judge,entry\nSK,../../GK99,HS-001\n", encoding="utf-8")
    assert run(db, "import-judges", str(judges)) == 0, capsys.readouterr().err
    assert run(db, "import-assignments", str(assignments)) == 0, capsys.readouterr().err
    folder = tmp_path / "a" / "b" / "kits"
    folder.mkdir(parents=True)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}

    assert run(db, "export-kit", "--all", "--out", str(folder)) == 0, capsys.readouterr().err

    new = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    assert new and all(p.parent == folder for p in new)
    assert any("GK99" in p.name for p in new)
