"""The marks CSV in and out of the Scoring section: through the runner (a worker thread
behind a progress dialog in the app, at once in tests), the view refreshed afterwards, a
refused file named and nothing stored, Cancel honoured before anything is stored."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase
from judging.app import Services
from judging.changes import Area
from judging.errors import JudgingError
from judging.scoring.model import SheetState
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from ui.bus import ChangeBus
from ui.sections.scoring import ScoringSection
from ui.setup.runner import SyncRunner, ThreadRunner

# The texts and numbers read here are English: pinned, whatever the machine's locale.
pytestmark = pytest.mark.usefixtures("english")

D = Decimal

GOOD = "entry,judge,criterion,mark\nE01,J2,NEW,10\nE01,J2,EFF,20\nE01,J2,APP,30\n"


class RecordingRunner(SyncRunner):
    """Runs at once like SyncRunner, remembers the progress labels and can answer Cancel."""

    def __init__(self, *, cancel: bool = False) -> None:
        self.cancel = cancel
        self.labels: list[str] = []

    def run(self, parent: Any, label: str, work: Any, done: Any, failed: Any) -> None:
        self.labels.append(label)
        if not self.cancel:
            super().run(parent, label, work, done, failed)
            return
        try:
            result = work(lambda: True)
        except JudgingError as exc:
            failed(exc)
            return
        done(result)


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    s = scoring_helpers.build(services, database)
    for code, value in (("NEW", "27"), ("EFF", "30"), ("APP", "20")):
        s.scoring.set_mark("R1", "J1", "E01", code, D(value))
    s.scoring.submit("R1", "J1", "E01")
    return s


def _section(qtbot: QtBot, services: Services, runner: Any) -> tuple[ScoringSection, list[Any]]:
    bus = ChangeBus()
    heard: list[Any] = []
    bus.changed.connect(heard.append)
    section = ScoringSection(services, bus, runner=runner)
    section.prompter = FakePrompter()
    qtbot.addWidget(section)
    section.show()
    return section, heard


def _j2_submitted(section: ScoringSection) -> int:
    rows = [section.progress_model.row(i) for i in range(section.progress_model.rowCount())]
    return next(p.submitted for p in rows if p.judge_code == "J2")


def _click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_button_stores_the_marks_and_refreshes_the_view(
    qtbot: QtBot, scored: Services, tmp_path: Path
) -> None:
    runner = RecordingRunner()
    section, heard = _section(qtbot, scored, runner)
    assert _j2_submitted(section) == 0
    assert section.summary.text() == "1 of 8 sheets done (1 submitted)."
    source = tmp_path / "marks.csv"
    source.write_text(GOOD, encoding="utf-8")
    prompter = FakePrompter()
    prompter.files = [str(source)]
    section.prompter = prompter
    _click(qtbot, section.import_button)
    assert runner.labels == ["Importing marks…"]
    assert prompter.warnings == []
    assert prompter.informed == ["3 marks changed, 0 unchanged; 1 sheets submitted."]
    assert scored.scoring.sheet("R1", "J2", "E01").state is SheetState.SUBMITTED
    assert {(r.judge_code, r.criterion_code, r.value) for r in scored.scoring.export_marks()} >= {
        ("J2", "NEW", D(10)),
        ("J2", "EFF", D(20)),
        ("J2", "APP", D(30)),
    }
    assert heard == [Area.MARKS]
    # the view shows it without being asked
    assert _j2_submitted(section) == 1
    assert section.summary.text() == "2 of 8 sheets done (2 submitted)."
    assert section.import_button.isEnabled() and section.export_button.isEnabled()

    out = tmp_path / "out.csv"
    prompter.files = [str(out)]
    _click(qtbot, section.export_button)
    assert runner.labels[-1] == "Exporting marks…"
    assert prompter.informed[-1] == f"6 marks written to {out}."
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1 + 6


def test_a_refused_file_shows_its_message_and_stores_nothing(
    qtbot: QtBot, scored: Services, tmp_path: Path
) -> None:
    section, heard = _section(qtbot, scored, RecordingRunner())
    before = scored.scoring.export_marks(include_drafts=True)
    source = tmp_path / "bad.csv"
    # a good row and a faulty one: all or nothing
    source.write_text(
        "entry,judge,criterion,mark\nE01,J2,NEW,10\nE01,J2,EFF,99\n", encoding="utf-8"
    )
    prompter = FakePrompter()
    prompter.files = [str(source)]
    section.prompter = prompter
    _click(qtbot, section.import_button)
    assert len(prompter.warnings) == 1
    assert "bad.csv, row 3" in prompter.warnings[0]
    assert "out of range" in prompter.warnings[0]
    assert prompter.informed == []
    assert scored.scoring.export_marks(include_drafts=True) == before
    assert scored.scoring.sheet("R1", "J2", "E01").state is SheetState.NOT_STARTED
    assert heard == []
    assert _j2_submitted(section) == 0
    assert section.import_button.isEnabled()
    # a file that cannot be read: said so, nothing stored
    prompter.files = [str(tmp_path / "missing.csv")]
    _click(qtbot, section.import_button)
    assert len(prompter.warnings) == 2 and "missing.csv" in prompter.warnings[1]
    assert scored.scoring.export_marks(include_drafts=True) == before


def test_cancel_before_the_import_stores_nothing_and_writes_no_export(
    qtbot: QtBot, scored: Services, tmp_path: Path
) -> None:
    section, heard = _section(qtbot, scored, RecordingRunner(cancel=True))
    before = scored.scoring.export_marks(include_drafts=True)
    source = tmp_path / "marks.csv"
    source.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.csv"
    prompter = FakePrompter()
    prompter.files = [str(source), str(out)]
    section.prompter = prompter
    _click(qtbot, section.import_button)
    assert scored.scoring.export_marks(include_drafts=True) == before
    assert heard == [] and prompter.informed == [] and prompter.warnings == []
    _click(qtbot, section.export_button)
    assert not out.exists()
    assert prompter.informed == [] and prompter.warnings == []
    assert section.import_button.isEnabled() and section.export_button.isEnabled()


def test_the_import_runs_in_a_worker_thread_in_the_app(
    qtbot: QtBot, scored: Services, tmp_path: Path
) -> None:
    section, heard = _section(qtbot, scored, ThreadRunner())
    source = tmp_path / "marks.csv"
    source.write_text(GOOD, encoding="utf-8")
    prompter = FakePrompter()
    prompter.files = [str(source)]
    section.prompter = prompter
    threads: list[int] = []
    release = threading.Event()
    real = scored.scoring.import_marks

    def held(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        release.wait(timeout=30)
        return real(*args, **kwargs)

    scored.scoring.import_marks = held  # type: ignore[method-assign]
    try:
        _click(qtbot, section.import_button)
        # while it runs, a second import or an export cannot start
        assert section.file_busy
        assert not section.import_button.isEnabled()
        assert not section.export_button.isEnabled()
        # the progress dialog is due after 300 ms (not Qt's default of 4 s): its show timer
        # runs with that interval
        dialog = section.findChild(QProgressDialog)
        assert dialog is not None and dialog.labelText() == "Importing marks…"
        timers = [t for t in dialog.findChildren(QTimer) if t.isActive()]
        assert [t.interval() for t in timers] == [300]
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(prompter.informed or prompter.warnings))
    assert prompter.warnings == []
    assert threads and threads[0] != threading.get_ident()
    assert scored.scoring.sheet("R1", "J2", "E01").state is SheetState.SUBMITTED
    assert heard == [Area.MARKS]
    assert _j2_submitted(section) == 1
    assert section.import_button.isEnabled() and not section.file_busy


def _dialog(section: ScoringSection) -> QProgressDialog | None:
    dialogs = [d for d in section.findChildren(QProgressDialog) if d.isVisible()]
    return dialogs[0] if dialogs else None


def test_long_work_shows_a_progress_dialog_whose_cancel_is_honoured(
    qtbot: QtBot, scored: Services, tmp_path: Path
) -> None:
    section, _heard = _section(qtbot, scored, ThreadRunner())
    out = tmp_path / "out.csv"
    prompter = FakePrompter()
    prompter.files = [str(out)]
    section.prompter = prompter
    release = threading.Event()
    real = scored.scoring.export_marks

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(timeout=30)
        return real(*args, **kwargs)

    scored.scoring.export_marks = held  # type: ignore[method-assign]
    try:
        _click(qtbot, section.export_button)
        qtbot.waitUntil(lambda: _dialog(section) is not None)
        dialog = _dialog(section)
        assert dialog is not None
        assert dialog.labelText() == "Exporting marks…"
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not section.file_busy)
    assert not out.exists()  # cancelled before the file was written
    assert prompter.informed == [] and prompter.warnings == []
    assert _dialog(section) is None
    assert section.export_button.isEnabled()
