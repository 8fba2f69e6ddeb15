"""Table models shared by the screens: column names in the current language, and read-only
tables over immutable rows (DTOs) handed over after one service call, no I/O in ``data()``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
_ROOT = QModelIndex()


class HeadedTableModel(QAbstractTableModel):
    """Column names from ``headers()`` (by default a tuple set in the current language and set
    again on a language change)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            names = self.headers()
            if 0 <= section < len(names):
                return names[section]
        return super().headerData(section, orientation, role)


class RowsTableModel(HeadedTableModel, Generic[R]):
    """Immutable rows set at once; one column per header (``COLUMNS`` says how many without
    translating the headers: views ask for the count often)."""

    COLUMNS: int | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[R, ...] = ()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[R, ...]:
        return self._rows

    def row(self, row: int) -> R:
        return self._rows[row]

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_index(self, index: Index) -> R | None:
        return self.row_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return self.COLUMNS if self.COLUMNS is not None else len(self.headers())
