"""The walk-through: a judge scores one entry at a time, keyboard first.

The entry's details sit beside its criteria. Each criterion shows its description, maximum,
step and rubric bands; a mark is typed (a point or a comma) or picked from a band. Enter or
Tab goes to the next criterion, Alt+1…9 picks a rubric band, PgDn or Ctrl+Enter to the next entry, PgUp back; Ctrl+S
submits the sheet, Ctrl+R recuses. A mark is committed as soon as it is accepted (one service
call, one transaction); a bad value is shown beside the field and not stored. Ctrl+Z and
Ctrl+Shift+Z undo and redo: an undo is a new committed version that restores the old value.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.errors import InputError, JudgingError
from judging.model import Criterion
from judging.numbers import format_decimal
from judging.scoring.model import MarkSaved, MarkView, Origin, SheetState, SheetView
from judging.scoring.rules import band_for, parse_mark, total_places, weighted_total
from ui.bus import ChangeBus
from ui.errors import Prompter, show_refusal
from ui.operations import Operation
from ui.scoring.common import fmt, fmt_mark, mark_problem_text, scale_text, state_name
from ui.scoring.mark_saver import MarkSaver
from ui.setup.attachments_dialog import copies_folder, open_in_viewer, viewer_copy

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class MarkEdit(QLineEdit):
    """A field of the walk-through (mark or comment): leaves Ctrl+Z / Ctrl+Shift+Z to the
    walk-through's undo stack, which a line edit would otherwise take for its own text undo."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                any(event.matches(key) for key in _UNDO_KEYS)
                or (
                    event.key() == Qt.Key.Key_Z
                    and event.modifiers()
                    == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
                )
            )
        ):
            event.ignore()
            return True
        return super().event(event)


class MarkCommand(QUndoCommand):
    """One accepted mark change. Its first ``redo`` is the commit already made; later
    ``undo``/``redo`` commit new versions through the service."""

    def __init__(
        self,
        walkthrough: Walkthrough,
        entry_code: str,
        criterion: Criterion,
        old: Decimal | None,
        new: Decimal | None,
    ) -> None:
        super().__init__(
            f"{entry_code} {criterion.code}: {format_decimal(old)} → {format_decimal(new)}"
        )
        self.walkthrough = walkthrough
        self.entry_code = entry_code
        self.criterion = criterion
        self.old = old
        self.new = new
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.walkthrough.apply_from_history(self.entry_code, self.criterion.code, self.new)

    def undo(self) -> None:
        self.walkthrough.apply_from_history(self.entry_code, self.criterion.code, self.old)


class CriterionPanel(QFrame):
    """One criterion: name, maximum and step, description, bands, the mark and a comment."""

    band_picked = Signal(object)  # Decimal

    def __init__(self, criterion: Criterion, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"criterion_{criterion.code}")
        layout = QGridLayout(self)
        layout.setColumnStretch(1, 1)
        self.name_label = QLabel(f"<b>{escape(f'{number}. {criterion.name}')}</b>", self)
        self.scale_label = QLabel(self)
        self.scale_label.setStyleSheet("color: #555;")
        layout.addWidget(self.name_label, 0, 0, 1, 2)
        layout.addWidget(self.scale_label, 0, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        row = 1
        if criterion.description:
            description = QLabel(criterion.description, self)
            description.setWordWrap(True)
            layout.addWidget(description, row, 0, 1, 4)
            row += 1
        self.band_buttons: list[QPushButton] = []
        if criterion.bands:
            bands = QGridLayout()
            for i, band in enumerate(criterion.bands):
                button = QPushButton(self)  # its text in retranslate()
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes mark to mark
                button.setStyleSheet("padding: 1px 4px;")
                button.clicked.connect(lambda _=False, b=band: self.band_picked.emit(b.max))
                bands.addWidget(button, i // 3, i % 3)
                self.band_buttons.append(button)
            layout.addLayout(bands, row, 0, 1, 4)
            row += 1
        self.mark_edit = MarkEdit(self)
        self.mark_edit.setObjectName(f"mark_{criterion.code}")
        self.mark_edit.setMaximumWidth(110)
        self.mark_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        font = self.mark_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.mark_edit.setFont(font)
        self.out_of = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName(f"message_{criterion.code}")
        self.message.setWordWrap(True)
        self.comment_edit = MarkEdit(self)
        self.comment_edit.setObjectName(f"comment_{criterion.code}")
        layout.addWidget(self.mark_edit, row, 0)
        layout.addWidget(self.out_of, row, 1)
        layout.addWidget(self.message, row, 2, 1, 2)
        layout.addWidget(self.comment_edit, row + 1, 0, 1, 4)

        self.retranslate()

    def retranslate(self) -> None:
        c = self.criterion
        self.scale_label.setText(scale_text(c))
        self.out_of.setText(f"/ {fmt(c.max)}")
        for button, band in zip(self.band_buttons, c.bands, strict=True):
            button.setText(f"{fmt(band.min)}–{fmt(band.max)}\n{band.label}")
        for n, button in enumerate(self.band_buttons, start=1):
            button.setToolTip(
                self.tr("Pick this band (its highest mark): Alt+{n}").replace("{n}", str(n))
            )
        self.mark_edit.setPlaceholderText(self.tr("mark"))
        self.comment_edit.setPlaceholderText(self.tr("Comment on this criterion (optional)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)

    def show_band(self, value: Decimal | None) -> None:
        self.message.setStyleSheet("color: #2e6b30;")
        band = band_for(self.criterion, value)
        self.message.setText(band.label if band is not None else "")
        for button, b in zip(self.band_buttons, self.criterion.bands, strict=True):
            button.setDown(band is not None and b == band)


class Walkthrough(QWidget):
    """Scores one judge's entries, one at a time. ``entry_codes`` is the order of the walk."""

    sheet_changed = Signal(str)  # entry code: a mark, comment or state changed
    back_requested = Signal()

    def open_attachment(self, row: int) -> Path | None:
        """Open the entry's ``row``-th attachment in the system's viewer, from a copy made in
        a folder of the program's own under a safe name (whatever the database calls it)."""
        if self.view is None:
            return None
        code = self.view.entry.code
        setup = self.services.setup
        found = Operation(self, lambda: setup.attachments(code), prompter=self.prompter).run()
        if not found or not 0 <= row < len(found):
            return None
        info = found[row]
        path = Operation(
            self,
            lambda: viewer_copy(copies_folder(), info.id, setup.attachment_data(info.id)),
            prompter=self.prompter,
        ).run()
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def _on_attachment_activated(self, item: QListWidgetItem) -> None:
        self.open_attachment(self.attachments.row(item))

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        round_code: str,
        judge_code: str,
        entry_codes: Sequence[str],
        *,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.prompter = prompter or Prompter()
        self.round_code = round_code
        self.judge_code = judge_code
        self.entry_codes = list(entry_codes)
        self.position = 0
        self.view: SheetView | None = None
        self.panels: list[CriterionPanel] = []
        self._history_code: str | None = None
        self.undo_stack = QUndoStack(self)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total")
        # "saving…" while a typed mark waits for the database, then "saved"
        self.save_label = QLabel(self)
        self.save_label.setObjectName("save_state")
        self.save_label.setStyleSheet("color: #555;")
        self.saver = MarkSaver(self)
        self.saver.busy_changed.connect(lambda _busy: self._show_save_state())

        # the entry's details
        self.details = QWidget(self)
        details_layout = QVBoxLayout(self.details)
        self.title_label = QLabel(self.details)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel(self.details)
        self.meta_label.setWordWrap(True)
        self.summary_label = QLabel(self.details)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.attachments_title = QLabel(self.details)
        self.attachments = QListWidget(self.details)
        self.attachments.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attachments.setMaximumHeight(110)
        self.attachments.itemDoubleClicked.connect(self._on_attachment_activated)
        self.open_url = open_in_viewer  # the system's viewer (tests record instead)
        details_layout.addWidget(self.title_label)
        details_layout.addWidget(self.meta_label)
        details_layout.addWidget(self.summary_label, 1)
        details_layout.addWidget(self.attachments_title)
        details_layout.addWidget(self.attachments)
        self.history_title = QLabel(self.details)
        self.history = QListWidget(self.details)
        self.history.setObjectName("history")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMaximumHeight(140)
        details_layout.addWidget(self.history_title)
        details_layout.addWidget(self.history)

        # the criteria
        self.criteria_area = QScrollArea(self)
        self.criteria_area.setWidgetResizable(True)
        self.criteria_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.criteria_host = QWidget()
        self.criteria_layout = QVBoxLayout(self.criteria_host)
        self.criteria_area.setWidget(self.criteria_host)
        self.entry_comment_label = QLabel(self)
        self.entry_comment = MarkEdit(self)
        self.entry_comment.setObjectName("entry_comment")
        self.entry_comment.editingFinished.connect(self._on_entry_comment_editing_finished)
        self.recusal_label = QLabel(self)
        self.recusal_label.setWordWrap(True)
        self.recusal_label.setStyleSheet("color: #7a4b00;")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.criteria_area, 1)
        right_layout.addWidget(self.recusal_label)
        right_layout.addWidget(self.entry_comment_label)
        right_layout.addWidget(self.entry_comment)
        splitter = QSplitter(self)
        splitter.addWidget(self.details)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 820])
        self.criteria_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # actions: buttons and their keys
        self.back_button = QPushButton(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submit")
        self.recuse_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.redo_button = QPushButton(self)
        for button in (
            self.back_button,
            self.previous_button,
            self.next_button,
            self.submit_button,
            self.recuse_button,
            self.undo_button,
            self.redo_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys, not Tab stops
        self.back_button.clicked.connect(self.back_requested)
        self.previous_button.clicked.connect(self.previous_entry)
        self.next_button.clicked.connect(self.next_entry)
        self.submit_button.clicked.connect(self.submit)
        self.recuse_button.clicked.connect(self.recuse)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        def action(keys: Sequence[QKeySequence.StandardKey | str], slot: object) -> QAction:
            act = QAction(self)
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in (
                    QKeySequence.keyBindings(key)
                    if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)]
                ):
                    if seq not in sequences:  # the same key twice is "ambiguous" to Qt
                        sequences.append(seq)
            act.setShortcuts(sequences)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(["PgDown", "Ctrl+Return", "Ctrl+Enter"], self.next_entry)
        self.previous_action = action(["PgUp"], self.previous_entry)
        self.submit_action = action(["Ctrl+S"], self.submit)
        self.recuse_action = action(["Ctrl+R"], self.recuse)
        self.undo_action = action([QKeySequence.StandardKey.Undo, "Ctrl+Z"], self.undo)
        self.redo_action = action(
            [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"], self.redo
        )
        self.back_action = action(["Esc"], self.back_requested)
        # Alt+1 … Alt+9 pick a band of the criterion being typed (its highest mark).
        for number in range(1, 10):
            action([f"Alt+{number}"], lambda _=False, n=number: self.pick_band_key(n))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.save_label)
        top.addSpacing(24)
        top.addWidget(self.state_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total_label)
        bottom.addStretch(1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.recuse_button)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()
        if self.entry_codes:
            self.show_entry(0)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← List (Esc)"))
        self.previous_button.setText(self.tr("◀ Previous (PgUp)"))
        self.next_button.setText(self.tr("Next (PgDn) ▶"))
        self.submit_button.setText(self.tr("Submit sheet (Ctrl+S)"))
        self.recuse_button.setText(self.tr("Declare a conflict… (Ctrl+R)"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo (Ctrl+Shift+Z)"))
        self.attachments_title.setText(self.tr("Attachments"))
        self.attachments.setToolTip(self.tr("Double-click a file to open it"))
        self.history_title.setText(self.tr("History of this mark"))
        if self._history_code is not None and self.view is not None:
            self.show_history(self._history_code)  # its lines name origins in the language
        self.entry_comment_label.setText(self.tr("Comment on the entry"))
        self.entry_comment.setPlaceholderText(self.tr("Your overall comment (optional)"))
        if self.view is not None:
            self._show_texts(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation ------------------------------------------------------------------------------
    @property
    def entry_code(self) -> str:
        return self.entry_codes[self.position]

    def show_entry(self, position: int) -> None:
        """Load and show the sheet at ``position`` in the walk."""
        if not 0 <= position < len(self.entry_codes):
            return
        code = self.entry_codes[position]
        view = Operation(
            self, lambda: self.services.scoring.sheet(self.round_code, self.judge_code, code)
        ).run()
        if view is None:
            return
        self.position = position
        self._build_criteria(view)
        self._show(view)
        self._focus_first_field()

    def show_entry_code(self, code: str) -> None:
        if code in self.entry_codes:
            self.show_entry(self.entry_codes.index(code))

    def next_entry(self) -> None:
        self.commit_pending(wait=False)
        if self.position + 1 < len(self.entry_codes):
            self.show_entry(self.position + 1)

    def previous_entry(self) -> None:
        self.commit_pending(wait=False)
        if self.position > 0:
            self.show_entry(self.position - 1)

    def _focus_first_field(self) -> None:
        view = self.view
        if view is None or not view.editable:
            self.setFocus()
            if view is not None and self.panels:
                self.show_history(self.panels[0].criterion.code)
            return
        target = next(
            (
                p
                for p in self.panels
                if (m := view.mark(p.criterion.code)) is None or m.value is None
            ),
            self.panels[0] if self.panels else None,
        )
        if target is not None:
            target.mark_edit.setFocus()
            target.mark_edit.selectAll()
            self.show_history(target.criterion.code)

    # -- building and filling --------------------------------------------------------------------
    def _build_criteria(self, view: SheetView) -> None:
        if self.panels and [p.criterion for p in self.panels] == list(view.criteria):
            return
        for panel in self.panels:
            panel.deleteLater()
        self.panels = []
        while self.criteria_layout.count():
            item = self.criteria_layout.takeAt(0)
            del item
        for number, criterion in enumerate(view.criteria, start=1):
            panel = CriterionPanel(criterion, number, self.criteria_host)
            panel.mark_edit.installEventFilter(self)
            panel.comment_edit.installEventFilter(self)
            panel.mark_edit.editingFinished.connect(
                lambda p=panel: self._commit_mark(p, move_on=False)
            )
            panel.comment_edit.editingFinished.connect(lambda p=panel: self._commit_comment(p))
            panel.band_picked.connect(lambda value, p=panel: self._pick_band(p, value))
            self.criteria_layout.addWidget(panel)
            self.panels.append(panel)
        self.criteria_layout.addStretch(1)
        # Tab order: mark to mark, then the criteria's comments, then the entry's comment.
        chain: list[QWidget] = [p.mark_edit for p in self.panels]
        chain += [p.comment_edit for p in self.panels]
        chain.append(self.entry_comment)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show(self, view: SheetView) -> None:
        self.view = view
        editable = view.editable
        for panel in self.panels:
            mark = view.mark(panel.criterion.code)
            value = mark.value if mark else None
            panel.mark_edit.setText(fmt_mark(value, panel.criterion))
            panel.mark_edit.setReadOnly(not editable)
            panel.comment_edit.setText(mark.comment if mark else "")
            panel.comment_edit.setReadOnly(not editable)
            for button in panel.band_buttons:
                button.setEnabled(editable)
            panel.show_band(value)
        self.entry_comment.setText(view.comment)
        self.entry_comment.setReadOnly(not editable)
        self.submit_button.setEnabled(editable)
        self.recuse_button.setEnabled(editable)
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position + 1 < len(self.entry_codes))
        entry = view.entry
        self.title_label.setText(f"{entry.code} — {entry.title}")
        self.summary_label.setText(entry.summary)
        self.attachments.clear()
        self.attachments.addItems(list(entry.attachments))
        self.attachments.setVisible(bool(entry.attachments))
        self.attachments_title.setVisible(bool(entry.attachments))
        self._show_texts(view)

    def _show_texts(self, view: SheetView) -> None:
        entry = view.entry
        self.heading.setText(
            self.tr("Entry {n} of {total}: {code}")
            .replace("{n}", str(self.position + 1))
            .replace("{total}", str(len(self.entry_codes)))
            .replace("{code}", entry.code)
        )
        self.state_label.setText(state_name(view.state))
        meta: list[str] = []
        if entry.category_name:
            meta.append(self.tr("Category: {name}").replace("{name}", entry.category_name))
        if entry.anonymised:
            meta.append(self.tr("Blind judging: authors and organisation are hidden."))
        else:
            if entry.authors:
                meta.append(
                    self.tr("Authors: {names}").replace("{names}", "; ".join(entry.authors))
                )
            if entry.organisation:
                meta.append(self.tr("Organisation: {name}").replace("{name}", entry.organisation))
        self.meta_label.setText("\n".join(meta))
        if view.state is SheetState.RECUSED:
            self.recusal_label.setText(
                self.tr("You recused from this entry: {reason}").replace(
                    "{reason}", view.recusal_reason
                )
            )
        elif view.state is SheetState.SUBMITTED:
            self.recusal_label.setText(
                self.tr("Submitted and locked. The organiser can reopen it if it must change.")
            )
        elif not view.editable:
            self.recusal_label.setText(self.tr("This round is closed: marks can no longer change."))
        else:
            self.recusal_label.setText("")
        self.recusal_label.setVisible(bool(self.recusal_label.text()))
        self._show_total()

    def _values(self) -> dict[str, Decimal | None]:
        view = self.view
        if view is None:
            return {}
        return {m.criterion_code: m.value for m in view.marks}

    def _show_total(self) -> None:
        view = self.view
        if view is None or not view.show_running_total:
            self.total_label.setVisible(False)
            return
        total = weighted_total(view.criteria, self._values())
        jury_max = sum((c.max * c.weight for c in view.criteria), Decimal(0))
        self.total_label.setText(
            self.tr("Total: {total} / {max}")
            .replace(
                "{total}", fmt(total, total_places(view.criteria)) if total is not None else "—"
            )
            .replace("{max}", fmt(jury_max))
        )
        self.total_label.setVisible(True)

    def _reload(self) -> None:
        """Fetch the shown sheet again after a change (the stored truth)."""
        code = self.entry_code
        view = Operation(
            self, lambda: self.services.scoring.sheet(self.round_code, self.judge_code, code)
        ).run()
        if view is not None:
            self.view = view
            self._show_texts(view)
            for panel in self.panels:
                mark = view.mark(panel.criterion.code)
                if not panel.mark_edit.hasFocus():
                    panel.mark_edit.setText(fmt_mark(mark.value if mark else None, panel.criterion))
            self.submit_button.setEnabled(view.editable)
            self.recuse_button.setEnabled(view.editable)

    # -- committing ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            panel = next((p for p in self.panels if p.mark_edit is watched), None)
            if panel is not None:
                self.show_history(panel.criterion.code)
            # The field that gets the keys is always in sight: Enter, Tab, an undo or a refused
            # submit move the focus to a criterion that may be scrolled away.
            owner = next((p for p in self.panels if watched in (p.mark_edit, p.comment_edit)), None)
            if owner is not None:
                self.criteria_area.ensureWidgetVisible(owner, 0, 0)
                if isinstance(watched, QWidget):
                    self.criteria_area.ensureWidgetVisible(watched, 0, 8)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            panel = next((p for p in self.panels if p.mark_edit is watched), None)
            if panel is not None:
                self._commit_mark(panel, move_on=True)
                return True
        return super().eventFilter(watched, event)

    def commit_pending(self, *, wait: bool = True) -> None:
        """Commit what is typed in the focused field (before moving away or leaving); with
        ``wait``, also wait until every typed mark still being saved is committed."""
        for panel in self.panels:
            if panel.mark_edit.hasFocus():
                self._commit_mark(panel, move_on=False)
            if panel.comment_edit.hasFocus():
                self._commit_comment(panel)
        if self.entry_comment.hasFocus():
            self._on_entry_comment_editing_finished()
        if wait:
            self.saver.flush()

    def _commit_mark(self, panel: CriterionPanel, *, move_on: bool) -> bool:
        """Validate the typed mark and commit it if it changed; True when accepted."""
        view = self.view
        if view is None or not view.editable:
            return False
        criterion = panel.criterion
        try:
            value = parse_mark(panel.mark_edit.text(), criterion)
        except InputError as exc:
            panel.show_problem(mark_problem_text(criterion, exc))
            panel.mark_edit.selectAll()
            return False  # not stored; the field keeps the bad text to be corrected
        stored = self._values().get(criterion.code)
        # While marks are still being saved the view may lag behind: send the mark anyway
        # (an unchanged one writes nothing).
        changed = value != stored or (value is None) != (stored is None)
        if (self.saver.pending() or changed) and not self._save_mark(criterion, value):
            return False
        panel.mark_edit.setText(fmt_mark(value, criterion))
        panel.show_band(value)
        if move_on:
            self._focus_after(panel)
        return True

    def _save_mark(self, criterion: Criterion, value: Decimal | None) -> bool:
        """Commit one mark through the saver (off the GUI thread when the database is busy);
        False when it was refused at once."""
        round_code, judge_code, entry_code = self.round_code, self.judge_code, self.entry_code
        refused: list[bool] = []

        def saved(answer: MarkSaved) -> None:
            if answer.changed:
                self.undo_stack.push(
                    MarkCommand(self, entry_code, criterion, answer.old, answer.new)
                )
                if entry_code == self.entry_code:
                    self._after_change(answer)
                else:  # the judge has moved on meanwhile
                    self.sheet_changed.emit(entry_code)
            self._show_save_state()

        def failed(exc: JudgingError) -> None:
            refused.append(True)
            self._show_save_state()
            show_refusal(self.prompter, self, exc)

        Operation(
            self,
            lambda: self.services.scoring.set_mark(
                round_code, judge_code, entry_code, criterion.code, value
            ),
            runner=self.saver,
        ).success(saved).failure(failed).run_in_background(self.tr("Saving…"))
        return not refused

    def _show_save_state(self) -> None:
        self.save_label.setText(self.tr("Saving…") if self.saver.pending() else self.tr("Saved"))

    def _focus_after(self, panel: CriterionPanel) -> None:
        index = self.panels.index(panel)
        if index + 1 < len(self.panels):
            nxt = self.panels[index + 1].mark_edit
            nxt.setFocus()
            nxt.selectAll()
        else:
            self.entry_comment.setFocus()

    def _pick_band(self, panel: CriterionPanel, value: Decimal) -> None:
        panel.mark_edit.setText(fmt_mark(value, panel.criterion))
        self._commit_mark(panel, move_on=False)
        panel.mark_edit.setFocus()
        panel.mark_edit.selectAll()

    def pick_band_key(self, number: int) -> None:
        """Pick band ``number`` (1-based) of the criterion whose mark field has the focus."""
        panel = next((p for p in self.panels if p.mark_edit.hasFocus()), None)
        if panel is None or not 1 <= number <= len(panel.criterion.bands):
            return
        if self.view is None or not self.view.editable:
            return
        self._pick_band(panel, panel.criterion.bands[number - 1].max)

    def _commit_comment(self, panel: CriterionPanel) -> None:
        view = self.view
        if view is None or not view.editable:
            return
        mark = view.mark(panel.criterion.code)
        if (mark.comment if mark else "") == panel.comment_edit.text().strip():
            return
        changed = Operation(
            self,
            lambda: self.services.scoring.set_mark_comment(
                self.round_code,
                self.judge_code,
                self.entry_code,
                panel.criterion.code,
                panel.comment_edit.text(),
            ),
        ).run()
        if changed:
            self._after_change()

    def _on_entry_comment_editing_finished(self) -> None:
        view = self.view
        if view is None or not view.editable or view.comment == self.entry_comment.text().strip():
            return
        changed = Operation(
            self,
            lambda: self.services.scoring.set_sheet_comment(
                self.round_code, self.judge_code, self.entry_code, self.entry_comment.text()
            ),
        ).run()
        if changed:
            self._after_change()

    def show_history(self, criterion_code: str) -> None:
        """Every version of one mark of the shown sheet: who, when, old → new, origin."""
        self._history_code = criterion_code
        versions = Operation(
            self,
            lambda: self.services.scoring.mark_history(
                self.round_code, self.judge_code, self.entry_code, criterion_code
            ),
        ).run()
        origins = {
            Origin.TYPED: self.tr("typed"),
            Origin.PAPER: self.tr("paper"),
            Origin.FILE: self.tr("file"),
        }
        criterion = next(
            (p.criterion for p in self.panels if p.criterion.code == criterion_code), None
        )
        if criterion is None:
            return
        name = criterion.name
        # the criterion's name once, in the title; the lines fit the narrow pane
        self.history_title.setText(f"{self.tr('History of this mark')}: {name}")
        self.history.clear()
        for v in reversed(versions or []):
            self.history.addItem(
                f"v{v.version}: {fmt_mark(v.old, criterion) or '—'} → "
                f"{fmt_mark(v.new, criterion) or '—'} · {origins[v.origin]} · {v.actor} · "
                f"{v.at.replace(tzinfo=UTC).astimezone():%d/%m %H:%M}"  # stored in UTC
            )
        self.history_title.setVisible(True)
        self.history.setVisible(True)

    def _after_change(self, saved: MarkSaved | None = None) -> None:
        """After a committed change: the shown sheet follows. A mark's change is applied to
        the view here (the service returned it), so typing costs one service call."""
        view = self.view
        if saved is not None and view is not None:
            old = view.mark(saved.criterion_code)
            mark = MarkView(
                saved.criterion_code,
                saved.new,
                old.comment if old else "",
                saved.version,
                Origin.TYPED,  # the walk-through types its marks
            )
            others = tuple(m for m in view.marks if m.criterion_code != saved.criterion_code)
            self.view = replace(view, marks=(*others, mark), state=saved.state)
            self._show_texts(self.view)
        else:
            self._reload()
        code = self._history_code
        if code is not None:
            self.show_history(code)
        self.sheet_changed.emit(self.entry_code)

    def apply_from_history(
        self, entry_code: str, criterion_code: str, value: Decimal | None
    ) -> None:
        """Undo/redo: show that entry and commit ``value`` as a new version (through the
        saver, after the marks typed before it)."""
        if entry_code != self.entry_code:
            self.show_entry_code(entry_code)
        round_code, judge_code = self.round_code, self.judge_code

        def saved(answer: MarkSaved) -> None:
            panel = next((p for p in self.panels if p.criterion.code == criterion_code), None)
            if entry_code == self.entry_code and panel is not None:
                panel.mark_edit.setText(fmt_mark(value, panel.criterion))
                panel.show_band(value)
                self._after_change(answer)
                panel.mark_edit.setFocus()
                panel.mark_edit.selectAll()
            else:  # the judge has moved on meanwhile
                self.sheet_changed.emit(entry_code)
            self._show_save_state()

        def failed(exc: JudgingError) -> None:
            self._show_save_state()
            show_refusal(self.prompter, self, exc)

        Operation(
            self,
            lambda: self.services.scoring.set_mark(
                round_code, judge_code, entry_code, criterion_code, value
            ),
            runner=self.saver,
        ).success(saved).failure(failed).run_in_background(self.tr("Saving…"))

    def undo(self) -> None:
        self._revert_unsaved_text()
        self.undo_stack.undo()

    def redo(self) -> None:
        self._revert_unsaved_text()
        self.undo_stack.redo()

    def _revert_unsaved_text(self) -> None:
        values = self._values()
        for panel in self.panels:
            panel.mark_edit.setText(fmt_mark(values.get(panel.criterion.code), panel.criterion))
            panel.show_band(values.get(panel.criterion.code))

    # -- submitting and recusing -----------------------------------------------------------------
    def submit(self) -> None:
        self.commit_pending()
        view = self.view
        if view is None or not view.editable:
            return
        refused = self._first_refused()
        if refused is not None:
            # A typed mark was refused (31 on a 30-point criterion): say why, not "missing".
            panel, problem = refused
            panel.show_problem(mark_problem_text(panel.criterion, problem))
            panel.mark_edit.setFocus()
            panel.mark_edit.selectAll()
            return
        missing = [
            p.criterion.code for p in self.panels if self._values().get(p.criterion.code) is None
        ]
        if missing:
            panel = next(p for p in self.panels if p.criterion.code == missing[0])
            panel.show_problem(self.tr("A mark is needed before the sheet can be submitted."))
            panel.mark_edit.setFocus()
            return
        if not self.prompter.ask(
            self,
            self.tr("Submit the sheet"),
            self.tr("Submit your marks for {code}? The sheet is then locked and counts.").replace(
                "{code}", view.entry.code
            ),
        ):
            return
        done = Operation(
            self,
            lambda: self.services.scoring.submit(self.round_code, self.judge_code, self.entry_code),
        ).run()
        if done is not None:
            self.undo_stack.clear()  # a locked sheet's marks cannot be undone
            self._after_change()
            if self.view is not None:
                self._show(self.view)
            self.next_entry()

    def _first_refused(self) -> tuple[CriterionPanel, InputError] | None:
        """The first criterion whose typed text is not a valid mark, with the reason."""
        for panel in self.panels:
            try:
                parse_mark(panel.mark_edit.text(), panel.criterion)
            except InputError as exc:
                return panel, exc
        return None

    def recuse(self) -> None:
        self.commit_pending()
        view = self.view
        if view is None or not view.editable:
            return
        reason = self.prompter.ask_text(
            self,
            self.tr("Declare a conflict of interest"),
            self.tr("You will not score {code}. Why (for the record)?").replace(
                "{code}", view.entry.code
            ),
        )
        if reason is None or not reason.strip():
            return
        done = Operation(
            self,
            lambda: self.services.scoring.recuse(
                self.round_code, self.judge_code, self.entry_code, reason
            ),
        ).run()
        if done is not None:
            self._after_change()
            if self.view is not None:
                self._show(self.view)
            self.next_entry()

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(1100, 720))
