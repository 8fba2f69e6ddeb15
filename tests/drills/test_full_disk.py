"""A full disk on the write paths tests/e2e/test_files_written_whole.py does not drill: backups
(by hand, automatic, the copy before an upgrade, the copy kept aside by a restore), a judge's
score file, certificates and kits written into a folder, the window's screenshot. Through the
fault point of every writer (``judging.textfiles.write_fault``: half the file, then ENOSPC):
exit 3 with "the disk is full", what was there left byte for byte, and no temporary file."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

import main
from db.migrate import alembic_config, head_revision
from judging import textfiles
from tests.drills.conftest import World, copy_to
from tests.drills.kill import counts, integrity, leftovers

OLD = b"a good older file\n" * 200


def disk_full(temporary: Path) -> None:
    data = temporary.read_bytes()
    temporary.write_bytes(data[: len(data) // 2])
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(textfiles, "write_fault", disk_full)
    yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main.main(["--lang", "en", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) and its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def backup_folder() -> Path:
    # tests/conftest.py gives each test its own data folder (XDG_DATA_HOME)
    return Path(os.environ["XDG_DATA_HOME"]) / "judging-desk" / "judging-desk" / "backups"


@pytest.mark.usefixtures("full_disk")
def test_backup_out(world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = copy_to(world.demo, tmp_path / "db")
    out = tmp_path / "out"
    out.mkdir()
    (out / "copy.sqlite").write_bytes(OLD)

    status, err = run(capsys, "--db", str(db), "backup", "--out", str(out / "copy.sqlite"))

    assert status == 3 and "the disk is full" in err
    assert snapshot(out) == {"copy.sqlite": OLD}


def test_automatic_backups_keep_the_copies_there_were(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = copy_to(world.demo, tmp_path / "db")
    assert run(capsys, "--db", str(db), "backup")[0] == 0
    before = snapshot(backup_folder())
    assert len(before) == 1
    monkeypatch.setattr(textfiles, "write_fault", disk_full)

    status, err = run(capsys, "--db", str(db), "backup")

    assert status == 3 and "the disk is full" in err
    assert snapshot(backup_folder()) == before  # nothing rotated away, no temporary file


def test_an_import_is_kept_when_its_automatic_copy_finds_the_disk_full(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str], full_disk: None
) -> None:
    """The import is acknowledged (exit 0) and in the file; the copy that could not be made is
    told on stderr and leaves nothing in the backup folder."""
    command_name, data, table, new_rows = world.imports["judges"]
    db = copy_to(world.demo, tmp_path / "db")
    source = tmp_path / "judges.csv"
    source.write_bytes(data)
    before = counts(db)[table]

    status, err = run(capsys, "--db", str(db), command_name, str(source))

    assert status == 0
    assert "automatic backup not made" in err and "the disk is full" in err
    assert counts(db)[table] == before + new_rows and integrity(db) == "ok"
    assert [p for p in backup_folder().rglob("*") if p.is_file()] == []


@pytest.mark.usefixtures("full_disk")
def test_the_copy_before_an_upgrade(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No room for the copy: the older file is not upgraded (no upgrade without its copy)."""
    path = tmp_path / "edition-2025.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(path) as conn:  # as the program keeps it (opening sets WAL mode)
        conn.execute("PRAGMA journal_mode = WAL")
    before = path.read_bytes()

    status, err = run(capsys, "--db", str(path), "info")

    assert status == 3 and "the disk is full" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0004",)]
    assert head_revision() != "0004"


def test_restore_keeps_the_current_file_when_its_aside_copy_finds_the_disk_full(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = copy_to(world.demo, tmp_path / "db")
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(db), "backup", "--out", str(copy))[0] == 0
    before = snapshot(db.parent)
    monkeypatch.setattr(textfiles, "write_fault", disk_full)

    status, err = run(capsys, "--db", str(db), "restore", "--from", str(copy))

    assert status == 3 and "the disk is full" in err
    assert snapshot(db.parent) == before and leftovers(db.parent) == []


@pytest.mark.usefixtures("full_disk")
def test_a_judges_score_file(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "GK03.judgekit"
    kit.write_bytes(world.kit)
    out = tmp_path / "out"
    out.mkdir()
    (out / "GK03.judgescore").write_bytes(OLD)

    status, err = run(
        capsys, "--kit", str(kit), "export-scorefile", "--out", str(out / "GK03.judgescore")
    )

    assert status == 3 and "the disk is full" in err
    assert snapshot(out) == {"GK03.judgescore": OLD}


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(
    ("source", "args"),
    [("approved", ["certificates"]), ("demo", ["export-kit", "--all"])],
    ids=["certificates", "kits"],
)
def test_a_folder_of_files(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    source: str,
    args: list[str],
) -> None:
    """Written once, then again on a full disk: every file there is as it was, nothing beside."""
    db = copy_to(world.approved if source == "approved" else world.demo, tmp_path / "db")
    folder = tmp_path / "folder"
    assert run(capsys, "--db", str(db), *args, "--out", str(folder))[0] == 0
    before = snapshot(folder)
    assert len(before) > 1
    monkeypatch.setattr(textfiles, "write_fault", disk_full)

    status, err = run(capsys, "--db", str(db), *args, "--out", str(folder))

    assert status == 3 and "the disk is full" in err
    assert snapshot(folder) == before


@pytest.mark.usefixtures("full_disk")
def test_the_screenshot(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    db = copy_to(world.demo, tmp_path / "db")
    out = tmp_path / "out"
    out.mkdir()
    (out / "man-hinh.png").write_bytes(OLD)

    status, err = run(capsys, "--db", str(db), "--screenshot", str(out / "man-hinh.png"))

    assert status == 3 and "the disk is full" in err
    assert snapshot(out) == {"man-hinh.png": OLD}
    assert (
        main.main(["--lang", "vi", "--db", str(db), "--screenshot", str(out / "man-hinh.png")]) == 3
    )
    err = capsys.readouterr().err
    assert "ổ đĩa đã đầy" in err and "disk" not in err
    assert snapshot(out) == {"man-hinh.png": OLD}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop file types")
@pytest.mark.usefixtures("full_disk")
def test_register_file_type_keeps_the_persons_associations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    config.mkdir()
    listed = b"[Default Applications]\ntext/plain=org.gnome.TextEditor.desktop\n"
    (config / "mimeapps.list").write_bytes(listed)
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))

    status, err = run(capsys, "register-file-type")

    assert status == 3 and "the disk is full" in err
    assert snapshot(config) == {"mimeapps.list": listed}
    assert [p for p in data.rglob("*.part")] == []
    assert snapshot(data / "mime") == {} and snapshot(data / "applications") == {}
