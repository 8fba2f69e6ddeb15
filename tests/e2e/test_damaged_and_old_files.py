"""Damaged and old database files (issue 12, defect 5): a plain refusal, exit 3, the file left
as it was, and no copy piling up on each try."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

import main
from db.migrate import alembic_config, head_revision

MARK_ROW = "round,entry,judge,criterion,mark,comment\nSK,HS-020,GK08,hieu_qua,20,\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main.main(["--db", str(path), "--lang", "en", "demo"]) == 0
    with sqlite3.connect(path) as conn:  # everything in the main file, so pages can be hit
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _root_pages(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        rows = conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")
        return {name: (root - 1) * page_size for name, root in rows}


def _zero_page(path: Path, offset: int) -> None:
    with sqlite3.connect(path) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(bytes(page_size))


def _copy(demo: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(demo, target)
    return target


def test_rank_on_a_zeroed_page_of_marks_exits_3_with_one_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _copy(demo_file, tmp_path, "zeroed.sqlite")
    _zero_page(damaged, _root_pages(damaged)["mark"])
    status, _, err = run(capsys, "--lang", "en", "--db", str(damaged), "rank", "--round", "SK")
    assert status == 3, err
    assert f"{damaged}: the database file is damaged" in err
    assert err.strip().count("\n") == 0 and "internal error" not in err
    status, _, err = run(capsys, "--lang", "vi", "--db", str(damaged), "rank", "--round", "SK")
    assert status == 3 and "bị hỏng" in err


@pytest.mark.parametrize(
    "table", ["ranking_snapshot", "issued_certificate", "score_file", "tie_decision", "judge_kit"]
)
def test_a_file_failing_its_check_takes_no_marks(
    table: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marks = tmp_path / "marks.csv"
    marks.write_text(MARK_ROW, encoding="utf-8")
    good = _copy(demo_file, tmp_path, "good.sqlite")
    assert run(capsys, "--lang", "en", "--db", str(good), "import-marks", str(marks))[0] == 0
    # the same import on a copy with one page of a table it never reads zeroed
    damaged = _copy(demo_file, tmp_path, f"damaged-{table}.sqlite")
    _zero_page(damaged, _root_pages(damaged)[table])
    before = damaged.read_bytes()
    status, _, err = run(capsys, "--lang", "en", "--db", str(damaged), "import-marks", str(marks))
    assert status == 3, err
    assert "the database file is damaged" in err and "internal error" not in err
    assert damaged.read_bytes() == before
    wal = damaged.with_name(damaged.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0 or _wal_has_no_commit(damaged)


def _wal_has_no_commit(path: Path) -> bool:
    """The refused write was rolled back: reading through SQLite (WAL applied) shows no
    new mark where the import would have put one."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT count(*) FROM mark WHERE value = 200000 AND assignment_id IN "
            "(SELECT a.id FROM assignment a JOIN judge j ON j.id = a.judge_id "
            " JOIN entry e ON e.id = a.entry_id WHERE j.code = 'GK08' AND e.code = 'HS-020')"
        ).fetchone()
    return int(rows[0]) == 0


def _set_versions(path: Path, *versions: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [(v,) for v in versions])
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize(
    ("versions", "shown"),
    [(("0004",), "0004: +"), (("0001",), "0001: +"), (("0004", "HEAD"), "alembic_version: ")],
)
def test_an_inconsistent_version_record_is_refused_without_a_new_copy_each_try(
    versions: tuple[str, ...],
    shown: str,
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _copy(demo_file, tmp_path, "old-row.sqlite")
    _set_versions(path, *(head_revision() if v == "HEAD" else v for v in versions))
    before = path.read_bytes()
    for language, words in (("en", "version record does not match"), ("vi", "không khớp")):
        status, _, err = run(capsys, "--lang", language, "--db", str(path), "info")
        assert status == 3, err
        assert words in err and shown in err and "internal error" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old-row.sqlite"]
    assert path.read_bytes() == before


def test_a_true_older_file_is_still_backed_up_and_upgraded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "edition-2025.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    status, out, err = run(capsys, "--lang", "en", "--db", str(path), "info")
    assert status == 0, err
    assert f"Schema revision: {head_revision()}" in out
    copies = [p.name for p in tmp_path.iterdir() if ".backup-0004-" in p.name]
    assert len(copies) == 1


def test_a_damaged_older_file_is_refused_before_its_upgrade_without_a_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "edition-2025.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(path) as conn:  # as the program keeps it (opening sets WAL mode)
        conn.execute("PRAGMA journal_mode = WAL")
    _zero_page(path, _root_pages(path)["audit_log"])
    before = path.read_bytes()
    status, _, err = run(capsys, "--lang", "en", "--db", str(path), "info")
    assert status == 3, err
    assert f"{path}: the database file is damaged" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    assert path.read_bytes() == before
