"""Restoring a backup copy in the app: File › Restore from a backup copy… (choose, confirm,
the database reopened), the offer of the newest good copy when the database is damaged at
start, and the automatic copy made in the background after changes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.backup import SqliteBackupStore
from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.backup import BackupService
from judging.changes import Area
from judging.demo import build_demo
from judging.errors import EnvironmentFault
from judging.model import Judge, Role
from judging.problems import ProblemCode as P
from tests.ui.modal import ModalSteps
from tests.ui.test_main_window_helpers import RecordingPrompter, make_shell, translations_for
from ui.backup_dialog import Offer, RestoreDialog, offer_restore_at_start


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 6, 2, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(str(path))
    try:
        build_demo(build_services(database.uow_factory, location=database.location))
    finally:
        database.close()
    return path


def _copy_of(template: Path, target: Path) -> Path:
    with sqlite3.connect(template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


class Opener:
    """The composition root's File › Open: another database, with its backups."""

    def __init__(self, folder: Path, clock: Clock) -> None:
        self.folder = folder
        self.clock = clock
        self.opened: list[OpenDatabase] = []

    def backups(self, path: Path) -> BackupService:
        return BackupService(
            SqliteBackupStore(), database=path, folder=self.folder, clock=self.clock
        )

    def __call__(self, location: str) -> Services:
        database = open_database(location, check=True)
        self.opened.append(database)
        services = build_services(database.uow_factory, location=database.location)
        return replace(services, backups=self.backups(Path(database.location)))

    def close(self) -> None:
        for database in self.opened:
            database.close()


def test_file_restore_puts_the_chosen_copy_back_and_reopens_the_database(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    path = _copy_of(demo_template, tmp_path / "sang-kien.sqlite")
    clock = Clock()
    opener = Opener(tmp_path / "data" / "backups", clock)
    services = opener(str(path))
    assert services.backups is not None
    older = services.backups.backup_now()  # 02:30 UTC: the copy to go back to
    judges = _count(path, "judge")
    services.setup.add_judge(Judge(code="GK10", name="Phạm Thu Hà", role=Role.MEMBER))
    clock.now += timedelta(hours=3)
    services.backups.backup_now()  # 05:30 UTC: a newer copy, with GK10
    services.setup.add_judge(Judge(code="GK11", name="Đỗ Minh Quân", role=Role.MEMBER))
    assert _count(path, "judge") == judges + 2
    prompter = RecordingPrompter()
    shell = make_shell(qtbot, services, tmp_path, open_services=opener, prompter=prompter)
    window = shell.window
    window.auto_backup.wait()
    try:
        assert window.restore_action.text() == "Khôi phục từ &bản sao lưu…"
        assert window.restore_action in window.file_menu.actions()
        seen: dict[str, object] = {}

        def choose_the_older_copy(dialog: RestoreDialog) -> None:
            table = dialog.table
            seen["rows"] = [
                [table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())
            ]
            seen["headers"] = [
                table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
            ]
            rect = table.visualItemRect(table.item(1, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert dialog.ok_button.text() == "&Khôi phục"
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        def confirm(box: QMessageBox) -> None:
            seen["question"] = box.text()
            yes = next(b for b in box.buttons() if b.text() == "Khôi phục")
            qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

        steps = ModalSteps()
        steps.then(choose_the_older_copy, RestoreDialog)
        steps.then(confirm, QMessageBox)
        window.restore_action.trigger()
        qtbot.waitUntil(lambda: steps.done == 2, timeout=60_000)
        steps.check(2)
        qtbot.waitUntil(lambda: bool(prompter.informed), timeout=60_000)  # restored, reopened
        local = older.made.astimezone()
        assert seen["headers"] == ["Thời điểm sao lưu", "Dung lượng", "Số hồ sơ", "Số điểm"]
        rows = seen["rows"]
        assert isinstance(rows, list) and len(rows) == 2
        assert rows[1][0] == local.strftime("%H:%M:%S ngày %d/%m/%Y")
        assert rows[1][1].endswith(" KB") and "," in rows[1][1]  # a decimal comma
        assert rows[1][2] == "32" and int(rows[1][3]) == _count(older.path, "mark")
        assert seen["question"] == f"Khôi phục bản sao lưu lúc {local:%H:%M:%S ngày %d/%m/%Y}?"
        # the database holds the older copy, and the window shows it reopened
        assert _count(path, "judge") == judges
        codes = {row.code for row in window.services.core.judge_rows()}
        assert "GK10" not in codes and "GK11" not in codes
        assert window.services is not services
        assert window.services.core.location == str(path)
        aside = list(tmp_path.glob("sang-kien.before-restore-*.sqlite"))
        assert len(aside) == 1 and _count(aside[0], "judge") == judges + 2
        told = " ".join(text for _title, text in prompter.informed)
        assert "Đã khôi phục cơ sở dữ liệu: 32 hồ sơ" in told and str(aside[0]) in told
    finally:
        window.auto_backup.wait()
        opener.close()


def test_a_damaged_database_at_start_is_restored_from_the_newest_copy_in_two_clicks(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    path = _copy_of(demo_template, tmp_path / "sang-kien.sqlite")
    clock = Clock()
    opener = Opener(tmp_path / "data" / "backups", clock)
    backups = opener.backups(path)
    newest = backups.backup_now()
    marks = _count(path, "mark")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
    with path.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(bytes(4096))
    with pytest.raises(EnvironmentFault) as refused:
        open_database(str(path), check=True)  # what the app does at start
    assert refused.value.code is P.DB_DAMAGED
    prompter = RecordingPrompter()
    seen: dict[str, str] = {}

    def restore_the_newest(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["details"] = box.informativeText()
        names = [b.text() for b in box.buttons()]
        seen["buttons"] = " | ".join(names)
        button = next(b for b in box.buttons() if b.text().startswith("Khôi phục bản sao lưu"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    steps = ModalSteps()
    steps.then(restore_the_newest, QMessageBox)
    translations_for("vi")
    offer = offer_restore_at_start(refused.value, backups, language="vi", prompter=prompter)
    assert offer is Offer.RESTORED
    steps.check(1)
    when = newest.made.astimezone().strftime("%H:%M:%S ngày %d/%m/%Y")
    assert seen["text"] == f"{path}: tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu"
    assert seen["buttons"] == f"Khôi phục bản sao lưu mới nhất ({when}) | Đóng"
    assert f"32 hồ sơ, {marks} điểm" in seen["details"]
    database = open_database(str(path), check=True)  # and the app opens it
    try:
        assert build_services(database.uow_factory, location="").core.report().integrity == ("ok",)
    finally:
        database.close()
    assert _count(path, "mark") == marks
    assert len(list(tmp_path.glob("sang-kien.before-restore-*.sqlite"))) == 1
    assert "Đã khôi phục cơ sở dữ liệu" in prompter.informed[0][1]


def test_changes_in_the_app_are_copied_in_the_background(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    path = _copy_of(demo_template, tmp_path / "sang-kien.sqlite")
    opener = Opener(tmp_path / "data" / "backups", Clock())
    services = opener(str(path))
    assert services.backups is not None
    services.backups.every = 1
    shell = make_shell(qtbot, services, tmp_path, open_services=opener)
    window = shell.window
    try:
        qtbot.waitUntil(lambda: len(window.auto_backup.made) == 1, timeout=30_000)  # at start
        window.auto_backup._timer.setInterval(10)
        services.setup.add_judge(Judge(code="GK12", name="Vũ Hoài Nam", role=Role.MEMBER))
        window.bus.announce(Area.JUDGES)
        qtbot.waitUntil(lambda: len(window.auto_backup.made) == 2, timeout=30_000)
        copy = window.auto_backup.made[-1]
        with sqlite3.connect(f"file:{copy.path}?mode=ro", uri=True) as conn:
            codes = {row[0] for row in conn.execute("SELECT code FROM judge")}
        assert "GK12" in codes
    finally:
        window.auto_backup.wait()
        opener.close()


def test_the_app_started_on_a_damaged_database_restores_it_and_opens(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """main.py's start-up path as a person meets it: two windows, two clicks."""
    import main

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")  # as on a desktop: the offer is shown
    path = _copy_of(demo_template, tmp_path / "sang-kien.sqlite")
    backups = main.backups_for(str(path))
    backups.backup_now()  # into this test's own data folder
    marks = _count(path, "mark")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
    with path.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(bytes(4096))
    seen: list[str] = []

    def restore_the_newest(box: QMessageBox) -> None:
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().startswith("Khôi phục bản sao lưu"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def acknowledge(box: QMessageBox) -> None:
        seen.append(box.text())
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    steps = ModalSteps()
    steps.then(restore_the_newest, QMessageBox)
    steps.then(acknowledge, QMessageBox)
    database = main._open_for_app(str(path), backups, "vi")
    try:
        steps.check(2)
        report = build_services(database.uow_factory, location="").core.report()
        assert report.integrity == ("ok",) and report.counts["marks"] == marks
    finally:
        database.close()
    assert "bị hỏng" in seen[0]
    assert seen[1].startswith("Đã khôi phục cơ sở dữ liệu: 32 hồ sơ")


def test_the_offer_closed_leaves_the_damaged_file_and_no_copy_means_the_usual_message(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    path = _copy_of(demo_template, tmp_path / "sang-kien.sqlite")
    backups = main.backups_for(str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
    with path.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(bytes(4096))
    # no copy yet: nothing is offered, the usual start-up message will say it
    with pytest.raises(EnvironmentFault) as no_copy:
        main._open_for_app(str(path), backups, "vi")
    assert id(no_copy.value) not in main._told
    # a good copy of another state of the file, then the offer closed
    good = tmp_path / "good.sqlite"
    _copy_of(demo_template, good)
    folder = backups.folder()
    folder.mkdir(parents=True)
    _copy_of(good, folder / "sang-kien-20261206-010000-000000.sqlite")
    before = path.read_bytes()

    def close(box: QMessageBox) -> None:
        qtbot.mouseClick(
            next(b for b in box.buttons() if b.text() == "Đóng"), Qt.MouseButton.LeftButton
        )

    steps = ModalSteps()
    steps.then(close, QMessageBox)
    with pytest.raises(EnvironmentFault) as declined:
        main._open_for_app(str(path), backups, "vi")
    steps.check(1)
    assert id(declined.value) in main._told  # no second window with the same words
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*before-restore*")) == []


def test_file_open_of_a_damaged_database_offers_its_newest_copy_and_opens_it(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    import main

    here = _copy_of(demo_template, tmp_path / "dang-mo.sqlite")
    other = _copy_of(demo_template, tmp_path / "vong-chung-khao.sqlite")
    main.backups_for(str(other)).backup_now()  # in this test's data folder
    marks = _count(other, "mark")
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'mark'").fetchone()[0]
        )
    with other.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(bytes(4096))
    opened: list[OpenDatabase] = []
    services = main.open_other(str(here), opened)
    shell = make_shell(
        qtbot, services, tmp_path, open_services=lambda loc: main.open_other(loc, opened)
    )
    window = shell.window
    seen: list[str] = []

    def restore_the_newest(box: QMessageBox) -> None:
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().startswith("Khôi phục bản sao lưu"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def acknowledge(box: QMessageBox) -> None:
        seen.append(box.text())
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)

    steps = ModalSteps()
    steps.then(restore_the_newest, QMessageBox)
    steps.then(acknowledge, QMessageBox)
    try:
        assert window.open_location(str(other))
        steps.check(2)
        assert window.services.core.location == str(other)
        report = window.services.core.report()
        assert report.integrity == ("ok",) and report.counts["marks"] == marks
        assert seen[0] == f"{other}: tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ một bản sao lưu"
        assert seen[1].startswith("Đã khôi phục cơ sở dữ liệu: 32 hồ sơ")
        assert shell.prompter.warned == []
    finally:
        window.auto_backup.wait()
        for database in opened:
            database.close()
