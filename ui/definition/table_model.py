"""An editable table over immutable draft rows (frozen dataclasses of texts and flags).

An edit replaces the edited row with a changed copy; the model never does I/O. Numbers stay
text here, exactly as typed, so a half-typed "27," is kept and reported instead of lost;
``ui.definition.drafts`` turns the rows into the domain's values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row's field, its header (translated when asked), and how it is edited:
    ``text``, ``bool`` (a check box) or ``choice`` (a combo box of ``choices``)."""

    field: str
    header: Callable[[], str]
    kind: str = "text"
    choices: tuple[str, ...] = ()
    tooltip: Callable[[], str] | None = None
    #: What a stored value (a code such as "share") is called on screen, in the program's
    #: language; None: the value itself.
    label: Callable[[str], str] | None = None


class DraftTableModel(QAbstractTableModel, Generic[R]):
    #: emitted after any change of the rows (edit, insert, remove, move, reset)
    edited = Signal()

    def __init__(
        self, columns: Sequence[Column], new_row: Callable[[], R], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._new_row = new_row
        self._rows: list[R] = []

    # -- reading -----------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    def row(self, index: int) -> R:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        value = getattr(self._rows[index.row()], column.field)
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole and column.label is not None:
            return column.label(str(value))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].header()
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # -- changing ------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self._rows):
            return False
        column = self.columns[index.column()]
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new_value: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new_value = "" if value is None else str(value)
        else:
            return False
        row = self._rows[index.row()]
        if getattr(row, column.field) == new_value:
            return False
        self._rows[index.row()] = replace(row, **{column.field: new_value})  # type: ignore[type-var]
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    def replace_row(self, index: int, row: R) -> None:
        """Put a changed copy of a row in place (e.g. a criterion whose bands changed)."""
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))
        self.edited.emit()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.edited.emit()

    def add_row(self, at: int | None = None) -> int:
        position = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, self._new_row())
        self.endInsertRows()
        self.edited.emit()
        return position

    def remove_row(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self.endRemoveRows()
        self.edited.emit()

    def move_row(self, index: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = index + delta
        if not (0 <= index < len(self._rows) and 0 <= target < len(self._rows)):
            return index
        # beginMoveRows wants the destination *before* which the row lands
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), index, index, QModelIndex(), destination)
        row = self._rows.pop(index)
        self._rows.insert(target, row)
        self.endMoveRows()
        self.edited.emit()
        return target
