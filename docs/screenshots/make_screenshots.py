"""Make the pictures of the user guide again, from the demo, offscreen, in Vietnamese.

    .venv/bin/python docs/screenshots/make_screenshots.py [NAME ...]

With no names every picture below is made (the results screen's pictures are made by its
own script). Each picture is a widget grabbed as a person sees it (the app's font, the
Vietnamese translations); the demo database is built in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QRect, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from db.database import OpenDatabase, open_database  # noqa: E402
from judging.app import Services, build_services  # noqa: E402
from judging.demo import build_demo  # noqa: E402
from ui.app import Translations  # noqa: E402
from ui.bus import ChangeBus  # noqa: E402
from ui.definition.editor import DefinitionEditor  # noqa: E402
from ui.errors import ErrorHandler, Prompter  # noqa: E402
from ui.fonts import apply_app_font  # noqa: E402
from ui.main_window import PREFERRED_SIZE, SECTION_KEYS, MainWindow, initial_geometry  # noqa: E402
from ui.scoring.grid import SecretaryGrid  # noqa: E402
from ui.scoring.judge_mode import JudgeMode  # noqa: E402
from ui.sections.judges import JudgesSection  # noqa: E402
from ui.setup.entry_actions import EntryActions  # noqa: E402
from ui.setup.import_dialog import PROBLEM, ImportEntriesDialog  # noqa: E402
from ui.setup.runner import SyncRunner  # noqa: E402

OUT = Path(__file__).resolve().parent
SAMPLE = ROOT / "tests" / "data" / "setup" / "dang-ky-sang-kien-2026.xlsx"
SIZE = (1280, 800)


class Quiet(Prompter):
    """Answers yes and says nothing (a picture is being made)."""

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        return True

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        pass

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        print(f"warning: {title}: {text} {details}", file=sys.stderr)


class Maker:
    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.translations = Translations(app)
        self.translations.set_language("vi")
        self.demo_path = folder / "demo-template.sqlite"
        database = open_database(str(self.demo_path))
        try:
            build_demo(build_services(database.uow_factory, location=database.location))
        finally:
            database.close()
        self.open: list[OpenDatabase] = []

    def services(self, name: str, *, demo: bool = True) -> Services:
        path = self.folder / f"{name}.sqlite"
        if demo:
            shutil.copyfile(self.demo_path, path)
        database = open_database(str(path))
        self.open.append(database)
        return build_services(database.uow_factory, location=f"/tmp/{name}.sqlite")

    def window(self, services: Services) -> MainWindow:
        prompter = Quiet()
        errors = ErrorHandler(prompter, log_path=lambda: self.folder / "log.txt")
        window = MainWindow(
            services,
            languages=self.translations,
            prompter=prompter,
            errors=errors,
            settings=QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat),
        )
        window.resize(*SIZE)
        window.show()
        return window

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> None:
        self.settle()
        widget.grab().save(str(OUT / f"{name}.png"), "PNG")
        print(f"{name}.png")

    def close(self) -> None:
        for database in self.open:
            database.close()
        self.translations.set_language("en")


# -- the pictures ---------------------------------------------------------------------------


def main_window(m: Maker) -> None:
    window = m.window(m.services("main"))
    window.show_section("entries")
    m.save(window, "main-window")
    section = window.section("entries")
    section.search.setText("nguyen")  # type: ignore[attr-defined]
    m.save(window, "entries-search")
    section.search.clear()  # type: ignore[attr-defined]
    m.translations.set_language("en")
    m.save(window, "entries-en")
    m.translations.set_language("vi")
    window.resize(1024, 700)
    window.show_section("judges")
    judges = window.section("judges")
    assert isinstance(judges, JudgesSection)
    judges.tabs.setCurrentIndex(2)
    m.save(window, "window-1024")
    window.close()


def entry_dialog(m: Maker) -> None:
    window = m.window(m.services("entry"))
    window.show_section("entries")
    actions = window.section("entries")._entry_actions  # type: ignore[attr-defined]
    assert isinstance(actions, EntryActions)
    dialog = actions.make_entry_dialog("HS-001")
    dialog.show()
    m.save(dialog, "entry-dialog")
    dialog.done(0)
    window.close()


def competition(m: Maker) -> None:
    window = m.window(m.services("competition"))
    window.show_section("competition")
    section = window.section("competition")
    editor = section.findChild(DefinitionEditor)
    assert editor is not None
    m.save(window, "competition-general")
    tabs = editor.findChild(QTabWidget, "definitionTabs")
    assert tabs is not None
    tabs.setCurrentIndex(1)
    m.save(window, "competition-editor")
    round_tabs = [t for t in editor.findChildren(QTabWidget, "roundTabs") if t.isVisible()]
    round_tabs[0].setCurrentIndex(1)
    m.save(window, "competition-ranking")
    round_tabs[0].setCurrentIndex(2)
    m.save(window, "competition-components")
    round_tabs[0].setCurrentIndex(0)
    tabs.setCurrentIndex(2)
    m.save(window, "competition-prizes")
    window.close()


def competition_problems(m: Maker) -> None:
    services = m.services("istar", demo=False)
    services.definitions.init_from_template("i-star")
    window = m.window(services)
    window.show_section("competition")
    editor = window.section("competition").findChild(DefinitionEditor)
    assert editor is not None
    tabs = editor.findChild(QTabWidget, "definitionTabs")
    assert tabs is not None
    tabs.setCurrentIndex(1)
    m.settle()
    # a step that does not divide the maximum, typed into the first criterion
    criteria = next(t for t in editor.findChildren(QWidget, "criteriaTable") if t.isVisible())
    model = criteria.view.model()  # type: ignore[attr-defined]
    model.setData(model.index(0, 3), "0,7", Qt.ItemDataRole.EditRole)
    m.save(window, "competition-problems")
    window.close()


def judges(m: Maker) -> None:
    services = m.services("judges")
    section = JudgesSection(services, ChangeBus())
    section.prompter = Quiet()
    section.resize(1180, 720)
    section.show()
    section.judges_view.selectRow(1)
    for index, name in enumerate(("judges-list", "judges-conflicts", "judges-assignment")):
        section.tabs.setCurrentIndex(index)
        m.save(section, name)
    # panels that leave entries uncovered: one judge for every category, three for KTCN
    services.setup.set_category_panel("SK", None, ["GK01"])
    services.setup.set_category_panel("SK", "KTCN", ["GK02", "GK03", "GK04"])
    services.setup.set_category_panel("SK", "NNMT", ["GK06"])
    section.replace_box.setChecked(True)
    section.assign_button.click()
    m.save(section, "judges-assignment-uncovered")
    dialog = section.make_panel_dialog()
    if dialog is not None:
        dialog.show()
        m.save(dialog, "judges-panels")
        dialog.done(0)
    section.close()


def import_dialog(m: Maker) -> None:
    services = m.services("import", demo=False)
    services.definitions.init_from_template("sang-kien-cong-dong")
    dialog = ImportEntriesDialog(
        services,
        ChangeBus(),
        Quiet(),
        settings=QSettings(str(m.folder / "import.ini"), QSettings.Format.IniFormat),
        runner=SyncRunner(),
    )
    dialog.resize(980, 680)  # as it opens on a 1024x768 screen
    dialog.show()
    dialog.load(SAMPLE)
    last = dialog.model.rowCount() - 1
    m.settle()
    dialog.view.scrollToBottom()  # the faulty rows are the last three
    dialog.view.setCurrentIndex(dialog.model.index(last, PROBLEM))
    m.save(dialog, "import-preview-faulty-rows")
    dialog.set_category("Nông nghiệp", "NNMT")  # the form's name for every row at once
    dialog.skip_faulty_button.click()
    m.settle()
    dialog.view.scrollToBottom()
    m.save(dialog, "import-fixed-and-skipped")
    dialog.done(0)


def scoring(m: Maker) -> None:
    services = m.services("scoring")
    judge_mode = JudgeMode(services, ChangeBus())
    judge_mode.resize(*SIZE)
    judge_mode.show()
    judge_mode.judge_combo.setCurrentIndex(max(judge_mode.judge_combo.findData("GK02"), 0))
    m.save(judge_mode, "walkthrough-login")
    judge_mode.pin_edit.setText("246810")
    judge_mode.log_in()
    m.save(judge_mode, "walkthrough-list")
    judge_mode.start()
    walk = judge_mode.walkthrough
    assert walk is not None
    judge_mode.activateWindow()
    for panel, mark in zip(walk.panels, ("25", "20"), strict=False):
        panel.mark_edit.setFocus()
        QTest.keyClicks(panel.mark_edit, mark)
        QTest.keyClick(panel.mark_edit, Qt.Key.Key_Return)
    m.save(judge_mode, "walkthrough")
    judge_mode.close()
    grid = SecretaryGrid(
        services, ChangeBus(), prompter=Quiet(), round_code="SK", judge_code="GK02"
    )
    grid.resize(1200, 560)
    grid.show()
    # double entry: two sheets typed twice, one mark typed differently the second time
    grid.double_entry.setChecked(True)
    model = grid.model
    rows = [r for r, row in enumerate(model.rows) if not row.locked][:2]
    first = (("25", "30", "14", "8"), ("21", "23", "12", "7"))
    second = (("25", "30", "14", "8"), ("21", "24", "12", "7"))
    for typed in (first, second):
        for r, marks in zip(rows, typed, strict=True):
            for column, mark in enumerate(marks):
                model.setData(model.index(r, column), mark, Qt.ItemDataRole.EditRole)
        if typed is first:
            grid.start_second_pass()
    grid.save()  # refused: shows the difference to resolve
    grid.table.setCurrentIndex(model.index(rows[1], 3))
    m.save(grid, "grid")
    grid.double_entry.setChecked(False)
    grid.close()


def small_screens(m: Maker) -> None:
    """Every section as it opens on a 1366×768 and a 1024×768 laptop (the window fitted to the
    screen without its task bar), in Vietnamese: nothing cut off, nothing behind a scrollbar."""
    window = m.window(m.services("small"))
    for name, screen in (("1366", QRect(0, 0, 1366, 728)), ("1024", QRect(0, 0, 1024, 728))):
        window.resize(initial_geometry(screen, PREFERRED_SIZE).size())
        for key in SECTION_KEYS:
            window.show_section(key)
            wait_for_background_work(m.app, window)
            m.save(window, f"screen-{name}-{key}")
    window.close()


def wait_for_background_work(app: QApplication, window: QWidget) -> None:
    """A section that works in the background (results rank off the GUI thread) is drawn
    when it is done, at most 30 s later."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(
        getattr(widget, "background_busy", lambda: False)()
        for widget in window.findChildren(QWidget)
    ):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


PICTURES: dict[str, Callable[[Maker], None]] = {
    "main-window": main_window,
    "entry-dialog": entry_dialog,
    "competition": competition,
    "competition-problems": competition_problems,
    "judges": judges,
    "import": import_dialog,
    "scoring": scoring,
    "small-screens": small_screens,
}


def main(names: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_app_font(app)
    with tempfile.TemporaryDirectory() as folder:
        maker = Maker(app, Path(folder))
        try:
            for name in names or list(PICTURES):
                PICTURES[name](maker)
        finally:
            maker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
