"""The template editor: a certificate template's text fields in a table, its background, and
undo (Ctrl+Z) of every change. Each change makes a new template value (templates are
immutable), announced with ``changed`` so the preview redraws at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judging.certificates.model import Align, CertificateTemplate, TextField
from judging.certificates.templates import MAX_BACKGROUND
from judging.errors import InputError, JudgingError
from judging.numbers import parse_decimal
from judging.textfiles import read_bytes
from ui.errors import Prompter, show_refusal

TEXT, X, Y, WIDTH, HEIGHT, SIZE, BOLD, ALIGN, COLOUR = range(9)
_NUMBERS = {X: "x", Y: "y", WIDTH: "width", HEIGHT: "height", SIZE: "size"}
_ALIGNS = (Align.LEFT, Align.CENTER, Align.RIGHT)


class _TemplateChange(QUndoCommand):
    def __init__(
        self, editor: TemplateEditor, before: CertificateTemplate, after: CertificateTemplate
    ) -> None:
        super().__init__()
        self._editor = editor
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._editor._show(self._after)

    def undo(self) -> None:
        self._editor._show(self._before)


def parse_number(text: str) -> float | None:
    """A length or size as typed: "12,5" or "12.5"; None when it is not a number ≥ 0."""
    try:  # the one number syntax (judging.number_syntax): no exponent, bounded digits
        value = parse_decimal(text)
    except InputError:
        return None
    return float(value) if value >= 0 else None


def _number_text(value: float) -> str:
    return f"{value:g}"


class TemplateEditor(QWidget):
    #: The template as it now is (a CertificateTemplate).
    changed = Signal(object)

    def __init__(self, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter
        self.template: CertificateTemplate | None = None
        self.undo_stack = QUndoStack(self)
        self._filling = False
        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("templateFields")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.background_button = QPushButton(self)
        self.clear_background_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveTemplate")
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_field)
        self.background_button.clicked.connect(self.choose_background)
        self.clear_background_button.clicked.connect(self.clear_background)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):  # the editor's own: other sections keep their Ctrl+Z
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([undo, redo])
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.background_button,
            self.clear_background_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable()

    # -- what is edited --------------------------------------------------------------------
    def set_template(self, template: CertificateTemplate | None) -> None:
        """Start editing ``template`` (the undo history starts again)."""
        self.undo_stack.clear()
        self._show(template)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def apply(self, after: CertificateTemplate) -> None:
        """Make ``after`` the template, as one undoable step."""
        if self.template is None or after == self.template:
            return
        self.undo_stack.push(_TemplateChange(self, self.template, after))

    def _show(self, template: CertificateTemplate | None) -> None:
        self.template = template
        self._fill_table()
        self._enable()
        self.changed.emit(template)

    def _enable(self) -> None:
        editing = self.template is not None
        for button in (self.add_button, self.background_button, self.save_button):
            button.setEnabled(editing)
        self.remove_button.setEnabled(editing and bool(self.template and self.template.fields))
        self.clear_background_button.setEnabled(
            bool(self.template and self.template.background is not None)
        )

    # -- the table -------------------------------------------------------------------------
    def _fill_table(self) -> None:
        self._filling = True
        try:
            fields = self.template.fields if self.template else ()
            current = self.table.currentRow()
            self.table.setRowCount(len(fields))
            for row, field in enumerate(fields):
                self._fill_row(row, field)
            if fields:
                self.table.setCurrentCell(min(max(current, 0), len(fields) - 1), TEXT)
        finally:
            self._filling = False

    def _fill_row(self, row: int, field: TextField) -> None:
        self.table.setItem(row, TEXT, QTableWidgetItem(field.text))
        for column, name in _NUMBERS.items():
            self.table.setItem(row, column, QTableWidgetItem(_number_text(getattr(field, name))))
        bold = QTableWidgetItem()
        bold.setCheckState(_checked(field.bold))
        self.table.setItem(row, BOLD, bold)
        combo = QComboBox(self.table)
        combo.addItems(self._align_names())
        combo.setCurrentIndex(_ALIGNS.index(field.align))
        combo.currentIndexChanged.connect(
            lambda index, r=row: self._change(r, align=_ALIGNS[index])
        )
        self.table.setCellWidget(row, ALIGN, combo)
        colour = QTableWidgetItem(field.colour)
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(field.colour))
        colour.setIcon(QIcon(swatch))
        colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)  # double-click: the chooser
        colour.setToolTip(self.tr("Double-click to choose the colour"))
        self.table.setItem(row, COLOUR, colour)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.template is None:
            return
        row, column = item.row(), item.column()
        if column == TEXT:
            self._change(row, text=item.text())
        elif column in _NUMBERS:
            value = parse_number(item.text())
            if value is None or (column == SIZE and value == 0):
                self._fill_table()  # not a number: the cell shows the value it had
                return
            self._change(row, **{_NUMBERS[column]: value})
        elif column == BOLD:
            self._change(row, bold=item.checkState() == _checked(True))
        elif column == COLOUR:
            colour = QColor(item.text().strip())
            if colour.isValid():
                self._change(row, colour=colour.name())
            else:
                self._fill_table()

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if column != COLOUR or self.template is None:
            return
        current = self.template.fields[row].colour
        chosen = self.prompter.choose_colour(self, self.tr("Text colour"), current)
        if chosen:
            self._change(row, colour=chosen)

    def _change(self, row: int, **changes: object) -> None:
        if self._filling or self.template is None or row >= len(self.template.fields):
            return
        fields = list(self.template.fields)
        updated = replace(fields[row], **changes)  # type: ignore[arg-type]
        if updated.min_size > updated.size:
            updated = replace(updated, min_size=updated.size)
        fields[row] = updated
        self.apply(replace(self.template, fields=tuple(fields)))

    # -- buttons ---------------------------------------------------------------------------
    def add_field(self) -> None:
        if self.template is None:
            return
        width, height = self.template.size_mm
        field = TextField(self.tr("New text"), width / 4, height / 2, width / 2, 12.0)
        self.apply(replace(self.template, fields=(*self.template.fields, field)))
        self.table.setCurrentCell(len(self.template.fields) - 1, TEXT)

    def remove_field(self) -> None:
        row = self.table.currentRow()
        if self.template is None or not 0 <= row < len(self.template.fields):
            return
        fields = self.template.fields[:row] + self.template.fields[row + 1 :]
        self.apply(replace(self.template, fields=fields))

    def choose_background(self) -> None:
        if self.template is None:
            return
        name = self.prompter.open_file(
            self, self.tr("Background image"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        try:
            data = read_bytes(Path(name), limit=MAX_BACKGROUND)
        except JudgingError as exc:
            show_refusal(self.prompter, self, exc)
            return
        if QImage.fromData(data).isNull():
            self.prompter.warn(
                self,
                self.tr("Background image"),
                self.tr("This file is not a PNG or JPEG image. Choose another file."),
                Path(name).name,
            )
            return
        self.apply(replace(self.template, background=data))

    def clear_background(self) -> None:
        if self.template is not None:
            self.apply(replace(self.template, background=None))

    # -- language --------------------------------------------------------------------------
    def _align_names(self) -> list[str]:
        return [self.tr("Left"), self.tr("Centre"), self.tr("Right")]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Text"),
                self.tr("X (mm)"),
                self.tr("Y (mm)"),
                self.tr("Width"),
                self.tr("Height"),
                self.tr("Size (pt)"),
                self.tr("Bold"),
                self.tr("Align"),
                self.tr("Colour"),
            ]
        )
        self.add_button.setText(self.tr("Add text"))
        self.remove_button.setText(self.tr("Remove text"))
        self.background_button.setText(self.tr("Background image…"))
        self.clear_background_button.setText(self.tr("No background"))
        self.undo_button.setText(self.tr("Undo"))
        self.save_button.setText(self.tr("Save template"))
        self._fill_table()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
