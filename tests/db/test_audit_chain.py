"""The audit chain in a real SQLite file: each event written by the program carries the hash
of the one before; an event edited, deleted or inserted with sqlite3 behind the program's back
is named by ``verify`` (exit 1); migration 0008 chains the events already there; the comments
and submissions the judges write are in the chain."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

import main
from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.audit import GENESIS, FaultKind, chain, check_chain, sheet_digest
from tests.ui.test_results_db import fill


def events(path: Path) -> list[tuple[int, str, str, str, str, str, str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT id, at, actor, action, subject, detail, prev_hash, hash"
            " FROM audit_log ORDER BY id"
        ).fetchall()


def execute(path: Path, sql: str, *params: object) -> None:
    """A change made behind the program's back."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


def verify(
    capsys: pytest.CaptureFixture[str], path: Path, lang: str, *more: str
) -> tuple[int, str, str]:
    status = main.main(["--db", str(path), "--lang", lang, "verify", *more])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def scored(services: Services, database: OpenDatabase, db_path: Path) -> Path:
    """Three entries scored and submitted by four judges and a trainee: some 35 events."""
    fill(services)
    database.close()  # the file is the program's no more: sqlite3 edits it next
    return db_path


def test_each_event_carries_the_hash_of_the_one_before(scored: Path) -> None:
    stored = events(scored)
    assert len(stored) > 20
    assert stored[0][0] == 1 and stored[0][6] == GENESIS
    for before, after in itertools.pairwise(stored):
        assert after[0] == before[0] + 1
        assert after[6] == before[7]
    assert all(len(row[7]) == 64 for row in stored)


def test_verify_says_intact_with_the_count_and_the_head(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count, head = len(events(scored)), events(scored)[-1][7]
    status, out, err = verify(capsys, scored, "en")
    assert (status, err) == (0, "")
    assert f"Audit log: chain intact ({count} events)" in out
    assert head[:12] in out
    status, out, _ = verify(capsys, scored, "vi")
    assert status == 0
    assert f"Nhật ký kiểm tra: nguyên vẹn ({count} sự kiện)" in out
    assert f"Mã nhận dạng sự kiện cuối: {head[:12]}" in out
    assert verify(capsys, scored, "en", "--head", head[:12])[0] == 0


def test_an_event_edited_with_sqlite3_is_named(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = events(scored)[9]
    assert target[3] == "assignment.add" or target[3]  # whatever it is, it was written
    execute(scored, "UPDATE audit_log SET detail = 'sửa lén' WHERE id = ?", target[0])
    status, out, err = verify(capsys, scored, "en")
    assert status == 1
    assert "chain intact" not in out and "Fingerprint" not in out
    assert err.strip() == (
        f"Audit log: broken at event {target[0]} (written "
        f"{target[1][:19]} UTC): it was changed after it was written, outside this program"
    )
    status, _, err = verify(capsys, scored, "vi")
    assert status == 1
    assert f"bị phá vỡ tại sự kiện số {target[0]}" in err and "đã bị sửa sau khi ghi" in err


def test_an_event_deleted_with_sqlite3_is_named(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    execute(scored, "DELETE FROM audit_log WHERE id = 5")
    status, _, err = verify(capsys, scored, "en")
    assert status == 1
    assert "events between event 4 and event 6 were deleted" in err
    status, _, err = verify(capsys, scored, "vi")
    assert status == 1
    assert "các sự kiện giữa sự kiện số 4 và sự kiện số 6 đã bị xóa" in err


def test_the_last_events_deleted_are_found_against_the_head_written_down(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = events(scored)[-1][7][:12]
    execute(scored, "DELETE FROM audit_log WHERE id >= (SELECT max(id) - 1 FROM audit_log)")
    assert verify(capsys, scored, "en")[0] == 0  # what is left is a whole chain
    status, _, err = verify(capsys, scored, "vi", "--head", head)
    assert status == 1
    assert f"không còn sự kiện nào có mã nhận dạng {head}" in err


def test_an_event_inserted_with_sqlite3_is_named(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = events(scored)[-1]
    execute(
        scored,
        "INSERT INTO audit_log (id, at, actor, action, subject, detail, prev_hash, hash)"
        " VALUES (?, ?, 'GK01', 'sheet.submit', 'so_khao/GK01/E01', '', 'x', '')",
        last[0] + 1,
        last[1],
    )
    status, _, err = verify(capsys, scored, "en")
    assert status == 1
    assert f"broken at event {last[0] + 1}" in err
    assert f"it does not follow event {last[0]}; an event was inserted" in err
    payload_status, out, _ = verify(capsys, scored, "en", "--format", "json")
    assert payload_status == 1
    assert '"kind": "inserted"' in out


def test_a_fork_is_refused_by_the_database(scored: Path) -> None:
    """Two events can never follow the same one: prev_hash is unique."""
    last = events(scored)[-1]
    with pytest.raises(sqlite3.IntegrityError):
        execute(
            scored,
            "INSERT INTO audit_log (at, actor, action, subject, detail, prev_hash, hash)"
            " VALUES (?, 'x', 'x', '', '', ?, ?)",
            last[1],
            last[6],
            "0" * 64,
        )


def test_the_program_keeps_chaining_after_a_reopen(scored: Path) -> None:
    database = open_database(str(scored))
    try:
        services = build_services(database.uow_factory, location=database.location)
        before = len(events(scored))
        services.scoring.reopen("so_khao", "GK01", "E01", "Giám khảo xin sửa điểm")
        check = services.core.verify_audit()
    finally:
        database.close()
    stored = events(scored)
    assert check.intact and check.events == before + 1
    assert stored[-1][3] == "sheet.reopen" and stored[-1][6] == stored[-2][7]


# -- what the judges write is in the chain ------------------------------------------------------
def test_comments_and_submissions_are_audited(services: Services, db_path: Path) -> None:
    fill(services)
    services.scoring.reopen("so_khao", "GK02", "E02", "Sửa nhận xét")
    services.scoring.set_mark_comment(
        "so_khao", "GK02", "E02", "tinh_moi", "Ý tưởng chưa mới so với năm trước"
    )
    services.scoring.set_sheet_comment("so_khao", "GK02", "E02", "Cần số liệu thực tế")
    # the same comment again is no change, and no event
    count = len(events(db_path))
    assert not services.scoring.set_sheet_comment("so_khao", "GK02", "E02", "Cần số liệu thực tế ")
    assert len(events(db_path)) == count
    services.scoring.set_mark("so_khao", "GK02", "E02", "hieu_qua", Decimal("15.5"))
    services.scoring.submit("so_khao", "GK02", "E02")

    stored = events(db_path)
    tail = [(row[2], row[3], row[4], row[5]) for row in stored[-4:]]
    assert tail[:3] == [
        ("organiser", "sheet.reopen", "so_khao/GK02/E02", "was submitted: Sửa nhận xét"),
        ("GK02", "mark.comment", "so_khao/GK02/E02/tinh_moi", "Ý tưởng chưa mới so với năm trước"),
        ("GK02", "sheet.comment", "so_khao/GK02/E02", "Cần số liệu thực tế"),
    ]
    actor, action, subject, detail = tail[3]
    assert (actor, action, subject) == ("GK02", "sheet.submit", "so_khao/GK02/E02")
    # the submission seals the marks and words as they are stored
    sheet = services.scoring.sheet("so_khao", "GK02", "E02")
    digest = sheet_digest(
        {m.criterion_code: (m.value, m.comment) for m in sheet.marks}, sheet.comment
    )
    assert detail == f"marks sha256 {digest}"
    assert services.core.verify_audit().intact


def test_tie_decisions_and_approvals_are_in_the_chain(tied: Services, db_path: Path) -> None:
    before = len(events(db_path))
    tied.ranking.resolve_tie("R1", ["E2", "E1", "E3"], reason="Hội đồng biểu quyết 5/7")
    actions = [row[3] for row in events(db_path)[before:]]
    assert actions == ["ranking.resolve_tie"]
    assert tied.core.verify_audit().intact


# -- migration 0008 -----------------------------------------------------------------------------
OLD_EVENTS = [
    (1, "2026-11-30 08:00:00.000000", "organiser", "competition.create", "SK-2026", ""),
    (2, "2026-11-30 08:05:12.345678", "organiser", "judge.add", "GK01", ""),
    (3, "2026-12-01 14:30:00.000001", "GK01", "sheet.submit", "SK/GK01/HS-001", "“tốt”"),
]


def test_migration_0008_chains_the_events_already_there(tmp_path: Path) -> None:
    from alembic import command

    from db.engine import make_engine, parse_target
    from db.migrate import alembic_config

    path = tmp_path / "edition-2025.sqlite"
    engine = make_engine(parse_target(str(path)))
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0007")
    finally:
        engine.dispose()
    for row in OLD_EVENTS:
        execute(
            path,
            "INSERT INTO audit_log (id, at, actor, action, subject, detail) VALUES (?,?,?,?,?,?)",
            *row,
        )

    database = open_database(str(path))  # upgrades to the head, 0008 among them
    try:
        services = build_services(database.uow_factory, location=database.location)
        check = services.core.verify_audit()
        assert check.intact and check.events == 3
        expected = chain(
            (i, datetime.fromisoformat(at), actor, action, subject, detail)
            for i, at, actor, action, subject, detail in OLD_EVENTS
        )
        assert [(r[6], r[7]) for r in events(path)] == [(e.prev_hash, e.hash) for e in expected]
        # and the program goes on from the last of them
        services.scoring.set_organiser_password("mật khẩu đủ dài 2026")
        stored = events(path)
        assert len(stored) == 4 and stored[3][6] == expected[2].hash
        assert services.core.verify_audit().intact
        assert check_chain(services_events(database)).events == 4
    finally:
        database.close()


def services_events(database: OpenDatabase) -> list:  # type: ignore[type-arg]
    with database.uow_factory() as uow:
        return uow.core.audit_chain()


def test_migration_0008_goes_down_again(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from db.engine import make_engine, parse_target
    from db.migrate import alembic_config

    engine = make_engine(parse_target(str(tmp_path / "m.sqlite")))
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0008")
            columns = {c["name"] for c in inspect(conn).get_columns("audit_log")}
            assert {"prev_hash", "hash"} <= columns
            command.downgrade(config, "0007")
            columns = {c["name"] for c in inspect(conn).get_columns("audit_log")}
            assert not {"prev_hash", "hash"} & columns
    finally:
        engine.dispose()


def test_a_time_that_is_no_time_is_a_fault_not_a_crash(scored: Path) -> None:
    execute(scored, "UPDATE audit_log SET at = 'hôm qua' WHERE id = 3")
    database = open_database(str(scored))
    try:
        services = build_services(database.uow_factory, location=database.location)
        fault = services.core.verify_audit().fault
    finally:
        database.close()
    assert fault is not None and (fault.kind, fault.event_id) == (FaultKind.EDITED, 3)


# -- the submitted sheets against the digests their submissions carry ---------------------------
def sheet_id(path: Path, judge: str, entry: str) -> int:
    with sqlite3.connect(path) as conn:
        (aid,) = conn.execute(
            "SELECT a.id FROM assignment a JOIN judge j ON j.id = a.judge_id"
            " JOIN entry e ON e.id = a.entry_id WHERE j.code = ? AND e.code = ?",
            (judge, entry),
        ).fetchone()
    return int(aid)


def test_a_mark_changed_behind_the_programs_back_after_submission_is_named(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = verify(capsys, scored, "en")
    assert status == 0
    assert "Submitted sheets: 13 hold the marks and comments sealed at submission" in out
    with sqlite3.connect(scored) as conn:
        (event,) = conn.execute(
            "SELECT id FROM audit_log WHERE action = 'sheet.submit' AND subject = ?",
            ("so_khao/GK04/E03",),
        ).fetchone()
    execute(
        scored,
        "UPDATE mark SET value = value + 50000 WHERE assignment_id = ?",  # +5 points
        sheet_id(scored, "GK04", "E03"),
    )
    status, out, err = verify(capsys, scored, "vi")
    assert status == 1
    assert "Nhật ký kiểm tra: nguyên vẹn" in out  # the log itself was not touched
    assert err.strip() == (
        f"Phiếu chấm so_khao/GK04/E03: điểm hoặc nhận xét không còn như lúc nộp (sự kiện số "
        f"{event}); đã bị sửa ngoài chương trình"
    )


def test_a_comment_changed_behind_the_programs_back_is_named(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    execute(
        scored,
        "UPDATE mark SET comment = 'Xuất sắc' WHERE assignment_id = ?",
        sheet_id(scored, "GK02", "E01"),
    )
    status, _, err = verify(capsys, scored, "en")
    assert status == 1
    assert "Sheet so_khao/GK02/E01: its marks or comments are not those sealed" in err


def test_a_sheet_reopened_and_submitted_again_is_checked_against_its_new_seal(
    scored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(str(scored))
    try:
        services = build_services(database.uow_factory, location=database.location)
        services.scoring.reopen("so_khao", "GK01", "E02", "Nhập nhầm điểm")
        services.scoring.set_mark("so_khao", "GK01", "E02", "tinh_moi", Decimal("22.5"))
        services.scoring.set_sheet_comment("so_khao", "GK01", "E02", "Đã chấm lại")
        assert services.core.verify_sheets().sheets == 12  # reopened: not sealed now
        services.scoring.submit("so_khao", "GK01", "E02")
        check = services.core.verify_sheets()
    finally:
        database.close()
    assert check.intact and check.sheets == 13
    assert verify(capsys, scored, "en")[0] == 0
