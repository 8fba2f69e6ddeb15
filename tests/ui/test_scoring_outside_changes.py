"""Marks that arrive from outside the screen — another program on the same file, the command
line's import — show in the Scoring section's progress without switching the round: the
section polls SQLite's change counter (PRAGMA data_version) while shown, and looks again when
its window is activated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from tests import scoring_helpers
from tests.scoring_helpers import FakePrompter
from ui.bus import ChangeBus
from ui.sections.scoring import ScoringSection

MARKS_J2 = (
    "round,entry,judge,criterion,mark\n"
    "R1,E01,J2,NEW,20\nR1,E01,J2,EFF,30\nR1,E01,J2,APP,25\n"
    "R1,E02,J2,NEW,15\nR1,E02,J2,EFF,20\nR1,E02,J2,APP,10\n"
)


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


@pytest.fixture
def other_program(db_path: Path, scored: Services) -> Iterator[Services]:
    """A second program on the same file: its own engine and connections."""
    other = open_database(str(db_path))
    yield build_services(other.uow_factory, location=other.location)
    other.close()


def _progress(section: ScoringSection) -> dict[str, tuple[int, int]]:
    model = section.progress_model
    rows = [model.row(i) for i in range(model.rowCount())]
    return {p.judge_code: (p.submitted, p.assigned) for p in rows}


@pytest.fixture
def section(qtbot: QtBot, scored: Services) -> ScoringSection:
    widget = ScoringSection(scored, ChangeBus())  # nothing announces the outside changes
    widget.prompter = FakePrompter()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_marks_imported_by_another_program_show_without_switching_rounds(
    qtbot: QtBot, section: ScoringSection, other_program: Services
) -> None:
    assert section.change_timer.isActive()
    assert _progress(section)["J2"] == (0, 3)
    assert section.summary.text() == "0 of 8 sheets done (0 submitted)."
    report = other_program.scoring.import_marks(MARKS_J2.encode(), source="marks.csv")
    assert report.sheets_submitted == 2
    qtbot.waitUntil(lambda: _progress(section)["J2"] == (2, 3), timeout=5000)
    assert section.summary.text() == "2 of 8 sheets done (2 submitted)."
    assert section.round_code == "R1"  # the round was never switched


def test_activating_the_window_looks_at_once(
    qtbot: QtBot, section: ScoringSection, other_program: Services
) -> None:
    section.change_timer.stop()  # only the activation may notice it here
    other_program.scoring.recuse("R1", "J3", "E01", "xung đột lợi ích")
    QCoreApplication.processEvents()
    assert section.summary.text() == "0 of 8 sheets done (0 submitted)."
    section.activateWindow()
    qtbot.waitUntil(lambda: section.isActiveWindow(), timeout=2000)
    QCoreApplication.sendEvent(section, QEvent(QEvent.Type.ActivationChange))
    assert section.summary.text() == "1 of 8 sheets done (0 submitted)."


def test_no_change_no_reload_and_no_polling_while_hidden(
    qtbot: QtBot, section: ScoringSection, other_program: Services
) -> None:
    assert not section.check_for_outside_changes()  # nothing was written: no reload
    section.hide()
    assert not section.change_timer.isActive()
    other_program.scoring.recuse("R1", "J3", "E01", "xung đột lợi ích")
    assert not section.check_for_outside_changes()
    assert section.summary.text() == "0 of 8 sheets done (0 submitted)."
    section.show()  # shown again: looks at once
    assert section.summary.text() == "1 of 8 sheets done (0 submitted)."
    assert section.change_timer.isActive()


def test_the_change_counter_moves_when_another_connection_commits(
    scored: Services, other_program: Services
) -> None:
    first = scored.scoring.data_version()
    assert isinstance(first, int)
    assert scored.scoring.data_version() == first  # reading changes nothing
    other_program.scoring.recuse("R1", "J3", "E01", "xung đột lợi ích")
    assert scored.scoring.data_version() != first
