"""Actions on entries that the entries section shows in its toolbar and context menu:
new, edit, withdraw, mark ineligible, delete (with undo), attachments, import.

The entries section calls ``install_entry_actions`` once; ``current_code`` tells which entry
is selected (None when none is). Each action is one service call; what it changed is
announced on the bus ("entries"), and the entries table refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QToolButton, QWidget

from judging.app import Services
from judging.changes import Area
from judging.model import Category, Entry, EntryStatus
from judging.setup.dto import DeletedEntry
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.operations import Operation
from ui.setup.attachments_dialog import AttachmentsDialog
from ui.setup.entry_dialog import EntryDialog
from ui.setup.import_dialog import ImportEntriesDialog
from ui.setup.runner import SyncRunner, ThreadRunner
from ui.widgets.menu_button import make_menu_button

T = TypeVar("T")


class DeleteEntryCommand(QUndoCommand):
    """Deleting an entry; undo puts it back with its attachments, conflicts and components."""

    def __init__(self, actions: EntryActions, code: str) -> None:
        super().__init__()
        self.actions = actions
        self.code = code
        self.deleted: DeletedEntry | None = None
        self.setText(
            QCoreApplication.translate("EntryActions", "delete entry {code}").format(code=code)
        )

    def redo(self) -> None:
        code = self.code
        self.deleted = self._operation(lambda: self.actions.services.setup.delete_entry(code)).run()
        if self.deleted is None:
            self.setObsolete(True)  # nothing happened: nothing to undo

    def undo(self) -> None:
        deleted = self.deleted
        if deleted is not None:
            self._operation(lambda: self.actions.services.setup.restore_entry(deleted)).run()

    def _operation(self, action: Callable[[], T]) -> Operation[T]:
        return Operation(
            self.actions.widget,
            action,
            changes=Area.ENTRIES | Area.ASSIGNMENTS,
            prompter=self.actions.prompter,
            bus=self.actions.bus,
        )


class EntryActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        services: Services,
        bus: ChangeBus,
        current_code: Callable[[], str | None],
        *,
        prompter: Prompter | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.services = services
        self.bus = bus
        self.current_code = current_code
        self.prompter = prompter or Prompter()
        self.settings = settings
        self.runner: SyncRunner | ThreadRunner = ThreadRunner()
        self.undo_stack = QUndoStack(self)

        self.new_action = QAction(self)
        # Ctrl+N is the window's "new database": the same keys here would make both dead
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_action = QAction(self)
        self.withdraw_action = QAction(self)
        self.ineligible_action = QAction(self)
        self.reactivate_action = QAction(self)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Own undo/redo actions (not QUndoStack.createUndoAction, whose text keeps the language
        # it was made in): the step to undo is named in the tooltip.
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda _text: self._update_undo_texts())
        self.undo_stack.redoTextChanged.connect(lambda _text: self._update_undo_texts())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.status_menu = QMenu(parent)
        self.status_menu.addAction(self.withdraw_action)
        self.status_menu.addAction(self.ineligible_action)
        self.status_menu.addAction(self.reactivate_action)
        self.status_action = QAction(self)
        self.status_action.setMenu(self.status_menu)
        self.attachments_action = QAction(self)
        self.import_action = QAction(self)
        self.new_action.triggered.connect(self._on_new_triggered)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.withdraw_action.triggered.connect(self._on_withdraw_triggered)
        self.ineligible_action.triggered.connect(self._on_ineligible_triggered)
        self.reactivate_action.triggered.connect(self._on_reactivate_triggered)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.attachments_action.triggered.connect(self._on_attachments_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        for action in [*self.actions(), self.status_action]:
            # only while the entries are on screen (the Delete key means other things elsewhere)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.installEventFilter(self)  # its language changes are this object's too
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def update_enabled(self) -> None:
        """The actions on one entry wait for an entry to be selected (they would do
        nothing, silently)."""
        selected = self.current_code() is not None
        for action in (
            self.edit_action,
            self.status_action,
            self.withdraw_action,
            self.ineligible_action,
            self.reactivate_action,
            self.delete_action,
            self.attachments_action,
        ):
            action.setEnabled(selected)

    def _update_undo_texts(self) -> None:
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        for action, step in (
            (self.undo_action, self.undo_stack.undoText()),
            (self.redo_action, self.undo_stack.redoText()),
        ):
            action.setToolTip(f"{action.text()}: {step}" if step else action.text())

    def actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.edit_action,
            self.withdraw_action,
            self.ineligible_action,
            self.reactivate_action,
            self.delete_action,
            self.undo_action,
            self.redo_action,
            self.attachments_action,
            self.import_action,
        ]

    def toolbar_actions(self) -> list[QAction]:
        """What the toolbar shows: the status changes share one button with a menu."""
        return [
            self.import_action,
            self.new_action,
            self.edit_action,
            self.status_action,
            self.delete_action,
            self.undo_action,
            self.attachments_action,
        ]

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New"))
        self.new_action.setToolTip(
            self.tr("Create an entry")
            + f" ({self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        self.edit_action.setText(self.tr("Edit…"))
        self.withdraw_action.setText(self.tr("Withdraw…"))
        self.withdraw_action.setToolTip(self.tr("The author withdrew the entry (a reason is kept)"))
        self.ineligible_action.setText(self.tr("Mark ineligible…"))
        self.reactivate_action.setText(self.tr("Make active"))
        self.status_action.setText(self.tr("Status"))
        self.status_action.setToolTip(self.tr("Withdraw, mark ineligible or make active again"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(
            self.tr("Delete an entry no judge is assigned (Undo brings it back)")
        )
        self.attachments_action.setText(self.tr("Attachments…"))
        self.import_action.setText(self.tr("Import entries…"))
        self.import_action.setToolTip(self.tr("Import entries from a registration spreadsheet"))
        self._update_undo_texts()

    # -- the actions, callable by tests ---------------------------------------------------
    def _categories(self) -> tuple[Category, ...]:
        competition = self.services.core.competition()
        return competition.categories if competition else ()

    def make_entry_dialog(self, code: str | None) -> EntryDialog:
        if code is None:

            def save(entry: Entry) -> object:
                row = self.services.setup.add_entry(entry)
                self.bus.announce(Area.ENTRIES)
                return row

            return EntryDialog(self._categories(), save, None, self.widget, self.prompter)
        row = next((r for r in self.services.core.entry_rows() if r.code == code), None)

        def save_edit(entry: Entry) -> object:
            stored = self.services.setup.edit_entry(code, entry)
            self.bus.announce(Area.ENTRIES)
            return stored

        return EntryDialog(self._categories(), save_edit, row, self.widget, self.prompter)

    def set_status(self, status: EntryStatus) -> bool:
        code = self.current_code()
        if code is None:
            return False
        reason = ""
        if status is not EntryStatus.ACTIVE:
            title = (
                self.tr("Withdraw entry {code}")
                if status is EntryStatus.WITHDRAWN
                else self.tr("Mark entry {code} ineligible")
            ).format(code=code)
            answer = self.prompter.reason(self.widget, title, self.tr("Reason (kept on record):"))
            if answer is None:
                return False
            reason = answer
        row = Operation(
            self.widget,
            lambda: self.services.setup.set_entry_status(code, status, reason),
            changes=Area.ENTRIES | Area.ASSIGNMENTS,
            prompter=self.prompter,
            bus=self.bus,
        ).run()
        return row is not None

    def delete_current(self) -> bool:
        code = self.current_code()
        if code is None:
            return False
        command = DeleteEntryCommand(self, code)
        self.undo_stack.push(command)
        return command.deleted is not None

    def open_import(self, path: Path | None = None) -> ImportEntriesDialog:
        dialog = ImportEntriesDialog(
            self.services,
            self.bus,
            self.prompter,
            self.widget,
            settings=self.settings,
            runner=self.runner,
        )
        if path is not None:
            dialog.load(path)
        return dialog

    # -- slots ------------------------------------------------------------------------------
    def _on_new_triggered(self) -> None:
        self.make_entry_dialog(None).exec()

    def _on_edit_triggered(self) -> None:
        code = self.current_code()
        if code is not None:
            self.make_entry_dialog(code).exec()

    def _on_withdraw_triggered(self) -> None:
        self.set_status(EntryStatus.WITHDRAWN)

    def _on_ineligible_triggered(self) -> None:
        self.set_status(EntryStatus.INELIGIBLE)

    def _on_reactivate_triggered(self) -> None:
        self.set_status(EntryStatus.ACTIVE)

    def _on_delete_triggered(self) -> None:
        code = self.current_code()
        if code is None:
            return
        if self.prompter.ask(
            self.widget,
            self.tr("Delete entry"),
            self.tr("Delete entry {code}? Undo (Ctrl+Z) brings it back.").format(code=code),
        ):
            self.delete_current()

    def _on_attachments_triggered(self) -> None:
        code = self.current_code()
        if code is not None:
            AttachmentsDialog(self.services, self.bus, code, self.prompter, self.widget).exec()

    def _on_import_triggered(self) -> None:
        name = self.prompter.open_file(
            self.widget,
            self.tr("Import entries"),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if not name:
            return
        # the file is read in the background; the dialog fills in when it is (or offers to
        # choose another file when it could not be read)
        dialog = self.open_import(Path(name))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            outcome = dialog.outcome
            if outcome is not None:
                self.prompter.inform(
                    self.widget,
                    self.tr("Import entries"),
                    self.tr("{n} entries imported.").format(n=outcome.added),
                )


def install_entry_actions(
    parent: QWidget,
    toolbar: QToolBar,
    services: Services,
    bus: ChangeBus,
    current_code: Callable[[], str | None],
    *,
    prompter: Prompter | None = None,
    settings: QSettings | None = None,
) -> EntryActions:
    """Adds the entry actions to ``toolbar`` (and as the parent's context actions); returns
    them so that the caller (or a test) can reach them."""
    actions = EntryActions(
        parent, services, bus, current_code, prompter=prompter, settings=settings
    )
    for action in actions.toolbar_actions():
        toolbar.addAction(action)
        if action.menu() is not None:
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                make_menu_button(button)
    for action in actions.actions():
        parent.addAction(action)
    parent._entry_actions = actions  # type: ignore[attr-defined]  # keeps it reachable
    actions.update_enabled()
    return actions
