"""The entries table: a read-only model over immutable ``EntryRow``s.

Sorting and the search filter work inside the model, in Python, over the rows it already
holds (the stored folded text, DESIGN.md §9): no database query per keystroke, and at 10,000
entries a keystroke costs a few milliseconds. Both keep the view's selection (persistent
indexes are moved with the rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from judging.model import EntryStatus
from judging.services.dto import EntryRow
from judging.text import fold
from ui.models.headed import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex

CODE, TITLE, CATEGORY, AUTHORS, ORGANISATION, STATUS = range(6)
COLUMNS = (CODE, TITLE, CATEGORY, AUTHORS, ORGANISATION, STATUS)

# The code of the entry on a row, for views and actions.
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def authors_text(row: EntryRow) -> str:
    return ", ".join(row.authors)


class EntriesModel(HeadedTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[EntryRow, ...] = ()
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []  # the rows that match the query, in that order
        self._words: list[str] = []
        self._category: str | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, list[Any]] = {}
        self._status_labels: dict[EntryStatus, str] = {}
        self._inactive_brush = QBrush(
            QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        self.retranslate()

    # -- what the section uses ------------------------------------------------------------
    def set_rows(self, rows: Sequence[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._sort_keys.clear()
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def set_query(self, query: str) -> None:
        """Show only the entries whose folded text holds every word of ``query``."""
        words = fold(query).split()
        if words == self._words:
            return
        self._words = words
        self._relayout(lambda: self._filtered(self._order))

    def set_category(self, code: str | None) -> None:
        """Show only the entries of one category (None: every category)."""
        if code == self._category:
            return
        self._category = code
        self._relayout(lambda: self._filtered(self._order))

    def category(self) -> str | None:
        return self._category

    def row_at(self, row: int) -> EntryRow | None:
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]]
        return None

    def row_of(self, code: str) -> int | None:
        for position, source in enumerate(self._visible):
            if self._rows[source].code == code:
                return position
        return None

    def total_count(self) -> int:
        return len(self._rows)

    def visible_count(self) -> int:
        return len(self._visible)

    def retranslate(self) -> None:
        self._headers = (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Authors"),
            self.tr("Organisation"),
            self.tr("Status"),
        )
        self._status_labels = {
            EntryStatus.ACTIVE: self.tr("Active"),
            EntryStatus.WITHDRAWN: self.tr("Withdrawn"),
            EntryStatus.INELIGIBLE: self.tr("Ineligible"),
        }
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._visible:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._visible) - 1, STATUS))

    def status_label(self, status: EntryStatus) -> str:
        return self._status_labels.get(status, status.value)

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and row.status_reason:
                return f"{self.status_label(row.status)}: {row.status_reason}"
            if column in (TITLE, AUTHORS, ORGANISATION, CATEGORY):
                return self._text(row, column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.status is not EntryStatus.ACTIVE:
            return self._inactive_brush  # withdrawn and ineligible entries are greyed
        if role == CODE_ROLE:
            return row.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in COLUMNS:
            column = -1
        self._sort_column = column
        self._sort_order = order

        def compute() -> list[int]:
            self._order = self._sorted_order()
            return self._filtered(self._order)

        self._relayout(compute)

    # -- internals --------------------------------------------------------------------------
    def _text(self, row: EntryRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == TITLE:
            return row.title
        if column == CATEGORY:
            return row.category_name
        if column == AUTHORS:
            return authors_text(row)
        if column == ORGANISATION:
            return row.organisation
        if column == STATUS:
            return self.status_label(row.status)
        return ""

    def _keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == STATUS:
                order = list(EntryStatus)
                keys = [(order.index(r.status), r.code) for r in self._rows]
            elif column == CODE:
                keys = [r.code for r in self._rows]
            else:
                # Folded text sorts "Đ" with "D" and ignores case and tone marks; the original
                # text and then the code settle what folding makes equal.
                keys = [
                    (fold(text), text, r.code)
                    for r in self._rows
                    for text in (self._text(r, column),)
                ]
            self._sort_keys[column] = keys
        return keys

    def _sorted_order(self) -> list[int]:
        indices = list(range(len(self._rows)))
        if self._sort_column < 0:
            return indices
        keys = self._keys(self._sort_column)
        return sorted(
            indices,
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _filtered(self, order: list[int]) -> list[int]:
        rows = self._rows
        if self._category is not None:
            category = self._category
            order = [i for i in order if rows[i].category == category]
        words = self._words
        if not words:
            return list(order)
        if len(words) == 1:
            word = words[0]
            return [i for i in order if word in rows[i].folded]
        return [i for i in order if all(w in rows[i].folded for w in words)]

    def _relayout(self, compute: Callable[[], list[int]]) -> None:
        """Change which rows show, or their order, keeping persistent indexes on their rows."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self._visible[index.row()] if index.isValid() else -1 for index in old]
        self._visible = compute()
        position = {source: n for n, source in enumerate(self._visible)}
        new = [
            self.index(position[source], index.column()) if source in position else QModelIndex()
            for source, index in zip(sources, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
