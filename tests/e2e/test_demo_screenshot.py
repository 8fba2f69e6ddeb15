"""`--screenshot FILE.png [--view SECTION]` through main.main, in process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

import main


@pytest.fixture(autouse=True)
def _test_data_folder() -> Iterator[None]:
    # The app asks Qt for its data folder (log file): keep tests out of the user's own.
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.mark.parametrize("view", ["entries", "competition", "certificates"])
def test_screenshot_of_a_section(qtbot: QtBot, tmp_path: Path, view: str) -> None:
    db = tmp_path / "demo.sqlite"
    assert main.main(["--db", str(db), "demo"]) == 0
    png = tmp_path / "shots" / f"{view}.png"
    assert main.main(["--db", str(db), "--screenshot", str(png), "--view", view]) == 0
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    # Not one flat colour: the window was drawn.
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 5


def test_screenshot_without_view_shows_the_competition(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    png = tmp_path / "window.png"
    assert main.main(["--db", str(db), "--screenshot", str(png)]) == 0
    assert not QImage(str(png)).isNull()


def test_unknown_view_is_a_usage_error(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "window.png"
    code = main.main(
        ["--db", str(tmp_path / "x.sqlite"), "--screenshot", str(png), "--view", "marks"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "--view marks" in err and "entries" in err
    assert not png.exists()


def test_a_section_failing_in_a_screenshot_is_reported_not_waited_on(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui import main_window
    from ui.sections.base import Section

    real = main_window.section_class

    class Broken(Section):
        def __init__(self, *args: object) -> None:
            raise RuntimeError("results section blew up")

    monkeypatch.setattr(
        main_window, "section_class", lambda key: Broken if key == "results" else real(key)
    )
    png = tmp_path / "results.png"
    code = main.main(
        ["--db", str(tmp_path / "x.sqlite"), "--screenshot", str(png), "--view", "results"]
    )
    assert code == 4
    assert png.exists()
    err = capsys.readouterr().err
    assert "internal error (RuntimeError: results section blew up)" in err
    assert "Traceback" not in err
