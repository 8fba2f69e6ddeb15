"""The command line as a person uses it: `info`, exit statuses, one clear line on failure."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_info_on_a_new_file_creates_and_migrates_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new-edition.sqlite"
    status, out, err = run(capsys, "--db", str(path), "--lang", "en", "info")
    assert status == 0, err
    assert path.exists()
    assert "Integrity check: ok" in out
    assert "(none yet)" in out


def test_info_json_is_stable(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run(
        capsys, "--lang", "en", "--db", str(tmp_path / "a.sqlite"), "info", "--format", "json"
    )
    assert status == 0
    payload = json.loads(out)
    assert payload["format"] == "judging-info/1"
    assert payload["integrity_check"] == ["ok"]
    assert payload["competition"] is None
    assert set(payload["counts"]) >= {"entries", "judges", "marks"}


def test_info_names_the_version_that_last_wrote_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from judging import __version__

    path = tmp_path / "a.sqlite"
    status, out, _ = run(capsys, "--db", str(path), "--lang", "vi", "info")
    assert status == 0 and "Ghi lần cuối bởi: (chưa ghi gì)" in out  # nothing written yet
    assert run(capsys, "--db", str(path), "--lang", "en", "demo")[0] == 0
    status, out, _ = run(capsys, "--db", str(path), "--lang", "en", "info")
    assert f"Last written by: judging-desk {__version__}" in out
    # an older release wrote it last: the next write by this one says so
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE setting SET value = '0.0.9' WHERE key = 'program.version'")
    status, out, _ = run(capsys, "--db", str(path), "--lang", "en", "info", "--format", "json")
    assert json.loads(out)["written_by"] == "0.0.9"  # reading writes nothing
    kit = tmp_path / "GK03.judgekit"  # a write: the kit's secret is kept in the database
    args = ["--db", str(path), "export-kit", "--round", "SK", "--judge", "GK03", "--out", str(kit)]
    assert run(capsys, *args)[0] == 0
    status, out, _ = run(capsys, "--db", str(path), "--lang", "en", "info", "--format", "json")
    assert json.loads(out)["written_by"] == __version__


def test_info_in_vietnamese(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, out, _ = run(capsys, "--db", str(tmp_path / "a.sqlite"), "--lang", "vi", "info")
    assert status == 0
    assert "Kiểm tra toàn vẹn: không có lỗi" in out


def test_not_a_database_exits_2_with_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "minutes.sqlite"
    path.write_text("biên bản họp hội đồng", encoding="utf-8")
    status, _, err = run(capsys, "--lang", "en", "--db", str(path), "info")
    assert status == 2
    assert err.strip().count("\n") == 0
    assert str(path) in err and "not a judging database" in err
    assert "Traceback" not in err


def test_newer_database_exits_3(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    status, _, err = run(capsys, "--lang", "en", "--db", str(db_path), "info")
    assert status == 3
    assert "newer version" in err


def test_locked_database_exits_3(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        status, _, err = run(capsys, "--lang", "en", "--db", str(db_path), "info")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status == 3
    assert "locked" in err
    assert err.strip().count("\n") == 0


def test_usage_error_exits_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        main.main(["--lang", "en", "--db", "x.sqlite", "no-such-command"])
    assert info.value.code == 2


def test_every_command_has_help(capsys) -> None:  # type: ignore[no-untyped-def]
    parser = main.build_parser()
    commands = next(
        action for action in parser._actions if action.__class__.__name__ == "_SubParsersAction"
    )
    for name in commands.choices:  # type: ignore[union-attr]
        with pytest.raises(SystemExit) as info:
            main.main(["--lang", "en", name, "--help"])
        assert info.value.code == 0
        assert "usage:" in capsys.readouterr().out


def test_a_bug_exits_4_without_traceback(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from judging.services.core import CoreService

    def broken(self: CoreService) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(CoreService, "report", broken)
    monkeypatch.setattr(main.paths, "log_file", lambda: tmp_path / "judging-desk.log")
    status, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "a.sqlite"), "info")
    assert status == 4
    assert "Traceback" not in err and "judging-desk.log" in err
    assert "ZeroDivisionError: boom" in (tmp_path / "judging-desk.log").read_text()


def test_a_reader_that_goes_away_is_not_a_bug(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [
            sys.executable,
            str(root / "main.py"),
            "--lang",
            "en",
            "--db",
            str(tmp_path / "a.sqlite"),
            "info",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # like `info | head -0`: the reader is gone before the first line
    with child.stderr:
        err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 0
    assert "internal error" not in err and "Traceback" not in err


def test_a_server_that_does_not_answer_exits_3(capsys) -> None:  # type: ignore[no-untyped-def]
    # Port 1 on this machine: nothing listens there, the connection is refused at once.
    url = "postgresql+psycopg://judge:s3cret@127.0.0.1:1/awards"
    status, _, err = run(capsys, "--lang", "en", "--db", url, "info")
    assert status == 3, err
    assert err.strip().count("\n") == 0
    assert "127.0.0.1:1/awards" in err and "cannot connect" in err
    assert "s3cret" not in err and "internal error" not in err


def test_a_plain_postgresql_url_uses_the_shipped_driver(capsys) -> None:  # type: ignore[no-untyped-def]
    # `postgresql://` alone means psycopg2 to SQLAlchemy, which is not shipped; the program
    # uses psycopg (3) instead, so the only fault left here is the missing server.
    status, _, err = run(
        capsys, "--lang", "en", "--db", "postgresql://judge@127.0.0.1:1/awards", "info"
    )
    assert status == 3, err
    assert "cannot connect" in err and "internal error" not in err


def test_an_unknown_kind_of_url_exits_2(capsys) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run(capsys, "--lang", "en", "--db", "foo://host/db", "info")
    assert status == 2, err
    assert "foo" in err and "internal error" not in err
    assert err.strip().count("\n") == 0


def test_a_file_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # A typo in the folder must not quietly start a new, empty edition somewhere else.
    path = tmp_path / "giai-thuong" / "2026" / "chấm.sqlite"
    status, _, err = run(capsys, "--lang", "en", "--db", str(path), "info")
    assert status == 2, err
    assert str(tmp_path / "giai-thuong" / "2026") in err and "does not exist" in err
    assert not (tmp_path / "giai-thuong").exists()


def test_a_folder_given_as_the_database_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path), "info")
    assert status == 2
    assert "is a folder" in err and err.strip().count("\n") == 0


def _damaged_copies(tmp_path: Path, capsys) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.sqlite"
    assert run(capsys, "--lang", "en", "--db", str(good), "info")[0] == 0
    data = bytearray(good.read_bytes())
    for i in range(4096, len(data), 997):  # bytes overwritten all through the file
        data[i] = 0xAB
    scribbled = tmp_path / "scribbled.sqlite"
    scribbled.write_bytes(bytes(data))
    truncated = tmp_path / "truncated.sqlite"  # a copy that stopped after two pages
    truncated.write_bytes(good.read_bytes()[:8192])
    return scribbled, truncated


def test_a_damaged_database_exits_3_with_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for damaged in _damaged_copies(tmp_path, capsys):
        status, _, err = run(capsys, "--lang", "en", "--db", str(damaged), "info")
        assert status == 3, err
        assert f"{damaged}: the database file is damaged" in err
        assert err.strip().count("\n") == 0 and "internal error" not in err


def test_database_refusals_in_vietnamese(tmp_path: Path, db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text_file = tmp_path / "biên bản.sqlite"
    text_file.write_text("biên bản họp hội đồng", encoding="utf-8")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    cases = [
        (text_file, 2, "không phải cơ sở dữ liệu chấm giải"),
        (tmp_path, 2, "là một thư mục"),
        (tmp_path / "khong-co" / "a.sqlite", 2, "không tồn tại"),
        (db_path, 3, "phiên bản mới hơn"),
        (_damaged_copies(tmp_path, capsys)[1], 3, "bị hỏng"),
    ]
    for path, expected, words in cases:
        status, _, err = run(capsys, "--db", str(path), "--lang", "vi", "info")
        assert (status, err.strip().count("\n")) == (expected, 0), err
        assert f"{path}: " in err and words in err, err
    status, _, err = run(capsys, "--db", "foo://host/db", "--lang", "vi", "info")
    assert status == 2 and "không biết loại cơ sở dữ liệu 'foo'" in err
    # and English where English is asked for
    status, _, err = run(capsys, "--db", str(text_file), "--lang", "en", "info")
    assert "not a judging database" in err


def test_a_locked_database_in_vietnamese(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        status, _, err = run(capsys, "--db", str(db_path), "--lang", "vi", "info")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status == 3 and "bị khóa" in err


def test_an_empty_db_value_is_a_usage_error_not_the_default_database(
    tmp_path: Path,
    capsys,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    # `--db "$DB"` with DB unset in a script must not open the person's own database.
    monkeypatch.setattr(main.paths, "default_database", lambda: tmp_path / "default.sqlite")
    with pytest.raises(SystemExit) as info:
        main.main(["--lang", "en", "--db", "", "info"])
    assert info.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert not (tmp_path / "default.sqlite").exists()


def test_no_competition_yet_in_vietnamese(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run(capsys, "--db", str(tmp_path / "moi.sqlite"), "--lang", "vi", "assign")
    assert status == 2
    assert err.strip() == "cơ sở dữ liệu này chưa có cuộc thi: hãy chạy `init` hoặc `demo` trước"


def test_ctrl_c_says_so_in_the_chosen_language(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from judging.services.core import CoreService

    def pressed(self: CoreService) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(CoreService, "report", pressed)
    status, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite"), "--lang", "vi", "info")
    assert status == 130
    assert err.strip() == "đã dừng theo yêu cầu (Ctrl+C)"


def test_ranking_an_empty_database_says_so_in_vietnamese(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    status, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite"), "--lang", "vi", "rank")
    assert status == 2
    assert "chưa có cuộc thi" in err
