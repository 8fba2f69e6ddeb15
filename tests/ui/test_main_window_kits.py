"""Judge kits and score files in the organiser's window: File → "Mở bộ hồ sơ giám khảo…"
checks the kit and starts its own window (as ``main.py --kit FILE``); kits and score files
dropped on the window open or are taken in, each refusal with its reason."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.kits import format as kf
from judging.scoring.model import Origin
from tests import scoring_helpers
from tests.ui.test_main_window_helpers import RecordingPrompter, make_shell
from ui import main_window


@pytest.fixture
def organiser(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The kits whose own program was started (the one step not taken for real: a second
    program with a window of its own would outlive the test)."""
    kits: list[Path] = []

    def start(kit: Path) -> bool:
        kits.append(kit)
        return True

    monkeypatch.setattr(main_window, "start_kit_program", start)
    return kits


def kit_file(services: Services, folder: Path) -> Path:
    path = folder / "J1.judgekit"
    path.write_bytes(services.kits.export_kit("R1", "J1").data)
    return path


def score_file(services: Services, folder: Path) -> Path:
    """J1's score file, scored on a laptop of its own from J1's kit."""
    kit = kf.read_kit(services.kits.export_kit("R1", "J1").data, "kit")
    laptop = open_database(str(folder / "laptop.sqlite"))
    try:
        judge = build_services(laptop.uow_factory, location=laptop.location)
        judge.kits.open_kit(kit)
        for code, value in {"NEW": "27.5", "EFF": "35", "APP": "22.75"}.items():
            judge.scoring.set_mark("R1", "J1", "E01", code, Decimal(value))
        judge.scoring.submit("R1", "J1", "E01")
        data = judge.kits.scorefile().data
    finally:
        laptop.close()
    path = folder / "J1.scores.json"
    path.write_bytes(data)
    return path


def drop(widget: main_window.MainWindow, files: list[Path]) -> None:
    """What a file manager's drag does: the drag enters the window, which accepts it, then
    the files are dropped."""
    mime = _mime(files)
    at, buttons, keys = QPoint(20, 20), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(at.toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, dropped)
    assert dropped.isAccepted()


def test_file_menu_opens_a_judge_kit_after_checking_it(
    qtbot: QtBot, organiser: Services, tmp_path: Path, started: list[Path]
) -> None:
    shell = make_shell(qtbot, organiser, tmp_path, prompter=RecordingPrompter())
    window = shell.window
    action = window.open_kit_action
    assert action.text() == "Mở &bộ hồ sơ giám khảo…"
    assert action in window.file_menu.actions()
    kit = kit_file(organiser, tmp_path)

    shell.prompter.file_name = str(
        kit
    )  # the file dialog's answer (the real one: test_prompter_dialogs)
    action.trigger()
    assert started == [kit]
    assert "Đang mở bộ hồ sơ của giám khảo" in window.statusBar().currentMessage()


def test_a_file_that_is_not_a_kit_is_refused_with_its_reason(
    qtbot: QtBot, organiser: Services, tmp_path: Path, started: list[Path]
) -> None:
    shell = make_shell(qtbot, organiser, tmp_path)
    fake = tmp_path / "thu.judgekit"
    fake.write_text("không phải bộ hồ sơ", encoding="utf-8")
    assert shell.window.open_kit(fake) is False
    assert started == []
    [(_title, _said, details)] = shell.prompter.warned  # the reason shows under the message
    assert details.startswith("thu.judgekit: đây không phải là bộ hồ sơ giám khảo")


def test_score_files_dropped_on_the_window_are_taken_in_and_a_kit_opens(
    qtbot: QtBot, organiser: Services, tmp_path: Path, started: list[Path]
) -> None:
    shell = make_shell(qtbot, organiser, tmp_path)
    scores = score_file(organiser, tmp_path)
    forged = tmp_path / "sua.scores.json"
    forged.write_bytes(scores.read_bytes().replace(b'"27.5"', b'"29.5"'))
    kit = kit_file(organiser, tmp_path)
    assert main_window.dropped_files(_mime([scores, tmp_path])) == [scores]  # no folders

    drop(shell.window, [forged, scores, kit])

    assert started == [kit]
    [(_title, said, _details)] = shell.prompter.warned  # one report, one refusal in it
    assert "Bị từ chối: sua.scores.json" in said
    assert "J1.scores.json: giám khảo J1" in said
    mark = organiser.scoring.sheet("R1", "J1", "E01").mark("NEW")
    assert mark is not None and (mark.value, mark.origin) == (Decimal("27.5"), Origin.FILE)


def _mime(files: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    return mime
