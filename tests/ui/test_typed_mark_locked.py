"""A typed mark never freezes the walk-through: another program holds the write lock (a real
second connection, ``BEGIN IMMEDIATE`` on the same file) while the judge types through the
real fields; the event loop keeps running, the screen says "Đang lưu…", and once the lock is
released the marks are committed in the order typed and it says "Đã lưu"."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from ui.bus import ChangeBus
from ui.scoring.walkthrough import Walkthrough

D = Decimal


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    try:
        yield
    finally:
        reset_translations()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_mark(qtbot: QtBot, text: str) -> float:
    """Type a mark and Enter in the focused field; how long the GUI thread was held."""
    began = time.monotonic()
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    return time.monotonic() - began


def stored_marks(db_path: Path) -> dict[str, int]:
    """The versions stored per criterion of J1's sheet of E01, read by a third connection (in
    WAL a reader never waits for the writer)."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as reader:
        rows = reader.execute(
            "SELECT c.code, count(*) FROM mark_version v JOIN mark m ON m.id = v.mark_id "
            "JOIN criterion c ON c.id = m.criterion_id JOIN assignment a ON a.id = "
            "m.assignment_id JOIN judge j ON j.id = a.judge_id JOIN entry e ON e.id = "
            "a.entry_id WHERE j.code = 'J1' AND e.code = 'E01' GROUP BY c.code"
        ).fetchall()
    return {code: int(n) for code, n in rows}


def open_walkthrough(qtbot: QtBot, services: Services) -> Walkthrough:
    walk = Walkthrough(services, ChangeBus(), "R1", "J1", ["E01", "E02"], prompter=FakePrompter())
    qtbot.addWidget(walk)
    with qtbot.waitActive(walk):
        walk.show()
        walk.activateWindow()
    walk.show_entry(0)
    assert focused() is walk.panels[0].mark_edit
    return walk


@pytest.mark.usefixtures("vietnamese")
def test_typing_goes_on_while_another_program_holds_the_lock(
    qtbot: QtBot, scored: Services, db_path: Path
) -> None:
    walk = open_walkthrough(qtbot, scored)
    other = sqlite3.connect(str(db_path), isolation_level=None, timeout=5)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        other.execute("BEGIN IMMEDIATE")  # the other program is writing
        held = [type_mark(qtbot, "27,5"), type_mark(qtbot, "30")]
        assert max(held) < 1.0, held  # the busy timeout is 5 s: nobody waited for the lock
        assert focused() is walk.panels[2].mark_edit  # Enter moved on each time
        assert walk.save_label.text() == "Đang lưu…"
        before = len(ticks)
        qtbot.wait(600)
        assert len(ticks) - before >= 10  # the event loop ran all along
        assert walk.save_label.text() == "Đang lưu…"
        assert stored_marks(db_path) == {}  # nothing committed yet, nothing said "saved"
    finally:
        other.execute("ROLLBACK")
        other.close()
        timer.stop()
    qtbot.waitUntil(lambda: walk.save_label.text() == "Đã lưu", timeout=15_000)
    assert stored_marks(db_path) == {"NEW": 1, "EFF": 1}
    sheet = scored.scoring.sheet("R1", "J1", "E01")
    assert sheet.mark("NEW").value == D("27.5")  # type: ignore[union-attr]
    assert sheet.mark("EFF").value == D(30)  # type: ignore[union-attr]
    assert walk.undo_stack.count() == 2  # each acknowledged mark can be undone
    assert walk.panels[0].mark_edit.text() == "27,5"


@pytest.mark.usefixtures("vietnamese")
def test_leaving_waits_until_the_pending_marks_are_committed(
    qtbot: QtBot, scored: Services, db_path: Path
) -> None:
    walk = open_walkthrough(qtbot, scored)
    other = sqlite3.connect(str(db_path), isolation_level=None, timeout=5, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")

    def finish_writing() -> None:
        other.execute("ROLLBACK")
        other.close()

    release = threading.Timer(0.8, finish_writing)
    try:
        type_mark(qtbot, "20")
        assert walk.save_label.text() == "Đang lưu…"
        qtbot.keyClicks(focused(), "35")  # typed, not yet confirmed with Enter
        release.start()
        walk.commit_pending()  # what the window's close does: every typed mark committed
    finally:
        release.join()
    assert stored_marks(db_path) == {"NEW": 1, "EFF": 1}
    assert scored.scoring.sheet("R1", "J1", "E01").mark("EFF").value == D(35)  # type: ignore[union-attr]
    assert walk.saver.pending() == 0
    assert walk.save_label.text() == "Đã lưu"


@pytest.mark.usefixtures("vietnamese")
def test_a_mark_refused_by_the_service_is_said_and_not_stored(
    qtbot: QtBot, scored: Services, db_path: Path
) -> None:
    walk = open_walkthrough(qtbot, scored)
    # Meanwhile the sheet is filled in and submitted elsewhere (another window, a score file).
    for code, value in (("NEW", "10"), ("EFF", "20"), ("APP", "5")):
        scored.scoring.set_mark("R1", "J1", "E01", code, D(value))
    scored.scoring.submit("R1", "J1", "E01")
    prompter = walk.prompter
    assert isinstance(prompter, FakePrompter)
    type_mark(qtbot, "12")
    assert len(prompter.warnings) == 1, prompter.warnings
    assert "đã nộp và bị khóa" in prompter.warnings[0]  # told why, in Vietnamese
    assert focused() is walk.panels[0].mark_edit  # Enter did not move on: it was refused
    assert walk.saver.pending() == 0
    assert walk.undo_stack.count() == 0
    assert stored_marks(db_path) == {"NEW": 1, "EFF": 1, "APP": 1}
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(10)  # type: ignore[union-attr]
