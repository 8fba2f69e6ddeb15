"""The main window: the six sections in a navigation list, the menus, the window's memory.

Sections (Competition, Entries, Judges, Scoring, Results, Certificates) are built with the
services and one change bus, each when it is first shown (the window is ready as soon as the
section it opens on is); they never call each other. Opening another database rebuilds them
over the new services. The language can be switched at runtime: every widget here
retranslates itself on ``QEvent.LanguageChange``; the sections' names are re-read from
``section.title()``.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QProcess,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from judging import __version__
from judging.app import Services
from judging.changes import Area
from judging.demo import build_demo
from judging.kits.service import read_kit_file
from judging.model import Competition
from ui.backup_dialog import AutoBackup, restore_from_backup
from ui.bus import ChangeBus
from ui.errors import ErrorHandler, Prompter, start_folder
from ui.file_names import database_file_name
from ui.help_window import GuideWindow, guide_file
from ui.operations import Operation
from ui.sections.base import Section

T = TypeVar("T")

# The sections, in the order of the navigation: key (for --view and the settings) → the module
# and class that make it. A section's module is imported when the section is first shown: the
# window does not wait for what it does not show.
SECTIONS: dict[str, tuple[str, str]] = {
    "competition": ("ui.sections.competition", "CompetitionSection"),
    "entries": ("ui.sections.entries", "EntriesSection"),
    "judges": ("ui.sections.judges", "JudgesSection"),
    "scoring": ("ui.sections.scoring", "ScoringSection"),
    "results": ("ui.sections.results", "ResultsSection"),
    "certificates": ("ui.sections.certificates", "CertificatesSection"),
}
SECTION_KEYS: tuple[str, ...] = tuple(SECTIONS)


def section_class(key: str) -> type[Section]:
    module_name, class_name = SECTIONS[key]
    cls = getattr(importlib.import_module(module_name), class_name)
    assert isinstance(cls, type) and issubclass(cls, Section)
    return cls


# The names of sections not built yet (a built section's own ``title()`` takes over), in
# each section class's translation context, so the same translation serves both.
_TITLES: dict[str, str] = {
    "competition": "Competition",
    "entries": "Entries",
    "judges": "Judges",
    "scoring": "Scoring",
    "results": "Results",
    "certificates": "Certificates",
}


def unbuilt_title(key: str) -> str:
    return QCoreApplication.translate(SECTIONS[key][1], _TITLES[key])


LANGUAGES = ("vi", "en")
MAX_RECENT = 8
DB_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;*"
#: A judge kit file (what ``export-kit`` writes).
KIT_SUFFIX = ".judgekit"


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drop (none: not something the window takes)."""
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if f.is_file()]


def start_kit_program(kit: Path) -> bool:
    """Start this program again on a judge kit (``main.py --kit FILE``), detached. A built
    program (PyInstaller) is its own executable: it takes the arguments without main.py."""
    if getattr(sys, "frozen", False):
        arguments = ["--kit", str(kit)]
    else:
        arguments = [str(Path(__file__).resolve().parents[1] / "main.py"), "--kit", str(kit)]
    started, _pid = QProcess.startDetached(sys.executable, arguments)
    return bool(started)


#: The size the window opens at when the screen has room for it.
PREFERRED_SIZE = QSize(1280, 800)


def initial_geometry(available: QRect, preferred: QSize) -> QRect:
    """Where the window opens: ``preferred`` shrunk to fit inside ``available`` (the screen
    without its task bars), centred there. On a 1366×768 or 1024×768 laptop the window opens
    whole, title bar and status bar on the screen, instead of 800 pixels tall."""
    # Leave room for what the window manager adds: borders of about 8 pixels each side and
    # a title bar of about 32 above the client area that setGeometry() places.
    side, title, bottom = 8, 32, 8
    room_w = available.width() - 2 * side
    room_h = available.height() - title - bottom
    width = max(1, min(preferred.width(), room_w))
    height = max(1, min(preferred.height(), room_h))
    left = available.x() + side + max(0, (room_w - width) // 2)
    top = available.y() + title + max(0, (room_h - height) // 2)
    return QRect(left, top, width, height)


OpenServices = Callable[[str], Services]


class LanguageSwitch(Protocol):
    @property
    def language(self) -> str: ...

    def set_language(self, language: str) -> None: ...


class UnavailableSection(Section):
    """Stands in for a section whose building failed (the error was shown and logged)."""

    def __init__(
        self, services: Services, bus: ChangeBus, parent: QWidget | None = None, *, key: str
    ) -> None:
        super().__init__(services, bus, parent)
        self.key = key
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        self.retranslate()

    def title(self) -> str:
        return unbuilt_title(self.key)

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "This section could not be opened. The reason was shown when it happened; "
                "open the database again (File › Open recent) to try once more."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        *,
        languages: LanguageSwitch,
        prompter: Prompter,
        errors: ErrorHandler,
        settings: QSettings | None = None,
        open_services: OpenServices | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.services = services
        self.languages = languages
        self.prompter = prompter
        self.errors = errors
        self.settings = settings
        self.open_services = open_services
        self.bus = ChangeBus(self)
        self.auto_backup = AutoBackup(lambda: self.services.backups, self)
        self._guides: dict[str, GuideWindow] = {}
        self.sections: dict[str, Section] = {}
        self._competition: Competition | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setFixedWidth(200)
        self.navigation.setIconSize(QSize(0, 0))
        self.competition_label = QLabel()
        self.competition_label.setObjectName("competitionLabel")
        self.competition_label.setWordWrap(True)
        self.stack = QStackedWidget()
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 8)
        side_layout.addWidget(self.competition_label)
        side_layout.addSpacing(6)
        side_layout.addWidget(self.navigation, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(_STYLE)
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)

        self._make_actions()
        self._make_menus()
        self.setAcceptDrops(True)  # judge kits and score files dropped on the window
        self._build_sections()
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.bus.changed.connect(self._on_bus_changed)
        self.retranslate()
        self._update_database_texts()
        self.setGeometry(initial_geometry(self._available_geometry(), PREFERRED_SIZE))
        self._restore_settings()
        self._remember(services.core.location)  # so Open recent leads back here
        self.auto_backup.after_start()

    # -- sections ---------------------------------------------------------------------------
    def _build_sections(self) -> None:
        """The navigation and one empty holder per section; sections are built when first
        shown, so the window is ready as soon as the section it opens on is."""
        for key in SECTION_KEYS:
            # Each section in a scroll area: one that needs more room than the window has
            # scrolls, instead of forcing the whole window to grow.
            holder = QScrollArea(self.stack)
            holder.setObjectName(f"holder_{key}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            self.stack.addWidget(holder)
            item = QListWidgetItem(self._title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)

    def section(self, key: str) -> Section:
        """The section ``key``, built now if it has not been yet."""
        section = self.sections.get(key)
        if section is None:
            holder = self.stack.widget(SECTION_KEYS.index(key))
            assert isinstance(holder, QScrollArea)
            try:
                section = section_class(key)(self.services, self.bus, holder)
            except Exception as exc:
                # One section that cannot be built (a refused database read, a bug) must not
                # take the window down: say so, and show the other sections as usual.
                self.errors.handle(type(exc), exc, exc.__traceback__)
                section = UnavailableSection(self.services, self.bus, holder, key=key)
            section.setObjectName(f"section_{key}")
            holder.setWidget(section)
            self.sections[key] = section
        return section

    def _title(self, key: str) -> str:
        section = self.sections.get(key)
        return section.title() if section is not None else unbuilt_title(key)

    def _drop_sections(self) -> None:
        for section in self.sections.values():
            section.deleteLater()
        for row in range(self.stack.count()):
            holder = self.stack.widget(row)
            if isinstance(holder, QScrollArea):
                holder.takeWidget()
        self.sections.clear()

    def show_section(self, key: str) -> None:
        if key not in SECTION_KEYS:
            raise KeyError(key)
        row = SECTION_KEYS.index(key)
        self.section(key)
        self.navigation.setCurrentRow(row)
        self.stack.setCurrentIndex(row)

    def go_to_section(self, key: str) -> None:
        """Show a section from the keyboard and put the keys into it, so that its own
        shortcuts (new entry, delete, find…) work at once."""
        self.show_section(key)
        section = self.section(key)
        target = section.focus_widget()
        if target is None:
            widget = section.nextInFocusChain()
            while widget is not section and widget is not None:
                if (
                    section.isAncestorOf(widget)
                    and widget.isVisibleTo(section)
                    and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    target = widget
                    break
                widget = widget.nextInFocusChain()
        (target or section).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_section(self) -> Section:
        return self.section(self.current_section_key())

    def current_section_key(self) -> str:
        return SECTION_KEYS[max(self.navigation.currentRow(), 0)]

    def set_services(self, services: Services) -> None:
        """Show another database: the sections are rebuilt over its services."""
        current = self.current_section_key()
        self._drop_sections()
        self.bus.changed.disconnect(self._on_bus_changed)
        self.bus.deleteLater()
        self.services = services
        self.bus = ChangeBus(self)
        self.bus.changed.connect(self._on_bus_changed)
        self.show_section(current)
        self._update_database_texts()

    # -- actions and menus ----------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.open_kit_action = QAction(self)
        self.open_kit_action.triggered.connect(self._on_open_kit_action_triggered)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self._on_demo_action_triggered)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(self.language_group)
            action.setCheckable(True)
            action.setData(language)
            action.setChecked(language == self.languages.language)
            self.language_actions[language] = action
        self.language_group.triggered.connect(self._on_language_group_triggered)
        self.organiser_guide_action = QAction(self)
        self.organiser_guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.organiser_guide_action.triggered.connect(lambda: self.show_guide("organiser"))
        self.judge_guide_action = QAction(self)
        self.judge_guide_action.triggered.connect(lambda: self.show_guide("judge"))
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_kit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        # Ctrl+1 … Ctrl+6: straight to a section from the keyboard.
        self.section_actions: dict[str, QAction] = {}
        for number, key in enumerate(SECTION_KEYS, 1):
            action = self.view_menu.addAction("")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, where=key: self.go_to_section(where))
            self.section_actions[key] = action
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.organiser_guide_action)
        self.help_menu.addAction(self.judge_guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for location in recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(
                lambda _checked=False, where=location: self.open_location(where)
            )
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.open_kit_action.setText(self.tr("Open &judge kit…"))
        self.demo_action.setText(self.tr("Load &demo competition"))
        self.restore_action.setText(self.tr("Restore from a &backup copy…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        # Each language is named in itself, so it can be found whatever is showing.
        self.language_actions["vi"].setText("Tiếng Việt")
        self.language_actions["en"].setText("English")
        self.help_menu.setTitle(self.tr("&Help"))
        self.organiser_guide_action.setText(self.tr("&Organiser's guide"))
        self.judge_guide_action.setText(self.tr("&Judge's guide (scoring on your own computer)"))
        self.about_action.setText(self.tr("&About the judging desk"))
        for row, key in enumerate(SECTION_KEYS):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(self._title(key))
            if key in self.section_actions:
                self.section_actions[key].setText(self._title(key))
        self._update_database_texts(reload=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.languages.set_language(language)
        self.language_actions[language].setChecked(True)
        if self.settings is not None:
            self.settings.setValue("language", language)

    # -- the database ----------------------------------------------------------------------------
    def _update_database_texts(self, *, reload: bool = True) -> None:
        if reload:
            self._competition = self._operation(self.services.core.competition).run()
        competition = self._competition
        app_name = self.tr("Judging desk")
        if competition is not None:
            self.setWindowTitle(f"{competition.name} — {app_name}")
            self.competition_label.setText(
                f"<b>{escape(competition.name)}</b><br><span style='color:#5b6470'>"
                f"{escape(competition.code)}</span>"
            )
        else:
            self.setWindowTitle(app_name)
            none_yet = self.tr("No competition yet")
            self.competition_label.setText(f"<span style='color:#5b6470'>{escape(none_yet)}</span>")
        self.demo_action.setEnabled(competition is None)
        self.database_label.setText(
            self.tr("Database: {location}").format(location=self.services.core.location)
        )

    def recent_files(self) -> list[str]:
        if self.settings is None:
            return []
        value = self.settings.value("recent", [])
        # INI files give back a one-item list as a plain string.
        items: list[object] = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [str(v) for v in items if v][:MAX_RECENT]

    def _remember(self, location: str) -> None:
        if self.settings is None:
            return
        recent = [location, *(r for r in self.recent_files() if r != location)]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def open_location(self, location: str) -> bool:
        """Open (or create) the database at ``location`` and show it; False if refused."""
        if self.open_services is None:
            return False
        if not self.may_discard_unsaved_work():
            return False
        opener = self.open_services
        services = self._operation(lambda: opener(location)).run()
        if services is None:
            return False
        self.set_services(services)
        self._remember(services.core.location)
        self.statusBar().showMessage(
            self.tr("Opened {location}").format(location=services.core.location), 5000
        )
        return True

    def offer_demo(self) -> bool:
        """On an empty database: ask whether to load the demo, and load it on yes."""
        if self.services.core.competition() is not None:
            return False
        if not self.prompter.ask(
            self,
            self.tr("Load the demo competition?"),
            self.tr(
                "This database is empty. Load the demo competition “Giải thưởng Sáng kiến "
                "cộng đồng 2026” (4 categories, 2 rounds, 32 entries, 9 judges) to look around?"
            ),
        ):
            return False
        return self.load_demo()

    def load_demo(self) -> bool:
        services = self.services

        def load() -> bool:
            build_demo(services)
            return True

        return bool(self._operation(load, changes=Area.everything()).run())

    # -- slots ------------------------------------------------------------------------------
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(SECTION_KEYS):
            self.section(SECTION_KEYS[row])
            self.stack.setCurrentIndex(row)

    def _operation(self, action: Callable[[], T], *, changes: Area = Area.NONE) -> Operation[T]:
        """An operation of the window itself: a refusal counts towards the exit status of a
        run nobody watches (screenshots)."""
        return Operation(
            self, action, changes=changes, prompter=self.prompter, bus=self.bus
        ).failure(self.errors.show_error)

    def _on_bus_changed(self, areas: Area) -> None:
        self.auto_backup.after_change()
        if Area.COMPETITION in areas:
            self._update_database_texts()

    def _on_restore_action_triggered(self) -> None:
        restore_from_backup(self)

    def _on_new_action_triggered(self) -> None:
        code = self._competition.code if self._competition is not None else None
        suggested = database_file_name(code, lambda name: (Path(start_folder()) / name).exists())
        name = self.prompter.save_file(self, self.tr("New database"), DB_FILTER, suggested)
        if not name:
            return
        if Path(name).exists():
            self.prompter.warn(
                self,
                self.tr("New database"),
                self.tr("{name} already exists. Choose a new name, or open it with Open.").format(
                    name=name
                ),
            )
            return
        self.open_location(name)

    def _on_open_action_triggered(self) -> None:
        name = self.prompter.open_file(self, self.tr("Open database"), DB_FILTER)
        if name:
            self.open_location(name)

    def _on_open_kit_action_triggered(self) -> None:
        name = self.prompter.open_file(
            self, self.tr("Open judge kit"), self.tr("Judge kits (*.judgekit);;All files (*)")
        )
        if name:
            self.open_kit(Path(name))

    def open_kit(self, path: Path) -> bool:
        """Score from a judge kit: the kit is checked here (a bad file is refused with its
        reason), then opens in a program of its own, as ``main.py --kit FILE`` does: its own
        database in the data folder, its own window, and this window's database left as it
        is. True when the kit's window was started."""
        checked = Operation(self, lambda: read_kit_file(path), prompter=self.prompter).run()
        if checked is None:
            return False
        if not start_kit_program(path):
            self.prompter.warn(
                self,
                self.tr("Open judge kit"),
                self.tr("The judge kit's window could not be started."),
            )
            return False
        self.statusBar().showMessage(
            self.tr("Opening the kit of {judge}…").format(judge=checked.judge.name), 8000
        )
        return True

    # -- files dropped on the window: judge kits open, score files are taken in ------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.take_dropped(files)

    def take_dropped(self, files: list[Path]) -> None:
        """Judge kits dropped on the window open; every other file is taken in as a score
        file (each verified, refused with its reason, one report for all)."""
        for kit in [f for f in files if f.suffix.lower() == KIT_SUFFIX]:
            self.open_kit(kit)
        scores = [f for f in files if f.suffix.lower() != KIT_SUFFIX]
        if scores:
            from ui.kits_actions import KitActions

            KitActions(self, self.services, self.prompter).take_in_files(scores)

    def _on_demo_action_triggered(self) -> None:
        self.load_demo()

    def _on_language_group_triggered(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def show_guide(self, guide: str) -> GuideWindow:
        """Open a guide (``organiser`` or ``judge``) in the window's language, beside the
        program; a guide already open comes to the front."""
        path = guide_file(guide, self.languages.language)
        window = self._guides.get(guide)
        if window is None or window.path != path:
            window = GuideWindow(path, self)
            self._guides[guide] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _on_about_action_triggered(self) -> None:
        self.prompter.inform(
            self,
            self.tr("About the judging desk"),
            self.tr(
                "The judging desk: set up an award, score offline criterion by criterion, rank "
                "exactly and explain every number, export the results and print certificates."
            )
            + "\n\n"
            + self.tr("Version %1").replace("%1", __version__),
        )

    def _available_geometry(self) -> QRect:
        """The part of the screen a window may use (without task bars and docks)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)

    # -- the window's memory ----------------------------------------------------------------------
    def _restore_settings(self) -> None:
        if self.settings is None:
            self.show_section("competition")
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
            # Saved on a bigger screen (or a projector since unplugged): bring it back inside.
            available = self._available_geometry()
            if not available.contains(self.frameGeometry()):
                self.setGeometry(initial_geometry(available, self.size()))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        section = str(self.settings.value("window/section", "competition"))
        self.show_section(section if section in SECTION_KEYS else "competition")

    def save_settings(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/section", self.current_section_key())
        self.settings.sync()

    def may_discard_unsaved_work(self) -> bool:
        """True when no section holds unsaved edits, or the person agrees to drop them."""
        unsaved = [
            section.title()
            for key in SECTION_KEYS
            if (section := self.sections.get(key)) is not None and section.has_unsaved_work()
        ]
        if not unsaved:
            return True
        return self.prompter.ask(
            self,
            self.tr("Discard unsaved changes?"),
            self.tr("{sections}: the changes are not saved yet. Discard them?").format(
                sections=", ".join(unsaved)
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_discard_unsaved_work():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)


_STYLE = """
QWidget#sidebar { background: #eef1f5; border-right: 1px solid #d5dae1; }
QLabel#competitionLabel { padding: 4px 6px; }
QListWidget#navigation { background: transparent; font-size: 11pt; outline: none; }
QListWidget#navigation::item { padding: 9px 10px; border-radius: 5px; color: #1d2430; }
QListWidget#navigation::item:hover { background: #dde3ea; }
QListWidget#navigation::item:selected { background: #1a5fb4; color: white; }
"""
