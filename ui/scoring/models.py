"""Table models of the scoring area. Each holds immutable rows (DTOs) handed over by the view
after one service call, and does no I/O in ``data()``."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from judging.scoring.model import EntryProgress, JudgeProgress, SheetState, SheetSummary
from ui.models.headed import RowsTableModel
from ui.scoring.common import state_name

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
_ROOT = QModelIndex()

_STATE_COLOURS = {
    SheetState.NOT_STARTED: None,
    SheetState.IN_PROGRESS: QColor("#fff4d6"),
    SheetState.SUBMITTED: QColor("#e2f4e4"),
    SheetState.RECUSED: QColor("#eeeeee"),
}


class SheetsModel(RowsTableModel[SheetSummary]):
    """A judge's sheets (or a round's): entry code, title, state, criteria marked."""

    CODE, TITLE, JUDGE, STATE, MARKED = range(5)
    COLUMNS = 5

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SheetsModel", "Code"),
            QCoreApplication.translate("SheetsModel", "Entry"),
            QCoreApplication.translate("SheetsModel", "Judge"),
            QCoreApplication.translate("SheetsModel", "State"),
            QCoreApplication.translate("SheetsModel", "Marked"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        sheet = self.row_of_index(index)
        if sheet is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return sheet.entry_code
            if column == self.TITLE:
                return sheet.entry_title
            if column == self.JUDGE:
                return f"{sheet.judge_code} — {sheet.judge_name}"
            if column == self.STATE:
                return state_name(sheet.state)
            if column == self.MARKED:
                return f"{sheet.marked}/{sheet.criteria}"
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATE:
            colour = _STATE_COLOURS[sheet.state]
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CODE, self.MARKED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ProgressModel(RowsTableModel[JudgeProgress]):
    """Progress per judge in a round: assigned, done, in progress, not started, recused."""

    JUDGE, ROLE, ASSIGNED, SUBMITTED, IN_PROGRESS, NOT_STARTED, RECUSED = range(7)
    COLUMNS = 7

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ProgressModel", "Judge"),
            QCoreApplication.translate("ProgressModel", "Role"),
            QCoreApplication.translate("ProgressModel", "Assigned"),
            QCoreApplication.translate("ProgressModel", "Submitted"),
            QCoreApplication.translate("ProgressModel", "In progress"),
            QCoreApplication.translate("ProgressModel", "Not started"),
            QCoreApplication.translate("ProgressModel", "Recused"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.row_of_index(index)
        if p is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.JUDGE:
                return f"{p.judge_code} — {p.judge_name}"
            if column == self.ROLE:
                return {
                    "member": QCoreApplication.translate("ProgressModel", "member"),
                    "chair": QCoreApplication.translate("ProgressModel", "chair"),
                    "trainee": QCoreApplication.translate("ProgressModel", "trainee"),
                }[p.role.value]
            values = (p.assigned, p.submitted, p.in_progress, p.not_started, p.recused)
            return str(values[column - self.ASSIGNED])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ASSIGNED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == self.SUBMITTED
            and p.assigned
            and p.done == p.assigned
        ):
            return QBrush(_STATE_COLOURS[SheetState.SUBMITTED])
        return None


class EntryProgressModel(RowsTableModel[EntryProgress]):
    """Progress per entry in a round: its judges' sheets submitted, in progress, recused."""

    CODE, TITLE, ASSIGNED, SUBMITTED, IN_PROGRESS, RECUSED = range(6)
    COLUMNS = 6

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("EntryProgressModel", "Code"),
            QCoreApplication.translate("EntryProgressModel", "Entry"),
            QCoreApplication.translate("EntryProgressModel", "Judges"),
            QCoreApplication.translate("EntryProgressModel", "Submitted"),
            QCoreApplication.translate("EntryProgressModel", "In progress"),
            QCoreApplication.translate("EntryProgressModel", "Recused"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        p = self.row_of_index(index)
        if p is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return p.entry_code
            if column == self.TITLE:
                return p.entry_title
            values = (p.assigned, p.submitted, p.in_progress, p.recused)
            return str(values[column - self.ASSIGNED])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.SUBMITTED and p.complete:
            return QBrush(_STATE_COLOURS[SheetState.SUBMITTED])
        return None
