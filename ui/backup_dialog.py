"""Backups in the desktop app: File › Restore from a backup copy…, the offer to restore the
newest good copy when the database is damaged at start, and the automatic copies made in the
background after changes (the policy is ``judging.backup``'s)."""

from __future__ import annotations

import enum
import logging
import os
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judging.backup import BackupCopy, BackupService, Restored
from judging.errors import JudgingError
from judging.numbers import format_places
from ui.errors import Prompter
from ui.numbers import ui_language
from ui.setup.runner import _COLLECTOR, _LIVE, _hook_quit, _Worker

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger("judging-desk")

#: Quiet time after a change before the background copy is considered (changes come in bursts).
AFTER_CHANGE_MS = 3000
#: The start's copy waits until the window is up and painted.
AFTER_START_MS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def when_text(copy: BackupCopy) -> str:
    """When a copy was made, in the computer's time zone, the way the language writes it."""
    local = copy.made.astimezone()
    return local.strftime(
        "%H:%M:%S ngày %d/%m/%Y" if ui_language() == "vi" else "%Y-%m-%d %H:%M:%S"
    )


def size_text(size: int) -> str:
    language = ui_language()
    if size >= 1024 * 1024:
        return f"{format_places(Decimal(size) / (1024 * 1024), 1, language)} MB"
    return f"{format_places(max(Decimal(size) / 1024, Decimal('0.1')), 1, language)} KB"


class RestoreDialog(QDialog):
    """The automatic copies of the database, newest first, with when each was made, its size
    and how many entries and marks it holds; OK restores the one chosen."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup copy"))
        self.copies = backups.copies()
        intro = QLabel(
            self.tr(
                "Choose the copy to put in place of the database. The current file is kept "
                "aside next to it first."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.copies), 4)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Entries"), self.tr("Marks")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, copy in enumerate(self.copies):
            summary = backups.summary(copy.path)
            unreadable = self.tr("unreadable")
            cells = [
                when_text(copy),
                size_text(copy.size),
                str(summary.entries) if summary else unreadable,
                str(summary.marks) if summary else unreadable,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Restore"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_ok)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        if self.copies:
            self.table.selectRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupCopy | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.copies[rows[0].row()]


def restore_from_backup(window: MainWindow) -> bool:
    """File › Restore from a backup copy…: choose, confirm, then restore in the background and
    reopen the database. True when the restore was started."""
    backups = window.services.backups
    title = _tr("Restore from a backup copy")
    if backups is None or not backups.available:
        window.prompter.inform(
            window, title, _tr("Backup copies are kept for database files, not for a server.")
        )
        return False
    if not backups.copies():
        window.prompter.inform(
            window,
            title,
            _tr("There is no backup copy of this database yet (folder: {folder}).").format(
                folder=backups.folder()
            ),
        )
        return False
    dialog = RestoreDialog(backups, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        copy = dialog.chosen()
    finally:
        dialog.deleteLater()
    if copy is None:
        return False
    if not window.prompter.confirm(
        window,
        title,
        _tr("Restore the copy made {when}?").format(when=when_text(copy)),
        (_tr("Restore"), _tr("Do not restore")),
        _tr(
            "Changes made after that time will no longer be in the database. The current file "
            "is kept aside next to it first."
        ),
    ):
        return False
    if not window.may_discard_unsaved_work():
        return False
    location = window.services.core.location

    def reopen(restored: Restored) -> None:
        window.open_location(location)
        window.prompter.inform(window, title, restored_text(restored))

    # Checking a large copy takes seconds: off the GUI thread, behind a progress dialog.
    window._operation(lambda: backups.restore(copy.path)).success(reopen).run_in_background(
        _tr("Restoring the backup copy…")
    )
    return True


def restored_text(restored: Restored) -> str:
    text = _tr("The database was restored: {entries} entries, {marks} marks.").format(
        entries=restored.summary.entries, marks=restored.summary.marks
    )
    if restored.kept_aside is not None:
        text += " " + _tr("The file it replaced is kept at {path}.").format(
            path=restored.kept_aside
        )
    return text


class Offer(enum.Enum):
    """What came of the offer to restore a backup copy at start."""

    NOT_MADE = "not made"  # no good copy, or nobody to ask: the usual message follows
    DECLINED = "declined"  # the person saw the problem in the offer and closed it
    RESTORED = "restored"


def offer_restore_at_start(
    exc: JudgingError,
    backups: BackupService,
    *,
    language: str | None = None,
    prompter: Prompter | None = None,
) -> Offer:
    """The database is damaged at start: say so plainly and offer the newest good backup copy
    ("Khôi phục bản sao lưu mới nhất (…)"); what came of it."""
    if prompter is None and os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal"):
        return Offer.NOT_MADE  # nobody could answer; stderr has the refusal
    newest = backups.newest_good()
    if newest is None:
        return Offer.NOT_MADE
    from ui.app import Translations, _pick_language, default_settings
    from ui.fonts import apply_app_font

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    apply_app_font(app)
    translations = Translations(app)
    chosen = _pick_language(language, None if language else default_settings())
    translations.set_language(chosen)
    return offer_restore(exc, backups, newest, prompter=prompter or Prompter(), language=chosen)


def offer_restore(
    exc: JudgingError,
    backups: BackupService,
    newest: BackupCopy | None = None,
    *,
    parent: QWidget | None = None,
    prompter: Prompter | None = None,
    language: str | None = None,
) -> Offer:
    """Say plainly that the database is damaged and offer its newest good backup copy; what
    came of it. At start, and when File › Open meets a damaged database."""
    newest = newest or backups.newest_good()
    if newest is None:
        return Offer.NOT_MADE
    ask = prompter or Prompter()
    language = language or ui_language()
    summary = backups.summary(newest.path)
    counts = (
        _tr("{entries} entries, {marks} marks").format(entries=summary.entries, marks=summary.marks)
        if summary is not None
        else ""
    )
    title = _tr("The database is damaged")
    button = _tr("Restore the newest backup copy ({when})").format(when=when_text(newest))
    details = _tr(
        "The newest good copy was made {when} ({counts}); changes made after it will not be "
        "in the database. The damaged file is kept aside next to it."
    ).format(when=when_text(newest), counts=counts)
    if not ask.confirm(parent, title, exc.text(language), (button, _tr("Close")), details):
        return Offer.DECLINED
    try:
        restored = backups.restore(newest.path)
    except JudgingError as failure:
        ask.warn(parent, title, failure.text(language))
        return Offer.DECLINED
    ask.inform(parent, title, restored_text(restored))
    return Offer.RESTORED


class AutoBackup(QObject):
    """The app's automatic copies, made off the GUI thread: at start, and a few seconds after
    changes (``judging.backup.BackupService.backup_if_due`` decides whether one is due)."""

    def __init__(self, backups_of: Callable[[], BackupService | None], parent: QObject) -> None:
        super().__init__(parent)
        self._backups_of = backups_of
        self._running: _Worker | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AFTER_CHANGE_MS)
        self._timer.timeout.connect(lambda: self.start(at_start=False))
        self.made: list[BackupCopy] = []  # the copies made (the status bar, tests)

    def after_change(self) -> None:
        self._timer.start()

    def after_start(self) -> None:
        QTimer.singleShot(AFTER_START_MS, self, lambda: self.start(at_start=True))

    def start(self, *, at_start: bool) -> None:
        backups = self._backups_of()
        if backups is None or not backups.available:
            return
        if self._running is not None:
            self._timer.start()  # one copy at a time: try again a little later
            return
        worker = _Worker(
            lambda _cancelled: backups.backup_if_due(at_start=at_start), lambda: False, None
        )
        _hook_quit()
        _LIVE[worker] = {"cancelled": False}
        _COLLECTOR.hold()
        self._running = worker

        def finished(result: object, exc: BaseException | None) -> None:
            worker.wait()
            if _LIVE.pop(worker, None) is not None:
                _COLLECTOR.release()
            worker.deleteLater()
            if not shiboken6.isValid(self):
                return
            self._running = None
            if isinstance(result, BackupCopy):
                self.made.append(result)
            if exc is not None:
                log.warning("automatic backup not made: %s", exc)

        worker.finished_with.connect(finished, Qt.ConnectionType.QueuedConnection)
        worker.start()

    def wait(self) -> None:
        """Wait for a copy under way (tests; closing)."""
        if self._running is not None:
            self._running.wait()
            QCoreApplication.processEvents()
