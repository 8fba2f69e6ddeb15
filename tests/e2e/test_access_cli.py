"""Access end to end through main.py (issue 12): unlock-judge, the organiser's password with the
current one or an audited reset, readers that never wait on a writer (two real processes), and
a database file that cannot be written but can be read."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytest import CaptureFixture

import main
from db.database import open_database
from judging.app import Services, build_services
from judging.errors import Conflict, InputError
from judging.scoring.demo import DEMO_PIN

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main.main(["--lang", "en", "--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo(tmp_path: Path, _demo_template: Path, capsys: CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, path)
    capsys.readouterr()
    return path


@pytest.fixture
def opened(demo: Path) -> Iterator[Services]:
    database = open_database(str(demo))
    yield build_services(database.uow_factory, location=database.location)
    database.close()


def run(capsys: CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def audit_actions(db: Path) -> list[str]:
    """The audit log's actions, newest first, read back from the file."""
    database = open_database(str(db))
    try:
        with database.uow_factory(read_only=True) as uow:
            return [a.action for a in uow.core.audit_records()]
    finally:
        database.close()


def test_unlock_judge_lets_a_locked_judge_in_again(
    demo: Path, opened: Services, capsys: CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [datetime(2026, 12, 6, 9, 0, 0)]
    monkeypatch.setattr("db.repositories.core.utcnow", lambda: now[0])
    for _ in range(10):
        with pytest.raises(InputError):
            opened.scoring.login("GK01", "000001")
        now[0] += timedelta(hours=1)
    with pytest.raises(Conflict, match="locked after 10 wrong PINs"):
        opened.scoring.login("GK01", DEMO_PIN)

    status, out, err = run(capsys, "--db", str(demo), "--lang", "vi", "unlock-judge", "GK01")
    assert (status, err) == (0, "")
    assert out == "Đã mở khóa cho GK01: bỏ qua 10 lần nhập sai mã PIN.\n"
    assert opened.scoring.login("GK01", DEMO_PIN).code == "GK01"
    assert audit_actions(demo)[0] == "judge.unlock"

    status, _, err = run(capsys, "--db", str(demo), "--lang", "vi", "unlock-judge", "GK01")
    assert status == 2 and err.strip().endswith("giám khảo GK01 không bị khóa")
    status, _, err = run(capsys, "--db", str(demo), "--lang", "en", "unlock-judge", "GK99")
    assert status == 2 and "GK99" in err and "Traceback" not in err


def set_password(
    capsys: CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo: Path,
    stdin: str,
    *options: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return run(capsys, "--db", str(demo), "--lang", "vi", "set-organiser-password", *options)


def test_the_organiser_password_needs_ten_characters_and_the_current_one(
    demo: Path, opened: Services, capsys: CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = set_password(capsys, monkeypatch, demo, "btc2026\n")
    assert status == 2 and "mật khẩu cần ít nhất 10 ký tự" in err
    assert set_password(capsys, monkeypatch, demo, "btc-sở-khcn-2026\n")[0] == 0

    # changing: the current one first, then the new one
    status, _, err = set_password(capsys, monkeypatch, demo, "đoán bừa\nmật khẩu mới 2026\n")
    assert status == 2 and err.strip().endswith("sai mật khẩu ban tổ chức")
    assert opened.scoring.check_organiser_password("btc-sở-khcn-2026")
    status, _, _ = set_password(capsys, monkeypatch, demo, "btc-sở-khcn-2026\nmật khẩu mới 2026\n")
    assert status == 0
    # removing it needs it too: nothing on standard input is refused
    status, _, err = set_password(capsys, monkeypatch, demo, "", "--clear")
    assert status == 2 and "Traceback" not in err
    assert opened.scoring.has_organiser_password()
    # a forgotten password: --reset replaces it without, and the audit log says so
    status, out, _ = set_password(capsys, monkeypatch, demo, "mật khẩu thứ ba\n", "--reset")
    assert status == 0 and "Đã đặt lại mật khẩu ban tổ chức" in out
    assert opened.scoring.check_organiser_password("mật khẩu thứ ba")
    status, _, _ = set_password(capsys, monkeypatch, demo, "", "--reset", "--clear")
    assert status == 0 and not opened.scoring.has_organiser_password()
    actions = audit_actions(demo)
    assert actions[:2] == ["organiser_password.reset_clear", "organiser_password.reset"]


def _command(db: Path, *argv: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--lang", "en", "--db", str(db), *argv]


def test_readers_never_wait_on_a_writer(
    demo: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    """A writer stops inside its write transaction (the fault point before its commit), and
    rank, export-marks and info from other processes answer meanwhile, with a busy timeout of
    two seconds that a wait for the write lock would run out."""
    marks = tmp_path / "drafts.csv"
    status, _, _ = run(capsys, "--db", str(demo), "export-marks", "--drafts", "--out", str(marks))
    assert status == 0
    handshake = tmp_path / "handshake"
    handshake.mkdir()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    writer = subprocess.Popen(
        _command(demo, "import-marks", str(marks)),
        env={**env, "JUDGING_FAULT_PAUSE": str(handshake)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not (handshake / "paused").exists():
            assert writer.poll() is None, writer.communicate()
            assert time.monotonic() < deadline, "the writer never reached its commit"
            time.sleep(0.05)
        readers = {
            "rank": _command(demo, "rank", "--round", "SK", "--format", "json"),
            "export-marks": _command(
                demo, "export-marks", "--round", "SK", "--out", str(tmp_path / "out.csv")
            ),
            "info": _command(demo, "info"),
        }
        for name, command in readers.items():
            done = subprocess.run(
                command,
                env={**env, "JUDGING_BUSY_TIMEOUT_MS": "2000"},
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, (name, done.stderr)
            assert writer.poll() is None  # the writer was still inside its transaction
        assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("round,")
    finally:
        (handshake / "resume").touch()
        out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert "1 sheets submitted" in out


@pytest.fixture
def read_only_file(demo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo file made read-only (chmod 444). Root may write any file, so there the
    program is told what the file system tells any other user (``os.access``); SQLite then
    opens the file read-only all the same."""
    demo.chmod(0o444)
    if os.geteuid() == 0:
        real_access = os.access

        def access(path: object, mode: int, **kwargs: object) -> bool:
            if mode & os.W_OK and Path(str(path)) == demo:
                return False
            return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("db.engine.os.access", access)
    yield demo
    demo.chmod(0o644)


def test_a_read_only_file_is_read_and_a_write_is_refused_with_exit_3(
    read_only_file: Path, tmp_path: Path, capsys: CaptureFixture[str]
) -> None:
    db = str(read_only_file)
    status, out, err = run(capsys, "--db", db, "--lang", "en", "info")
    assert (status, err) == (0, "") and "Integrity check: ok" in out
    status, out, err = run(capsys, "--db", db, "--lang", "en", "rank", "--round", "SK")
    assert (status, err) == (0, "") and "HS-" in out
    exported = tmp_path / "marks.csv"
    status, out, err = run(
        capsys, "--db", db, "--lang", "en", "export-marks", "--round", "SK", "--out", str(exported)
    )
    assert (status, err) == (0, "") and exported.stat().st_size > 100
    before = read_only_file.read_bytes()
    status, _, err = run(capsys, "--db", db, "--lang", "vi", "unlock-judge", "GK01")
    assert status == 2  # nothing to unlock: read, refused as input, nothing written
    status, _, err = run(capsys, "--db", db, "--lang", "en", "set-pin", "GK01", "--clear")
    assert status == 3
    assert err.strip() == f"{db}: the database is read-only; nothing can be saved"
    assert read_only_file.read_bytes() == before
