"""Drill: ``restore --from`` killed while it keeps the current file aside (the point ``output``,
the aside copy complete but not yet named): the current file is as it was, no half copy lies
under a real name, and restoring again works."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from tests.drills.conftest import World, copy_to
from tests.drills.kill import counts, integrity, kill_at, leftovers, table_rows


def test_a_kill_while_the_current_file_is_kept_aside(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = copy_to(world.demo, tmp_path / "db")
    copy = tmp_path / "copy.sqlite"
    assert main.main(["--lang", "en", "--db", str(db), "backup", "--out", str(copy)]) == 0
    command, data, table, new_rows = world.imports["judges"]
    source = tmp_path / "judges.csv"
    source.write_bytes(data)
    assert main.main(["--lang", "en", "--db", str(db), command, str(source)]) == 0
    current = table_rows(db)

    kill_at("output", db, "restore", "--from", str(copy))

    assert integrity(db) == "ok" and table_rows(db) == current
    assert [p for p in db.parent.iterdir() if ".before-restore-" in p.name] == leftovers(db.parent)
    assert len(leftovers(db.parent)) == 1

    assert main.main(["--lang", "en", "--db", str(db), "restore", "--from", str(copy)]) == 0, (
        capsys.readouterr().err
    )
    assert counts(db)[table] == current[table][0] - new_rows  # the copy, from before the import
    aside = [p for p in db.parent.iterdir() if ".before-restore-" in p.name and p.name[0] != "."]
    assert len(aside) == 1 and counts(aside[0])[table] == current[table][0]
