"""Scoring → "Resolve mark conflicts…": the marks judges' score files disagree with (typed from
paper, on a submitted sheet, or paper marks behind a recusal in the file), one row each, with
the organiser's choice per row: keep the mark stored here, or take the judge's. Keyboard
first: Up/Down move, Space toggles, Left keeps the paper mark, Right takes the judge's. OK
applies every choice in one transaction (``KitService.resolve_conflicts``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.kits.conflicts import (
    ConflictDecision,
    ConflictsResolved,
    Keep,
    PendingConflict,
    Reason,
)
from judging.scoring.model import SheetState
from ui.numbers import show_number
from ui.operations import Operation

Index = QModelIndex | QPersistentModelIndex


class ConflictsModel(QAbstractTableModel):
    """The pending conflicts and the choice made for each (the paper mark by default)."""

    ENTRY, CRITERION, JUDGE, HERE, IN_FILE, KEEP = range(6)

    def __init__(self, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._rows: list[PendingConflict] = []
        self._choices: list[Keep] = []

    def set_rows(self, rows: Sequence[PendingConflict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._choices = [Keep.PAPER] * len(self._rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._texts[f"header{section}"]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(c, column, self._choices[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(c, column, self._choices[index.row()])
        if role == Qt.ItemDataRole.FontRole and column == self.KEEP:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, c: PendingConflict, column: int, keep: Keep) -> str:
        t = self._texts
        if column == self.ENTRY:
            return f"{c.entry_code} — {c.entry_title}"
        if column == self.CRITERION:
            return t["whole_sheet"] if c.whole_sheet else c.criterion_name or c.criterion_code
        if column == self.JUDGE:
            return f"{c.judge_code} — {c.judge_name}"
        if column == self.HERE:
            if c.whole_sheet:
                return t["marks_here"].replace("{n}", str(c.paper_marks))
            shown = show_number(c.here) or "—"
            locked = c.reason is Reason.LOCKED and c.sheet_state is SheetState.SUBMITTED
            return t["submitted"].replace("{mark}", shown) if locked else shown
        if column == self.IN_FILE:
            if c.whole_sheet:
                return t["recused"].replace("{reason}", c.recusal_reason)
            return show_number(c.in_file) or t["cleared"]
        return t["keep_paper"] if keep is Keep.PAPER else t["keep_judge"]

    def set_choice(self, index: int, keep: Keep) -> None:
        if self._choices[index] is keep:
            return
        self._choices[index] = keep
        cell = self.index(index, self.KEEP)
        self.dataChanged.emit(cell, cell)

    def toggle(self, index: int) -> None:
        other = Keep.JUDGE if self._choices[index] is Keep.PAPER else Keep.PAPER
        self.set_choice(index, other)

    def set_all(self, keep: Keep) -> None:
        for i in range(len(self._rows)):
            self.set_choice(i, keep)

    def decisions(self) -> list[ConflictDecision]:
        return [ConflictDecision(c.id, k) for c, k in zip(self._rows, self._choices, strict=True)]


class ChoiceTable(QTableView):
    """The conflicts table: Space toggles the current row's choice, Left keeps the paper mark,
    Right takes the judge's; a double click toggles."""

    def __init__(self, model: ConflictsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.doubleClicked.connect(lambda index: self.choices.toggle(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        key = event.key()
        if row >= 0 and key in (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right):
            if key == Qt.Key.Key_Space:
                self.choices.toggle(row)
            else:
                self.choices.set_choice(row, Keep.PAPER if key == Qt.Key.Key_Left else Keep.JUDGE)
            event.accept()
            return
        super().keyPressEvent(event)


class ConflictsDialog(QDialog):
    """The round's pending conflicts; OK applies the choices (the dialog closes only when
    they were stored; a refusal is shown and the dialog stays)."""

    def __init__(
        self, services: Services, round_code: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.round_code = round_code
        self.result_: ConflictsResolved | None = None
        self.setWindowTitle(self.tr("Resolve mark conflicts"))
        self.intro = QLabel(
            self.tr(
                "The judges' score files disagree with these marks, which were typed from "
                "paper sheets or are on sheets already submitted. For each row choose which "
                "mark counts: Space switches, Left keeps the paper mark, Right takes the "
                "judge's. Taking the judge's mark on a submitted sheet is a correction "
                "recorded in the audit log."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = ConflictsModel(self._texts(), self)
        self.table = ChoiceTable(self.model, self)
        self.table.setObjectName("conflicts")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ConflictsModel.ENTRY, ConflictsModel.CRITERION, ConflictsModel.IN_FILE):
            # the long texts share what room is left (elided; the full text in the tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.all_paper = QPushButton(self.tr("All: &paper"), self)
        self.all_paper.setToolTip(self.tr("Keep every mark stored here (typed from paper)."))
        self.all_paper.clicked.connect(lambda: self.model.set_all(Keep.PAPER))
        self.all_judge = QPushButton(self.tr("All: &judge"), self)
        self.all_judge.setToolTip(self.tr("Take every judge's mark from the score files."))
        self.all_judge.clicked.connect(lambda: self.model.set_all(Keep.JUDGE))
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.all_paper)
        row.addWidget(self.all_judge)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(1100, 480)
        self.reload()

    def _texts(self) -> dict[str, str]:
        return {
            "header0": self.tr("Entry"),
            "header1": self.tr("Criterion"),
            "header2": self.tr("Judge"),
            "header3": self.tr("Mark here (paper)"),
            "header4": self.tr("Judge's mark (file)"),
            "header5": self.tr("Keep"),
            "whole_sheet": self.tr("Whole sheet"),
            "marks_here": self.tr("{n} marks typed from paper"),
            "submitted": self.tr("{mark} (sheet submitted)"),
            "recused": self.tr("Recused: {reason}"),
            "cleared": self.tr("(cleared)"),
            "keep_paper": self.tr("Paper"),
            "keep_judge": self.tr("Judge"),
        }

    def reload(self) -> None:
        rows = Operation(self, lambda: self.services.kits.conflicts(self.round_code)).run()
        self.model.set_rows(rows or [])
        self.ok.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def accept(self) -> None:
        decisions = self.model.decisions()
        if not decisions:
            return
        done = Operation(
            self, lambda: self.services.kits.resolve_conflicts(self.round_code, decisions)
        ).run()
        if done is None:
            self.reload()  # refused (e.g. a newer score file came meanwhile): shown, kept open
            return
        self.result_ = done
        super().accept()
