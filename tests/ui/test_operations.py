"""The one way a user action runs (ui/operations.py), the change areas it announces, and the
"refresh when shown if stale" rule of the section base class, on a real database."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.changes import Area, Changed
from judging.errors import InputError, JudgingError
from judging.model import Judge
from judging.services.dto import JudgeRow
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from tests.ui.test_setup import FakePrompter, competition
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.operations import Operation
from ui.sections.base import Section
from ui.setup import runner as runner_module
from ui.setup.runner import SyncRunner, ThreadRunner


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


@pytest.fixture
def judged(services: Services) -> Services:
    competition(services)
    services.setup.add_judge(Judge(code="GK01", name="Trần Minh Khoa"))
    return services


def _heard(bus: ChangeBus) -> list[Area]:
    heard: list[Area] = []
    bus.changed.connect(heard.append)
    return heard


def _screen(qtbot: QtBot) -> QWidget:
    screen = QWidget()
    qtbot.addWidget(screen)
    return screen


def _codes(services: Services) -> list[str]:
    return [row.code for row in services.core.judge_rows()]


def _answer_message_box(qtbot: QtBot, seen: list[dict[str, str]]) -> None:
    """When the real message box is up: note what it says and press its OK button."""

    def answer(box: QMessageBox) -> None:
        seen.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "details": box.detailedText(),
                "buttons": " ".join(b.text() for b in box.buttons()),
            }
        )
        ok = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, answer)


# -- run(): at once, on the GUI thread ---------------------------------------------------------
def test_success_stores_hands_the_answer_on_then_announces(qtbot: QtBot, judged: Services) -> None:
    bus = ChangeBus()
    heard = _heard(bus)
    order: list[str] = []
    bus.changed.connect(lambda _areas: order.append("announced"))

    def saved(row: JudgeRow) -> None:
        order.append(f"success {row.code}")

    answer = (
        Operation(
            _screen(qtbot),
            lambda: judged.setup.add_judge(Judge(code="GK02", name="Nguyễn Thị Hà")),
            changes=Area.JUDGES,
            bus=bus,
        )
        .success(saved)
        .run()
    )

    assert isinstance(answer, JudgeRow) and answer.code == "GK02"
    assert _codes(judged) == ["GK01", "GK02"]  # read back from the file
    assert heard == [Area.JUDGES]
    assert order == ["success GK02", "announced"]


def test_a_refusal_is_a_real_message_box_in_vietnamese(qtbot: QtBot, judged: Services) -> None:
    translations_for("vi")
    bus = ChangeBus()
    heard = _heard(bus)
    seen: list[dict[str, str]] = []
    succeeded: list[object] = []
    _answer_message_box(qtbot, seen)

    answer = (
        Operation(
            _screen(qtbot),
            lambda: judged.setup.add_judge(Judge(code="GK01", name="Người thứ hai")),
            changes=Area.JUDGES,
            bus=bus,
        )
        .success(succeeded.append)
        .run()
    )

    assert answer is None and succeeded == [] and heard == []
    assert _codes(judged) == ["GK01"]
    (box,) = seen
    assert box["title"] == "Không thực hiện được"
    assert box["text"] == "Không thực hiện được; không có gì bị thay đổi."
    assert box["buttons"].split()[:2] == ["Đồng", "ý"]  # OK, then "Xem chi tiết…" for the rows
    assert "Đã có giám khảo GK01: hãy chọn mã khác." in box["details"]
    assert "already exists" not in box["details"]


def test_a_refusal_in_english_names_the_problem(qtbot: QtBot, judged: Services) -> None:
    translations_for("en")
    seen: list[dict[str, str]] = []
    _answer_message_box(qtbot, seen)

    Operation(
        _screen(qtbot), lambda: judged.setup.add_judge(Judge(code="GK01", name="Again"))
    ).run()

    (box,) = seen
    assert box["title"] == "Not accepted"
    assert box["informative"] == "judge GK01: not saved"
    assert "duplicate: judge GK01 already exists" in box["details"]


def test_a_failure_callback_takes_the_place_of_the_message(qtbot: QtBot, judged: Services) -> None:
    prompter = FakePrompter()
    refused: list[JudgingError] = []

    answer = (
        Operation(
            _screen(qtbot),
            lambda: judged.setup.add_judge(Judge(code="GK01", name="Again")),
            prompter=prompter,
        )
        .failure(refused.append)
        .run()
    )

    assert answer is None
    assert [type(e) for e in refused] == [InputError]
    assert "already exists" in str(refused[0])
    assert prompter.warnings == []


def test_a_bug_is_not_shown_as_a_refusal_but_left_to_the_error_handler(qtbot: QtBot) -> None:
    prompter = FakePrompter()
    with pytest.raises(ZeroDivisionError):
        Operation(_screen(qtbot), lambda: 1 // 0, prompter=prompter).run()
    assert prompter.warnings == []


def test_the_screens_prompter_and_bus_are_found_up_the_widget_tree(
    qtbot: QtBot, judged: Services
) -> None:
    screen = _screen(qtbot)
    screen.prompter = FakePrompter()  # type: ignore[attr-defined]
    screen.bus = ChangeBus()  # type: ignore[attr-defined]
    heard = _heard(screen.bus)  # type: ignore[attr-defined]
    button = QPushButton(screen)

    Operation(
        button,
        lambda: judged.setup.add_judge(Judge(code="GK01", name="Again")),
        changes=Area.JUDGES,
    ).run()
    Operation(
        button,
        lambda: judged.setup.add_judge(Judge(code="GK03", name="Lê Văn Bình")),
        changes=Area.JUDGES,
    ).run()

    assert len(screen.prompter.warnings) == 1  # type: ignore[attr-defined]
    assert "GK01" in screen.prompter.warnings[0]  # type: ignore[attr-defined]
    assert heard == [Area.JUDGES]
    assert _codes(judged) == ["GK01", "GK03"]


def test_a_changed_answer_is_unwrapped_and_its_areas_announced(
    qtbot: QtBot, judged: Services
) -> None:
    bus = ChangeBus()
    heard = _heard(bus)

    def add() -> Changed[JudgeRow]:
        row = judged.setup.add_judge(Judge(code="GK04", name="Phạm Thu"))
        return Changed(row, Area.JUDGES | Area.ASSIGNMENTS)

    got: list[JudgeRow] = []
    Operation(_screen(qtbot), add, changes=Area.RESULTS, bus=bus).success(got.append).run()

    assert [row.code for row in got] == ["GK04"]
    assert heard == [Area.JUDGES | Area.ASSIGNMENTS | Area.RESULTS]


# -- run_in_background(): a worker thread, a progress dialog, Cancel ---------------------------
def _held_add(
    services: Services, code: str, release: threading.Event, threads: list[int]
) -> Callable[[Callable[[], bool]], Changed[JudgeRow] | None]:
    def work(cancelled: Callable[[], bool]) -> Changed[JudgeRow] | None:
        threads.append(threading.get_ident())
        release.wait(timeout=30)
        if cancelled():
            return None  # before anything is stored
        return Changed(services.setup.add_judge(Judge(code=code, name="Đỗ An")), Area.JUDGES)

    return work


def _visible_progress(screen: QWidget) -> QProgressDialog | None:
    dialogs = [d for d in screen.findChildren(QProgressDialog) if d.isVisible()]
    return dialogs[0] if dialogs else None


def test_background_work_shows_progress_and_hands_its_answer_to_the_gui_thread(
    qtbot: QtBot, judged: Services
) -> None:
    translations_for("vi")
    screen = _screen(qtbot)
    screen.show()
    bus = ChangeBus()
    heard = _heard(bus)
    release = threading.Event()
    threads: list[int] = []
    got: list[tuple[object, int]] = []

    Operation.cancellable(
        screen, _held_add(judged, "GK05", release, threads), bus=bus, runner=ThreadRunner()
    ).success(lambda row: got.append((row, threading.get_ident()))).run_in_background(
        "Đang lưu giám khảo…"
    )
    try:
        qtbot.waitUntil(lambda: _visible_progress(screen) is not None, timeout=5000)
        dialog = _visible_progress(screen)
        assert dialog is not None and dialog.labelText() == "Đang lưu giám khảo…"
        assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Hủy"]
        assert got == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    row, thread = got[0]
    assert isinstance(row, JudgeRow) and row.code == "GK05"
    assert thread == threading.get_ident() != threads[0]
    assert heard == [Area.JUDGES]
    assert _codes(judged) == ["GK01", "GK05"]
    qtbot.waitUntil(lambda: _visible_progress(screen) is None)
    qtbot.waitUntil(lambda: not runner_module._LIVE, timeout=10_000)


def test_cancel_in_the_progress_dialog_stops_the_work_before_it_stores(
    qtbot: QtBot, judged: Services
) -> None:
    screen = _screen(qtbot)
    screen.show()
    bus = ChangeBus()
    heard = _heard(bus)
    release = threading.Event()
    got: list[object] = []

    Operation.cancellable(
        screen, _held_add(judged, "GK06", release, []), bus=bus, runner=ThreadRunner()
    ).success(got.append).run_in_background("Saving a judge…")
    try:
        qtbot.waitUntil(lambda: _visible_progress(screen) is not None, timeout=5000)
        dialog = _visible_progress(screen)
        assert dialog is not None
        (cancel,) = dialog.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dialog.labelText() == "Cancelling…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [None]
    assert heard == []  # nothing stored, nothing announced
    assert _codes(judged) == ["GK01"]
    qtbot.waitUntil(lambda: not runner_module._LIVE, timeout=10_000)


@pytest.mark.usefixtures("english")  # reads the English refusal
def test_a_background_refusal_is_shown_through_the_screens_prompter(
    qtbot: QtBot, judged: Services
) -> None:
    screen = _screen(qtbot)
    screen.prompter = FakePrompter()  # type: ignore[attr-defined]
    screen.runner = SyncRunner()  # type: ignore[attr-defined]

    Operation(
        screen, lambda: judged.setup.add_judge(Judge(code="GK 9", name="Sai mã"))
    ).run_in_background("Saving…")

    (warning,) = screen.prompter.warnings  # type: ignore[attr-defined]
    assert "letters, digits" in warning


# -- the section base class: refresh when shown if stale ----------------------------------------
class JudgeList(Section):
    """A section as small as can be: the judges' codes, read from the services."""

    listens_to = Area.JUDGES

    def __init__(self, services: Services, bus: ChangeBus) -> None:
        super().__init__(services, bus)
        self.codes: list[str] = []
        self.refreshes = 0
        self.refresh()

    def title(self) -> str:
        return "Judges"

    def refresh(self) -> None:
        self.refreshes += 1
        self.codes = _codes(self.services)


def _add_through_an_operation(services: Services, bus: ChangeBus, code: str) -> Any:
    return Operation(
        None,
        lambda: services.setup.add_judge(Judge(code=code, name="Vũ Hải")),
        changes=Area.JUDGES,
        bus=bus,
        prompter=Prompter(),
    ).run()


def test_a_hidden_section_refreshes_when_shown_not_before(qtbot: QtBot, judged: Services) -> None:
    bus = ChangeBus()
    section = JudgeList(judged, bus)
    qtbot.addWidget(section)
    assert section.codes == ["GK01"] and not section.isVisible()

    _add_through_an_operation(judged, bus, "GK07")
    assert section.codes == ["GK01"]  # hidden: not reloaded yet
    assert section.is_stale() and section.refreshes == 1

    bus.announce(Area.MARKS)  # an area it does not listen to changes nothing
    assert section.refreshes == 1

    section.show()
    qtbot.waitExposed(section)
    assert section.codes == ["GK01", "GK07"]
    assert not section.is_stale() and section.refreshes == 2

    section.hide()
    section.show()  # shown again with nothing changed: no second reload
    assert section.refreshes == 2


def test_a_shown_section_refreshes_at_once(qtbot: QtBot, judged: Services) -> None:
    bus = ChangeBus()
    section = JudgeList(judged, bus)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)

    _add_through_an_operation(judged, bus, "GK08")

    assert section.codes == ["GK01", "GK08"] and not section.is_stale()


# -- the bus speaks in areas --------------------------------------------------------------------
def test_the_bus_takes_areas_not_strings() -> None:
    bus = ChangeBus()
    heard = _heard(bus)
    with pytest.raises(TypeError):
        bus.announce("judges")  # type: ignore[arg-type]
    bus.announce(Area.NONE)  # nothing changed: nobody is woken
    bus.announce(Area.MARKS | Area.RESULTS)
    assert heard == [Area.MARKS | Area.RESULTS]
    assert Area.MARKS in heard[0] and Area.JUDGES not in heard[0]


def test_everything_names_every_area() -> None:
    every = Area.everything()
    assert [area.name for area in Area if area in every] == [
        "COMPETITION",
        "ENTRIES",
        "JUDGES",
        "ASSIGNMENTS",
        "MARKS",
        "RESULTS",
        "CERTIFICATES",
    ]
    assert Area.NONE not in list(Area)
