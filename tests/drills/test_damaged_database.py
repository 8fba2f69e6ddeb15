"""Drill: a database with a zeroed page (the marks' root page). The program, in a process of its
own, says so plainly in Vietnamese with exit 3, names the newest good backup copy and the
command that restores it; a write is refused and changes nothing; ``restore --latest`` mends
the file and the program works on. (The app's offer, one click, is drilled in
tests/ui/test_restore_dialog.py.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from tests.drills.conftest import World, copy_to
from tests.drills.kill import ROOT, counts, integrity


def zero_marks_page(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(bytes(size))


def test_a_zeroed_page_is_told_plainly_refuses_writes_and_is_restored(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = copy_to(world.demo, tmp_path / "db")
    good = counts(db)
    assert main.main(["--lang", "en", "--db", str(db), "backup"]) == 0
    zero_marks_page(db)
    assert integrity(db) != "ok"

    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--lang",
            "vi",
            "--db",
            str(db),
            "rank",
            "--round",
            "SK",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 3 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2, done.stderr
    assert lines[0].startswith(f"{db}: ") and "bị hỏng" in lines[0]
    assert "bản sao lưu mới nhất còn dùng được là lúc" in lines[1]
    assert f"judging-desk --db {db} restore --latest" in lines[1]
    assert "Traceback" not in done.stderr and "malformed" not in done.stderr

    damaged = db.read_bytes()
    command_name, data, table, new_rows = world.imports["judges"]
    source = tmp_path / "judges.csv"
    source.write_bytes(data)
    assert main.main(["--lang", "en", "--db", str(db), command_name, str(source)]) == 3
    assert db.read_bytes() == damaged  # a damaged file takes no writes
    capsys.readouterr()

    assert main.main(["--lang", "en", "--db", str(db), "restore", "--latest"]) == 0
    assert integrity(db) == "ok" and counts(db) == good  # nothing acknowledged lost
    assert main.main(["--lang", "en", "--db", str(db), command_name, str(source)]) == 0
    assert counts(db)[table] == good[table] + new_rows
    aside = [p for p in db.parent.iterdir() if ".before-restore-" in p.name]
    assert len(aside) == 1  # the damaged file kept aside, as it was
