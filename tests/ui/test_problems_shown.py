"""A refusal reaches the person in the screens' language: the real warning box's details are
the problem codes worded by the catalogue, Vietnamese with a decimal comma, English with a
point; never the English ``str(exc)`` on a Vietnamese screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from judging.app import Services
from judging.errors import InputError
from judging.problems import ProblemCode
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import reset_translations, translations_for
from ui.errors import ErrorHandler, Prompter

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


def _refused_marks(services: Services) -> InputError:
    """A real marks file refused by the real service: an unknown judge, a mark over the top."""
    competition = services.core.competition()
    assert competition is not None
    round_code = competition.rounds[0].code
    entry = services.core.entry_rows()[0].code
    data = (f"round,entry,judge,criterion,mark\n{round_code},{entry},J99,tinh_moi,30.5\n").encode()
    with pytest.raises(InputError) as caught:
        services.scoring.import_marks(data, source="diem.csv")
    assert caught.value.code is ProblemCode.MARKS_FILE_REFUSED
    return caught.value


def _warning_details(qtbot: QtBot, tmp_path: Path, error: InputError) -> tuple[str, str]:
    """Show the error through the app's error handler and real warning box; read the box."""
    handler = ErrorHandler(Prompter(), log_path=lambda: tmp_path / "log.txt")
    seen: list[tuple[str, str]] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append((box.informativeText(), box.detailedText()))
        roles = {box.buttonRole(b): b for b in box.buttons()}
        roles[QMessageBox.ButtonRole.AcceptRole].click()

    when_modal(QMessageBox, read_and_close)
    handler.show_error(error)
    qtbot.waitUntil(lambda: bool(seen))
    assert handler.worst_exit_status == 2
    return seen[0]


def test_a_refused_file_is_explained_in_vietnamese_with_a_decimal_comma(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    translations_for("vi")
    error = _refused_marks(demo_services)
    first, details = _warning_details(qtbot, tmp_path, error)
    lines = details.splitlines()
    assert first == lines[0] == "diem.csv: tệp bị từ chối; chưa nhập gì"
    assert "  diem.csv, dòng 2: không có giám khảo 'J99'" in lines
    assert "  diem.csv, dòng 2: 30,5 nằm ngoài thang điểm: điểm từ 0 đến 30" in lines
    assert "refused" not in details and "30.5" not in details


def test_the_same_refusal_in_english_keeps_the_point(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    translations_for("en")
    error = _refused_marks(demo_services)
    first, details = _warning_details(qtbot, tmp_path, error)
    lines = details.splitlines()
    assert first == lines[0] == "diem.csv: the file was refused; nothing was imported"
    assert "  diem.csv, row 2: unknown judge 'J99'" in lines
    assert "  diem.csv, row 2: 30.5 is out of range: marks go from 0 to 30" in lines
