"""The main window on real databases, driven as a person would (offscreen)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.demo import DEMO_NAME
from judging.errors import DatabaseLocked, DatabaseTooNew
from tests.ui import test_main_window_helpers as helpers
from tests.ui.modal import when_modal
from tests.ui.test_main_window_helpers import (
    RecordingPrompter,
    Shell,
    build_translations,
    make_shell,
    reset_translations,
    translations_for,
)
from ui import main_window as main_window_module
from ui.app import run_app, show_startup_error
from ui.errors import CrashDialog, Prompter
from ui.fonts import FAMILY, apply_app_font
from ui.main_window import SECTION_KEYS, UnavailableSection, unbuilt_title
from ui.sections.base import Section
from ui.sections.entries import EntriesSection

# The demo database, built once and copied for each test.
demo_template = helpers.demo_template
demo_database = helpers.demo_database
demo_services = helpers.demo_services


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    reset_translations()


@pytest.fixture
def shell(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> Iterator[Shell]:
    shell = make_shell(qtbot, demo_services, tmp_path)
    yield shell
    shell.translations.set_language("en")


def _click_section(qtbot: QtBot, shell: Shell, key: str) -> None:
    navigation = shell.window.navigation
    item = navigation.item(SECTION_KEYS.index(key))
    rect = navigation.visualItemRect(item)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_window_opens_on_the_demo(shell: Shell) -> None:
    window = shell.window
    assert DEMO_NAME in window.windowTitle()
    assert DEMO_NAME in window.competition_label.text()
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Cuộc thi", "Hồ sơ", "Giám khảo", "Chấm điểm", "Kết quả", "Giấy chứng nhận"]
    assert not window.demo_action.isEnabled()  # the database already holds a competition


def test_each_section_shows_when_clicked(qtbot: QtBot, shell: Shell) -> None:
    window = shell.window
    for key in reversed(SECTION_KEYS):
        _click_section(qtbot, shell, key)
        section = window.section(key)
        assert window.current_section() is section
        assert section.isVisible()
        assert window.current_section_key() == key
    assert isinstance(window.section("entries"), EntriesSection)
    assert window.section("entries").model.rowCount() == 32


def test_language_switch_changes_visible_text(qtbot: QtBot, shell: Shell) -> None:
    window = shell.window
    entries = window.section("entries")
    assert isinstance(entries, EntriesSection)
    assert window.file_menu.title() == "&Tệp"
    assert entries.model.headerData(0, Qt.Orientation.Horizontal) == "Mã"
    assert entries.count_label.text() == "32 hồ sơ"

    window.language_actions["en"].trigger()

    assert shell.translations.language == "en"
    assert window.file_menu.title() == "&File"
    assert window.help_menu.title() == "&Help"
    assert window.navigation.item(1).text() == "Entries"
    assert window.navigation.item(0).text() == "Competition"
    assert entries.model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert entries.count_label.text() == "32 entries"
    assert entries.search.placeholderText().startswith("Search")
    assert shell.settings.value("language") == "en"

    window.language_actions["vi"].trigger()
    assert window.file_menu.title() == "&Tệp"
    assert window.navigation.item(1).text() == "Hồ sơ"
    assert entries.search.placeholderText().startswith("Tìm")


def test_window_remembers_section_and_recent_files(
    qtbot: QtBot, shell: Shell, demo_services: Services, tmp_path: Path
) -> None:
    _click_section(qtbot, shell, "judges")
    shell.window.close()
    again = make_shell(qtbot, demo_services, tmp_path, settings=shell.settings)
    assert again.window.current_section_key() == "judges"
    assert again.window.current_section() is again.window.section("judges")


def test_open_another_database_and_recent_files(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    opened: list[OpenDatabase] = []

    def open_services(location: str) -> Services:
        database = open_database(location)
        opened.append(database)
        return build_services(database.uow_factory, location=database.location)

    other = tmp_path / "other.sqlite"
    prompter = RecordingPrompter(file_name=str(other))
    shell = make_shell(
        qtbot, demo_services, tmp_path, open_services=open_services, prompter=prompter
    )
    try:
        window = shell.window
        window.show_section("entries")
        demo_code = window.services.core.competition().code  # type: ignore[union-attr]
        window.new_action.trigger()
        assert prompter.suggested == [f"{demo_code}.sqlite"]  # named after the open competition
        assert other.exists()
        assert window.services.core.location == str(other)
        assert DEMO_NAME not in window.windowTitle()
        assert window.current_section_key() == "entries"
        entries = window.section("entries")
        assert isinstance(entries, EntriesSection)
        assert entries.model.rowCount() == 0
        assert entries.empty_note.isVisibleTo(entries)
        assert window.recent_files() == [str(other), demo_services.core.location]
        # File › Open recent lists it, and its entry opens it again.
        window.recent_menu.aboutToShow.emit()
        recent = [a for a in window.recent_menu.actions() if a.text() == str(other)]
        assert len(recent) == 1
        window.set_services(demo_services)
        recent[0].trigger()
        assert window.services.core.location == str(other)
        entries = window.section("entries")
        assert isinstance(entries, EntriesSection)
        # New refuses a file that exists; nothing changes.
        window.new_action.trigger()
        assert prompter.suggested[-1] == "giai-thuong.sqlite"  # no competition in this one yet
        assert prompter.warned and str(other) in prompter.warned[-1][1]
        # The demo can be loaded into the new, empty database from the File menu.
        assert window.demo_action.isEnabled()
        window.demo_action.trigger()
        assert entries.model.rowCount() == 32
        assert DEMO_NAME in window.windowTitle()
        assert not window.demo_action.isEnabled()
    finally:
        shell.translations.set_language("en")
        for database in opened:
            database.close()


def test_environment_error_shows_a_message_and_the_window_stays_usable(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    def locked(location: str) -> Services:
        raise DatabaseLocked(f"{location}: the database is in use by another program (locked)")

    prompter = RecordingPrompter(file_name=str(tmp_path / "busy.sqlite"))
    shell = make_shell(qtbot, demo_services, tmp_path, open_services=locked, prompter=prompter)
    try:
        window = shell.window
        window.open_action.trigger()
        assert len(prompter.warned) == 1
        title, text, details = prompter.warned[0]
        assert title == "Cơ sở dữ liệu đang được dùng"
        assert "đóng nó ở đó" in text
        assert "busy.sqlite" in details
        assert not prompter.crashes
        # Still on the demo, and still answering.
        assert window.services is demo_services
        _click_section(qtbot, shell, "entries")
        assert window.current_section_key() == "entries"
    finally:
        shell.translations.set_language("en")


class _Trigger(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_reaches_the_crash_dialog(shell: Shell) -> None:
    trigger = _Trigger()

    def buggy() -> None:
        raise RuntimeError("a bug nobody expected")

    def refused() -> None:
        raise DatabaseLocked("demo.sqlite: the database is in use by another program (locked)")

    shell.errors.install()
    try:
        trigger.fired.connect(buggy)
        trigger.fired.emit()
        trigger.fired.disconnect(buggy)
        trigger.fired.connect(refused)
        trigger.fired.emit()
    finally:
        shell.errors.uninstall()
    assert len(shell.prompter.crashes) == 1
    details, log_path = shell.prompter.crashes[0]
    assert "RuntimeError: a bug nobody expected" in details
    assert "Traceback" in details
    assert log_path == shell.log_path
    assert "a bug nobody expected" in shell.log_path.read_text(encoding="utf-8")
    # The known error became a plain message, not a crash.
    assert len(shell.prompter.warned) == 1
    assert shell.prompter.warned[0][0] == "Cơ sở dữ liệu đang được dùng"
    assert shell.window.isVisible()


def test_crash_dialog_shows_details_and_copies_them(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = tmp_path / "judging-desk.log"
    dialog = CrashDialog("Traceback …\nValueError: boom", log_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.details.isReadOnly()
    assert "ValueError: boom" in dialog.details.toPlainText()
    assert str(log_path) in dialog.log_label.text()
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "ValueError: boom" in QApplication.clipboard().text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


@pytest.mark.parametrize("answer", [True, False])
def test_first_start_offers_the_demo(
    qtbot: QtBot, services: Services, tmp_path: Path, answer: bool
) -> None:
    prompter = RecordingPrompter(answer=answer)
    shell = make_shell(qtbot, services, tmp_path, prompter=prompter)
    try:
        assert shell.window.offer_demo() is answer
        assert len(prompter.asked) == 1
        assert "Sáng kiến cộng đồng 2026" in prompter.asked[0][1]
        entries = shell.window.section("entries")
        assert isinstance(entries, EntriesSection)
        assert entries.model.rowCount() == (32 if answer else 0)
        assert (services.core.competition() is not None) is answer
    finally:
        shell.translations.set_language("en")


def test_about_box_goes_through_the_prompter(shell: Shell) -> None:
    shell.window.about_action.trigger()
    assert shell.prompter.informed
    assert "Bàn chấm giải" in shell.prompter.informed[0][1]
    from judging import __version__

    assert shell.prompter.informed[0][1].endswith(f"Phiên bản {__version__}")


def test_settings_file_holds_the_language(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    shell.window.set_language("en")
    shell.window.close()
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("language") == "en"
    assert stored.value("window/geometry") is not None


def test_startup_error_is_shown_in_a_window(qtbot: QtBot) -> None:
    build_translations()
    prompter = RecordingPrompter()
    show_startup_error(
        DatabaseTooNew("x.sqlite: written by a newer version (revision 0099)"),
        language="vi",
        prompter=prompter,
    )
    assert prompter.warned == [
        (
            "Cơ sở dữ liệu của phiên bản mới hơn",
            "Cơ sở dữ liệu này do một phiên bản Bàn chấm giải mới hơn tạo ra. Hãy mở bằng "
            "phiên bản đó, hoặc cập nhật phiên bản này.",
            "x.sqlite: written by a newer version (revision 0099)",
        )
    ]


def test_sections_are_built_when_first_shown(qtbot: QtBot, shell: Shell) -> None:
    window = shell.window
    assert set(window.sections) == {"competition"}
    _click_section(qtbot, shell, "results")
    assert set(window.sections) == {"competition", "results"}
    assert window.current_section() is window.sections["results"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_names_before_and_after_a_section_is_built_agree(shell: Shell, language: str) -> None:
    shell.window.set_language(language)
    for key in SECTION_KEYS:
        assert unbuilt_title(key) == shell.window.section(key).title(), key


def test_the_shipped_font_covers_vietnamese(qapp: QApplication) -> None:
    before = qapp.font()
    try:
        font = apply_app_font(qapp)
        assert font.family() == FAMILY == "Be Vietnam Pro"
        assert qapp.font().family() == FAMILY
        assert FAMILY in QFontDatabase.families()
        metrics = QFontMetrics(QFont(FAMILY))
        for char in "ĐđẮắẰằẲẳẴẵẶặỄễỆệỖỗỠỡỮữỸỹƯưƠơ":
            assert metrics.inFontUcs4(ord(char)), char
    finally:
        qapp.setFont(before)


def test_a_section_that_cannot_be_built_does_not_take_the_window_down(
    qtbot: QtBot,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = main_window_module.section_class

    class Broken(Section):
        def __init__(self, *args: object) -> None:
            raise RuntimeError("scoring section blew up")

    def pick(key: str) -> type[Section]:
        return Broken if key == "scoring" else real(key)

    monkeypatch.setattr(main_window_module, "section_class", pick)
    shell = make_shell(qtbot, demo_services, tmp_path)
    _click_section(qtbot, shell, "scoring")
    assert len(shell.prompter.crashes) == 1
    assert "scoring section blew up" in shell.prompter.crashes[0][0]
    broken = shell.window.current_section()
    assert isinstance(broken, UnavailableSection)
    assert broken.note.text().startswith("Không mở được mục này.")
    assert shell.window.navigation.item(3).text() == "Chấm điểm"
    _click_section(qtbot, shell, "entries")
    assert shell.window.current_section_key() == "entries"
    assert shell.window.section("entries").isVisible()


def test_ctrl_and_a_number_goes_to_a_section(qtbot: QtBot, shell: Shell) -> None:
    window = shell.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_key() == "entries"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_key() == "certificates"
    assert window.section_actions["judges"].text() == "Giám khảo"


def test_a_bug_in_a_worker_thread_is_shown_by_the_gui_thread(qtbot: QtBot, shell: Shell) -> None:
    def work() -> None:
        try:
            raise ValueError("a bug in the background")
        except ValueError as exc:
            shell.errors.handle(type(exc), exc, exc.__traceback__)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert not shell.prompter.crashes  # not shown from the worker
    qtbot.waitUntil(lambda: len(shell.prompter.crashes) == 1)
    assert "a bug in the background" in shell.prompter.crashes[0][0]


@pytest.mark.parametrize(("button", "expected"), [("Có", True), ("Không", False)])
def test_the_real_question_dialog_speaks_vietnamese(
    qtbot: QtBot, button: str, expected: bool
) -> None:
    translations_for("vi")
    seen: list[list[str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append([b.text() for b in box.buttons()])
        chosen = next(b for b in box.buttons() if b.text() == button)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, answer)
    assert Prompter().ask(None, "Nạp cuộc thi mẫu?", "Cơ sở dữ liệu này đang trống.") is expected
    assert sorted(seen[0]) == ["Có", "Không"]


def test_run_app_offers_the_demo_and_remembers_the_window(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    build_translations()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    prompter = RecordingPrompter(answer=True)
    seen: dict[str, object] = {}

    def look_then_close() -> None:
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, main_window_module.MainWindow)
        )
        seen["title"] = window.windowTitle()
        seen["menu"] = window.file_menu.title()
        window.show_section("entries")
        window.close()

    QTimer.singleShot(0, look_then_close)
    QStandardPaths.setTestModeEnabled(True)  # the log file's folder: not the user's own
    try:
        status = run_app(services, offer_demo=True, prompter=prompter, settings=settings)
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert status == 0
    assert len(prompter.asked) == 1  # the empty database offered the demo
    assert services.core.competition() is not None
    assert DEMO_NAME in str(seen["title"])
    assert seen["menu"] == "&Tệp"  # Vietnamese by default
    assert settings.value("window/section") == "entries"


def test_startup_error_details_follow_the_language(qtbot: QtBot) -> None:
    build_translations()
    prompter = RecordingPrompter()
    show_startup_error(
        DatabaseTooNew(
            "x.sqlite: written by a newer version",
            vi="x.sqlite: do một phiên bản mới hơn tạo ra",
        ),
        language="vi",
        prompter=prompter,
    )
    assert prompter.warned[0][2] == "x.sqlite: do một phiên bản mới hơn tạo ra"


def test_help_opens_the_judge_s_guide_offline_with_its_pictures(qtbot: QtBot, shell: Shell) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert [a.text() for a in shell.window.help_menu.actions() if a.text()] == [
        "&Hướng dẫn ban tổ chức",
        "Hướng dẫn &giám khảo (chấm trên máy của mình)",
        "&Giới thiệu Bàn chấm giải",
    ]
    shell.window.judge_guide_action.trigger()
    guide = shell.window.show_guide("judge")  # the same window comes to the front
    assert guide.isVisible()
    assert guide.windowTitle() == "Hướng dẫn giám khảo: chấm điểm trên máy tính của mình"
    text = guide.text()
    assert "Gửi điểm của tôi…" in text and "Ctrl+S" in text
    picture = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("screenshots/kit-walkthrough.png")
    )
    assert picture is not None and not picture.isNull()  # the screenshot is found and shown
    # a link to another guide opens in the same window; Back returns
    guide.browser.anchorClicked.emit(QUrl("judge-kit.md"))
    assert guide.browser.source().fileName() == "judge-kit.md"
    assert guide.windowTitle().startswith("Chấm điểm trên máy riêng")
    assert guide.back.isEnabled()
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert guide.browser.source().fileName() == "huong-dan-giam-khao.md"
    qtbot.mouseClick(guide.close_button, Qt.MouseButton.LeftButton)
    assert not guide.isVisible()


def test_f1_opens_the_organiser_s_guide_in_the_window_s_language(
    qtbot: QtBot, shell: Shell
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.help_window import GuideWindow

    qtbot.keyClick(shell.window, Qt.Key.Key_F1)
    [opened] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow) and w.isVisible()
    ]
    assert opened.isVisible()
    guide = shell.window.show_guide("organiser")
    assert guide is opened  # the one F1 opened comes to the front
    assert guide.windowTitle() == "Hướng dẫn ban tổ chức"
    assert "Nhập bảng đăng ký" in guide.text()
    shell.window.set_language("en")
    english = shell.window.show_guide("organiser")
    assert english is not guide and english.windowTitle() == "User guide"
