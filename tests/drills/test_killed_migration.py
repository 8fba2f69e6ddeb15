"""Drills: the program killed while it upgrades an older file at start-up. Killed with every
migration run but not committed (the point ``migrate``), the file is still the older revision,
whole, with its tables and rows as they were, and the copy made before the upgrade lies beside
it, checked; the next start runs the upgrade again and works. Killed while it writes that copy
(the point ``output``), the file is untouched and the only trace is a hidden ``.part`` file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

import main
from db.migrate import alembic_config, head_revision
from tests.drills.kill import integrity, kill_at, leftovers, table_rows

OLD = "0004"


@pytest.fixture
def older_file(tmp_path: Path) -> Path:
    """A file written by an older release (revision 0004), kept in WAL mode as the program
    keeps its files."""
    path = tmp_path / "edition-2025.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, OLD)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    return path


def versions(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version")]


def copies(folder: Path) -> list[Path]:
    """The copies made before an upgrade (not a hidden temporary file)."""
    return sorted(
        p for p in folder.iterdir() if f".backup-{OLD}-" in p.name and not p.name.startswith(".")
    )


def test_a_kill_inside_the_upgrade_leaves_the_older_file_and_the_next_start_upgrades(
    older_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = table_rows(older_file)

    kill_at("migrate", older_file, "info")

    assert integrity(older_file) == "ok"
    assert versions(older_file) == [OLD]
    assert table_rows(older_file) == before  # not one table or row of the newer revisions
    made = copies(older_file.parent)
    assert len(made) == 1 and integrity(made[0]) == "ok" and versions(made[0]) == [OLD]
    assert leftovers(older_file.parent) == []

    assert main.main(["--lang", "en", "--db", str(older_file), "info"]) == 0
    assert f"Schema revision: {head_revision()}" in capsys.readouterr().out
    assert versions(older_file) == [head_revision()] and integrity(older_file) == "ok"
    assert all(integrity(copy) == "ok" for copy in copies(older_file.parent))


def test_a_kill_while_the_copy_is_written_leaves_the_file_untouched(
    older_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = older_file.read_bytes()

    kill_at("output", older_file, "info")

    assert older_file.read_bytes() == before
    assert copies(older_file.parent) == []  # no copy that could be taken for a whole one
    left = leftovers(older_file.parent)
    assert [p.name.startswith(f".{older_file.stem}.backup-{OLD}-") for p in left] == [True]

    assert main.main(["--lang", "en", "--db", str(older_file), "info"]) == 0
    assert f"Schema revision: {head_revision()}" in capsys.readouterr().out
    assert len(copies(older_file.parent)) == 1
