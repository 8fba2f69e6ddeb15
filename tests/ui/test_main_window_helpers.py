"""Shared pieces of the main-window and entries tests: a prompter that answers by itself,
the built translations, a window on a database."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.demo import build_demo
from ui.app import Translations
from ui.errors import ErrorHandler, Prompter
from ui.main_window import MainWindow, OpenServices

ROOT = Path(__file__).resolve().parents[2]


_ACTIVE: list[Translations] = []


def reset_translations() -> None:
    """Back to English source texts: no translator of these tests stays installed."""
    while _ACTIVE:
        _ACTIVE.pop().set_language("en")


def translations_for(language: str) -> Translations:
    build_translations()
    app = QApplication.instance()
    assert app is not None
    translations = Translations(app)
    _ACTIVE.append(translations)
    translations.set_language(language)
    return translations


_BUILT: list[bool] = []


def build_translations() -> None:
    """The .qm files are built by the set-up; build them here too (once) when pytest runs
    alone."""
    if not _BUILT:
        script = ROOT / "scripts" / "build_translations.py"
        subprocess.run([sys.executable, str(script)], check=True)
        _BUILT.append(True)


@dataclass
class RecordingPrompter(Prompter):
    """Answers every dialog at once and records what it was asked."""

    answer: bool = True
    file_name: str | None = None
    asked: list[tuple[str, str]] = field(default_factory=list)
    informed: list[tuple[str, str]] = field(default_factory=list)
    warned: list[tuple[str, str, str]] = field(default_factory=list)
    crashes: list[tuple[str, Path | None]] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answer

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.informed.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.warned.append((title, text, details))

    def crash(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        self.crashes.append((details, log_path))

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return self.file_name

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        self.suggested.append(suggested)
        return self.file_name


@dataclass
class Shell:
    """A main window under test with what it was given."""

    window: MainWindow
    prompter: RecordingPrompter
    translations: Translations
    errors: ErrorHandler
    settings: QSettings
    log_path: Path


def make_shell(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    *,
    language: str = "vi",
    open_services: OpenServices | None = None,
    prompter: RecordingPrompter | None = None,
    settings: QSettings | None = None,
) -> Shell:
    translations = translations_for(language)
    prompter = prompter or RecordingPrompter()
    log_path = tmp_path / "judging-desk.log"
    holder: list[QWidget] = []
    errors = ErrorHandler(
        prompter, log_path=lambda: log_path, parent_widget=lambda: holder[0] if holder else None
    )
    settings = settings or QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        services,
        languages=translations,
        prompter=prompter,
        errors=errors,
        settings=settings,
        open_services=open_services,
    )
    holder.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return Shell(window, prompter, translations, errors, settings, log_path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once (every area adds to the demo) and copied for each test."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    database = open_database(str(path))
    try:
        build_demo(build_services(database.uow_factory, location=database.location))
    finally:
        database.close()
    return path


@pytest.fixture
def demo_database(demo_template: Path, tmp_path: Path) -> Iterator[OpenDatabase]:
    path = tmp_path / "demo.sqlite"
    for suffix in ("", "-wal", "-shm"):
        source = demo_template.with_name(demo_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, path.with_name(path.name + suffix))
    database = open_database(str(path))
    yield database
    database.close()


@pytest.fixture
def demo_services(demo_database: OpenDatabase) -> Services:
    return build_services(demo_database.uow_factory, location=demo_database.location)
