"""Small editing widgets shared by the definition editors: a table with Add/Remove/Up/Down,
a combo-box delegate for choice columns, an optional whole number, the tie-break chain."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Self

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.number_syntax import DEFINITION_BOUNDS
from ui.definition.table_model import DraftTableModel

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a ``choice`` column with a combo box of its allowed values."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.addItems(self.choices)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        position = editor.findText(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class LabelledChoiceDelegate(ChoiceDelegate):
    """A choice column whose values are codes ("share", "bonus"): the combo box shows what
    each is called in the program's language and stores the code."""

    def __init__(
        self, choices: Sequence[str], label: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(choices, parent)
        self.label = label

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for value in self.choices:
            box.addItem(self.label(value), value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(editor.findData(value), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, str(editor.currentData() or ""), Qt.ItemDataRole.EditRole)


class TableEditor(QWidget):
    """A table of draft rows with buttons to add, remove and move rows."""

    current_row_changed = Signal(int)

    def __init__(self, model: DraftTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("n")
        for number, column in enumerate(model.columns):
            width = {"code": 14, "name": 26, "label": 40}.get(column.field, 10)
            self.view.setColumnWidth(number, width * em + 16)
        for number, column in enumerate(model.columns):
            if column.kind == "choice":
                delegate = (
                    ChoiceDelegate(column.choices, self.view)
                    if column.label is None
                    else LabelledChoiceDelegate(column.choices, column.label, self.view)
                )
                self.view.setItemDelegateForColumn(number, delegate)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(current.row())
        )
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        self.current_row_changed.connect(lambda _row: self._update_buttons())
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.add_button.setToolTip(self.tr("Add a row below the selected one"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _on_add_button_clicked(self) -> None:
        row = self.current_row()
        at = self.model.add_row(row + 1 if row >= 0 else None)
        self.select_row(at)
        self.view.setFocus()

    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove_row(row)
        self.select_row(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = max(self.view.currentIndex().column(), 0)
        self.select_row(self.model.move_row(row, delta), column)
        self._update_buttons()


def highest(kind: str, key: str) -> int:
    """The largest whole number a definition key takes (judging.number_syntax): the editors'
    fields offer the same range as a definition file."""
    return int(DEFINITION_BOUNDS[(kind, key)].high)


def bounded_spin(kind: str, key: str, low: int, parent: QWidget | None = None) -> QSpinBox:
    """A whole-number field for a definition key, from ``low`` to the key's documented bound."""
    spin = QSpinBox(parent)
    spin.setRange(low, highest(kind, key))
    return spin


class OptionalNumberSpin(QSpinBox):
    """A whole number or nothing: the lowest value (shown as a word) stands for "none"."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self._none = low - 1

    @classmethod
    def bounded(cls, kind: str, key: str, low: int, parent: QWidget | None = None) -> Self:
        """For a definition key, from ``low`` to the key's documented bound."""
        return cls(low, highest(kind, key), parent)

    def set_value(self, value: int | None) -> None:
        self.setValue(self._none if value is None else value)

    def optional_value(self) -> int | None:
        return None if self.value() == self._none else self.value()


class TieBreakEditor(QWidget):
    """The tie-break chain: an ordered list of metrics, with a choice of what can be added."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setFixedHeight(self.fontMetrics().height() * 7)
        self.choice = QComboBox(self)
        self.choice.setMinimumContentsLength(18)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._names: dict[str, str] = {}
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.list.setToolTip(
            self.tr("Entries tied on the final total are ordered by these, first to last")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def metrics(self) -> tuple[str, ...]:
        return tuple(
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        )

    def set_metrics(self, metrics: Sequence[str]) -> None:
        self.list.clear()
        for metric in metrics:
            self._append(metric)
        self._update_buttons()

    def set_available(self, names: dict[str, str]) -> None:
        """What may be added: metric → what to show for it."""
        self._names = dict(names)
        current = self.choice.currentData()
        self.choice.clear()
        for metric, label in names.items():
            self.choice.addItem(label, metric)
        if current is not None:
            self.choice.setCurrentIndex(max(self.choice.findData(current), 0))
        for i in range(self.list.count()):
            item = self.list.item(i)
            metric = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(self._label(metric))
        self._update_buttons()

    def _label(self, metric: str) -> str:
        return self._names.get(metric, metric)

    def _append(self, metric: str) -> None:
        item = QListWidgetItem(self._label(metric))
        item.setData(Qt.ItemDataRole.UserRole, metric)
        self.list.addItem(item)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.add_button.setEnabled(self.choice.count() > 0)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _on_add_button_clicked(self) -> None:
        metric = self.choice.currentData()
        if metric is None:
            return
        self._append(str(metric))
        self.list.setCurrentRow(self.list.count() - 1)
        self.edited.emit()

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._update_buttons()
        self.edited.emit()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.edited.emit()
