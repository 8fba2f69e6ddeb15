"""Automatic backups on real SQLite files: checked copies written whole, the policy of when a
copy is due and which are kept, and restores that refuse what is not a good copy."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.backup import SqliteBackupStore
from db.database import open_database
from judging.app import build_services
from judging.backup import BackupService
from judging.changes import change_count
from judging.demo import build_demo
from judging.errors import DatabaseLocked, EnvironmentFault, InputError
from judging.model import Judge, Role
from judging.problems import ProblemCode as P


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(str(path))
    try:
        build_demo(build_services(database.uow_factory, location=database.location))
    finally:
        database.close()
    return path


@pytest.fixture
def db_file(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "edition.sqlite"
    with sqlite3.connect(demo_file) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return path


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _service(
    db_file: Path,
    tmp_path: Path,
    clock: Clock | None = None,
    *,
    every: int = 50,
    keep_recent: int = 10,
    keep_days: int = 7,
) -> BackupService:
    return BackupService(
        SqliteBackupStore(),
        database=db_file,
        folder=tmp_path / "data" / "backups",
        clock=clock or Clock(datetime(2026, 12, 6, 9, 0, tzinfo=UTC)),
        every=every,
        keep_recent=keep_recent,
        keep_days=keep_days,
    )


def test_a_copy_is_whole_checked_and_named_after_the_database(
    db_file: Path, tmp_path: Path
) -> None:
    backups = _service(db_file, tmp_path)
    # the app holds the file open with a change still in its WAL: the copy has it
    database = open_database(str(db_file))
    try:
        services = build_services(database.uow_factory, location=database.location)
        services.setup.add_judge(Judge(code="GK99", name="Trần Thị Mai", role=Role.MEMBER))
        copy = backups.backup_now()
    finally:
        database.close()
    assert copy.path.parent == backups.folder()
    assert copy.path.name == "edition-20261206-090000-000000.sqlite"
    assert backups.folder().parent == tmp_path / "data" / "backups"
    assert sorted(p.name for p in backups.folder().iterdir()) == [copy.path.name]  # no debris
    with sqlite3.connect(copy.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = {row[0] for row in conn.execute("SELECT code FROM judge")}
    assert "GK99" in names
    summary = backups.summary(copy.path)
    assert summary is not None and summary.known
    assert (summary.entries, summary.marks) == (_count(db_file, "entry"), _count(db_file, "mark"))


def test_two_databases_of_the_same_name_keep_their_own_copies(
    db_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere" / db_file.name
    other.parent.mkdir()
    shutil.copyfile(db_file, other)
    one, two = _service(db_file, tmp_path), _service(other, tmp_path)
    assert one.folder() != two.folder()
    one.backup_now()
    assert two.copies() == []


def test_a_damaged_database_gives_no_copy_and_rotation_keeps_the_good_ones(
    db_file: Path, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    backups = _service(db_file, tmp_path, clock, keep_recent=1, keep_days=0)
    good = backups.backup_now()
    with sqlite3.connect(db_file) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db_file.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes(page_size))
    clock.now += timedelta(hours=1)
    with pytest.raises(EnvironmentFault) as refused:
        backups.backup_now()
    assert refused.value.code is P.DB_DAMAGED
    assert [c.path for c in backups.copies()] == [good.path]  # nothing rotated away
    assert sorted(p.name for p in backups.folder().iterdir()) == [good.path.name]


def test_rotation_keeps_the_last_ten_and_one_a_day_for_a_week(
    db_file: Path, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 11, 20, 8, 0, tzinfo=UTC))
    backups = _service(db_file, tmp_path, clock)
    for day in range(16):  # three copies a day for 16 days
        for hour in (8, 12, 17):
            clock.now = datetime(2026, 11, 20, hour, 0, tzinfo=UTC) + timedelta(days=day)
            backups.backup_now()
    kept = [c.made for c in backups.copies()]
    assert not list(backups.folder().glob(".*"))
    last_ten = [
        datetime(2026, 12, 5, h, 0, tzinfo=UTC) - timedelta(days=d)
        for d in range(4)
        for h in (17, 12, 8)
    ][:10]
    daily = [datetime(2026, 12, 5, 17, 0, tzinfo=UTC) - timedelta(days=d) for d in range(7)]
    assert kept == sorted(set(last_ten) | set(daily), reverse=True)
    assert len(kept) == 13


def test_a_copy_is_due_at_start_once_a_day_and_after_every_n_changes(
    db_file: Path, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    backups = _service(db_file, tmp_path, clock, every=3)
    assert backups.backup_if_due(at_start=True) is not None  # none yet
    clock.now += timedelta(hours=2)
    assert backups.backup_if_due(at_start=True) is None  # one from today
    database = open_database(str(db_file))
    try:
        services = build_services(database.uow_factory, location=database.location)
        before = change_count()
        for number in range(2):
            services.setup.add_judge(Judge(code=f"GK9{number}", name="Lê Văn An", role=Role.MEMBER))
            assert backups.backup_if_due() is None
        services.setup.add_judge(Judge(code="GK92", name="Lê Văn An", role=Role.MEMBER))
        assert change_count() == before + 3
        third = backups.backup_if_due()
    finally:
        database.close()
    assert third is not None
    assert {row for row in _codes(third.path)} >= {"GK90", "GK91", "GK92"}
    clock.now += timedelta(days=1, minutes=1)
    assert backups.backup_if_due() is None  # a day old but nothing changed since
    assert backups.backup_if_due(at_start=True) is not None  # the next day's start


def _codes(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {str(row[0]) for row in conn.execute("SELECT code FROM judge")}


def test_restore_keeps_the_current_file_aside_then_puts_the_copy_in_place(
    db_file: Path, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    backups = _service(db_file, tmp_path, clock)
    copy = backups.backup_now()
    judges = _count(db_file, "judge")
    database = open_database(str(db_file))
    try:  # the app keeps it open while a change is made, then restores
        services = build_services(database.uow_factory, location=database.location)
        services.setup.add_judge(Judge(code="GK99", name="Trần Thị Mai", role=Role.MEMBER))
        assert _count(db_file, "judge") == judges + 1
        clock.now += timedelta(minutes=5)
        restored = backups.restore(copy.path)
        assert services.core.report().counts["judges"] == judges  # seen by the open app
    finally:
        database.close()
    assert restored.kept_aside == tmp_path / "edition.before-restore-20261206-090500-000000.sqlite"
    assert _count(restored.kept_aside, "judge") == judges + 1
    assert _count(db_file, "judge") == judges
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_restore_mends_a_database_whose_first_page_is_gone(db_file: Path, tmp_path: Path) -> None:
    backups = _service(db_file, tmp_path)
    copy = backups.backup_now()
    with sqlite3.connect(db_file) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db_file.open("r+b") as handle:
        handle.write(bytes(4096))
    restored = backups.restore(copy.path)
    assert restored.kept_aside is not None and restored.kept_aside.read_bytes()[:16] == bytes(16)
    database = open_database(str(db_file), check=True)
    try:
        assert build_services(database.uow_factory, location="x").core.report().integrity == ("ok",)
    finally:
        database.close()


def test_restore_refuses_what_is_not_a_good_copy_and_changes_nothing(
    db_file: Path, tmp_path: Path
) -> None:
    backups = _service(db_file, tmp_path)
    before = db_file.read_bytes()
    text = tmp_path / "notes.sqlite"
    text.write_text("biên bản", encoding="utf-8")
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(backups.backup_now().path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(backups.copies()[0].path, damaged)
    with sqlite3.connect(damaged) as conn:
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entry'").fetchone()[0]
        )
    with damaged.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(bytes(4096))
    cases = [
        (tmp_path / "missing.sqlite", InputError, P.BACKUP_MISSING),
        (text, InputError, P.BACKUP_NOT_A_BACKUP),
        (foreign, InputError, P.BACKUP_NOT_A_BACKUP),
        (newer, EnvironmentFault, P.BACKUP_TOO_NEW),
        (damaged, InputError, P.BACKUP_DAMAGED),
    ]
    for source, error, code in cases:
        with pytest.raises(error) as refused:
            backups.restore(source)
        assert refused.value.code is code, source
    assert db_file.read_bytes() == before
    assert [p.name for p in tmp_path.glob("*before-restore*")] == []


def test_a_locked_database_is_not_restored_over_and_nothing_is_left_behind(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.backup

    monkeypatch.setattr(db.backup, "BUSY_TIMEOUT_S", 0.2)
    backups = _service(db_file, tmp_path)
    copy = backups.backup_now()
    holder = sqlite3.connect(db_file, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("DELETE FROM judge WHERE code = 'GK09'")
        with pytest.raises(DatabaseLocked):
            backups.restore(copy.path)
        with pytest.raises(DatabaseLocked):
            backups.backup_now()
        holder.execute("COMMIT")
    finally:
        holder.close()
    assert _count(db_file, "judge") == _count(copy.path, "judge") - 1  # the holder's change
    assert list(tmp_path.glob("*before-restore*")) == []
    assert [c.path for c in backups.copies()] == [copy.path]
    assert [p.name for p in backups.folder().iterdir()] == [copy.path.name]


def test_a_copy_cut_short_is_cleared_once_it_is_an_hour_old(db_file: Path, tmp_path: Path) -> None:
    import os

    backups = _service(db_file, tmp_path)
    backups.folder().mkdir(parents=True)
    old = backups.folder() / ".edition-20261206-080000-000000.sqlite.x1.part"
    young = backups.folder() / ".edition-20261206-085959-000000.sqlite.x2.part"
    for path in (old, young):
        path.write_bytes(b"SQLite format 3\x00cut short")
    os.utime(old, (old.stat().st_atime - 7200, old.stat().st_mtime - 7200))
    copy = backups.backup_now()
    assert sorted(p.name for p in backups.folder().iterdir()) == sorted(
        [copy.path.name, young.name]
    )
