"""The database layer on real SQLite files: pragmas, constraints, migrations, refusals."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.database import open_database
from db.engine import make_engine, parse_target
from db.migrate import alembic_config, head_revision
from db.models import Base
from judging.app import build_services
from judging.errors import Conflict, DatabaseReadOnly, DatabaseTooNew, NotADatabase, NotFound
from judging.model import Band, Category, Competition, Criterion, Entry, Round


def _competition() -> Competition:
    return Competition(
        code="SKCD",
        name="Giải thưởng Sáng kiến cộng đồng 2026",
        categories=(Category("KTCN", "Kỹ thuật và công nghệ"),),
        rounds=(
            Round(
                code="SK",
                name="Vòng sơ khảo",
                criteria=(
                    Criterion(
                        "tinh_moi",
                        "Tính mới",
                        Decimal(30),
                        step=Decimal("0.5"),
                        weight=Decimal("1.5"),
                        bands=(Band(Decimal(27), Decimal(30), "Hoàn toàn mới"),),
                    ),
                ),
            ),
        ),
    )


def test_pragmas_are_on(database) -> None:  # type: ignore[no-untyped-def]
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_foreign_keys_and_checks_are_enforced(database) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entry (uuid, competition_id, code, title, authors, organisation,"
                " summary, status, status_reason, folded, created_at, updated_at)"
                " VALUES ('u', 999, 'E1', 't', '', '', '', 'active', '', '', '2026-01-01',"
                " '2026-01-01')"
            )
        )
    services = build_services(database.uow_factory, location=database.location)
    services.core.create_competition(_competition())
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO judge (uuid, competition_id, code, name, title, organisation, role,"
                " folded) VALUES ('j', 1, 'J1', 'x', '', '', 'boss', '')"
            )
        )


def test_migrating_an_empty_file_gives_exactly_the_models(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "fresh.sqlite"))
    try:
        with database.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        database.close()


def test_definition_round_trips_exactly(services) -> None:  # type: ignore[no-untyped-def]
    competition = _competition()
    services.core.create_competition(
        competition, [Entry("E1", "Bản đồ số", "KTCN", ("Nguyễn Văn A", "Trần Thị B"))]
    )
    assert services.core.competition() == competition
    (row,) = services.core.entry_rows()
    assert row.authors == ("Nguyễn Văn A", "Trần Thị B")
    assert row.category_name == "Kỹ thuật và công nghệ"
    assert "nguyen van a" in row.folded


def test_one_competition_per_database(services) -> None:  # type: ignore[no-untyped-def]
    services.core.create_competition(_competition())
    with pytest.raises(Conflict):
        services.core.create_competition(_competition())


def test_a_failed_action_changes_nothing(database, services) -> None:  # type: ignore[no-untyped-def]
    services.core.create_competition(_competition())
    with pytest.raises(NotFound, match="category"), database.uow_factory() as uow:
        uow.core.add_entries([Entry("E1", "ok", "KTCN"), Entry("E2", "bad", "NOPE")])
        uow.commit()
    assert services.core.entry_rows() == []


def test_newer_file_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseTooNew) as info:
        open_database(str(db_path))
    assert "newer version" in str(info.value)
    assert info.value.exit_status == 3


def test_backup_is_made_before_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(parse_target(str(path)))
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO competition (uuid, code, name, organiser, blind, show_running_total,"
                " created_at) VALUES ('c', 'OLD', 'Cuộc thi cũ', '', 0, 0, '2025-01-01')"
            )
        )
    engine.dispose()

    database = open_database(str(path))
    try:
        assert database.backup is not None and database.backup.exists()
        assert "0001" in database.backup.name
        with sqlite3.connect(database.backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert conn.execute("SELECT name FROM competition").fetchone() == ("Cuộc thi cũ",)
        services = build_services(database.uow_factory, location=database.location)
        assert services.core.report().schema_revision == head_revision()
        assert services.core.competition() is not None
    finally:
        database.close()


def test_current_file_is_not_backed_up_again(db_path: Path) -> None:
    database = open_database(str(db_path))
    database.close()
    assert database.backup is None
    assert list(db_path.parent.glob("*.backup-*")) == []


@pytest.mark.parametrize(
    "content", [b"hello, this is a text file\n", b"PK\x03\x04 zip archive, not sqlite"]
)
def test_not_a_sqlite_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotADatabase):
        open_database(str(path))
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(NotADatabase):
        open_database(str(path))
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["contacts"]


def test_read_only_file_is_read_a_write_refused_clearly_and_left_as_it_was(db_path: Path) -> None:
    before = db_path.read_bytes()
    opened = open_database(str(db_path), read_only=True)  # reading works (issue 12, defect 5)
    try:
        services = build_services(opened.uow_factory, location=opened.location)
        assert services.core.report().healthy
        with pytest.raises(DatabaseReadOnly) as info:
            services.core.create_competition(_competition())
    finally:
        opened.close()
    assert "read-only" in str(info.value)
    assert info.value.exit_status == 3
    assert db_path.read_bytes() == before


def test_saving_a_definition_never_reopens_a_closed_round(database, services) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from judging.model import RoundStatus

    services.core.create_competition(_competition())
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE round SET status = 'closed'"))
    stale = _competition()  # its round says "open"
    with database.uow_factory() as uow:
        uow.core.replace_definition(replace(stale, name="Tên mới"))
        uow.commit()
    stored = services.core.competition()
    assert stored.name == "Tên mới"
    assert stored.rounds[0].status is RoundStatus.CLOSED
