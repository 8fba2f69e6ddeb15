"""The desktop app's entry point: the QApplication, its font and translations, the error
handler, the main window (or a screenshot of it)."""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from judging.app import Services
from judging.errors import JudgingError
from judging.textfiles import atomic_output
from ui import paths
from ui.errors import ConsolePrompter, ErrorHandler, Prompter, describe_error
from ui.fonts import apply_app_font
from ui.main_window import LANGUAGES, SECTION_KEYS, MainWindow, OpenServices

I18N = Path(__file__).resolve().parent / "i18n"

# The window size of screenshots (the docs' pictures), whatever the screen.
SCREENSHOT_SIZE = (1280, 800)


class Translations:
    """Installs the program's Vietnamese translations (every ``ui/i18n/*_vi.qm``) or none
    (the English source texts); Qt then sends ``LanguageChange`` to every widget."""

    def __init__(self, app: QCoreApplication, folder: Path = I18N) -> None:
        self._app = app
        self._folder = folder
        self._installed: list[QTranslator] = []
        self._data: list[bytes] = []
        self._language = "en"

    @property
    def language(self) -> str:
        return self._language

    def files(self, language: str) -> list[Path]:
        if language == "en":
            return []
        found = sorted(self._folder.glob(f"*_{language}.qm"))
        # The shell's files first: installed first, searched last, so an area's own file wins
        # over the names of its section given by the shell.
        found.sort(key=lambda path: not path.name.startswith("shell"))
        return found

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self._data.clear()
        for path in self.files(language):
            # Read into memory rather than QTranslator.load(file), which maps the file: a .qm
            # rebuilt in place while mapped (a set-up running beside the app) would crash it
            # with SIGBUS. Qt does not copy the data, so the bytes are kept here.
            try:
                data = path.read_bytes()
            except OSError:
                continue
            translator = QTranslator(self._app)
            if translator.load(data):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                self._data.append(data)
        self._language = language
        QLocale.setDefault(_locale_for(language))
        # QApplication posts LanguageChange to the windows; deliver it now, so the switch is
        # done when this returns (and a widget made afterwards starts in the new language).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _locale_for(language: str) -> QLocale:
    """Numbers and dates as the language writes them; English keeps an English system locale
    (and the C locale of a bare machine) as it is."""
    if language == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    system = QLocale.system()
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    )


def default_settings() -> QSettings:
    paths.data_folder()  # sets the organisation and application names
    return QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        paths.ORG_NAME,
        paths.APP_NAME,
    )


def _pick_language(explicit: str | None, settings: QSettings | None) -> str:
    if explicit in LANGUAGES:
        return str(explicit)
    if settings is not None:
        saved = settings.value("language")
        if saved in LANGUAGES:
            return str(saved)
    return "vi"  # Vietnamese first


def run_app(
    services: Services,
    *,
    language: str | None = None,
    screenshot: str | None = None,
    view: str | None = None,
    offer_demo: bool = False,
    open_services: OpenServices | None = None,
    prompter: Prompter | None = None,
    settings: QSettings | None = None,
) -> int:
    """Open the main window on ``services`` and run until it closes (the exit status).

    With ``screenshot`` the window (showing section ``view``) is saved as a PNG and the
    function returns at once; settings are neither read nor written then, so the picture
    does not depend on the machine's history.
    """
    if view is not None and view not in SECTION_KEYS:
        print(
            f"--view {view}: unknown section; choose one of {', '.join(SECTION_KEYS)}",
            file=sys.stderr,
        )
        return 2
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if screenshot and not _has_display():
            # A picture needs no screen: render offscreen rather than abort without one.
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv)
    paths.data_folder()  # application and organisation names, for QSettings and paths
    font_before = app.font()
    apply_app_font(app)
    if screenshot:
        settings = None
    elif settings is None:
        settings = default_settings()
    translations = Translations(app)
    translations.set_language(_pick_language(language, settings))
    if prompter is None:
        prompter = ConsolePrompter() if screenshot else Prompter()
    window: MainWindow | None = None
    errors = ErrorHandler(prompter, log_path=paths.log_file, parent_widget=lambda: window)
    errors.install()
    try:
        window = MainWindow(
            services,
            languages=translations,
            prompter=prompter,
            errors=errors,
            settings=settings,
            open_services=open_services,
        )
        if screenshot:
            status = _save_screenshot(
                app, window, screenshot, view or "competition", translations.language
            )
            # A section that failed while being drawn: the picture exists, but say so.
            return status or errors.worst_exit_status
        window.show()
        if offer_demo:
            window.offer_demo()
        return int(app.exec())
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        errors.uninstall()
        translations.set_language("en")
        app.setFont(font_before)  # as it was: matters when run_app runs inside a test


def _save_screenshot(
    app: QApplication, window: MainWindow, path: str, view: str, language: str
) -> int:
    window.show_section(view)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for _ in range(3):
        app.processEvents()
    # A section working in the background (the results section ranks off the GUI thread)
    # says so with ``background_busy()``; the picture waits for it, at most 30 s.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(
        getattr(widget, "background_busy", lambda: False)()
        for widget in window.findChildren(QWidget)
    ):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    image = window.grab()
    target = Path(path)
    if target.parent and not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_output(target) as temporary:  # whole or not at all, like every file
            if not image.save(str(temporary), "PNG"):
                raise OSError(errno.EIO, "the picture could not be saved")
    except JudgingError as exc:  # the reason (a full disk…), in the person's language
        print(exc.text(language), file=sys.stderr)
        return 3
    return 0


def show_startup_error(
    exc: JudgingError, *, language: str | None = None, prompter: Prompter | None = None
) -> None:
    """The desktop app could not start (the database is locked, too new, not a database…):
    a plain message in the person's language instead of a silent exit."""
    if prompter is None and os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal"):
        return  # nobody could see (or close) it; stderr has it
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if not _has_display():
            return
        app = QApplication(sys.argv)
    paths.data_folder()
    apply_app_font(app)
    settings = None if language else default_settings()
    translations = Translations(app)
    chosen = _pick_language(language, settings)
    translations.set_language(chosen)
    try:
        title, text = describe_error(exc)
        (prompter or Prompter()).warn(None, title, text, exc.text(chosen))
    finally:
        translations.set_language("en")
