"""Sections refresh from what the services say they changed: a real button's action, on a real
SQLite file, refreshes the other sections listening to that area, with nobody naming the area
by hand (the service methods declare it; the operation announces it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.changes import Area
from judging.errors import InputError, JudgingError
from judging.model import Entry, Judge
from tests.ui.test_judge_dialogs import click_then_answer, type_text
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from tests.ui.test_setup import FakePrompter, competition
from ui.bus import ChangeBus
from ui.operations import Operation
from ui.sections.judges import JudgesSection
from ui.sections.scoring import ScoringSection
from ui.setup.judge_dialogs import JudgeDialog
from ui.setup.runner import SyncRunner, ThreadRunner


@pytest.fixture
def vietnamese() -> Iterator[None]:
    translations_for("vi")
    yield
    reset_translations()


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def announced(bus: ChangeBus) -> list[Area]:
    heard: list[Area] = []
    bus.changed.connect(heard.append)
    return heard


@pytest.fixture
def judges(qtbot: QtBot, services: Services, bus: ChangeBus, vietnamese: None) -> JudgesSection:
    competition(services)
    services.setup.add_entry(Entry(code="E001", title="Bể lọc nước mưa", category="KTCN"))
    section = JudgesSection(services, bus)
    section.prompter = FakePrompter()
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    return section


@pytest.fixture
def scoring(
    qtbot: QtBot, services: Services, bus: ChangeBus, judges: JudgesSection
) -> ScoringSection:
    section = ScoringSection(services, bus, runner=SyncRunner())
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    return section


def progress_judges(section: ScoringSection) -> list[str]:
    model = section.progress_model
    return [model.row(i).judge_code for i in range(model.rowCount())]


def test_a_judge_saved_in_the_dialog_reaches_the_lists_that_show_judges(
    qtbot: QtBot,
    judges: JudgesSection,
    scoring: ScoringSection,
    announced: list[Area],
) -> None:
    scoring.hide()  # a hidden section notes it is stale and reloads when shown
    assert not scoring.is_stale()
    assert judges.pair_judge.count() == 0

    def fill(dialog: JudgeDialog) -> None:
        type_text(qtbot, dialog.name, "Nguyễn Thị Thu Hà")

    assert click_then_answer(qtbot, judges.new_judge_button, fill) == []

    assert announced == [Area.JUDGES]
    assert judges.judges_model.rowCount() == 1
    # the assignment row's judge list was filled by the refresh the announcement caused
    assert [judges.pair_judge.itemData(i) for i in range(judges.pair_judge.count())] == ["J01"]
    assert scoring.is_stale()
    scoring.show()
    qtbot.waitExposed(scoring)
    assert not scoring.is_stale()


def test_an_assignment_made_with_the_real_button_shows_in_the_scoring_progress(
    qtbot: QtBot,
    services: Services,
    judges: JudgesSection,
    scoring: ScoringSection,
    announced: list[Area],
) -> None:
    services.setup.add_judge(Judge(code="GK01", name="Trần Minh Khoa"))
    judges.refresh()
    scoring.refresh()
    assert progress_judges(scoring) == []
    judges.pair_judge.setCurrentIndex(judges.pair_judge.findData("GK01"))
    judges.pair_entry.setCurrentIndex(judges.pair_entry.findData("E001"))

    qtbot.mouseClick(judges.add_pair_button, Qt.MouseButton.LeftButton)

    assert announced == [Area.ASSIGNMENTS]
    assert [(a.judge, a.entry) for a in services.setup.assignments("SK")] == [("GK01", "E001")]
    assert progress_judges(scoring) == ["GK01"]  # refreshed by the announcement, not by hand


def test_a_refused_action_announces_nothing(
    qtbot: QtBot,
    services: Services,
    judges: JudgesSection,
    scoring: ScoringSection,
    announced: list[Area],
) -> None:
    services.setup.add_judge(Judge(code="GK01", name="Trần Minh Khoa"))
    services.setup.declare_conflict("GK01", "E001", "Cùng đơn vị công tác với tác giả")
    judges.refresh()
    judges.pair_judge.setCurrentIndex(judges.pair_judge.findData("GK01"))
    judges.pair_entry.setCurrentIndex(judges.pair_entry.findData("E001"))

    qtbot.mouseClick(judges.add_pair_button, Qt.MouseButton.LeftButton)  # a conflicted pair

    assert services.setup.assignments("SK") == []
    assert announced == []


class Screen(QWidget):
    """A screen as the operation finds it: its change bus and prompter on the widget."""

    def __init__(self, bus: ChangeBus) -> None:
        super().__init__()
        self.bus = bus
        self.prompter = FakePrompter()


def test_what_was_stored_before_a_refusal_is_announced(
    qtbot: QtBot, services: Services, bus: ChangeBus, announced: list[Area]
) -> None:
    competition(services)
    screen = Screen(bus)
    qtbot.addWidget(screen)
    refused: list[JudgingError] = []

    def two_judges() -> None:
        services.setup.add_judge(Judge(code="GK01", name="An"))
        services.setup.add_judge(Judge(code="GK01", name="Bình"))  # the same code: refused

    Operation(screen, two_judges).failure(refused.append).run()

    assert [type(exc) for exc in refused] == [InputError]
    assert [j.code for j in services.core.judge_rows()] == ["GK01"]  # the first one stayed
    assert announced == [Area.JUDGES]


def test_a_call_made_in_the_worker_thread_is_announced_on_the_gui_thread(
    qtbot: QtBot, services: Services, bus: ChangeBus, announced: list[Area]
) -> None:
    competition(services)
    services.setup.add_judge(Judge(code="GK01", name="An"))
    screen = Screen(bus)
    qtbot.addWidget(screen)
    threads: list[bool] = []

    def work(cancelled: Callable[[], bool]) -> str:
        threads.append(QThread.currentThread() is QCoreApplication.instance().thread())
        services.setup.set_pin("GK01", "582931")
        return "stored"

    with qtbot.waitSignal(bus.changed, timeout=10_000):
        Operation.cancellable(screen, work, runner=ThreadRunner()).run_in_background("PIN…")

    assert threads == [False]  # the service ran in the worker
    assert announced == [Area.JUDGES]
    assert services.scoring.login("GK01", "582931").code == "GK01"
