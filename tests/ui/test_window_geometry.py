"""The window opens inside the screen it is on (issue 9, defect 4): on a 1366×768 or a
1024×768 laptop the whole window, title bar and status bar included, is on the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from judging.app import Services
from tests.ui import test_main_window_helpers as helpers
from tests.ui.test_main_window_helpers import make_shell, reset_translations
from ui.main_window import PREFERRED_SIZE, initial_geometry

demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services

# Screens as laptops have them: the available part is the screen without a 40-pixel task bar.
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 728),
    "1024x768": QRect(0, 0, 1024, 728),
    "1920x1080 second screen": QRect(1920, 0, 1920, 1040),
}


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


def _frame(client: QRect) -> QRect:
    """The window with what the window manager adds (title bar 32, borders 8)."""
    return client.adjusted(-8, -32, 8, 8)


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_window_and_its_frame_fit_the_available_screen(name: str) -> None:
    available = SCREENS[name]
    client = initial_geometry(available, PREFERRED_SIZE)
    assert available.contains(_frame(client)), (name, client)
    # as big as the screen allows, up to the preferred size
    assert client.width() == min(PREFERRED_SIZE.width(), available.width() - 16)
    assert client.height() == min(PREFERRED_SIZE.height(), available.height() - 40)


def test_a_big_screen_gets_the_preferred_size_centred() -> None:
    available = SCREENS["1920x1080 second screen"]
    client = initial_geometry(available, PREFERRED_SIZE)
    assert client.size() == PREFERRED_SIZE
    assert abs(client.center().x() - available.center().x()) <= 1


def test_the_main_window_opens_inside_its_screen(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    shell = make_shell(qtbot, demo_services, tmp_path)
    window = shell.window
    available = window.screen().availableGeometry()  # offscreen: 800×800, smaller than 1280×800
    assert available.width() < PREFERRED_SIZE.width()
    assert available.contains(_frame(window.geometry()))


def test_a_geometry_saved_on_a_bigger_screen_is_brought_back_inside(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    first = make_shell(qtbot, demo_services, tmp_path)
    first.window.setGeometry(QRect(100, 100, 1800, 1000))  # on a big monitor, now unplugged
    first.window.save_settings()
    settings = first.settings
    assert isinstance(settings.value("window/geometry"), QByteArray | bytes)
    second = make_shell(qtbot, demo_services, tmp_path, settings=settings)
    available = second.window.screen().availableGeometry()
    assert second.window.size().width() <= available.width()
    assert second.window.size().height() <= available.height()
    assert available.contains(second.window.geometry())


@pytest.mark.parametrize("screen", ["1366x768", "1024x768"])
@pytest.mark.parametrize(("key", "table"), [("scoring", "progress"), ("judges", "judgesTable")])
def test_these_tables_need_no_sideways_scrolling(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, screen: str, key: str, table: str
) -> None:
    shell = make_shell(qtbot, demo_services, tmp_path)
    window = shell.window
    window.resize(initial_geometry(SCREENS[screen], PREFERRED_SIZE).size())
    window.show_section(key)
    section = window.section(key)
    progress = section.findChild(QTableView, table)
    assert progress is not None and progress.model().rowCount() > 0
    qtbot.waitUntil(lambda: progress.viewport().width() > 0)
    qtbot.wait(10)  # let the columns settle
    assert progress.horizontalScrollBar().maximum() == 0
