"""The desktop app on a judge's laptop (``judging-desk --kit FILE``): judge mode for the kit's
judge only, on the local database made from the kit. Nothing else of the competition is
shown; no PIN is asked (the kit is the judge's own). Leaving judge mode ends the program."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from judging.app import Services
from ui import paths
from ui.app import Translations, _pick_language, default_settings
from ui.bus import ChangeBus
from ui.errors import ErrorHandler, Prompter
from ui.fonts import apply_app_font
from ui.scoring.judge_mode import JudgeMode


def open_kit_window(
    services: Services, *, prompter: Prompter | None = None, bus: ChangeBus | None = None
) -> JudgeMode:
    """Judge mode, already showing the kit's judge's entries."""
    window = JudgeMode(services, bus or ChangeBus(), prompter=prompter)
    window.start_as(services.kits.kit_login())
    return window


def run_kit_app(
    services: Services,
    judge_code: str,
    *,
    language: str | None = None,
    prompter: Prompter | None = None,
    settings: QSettings | None = None,
) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    paths.data_folder()
    apply_app_font(app)
    settings = settings or default_settings()
    translations = Translations(app)
    translations.set_language(_pick_language(language, settings))
    prompter = prompter or Prompter()
    window: JudgeMode | None = None
    errors = ErrorHandler(prompter, log_path=paths.log_file, parent_widget=lambda: window)
    errors.install()
    window = open_kit_window(services, prompter=prompter)
    assert window.judge is not None and window.judge.code == judge_code
    window.left.connect(app.quit)
    window.showMaximized()
    return int(app.exec())
