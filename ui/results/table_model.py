"""The ranking table: a read-only model over immutable ``ResultRow``s.

Rows are built once from the round's result (``rows.build_rows``); ``data()`` only reads them.
Sorting keeps the entries that are not ranked (incomplete, withdrawn) at the end, greyed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from judging.ranking.results import EntryResult
from ui.results.notes import Names, flag_texts, missing_texts
from ui.results.rows import Column, Kind, ResultRow, sort_key

_Index = QModelIndex | QPersistentModelIndex

#: The role under which a cell gives its column (for the explanation) and its entry.
ColumnRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2

_GREY = QColor("#8a8f98")
_TIED = QColor("#fff4d6")


class ResultsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column, ...] = ()
        self._rows: tuple[ResultRow, ...] = ()
        #: What the codes in the engine's notes are called (the section sets it).
        self.names = Names()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling --------------------------------------------------------------------------
    def set_rows(self, columns: Sequence[Column], rows: Sequence[ResultRow]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._rows = tuple(rows)
        self.endResetModel()

    def column(self, section: int) -> Column:
        return self._columns[section]

    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def row(self, row: int) -> ResultRow:
        return self._rows[row]

    def entry_at(self, index: _Index) -> EntryResult | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()].entry

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == Kind.STATUS:
                return self._status_text(row.entry.status)
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column.kind == Kind.ADVANCED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.ranked else QBrush(_GREY)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.entry.tied and column.kind == Kind.RANK:
                return QBrush(_TIED)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.ranked and column.kind in (Kind.FINAL_TOTAL, Kind.RANK):
                return self._bold
            if not row.ranked:
                italic = QFont()
                italic.setItalic(True)
                return italic
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ColumnRole:
            return index.column()
        if role == EntryRole:
            return row.entry.entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.header_text(column)
            if column.tie_break:
                tip += "\n" + self.tr(
                    "Separates equal final totals: comparison no. %n", "", column.tie_break
                )
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return None

    def header_text(self, column: Column) -> str:
        kind = column.kind
        if kind in (Kind.CRITERION, Kind.COMPONENT):
            return column.name or column.code
        return {
            Kind.RANK: self.tr("Rank"),
            Kind.CODE: self.tr("Code"),
            Kind.TITLE: self.tr("Title"),
            Kind.CATEGORY: self.tr("Category"),
            Kind.JURY_TOTAL: self.tr("Jury total"),
            Kind.FINAL_TOTAL: self.tr("Final total"),
            Kind.PRIZE: self.tr("Prize"),
            Kind.ADVANCED: self.tr("Advanced"),
            Kind.STATUS: self.tr("Status"),
            Kind.TIE_DECISION: self.tr("Tie decision"),
        }[kind]

    def _status_text(self, status: str) -> str:
        return {
            "ranked": self.tr("ranked"),
            "incomplete": self.tr("incomplete"),
            "withdrawn": self.tr("withdrawn"),
        }.get(status, status)

    def _tooltip(self, row: ResultRow, column: Column) -> str | None:
        entry = row.entry
        if column.kind == Kind.RANK and entry.tied:
            tip = self.tr("Tied: shares this rank (đồng hạng)")
            if entry.tie_decision:
                tip += "\n" + self.tr("Chair's decision: %1").replace("%1", entry.tie_decision)
            return tip
        if column.kind in (Kind.TITLE, Kind.CATEGORY, Kind.TIE_DECISION, Kind.PRIZE):
            text = row.cells[self._columns.index(column)]
            return text or None
        if column.kind == Kind.STATUS and entry.missing:
            return self.tr("Missing marks:") + "\n" + "\n".join(missing_texts(entry, self.names))
        if column.numeric and row.cells[self._columns.index(column)]:
            return self.tr("Double-click or press Enter for the explanation")
        if entry.flags:
            return "\n".join(flag_texts(entry, self.names))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; unranked entries stay at the end, empty cells after the others."""
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder

        def ordered(rows: Sequence[ResultRow]) -> list[ResultRow]:
            keyed = [(sort_key(r, column), r) for r in rows]
            full = [(k[1], r) for k, r in keyed if k[0] == 0]
            empty = [r for k, r in keyed if k[0] != 0]
            full.sort(key=lambda item: item[0], reverse=descending)
            return [r for _, r in full] + empty

        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        new = ordered([r for r in old if r.ranked]) + ordered([r for r in old if not r.ranked])
        position = {id(r): i for i, r in enumerate(new)}
        self._rows = tuple(new)
        for index in self.persistentIndexList():
            moved = position[id(old[index.row()])]
            self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()
