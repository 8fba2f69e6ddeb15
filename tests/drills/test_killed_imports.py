"""Drills: the program killed (SIGKILL) in the middle of every import kind, its whole import in
its open write transaction (the fault point ``commit``, just before the commit). Then: the file
passes SQLite's integrity check, holds none of the import (every table's rows as before), and
the program starts and takes the same file in whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import main
from tests.drills.conftest import World, copy_to
from tests.drills.kill import counts, integrity, kill_at, table_rows

KINDS = ["entries", "judges", "conflicts", "assignments", "components", "marks", "scorefile"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_kill_before_the_commit_leaves_none_of_the_import(
    world: World, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    command, data, table, new_rows = world.imports[kind]
    db = copy_to(world.demo, tmp_path)
    source = tmp_path / (f"{kind}.judgescore" if kind == "scorefile" else f"{kind}.csv")
    source.write_bytes(data)
    before = table_rows(db)

    kill_at("commit", db, command, str(source))

    assert integrity(db) == "ok"
    assert table_rows(db) == before  # none of it
    assert main.main(["--lang", "en", "--db", str(db), command, str(source)]) == 0, (
        capsys.readouterr().err
    )
    after = counts(db)
    assert after[table] == before[table][0] + new_rows  # all of it, on the next start
    assert integrity(db) == "ok"


def test_a_kill_while_the_automatic_copy_is_written_keeps_the_import(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The import is committed before the automatic copy after it begins: killed while that
    copy is written (the point ``output``), the marks are in, the copy's trace is hidden and
    never listed as a copy, and the next copy is made whole."""
    command, data, table, new_rows = world.imports["marks"]
    db = copy_to(world.demo, tmp_path)
    source = tmp_path / "marks.csv"
    source.write_bytes(data)
    before = counts(db)
    backups = Path(os.environ["XDG_DATA_HOME"]) / "judging-desk" / "judging-desk" / "backups"

    kill_at("output", db, command, str(source))

    assert integrity(db) == "ok"
    assert counts(db)[table] == before[table] + new_rows  # acknowledged, and kept
    traces = sorted(backups.rglob("*.part"))
    assert len(traces) == 1 and traces[0].name.startswith(".")
    assert sorted(backups.rglob("*.sqlite")) == []
    assert main.main(["--lang", "en", "--db", str(db), "backups"]) == 0
    assert traces[0].name not in capsys.readouterr().out
    assert main.main(["--lang", "en", "--db", str(db), "backup"]) == 0
    copies = sorted(backups.rglob("*.sqlite"))
    assert len(copies) == 1 and integrity(copies[0]) == "ok"
    assert counts(copies[0])[table] == before[table] + new_rows


def test_a_kill_after_a_large_import_spilled_into_the_wal_leaves_none_of_it(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """3,000 entries do not fit SQLite's page cache: before the commit, pages of the open
    transaction are already in the WAL (checked while the program waits). Killed there, those
    pages belong to no commit: the file holds none of the import, and the program works."""
    db = copy_to(world.demo, tmp_path)
    summary = "Tóm tắt giải pháp " * 12
    rows = [
        f"X{i:05d},Giải pháp số {i} về chuyển đổi số,QLNN,Nguyễn Văn An,UBND Phường {i % 30},"
        f"{summary}"
        for i in range(3000)
    ]
    source = tmp_path / "entries.csv"
    source.write_text(
        "code,title,category,authors,organisation,summary\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    before = table_rows(db)
    wal = db.with_name(db.name + "-wal")
    spilled: list[int] = []

    kill_at(
        "commit",
        db,
        "import-entries",
        str(source),
        while_paused=lambda: spilled.append(wal.stat().st_size if wal.exists() else 0),
    )

    assert spilled[0] > 100_000, spilled  # the drill is what it says: pages already written
    assert integrity(db) == "ok"
    assert table_rows(db) == before
    assert main.main(["--lang", "en", "--db", str(db), "info"]) == 0
    assert "Integrity check: ok" in capsys.readouterr().out
