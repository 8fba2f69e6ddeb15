"""Errors sorted by whose fault, as the desktop app shows them.

- A ``JudgingError`` (bad input, a refused file, the environment: locked, read-only, disk full,
  too new) is the person's or the machine's doing: a plain message in the current language,
  and the program goes on.
- Anything else is a bug: ``sys.excepthook`` writes the traceback to the log file and opens
  the crash dialog, whose details can be copied for a report.

Every dialog goes through a ``Prompter``; tests swap in one that answers by itself instead of
patching ``QMessageBox``.
"""

from __future__ import annotations

import datetime
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judging.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    EnvironmentFault,
    InputError,
    JudgingError,
    NotADatabase,
)
from ui.numbers import ui_language

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from judging.publish.minutes import MinutesMeta
    from judging.ranking.results import EntryResult
    from ui.results.dialogs import TieOrder

log = logging.getLogger(__name__)


def describe_error(exc: JudgingError) -> tuple[str, str]:
    """A title and an explanation in the current language for an error a person can act on.

    The error's own message (which names the file, row or key) goes with it as the details.
    """
    if isinstance(exc, DatabaseLocked):
        return QCoreApplication.translate("Errors", "Database in use"), QCoreApplication.translate(
            "Errors",
            "The database is in use by another program or another copy of the judging desk. "
            "Close it there and try again.",
        )
    if isinstance(exc, DatabaseReadOnly):
        return QCoreApplication.translate(
            "Errors", "Database is read-only"
        ), QCoreApplication.translate(
            "Errors",
            "The database is read-only, so nothing can be saved. Copy it to a folder you can "
            "write to, or ask for permission to write.",
        )
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate("Errors", "Disk full"), QCoreApplication.translate(
            "Errors",
            "The disk is full: the last change was not saved. Free some space and try again.",
        )
    if isinstance(exc, DatabaseTooNew):
        return QCoreApplication.translate(
            "Errors", "Database from a newer version"
        ), QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of the judging desk. Open it with "
            "that version, or update this one.",
        )
    if isinstance(exc, EnvironmentFault):
        return QCoreApplication.translate(
            "Errors", "The computer refused"
        ), QCoreApplication.translate(
            "Errors",
            "The computer refused the work (a file could not be opened, read or written). "
            "Nothing was changed.",
        )
    if isinstance(exc, NotADatabase):
        return QCoreApplication.translate(
            "Errors", "Not a judging database"
        ), QCoreApplication.translate(
            "Errors", "This file is not a judging database. Choose another file."
        )
    if isinstance(exc, InputError):
        return QCoreApplication.translate("Errors", "Not accepted"), QCoreApplication.translate(
            "Errors", "This could not be done; nothing was changed."
        )
    return QCoreApplication.translate("Errors", "Something went wrong"), QCoreApplication.translate(
        "Errors", "This could not be done."
    )


def show_refusal(prompter: Prompter, parent: QWidget | None, exc: JudgingError) -> None:
    """Tell the person why an action was refused: what kind of problem, in the screen's
    language, with the error's own text (which names the file, row or key) as the details."""
    title, text = describe_error(exc)
    prompter.warn(parent, title, text, exc.text(ui_language()))


class Prompter:
    """Every question and message the desktop app puts to the person, as dialogs. Tests replace
    it with one that answers by itself (and records what it was asked)."""

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton(
            QCoreApplication.translate("Errors", "Yes"), QMessageBox.ButtonRole.YesRole
        )
        no = box.addButton(
            QCoreApplication.translate("Errors", "No"), QMessageBox.ButtonRole.NoRole
        )
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.addButton(QCoreApplication.translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        lines = details.splitlines()
        if lines:
            # The first line names the file or key; every faulty row goes under "Show Details".
            box.setInformativeText(lines[0])
            if len(lines) > 1:
                box.setDetailedText(details)
        box.addButton(QCoreApplication.translate("Errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, password: bool = False
    ) -> str | None:
        """A line of text (a reason, a password or PIN when ``password``), or None when
        cancelled."""
        echo = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, label, echo)
        return text if ok else None

    def reason(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A reason kept on record, or None when cancelled."""
        return self.ask_text(parent, title, label)

    def pin(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A PIN or password, typed hidden, or None when cancelled."""
        return self.ask_text(parent, title, label, password=True)

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]
    ) -> str | None:
        """Pick one of ``(name, title)``; returns the name, or None when cancelled."""
        shown = [f"{item_title}  ({name})" for name, item_title in items]
        choice, ok = QInputDialog.getItem(parent, title, label, shown, 0, False)
        if not ok or choice not in shown:
            return None
        return items[shown.index(choice)][0]

    def choose_template(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]
    ) -> str | None:
        """Pick a competition template of ``(name, title)``; its name, or None."""
        return self.choose(parent, title, label, items)

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        buttons: tuple[str, str],
        details: str = "",
    ) -> bool:
        """A yes-or-no question whose ``buttons`` are the words of the two answers (do it,
        don't) in the program's language; ``details`` what the person should know first (a
        warning then, and the safe answer is the default)."""
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setIcon(QMessageBox.Icon.Warning if details else QMessageBox.Icon.Question)
        box.setText(question)
        box.setInformativeText(details)
        yes = box.addButton(buttons[0], QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(buttons[1], QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no if details else yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def reopen_reason(self, parent: QWidget, question: str) -> str | None:
        """The reason for reopening a round (kept in the audit log), or None when the person
        cancels."""
        from ui.results.dialogs import ReopenRoundDialog

        dialog = ReopenRoundDialog(question, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason_text()

    def minutes_details(self, parent: QWidget, initial: MinutesMeta) -> MinutesMeta | None:
        """The minutes' number, venue, secretary and vote (``initial`` filled in), or None
        when the person cancels."""
        from ui.results.minutes_dialog import MinutesDetailsDialog

        dialog = MinutesDetailsDialog(initial, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.meta()

    def tie_order(
        self, parent: QWidget, entries: Sequence[EntryResult], previous: str | None = None
    ) -> TieOrder | None:
        """The chair's order of tied entries with its reason, or None when cancelled."""
        from ui.results.dialogs import ResolveTieDialog

        dialog = ResolveTieDialog(entries, parent, previous)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.order()

    def explain(self, parent: QWidget, title: str, html: str) -> None:
        """Show how a number came about, in a window that stays open beside the table."""
        from ui.results.dialogs import ExplanationDialog

        dialog = ExplanationDialog(title, html, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def crash(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        CrashDialog(details, log_path, parent).exec()

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, start_folder(), filters)
        return _remember_folder(name)

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        """Several files to read (empty when cancelled)."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(), filters)
        if names:
            _remember_folder(names[0])
        return list(names)

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        """A folder to write into, or None when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title, start_folder())
        if not name:
            return None
        _last_folder[:] = [name]
        return name

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        """A file to write; the dialog offers ``suggested`` ("phieu-cham-GK05.pdf") in the
        folder last used."""
        start = str(Path(start_folder()) / suggested) if suggested else start_folder()
        name, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return _remember_folder(name)

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        """A colour as "#rrggbb", or None when cancelled."""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        colour = QColorDialog.getColor(QColor(current), parent, title)
        return colour.name() if colour.isValid() else None

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Show the print dialog for ``printer`` (a QPrinter); True when the person prints."""
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


# The folder a file dialog opens in: the last one a file was chosen in (any file dialog of the
# program), else the person's documents: never the folder the program happens to run from.
_last_folder: list[str] = []


def start_folder() -> str:
    if _last_folder and Path(_last_folder[-1]).is_dir():
        return _last_folder[-1]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _remember_folder(name: str) -> str | None:
    if not name:
        return None
    _last_folder[:] = [str(Path(name).parent)]
    return name


class ConsolePrompter(Prompter):
    """For runs nobody watches (``--screenshot``): messages go to stderr, questions are
    answered no, nothing waits for a click."""

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        return False

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        print(f"{title}: {text}", file=sys.stderr)

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        print(f"{title}: {text}" + (f"\n{details}" if details else ""), file=sys.stderr)

    def crash(self, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        last = details.strip().splitlines()[-1] if details.strip() else "internal error"
        where = f"; details written to {log_path}" if log_path is not None else ""
        print(f"internal error ({last}){where}", file=sys.stderr)

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, password: bool = False
    ) -> str | None:
        return None

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[tuple[str, str]]
    ) -> str | None:
        return None

    def confirm(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        buttons: tuple[str, str],
        details: str = "",
    ) -> bool:
        return False

    def reopen_reason(self, parent: QWidget, question: str) -> str | None:
        return None

    def minutes_details(self, parent: QWidget, initial: MinutesMeta) -> MinutesMeta | None:
        return initial

    def tie_order(
        self, parent: QWidget, entries: Sequence[EntryResult], previous: str | None = None
    ) -> TieOrder | None:
        return None

    def explain(self, parent: QWidget, title: str, html: str) -> None:
        pass

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        return None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[str]:
        return []

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        return None

    def save_file(
        self, parent: QWidget | None, title: str, filters: str, suggested: str = ""
    ) -> str | None:
        return None

    def choose_colour(self, parent: QWidget | None, title: str, current: str) -> str | None:
        return None

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        return False


class CrashDialog(QDialog):
    """What a bug shows: an apology, the traceback to copy, and where the log file is."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 220)
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton()
        self.close_button = QPushButton()
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.details)
        layout.addWidget(self.log_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.intro.setText(
            self.tr(
                "The judging desk met an error it did not expect. What was saved before stays "
                "saved. Please copy the details below and send them to whoever looks after "
                "the program, with a line on what you were doing."
            )
        )
        if self.log_path is not None:
            self.log_label.setText(
                self.tr("The details are also in the log file: {path}").format(path=self.log_path)
            )
        else:
            self.log_label.setText("")
        self.copy_button.setText(self.tr("Copy details"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def write_log(log_path: Path | None, details: str) -> None:
    if log_path is None:
        return
    try:
        with log_path.open("a", encoding="utf-8") as handle:
            stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
            handle.write(f"--- {stamp}\n{details}\n")
    except OSError:
        log.exception("could not write the log file %s", log_path)


class ErrorHandler(QObject):
    """Sorts what escapes a user action: a known error → a message; a bug → the crash dialog.

    ``install()`` makes it ``sys.excepthook`` (PySide6 reports an exception that leaves a slot
    there); a user action itself runs as an ``ui.operations.Operation``, which shows a known
    error and leaves a bug to this handler. An exception reported from a
    worker thread is shown by the GUI thread (dialogs live there only).
    """

    _reported = Signal(object, object, object)

    def __init__(
        self,
        prompter: Prompter,
        *,
        log_path: Callable[[], Path | None],
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.prompter = prompter
        self._log_path = log_path
        self._parent_widget = parent_widget
        self._previous_hook: Callable[..., object] | None = None
        self._showing = False
        # The exit status of the worst error seen (0 none; as on the command line: 2 input,
        # 3 environment, 4 a bug), for runs that end by themselves (screenshots).
        self.worst_exit_status = 0
        self._reported.connect(self.handle, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        self._previous_hook = None

    def show_error(self, exc: JudgingError) -> None:
        self.worst_exit_status = max(self.worst_exit_status, exc.exit_status)
        show_refusal(self.prompter, self._parent_widget(), exc)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if QThread.currentThread() is not self.thread():
            self._reported.emit(exc_type, exc, tb)
            return
        if isinstance(exc, JudgingError):
            self.show_error(exc)
            return
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not ours to show
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            log_path = self._log_path()
        except Exception:  # the data folder itself may be what failed
            log_path = None
        write_log(log_path, details)
        self.worst_exit_status = 4
        if self._showing:  # an error while the crash dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self.prompter.crash(self._parent_widget(), details, log_path)
        finally:
            self._showing = False
