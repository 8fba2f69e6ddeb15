"""`backup`, `backups` and `restore` on the command line, the automatic copy after a command
that changed something, and a damaged database told how to get its newest good copy back."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import main

MARK_ROW = "round,entry,judge,criterion,mark,comment\nSK,HS-020,GK08,hieu_qua,20,\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main.main(["--db", str(path), "--lang", "en", "demo"]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sang-kien.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _backup_folder() -> Path:
    # tests/conftest.py gives each test its own data folder (XDG_DATA_HOME)
    return Path(os.environ["XDG_DATA_HOME"]) / "judging-desk" / "judging-desk" / "backups"


def _copies(db: Path) -> list[Path]:
    return sorted(_backup_folder().glob(f"{db.stem}-*/{db.stem}-*.sqlite"))


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _zero_marks_page(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(bytes(size))


def test_a_reading_command_makes_no_copy_a_changing_one_does(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--lang", "en", "--db", str(db), "info")[0] == 0
    assert _copies(db) == []
    marks = tmp_path / "marks.csv"
    marks.write_text(MARK_ROW, encoding="utf-8")
    status, _, err = run(capsys, "--lang", "en", "--db", str(db), "import-marks", str(marks))
    assert status == 0, err
    copies = _copies(db)
    assert len(copies) == 1
    assert _count(copies[0], "mark") == _count(db, "mark")  # the imported mark is in the copy
    # the next import the same day: the day's copy is enough
    assert run(capsys, "--lang", "en", "--db", str(db), "import-marks", str(marks))[0] == 0
    assert len(_copies(db)) == 1


def test_backup_out_backups_and_restore_from(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bản sao 6-12.sqlite"
    status, text, err = run(capsys, "--lang", "vi", "--db", str(db), "backup", "--out", str(out))
    assert status == 0, err
    assert f"Đã sao lưu vào {out} (32 hồ sơ," in text and "kiểm tra toàn vẹn: đạt" in text
    status, text, _ = run(capsys, "--lang", "vi", "--db", str(db), "backup")
    assert status == 0 and "Đã sao lưu vào" in text
    status, text, _ = run(capsys, "--lang", "vi", "--db", str(db), "backups")
    assert status == 0 and "32 hồ sơ" in text and " KB " in text and "," in text.split("KB")[0]
    judges = _count(db, "judge")
    with sqlite3.connect(db) as conn:  # a change after the copy
        conn.execute("DELETE FROM judge WHERE code = 'GK09'")
    assert _count(db, "judge") == judges - 1
    status, text, err = run(capsys, "--lang", "en", "--db", str(db), "restore", "--from", str(out))
    assert status == 0, err
    assert f"Restored {db} from {out} (32 entries," in text
    aside = list(tmp_path.glob("sang-kien.before-restore-*.sqlite"))
    assert len(aside) == 1 and f"kept at {aside[0]}" in text
    assert _count(aside[0], "judge") == judges - 1
    assert _count(db, "judge") == judges
    assert run(capsys, "--lang", "en", "--db", str(db), "info")[0] == 0


def test_restore_refusals_exit_2_or_3_and_change_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text_file = tmp_path / "ghi-chu.sqlite"
    text_file.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    newer = tmp_path / "newer.sqlite"
    assert run(capsys, "--db", str(db), "backup", "--out", str(newer))[0] == 0
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    cases = [
        (("--from", str(text_file)), 2, "không phải bản sao của cơ sở dữ liệu chấm giải"),
        (("--from", str(tmp_path / "none.sqlite")), 2, "không có tệp sao lưu này"),
        (("--from", str(newer)), 3, "phiên bản mới hơn"),
        (("--latest",), 2, "chưa có bản sao lưu nào dùng được"),
    ]
    for options, expected, words in cases:
        status, _, err = run(capsys, "--lang", "vi", "--db", str(db), "restore", *options)
        assert status == expected, err
        assert words in err and err.strip().count("\n") == 0, err
    assert db.read_bytes() == before
    assert list(tmp_path.glob("*before-restore*")) == []
    status, _, err = run(capsys, "--lang", "en", "--db", "postgresql://u@h/d", "backup")
    assert status == 2 and "not on a server" in err


def test_a_damaged_database_is_told_the_newest_good_copy_and_restore_latest_mends_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marks = _count(db, "mark")
    assert run(capsys, "--lang", "en", "--db", str(db), "backup")[0] == 0
    _zero_marks_page(db)
    status, _, err = run(capsys, "--lang", "en", "--db", str(db), "rank", "--round", "SK")
    assert status == 3
    lines = err.strip().splitlines()
    assert (
        lines[0] == f"{db}: the database file is damaged (malformed); restore it from a backup copy"
    )
    assert lines[1].startswith("the newest good backup copy is from ")
    assert f"judging-desk --db {db} restore --latest" in lines[1]
    status, _, err = run(capsys, "--lang", "vi", "--db", str(db), "info")
    assert status == 3 and "bản sao lưu mới nhất còn dùng được là lúc" in err
    status, text, err = run(capsys, "--lang", "vi", "--db", str(db), "restore", "--latest")
    assert status == 0, err
    assert "Đã khôi phục" in text and f"({_count(db, 'entry')} hồ sơ, {marks} điểm)" in text
    status, text, _ = run(capsys, "--lang", "en", "--db", str(db), "info")
    assert status == 0 and "Integrity check: ok" in text
    assert _count(db, "mark") == marks
