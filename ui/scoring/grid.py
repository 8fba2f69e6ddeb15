"""The secretary's grid: typing a judge's paper score sheets fast, keyboard only.

Pick the round and the judge; a row is an entry, a column a criterion. Type a mark and press
Enter or Tab: the next cell to the right opens, then the next row. A bad value is shown in red
(with the reason as a tooltip) and never saved. Ctrl+S saves every row in one transaction,
origin ``paper``; complete sheets become submitted (a signed paper sheet is final).

Double entry: tick it, type the sheets once, start the second pass (the grid empties) and
type them again. Saving compares the passes; differing cells are highlighted with the first
pass's value as a tooltip, and nothing is saved until each has been typed again from the paper.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.changes import Area
from judging.errors import InputError
from judging.model import Criterion
from judging.scoring.model import PrintPack, SheetState
from judging.scoring.rules import parse_mark
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.operations import Operation
from ui.scoring.common import fmt_mark, mark_problem_text, scale_text, short_scale_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ERROR = QColor("#f8c7c7")
_DIFFERENT = QColor("#ffd27a")
_LOCKED = QColor("#e6e6e6")


class Pass(Enum):
    SINGLE = "single"  # typed once
    FIRST = "first"  # double entry, first pass
    SECOND = "second"  # double entry, second pass


@dataclass(frozen=True)
class Cell:
    text: str = ""
    value: Decimal | None = None
    error: str = ""
    first: Decimal | None = None  # the first pass's value (double entry)
    different: bool = False


@dataclass(frozen=True)
class GridRow:
    entry_code: str
    entry_title: str
    state: SheetState

    @property
    def locked(self) -> bool:
        return self.state in (SheetState.SUBMITTED, SheetState.RECUSED)


class PaperGridModel(QAbstractTableModel):
    """Rows: the judge's entries; columns: the round's criteria. Holds typed text and the
    parsed value per cell; no I/O."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[GridRow, ...] = ()
        self.criteria: tuple[Criterion, ...] = ()
        self.cells: list[list[Cell]] = []
        self.phase = Pass.SINGLE
        self._loaded: list[list[str]] = []  # each cell's text as loaded

    # -- filling ---------------------------------------------------------------------------------
    def load(self, pack: PrintPack, *, phase: Pass = Pass.SINGLE) -> None:
        self.beginResetModel()
        self.phase = phase
        self.criteria = tuple(c.criterion for c in pack.sheets[0].criteria) if pack.sheets else ()
        self.rows = tuple(GridRow(s.entry.code, s.entry.title, s.state) for s in pack.sheets)
        self.cells = [
            [Cell(text=fmt_mark(c.value, c.criterion), value=c.value) for c in sheet.criteria]
            for sheet in pack.sheets
        ]
        self._loaded = [[cell.text for cell in row] for row in self.cells]
        self.endResetModel()

    def relabel(self) -> None:
        """After a language change: the headings, and each valid mark written the language's
        way ("27.5" ↔ "27,5"); a cell still as loaded stays unchanged."""
        for r, cells in enumerate(self.cells):
            for c, cell in enumerate(cells):
                if cell.value is None or cell.error:
                    continue
                text = fmt_mark(cell.value, self.criteria[c])
                if self._loaded[r][c] == cell.text:
                    self._loaded[r][c] = text
                cells[c] = replace(cell, text=text)
        if self.rows and self.criteria:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.criteria) - 1)
            last = self.index(len(self.rows) - 1, len(self.criteria) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def start_second_pass(self) -> None:
        """Keep what was typed as the first pass and empty the editable cells."""
        self.beginResetModel()
        self.phase = Pass.SECOND
        for r, row in enumerate(self.rows):
            if row.locked:
                continue
            self.cells[r] = [Cell(first=cell.value) for cell in self.cells[r]]
        self.endResetModel()

    def compare(self) -> int:
        """Mark the cells whose second pass differs from the first; returns how many."""
        count = 0
        for r, row in enumerate(self.rows):
            if row.locked:
                continue
            for c, cell in enumerate(self.cells[r]):
                different = cell.value != cell.first
                if different != cell.different:
                    self.cells[r][c] = replace(cell, different=different)
                    index = self.index(r, c)
                    self.dataChanged.emit(index, index)
                count += different
        return count

    # -- reading ---------------------------------------------------------------------------------
    def has_changes(self) -> bool:
        """Something was typed that is not saved (a first pass counts)."""
        if self.phase is Pass.SECOND:
            return True
        return any(
            cell.text != loaded
            for cells, texts in zip(self.cells, self._loaded, strict=True)
            for cell, loaded in zip(cells, texts, strict=True)
        )

    def errors(self) -> int:
        return sum(1 for row in self.cells for cell in row if cell.error)

    def marks(self) -> dict[str, dict[str, Decimal | None]]:
        """entry → criterion → mark, for the rows that may change."""
        return {
            row.entry_code: {
                criterion.code: cell.value
                for criterion, cell in zip(self.criteria, self.cells[r], strict=True)
            }
            for r, row in enumerate(self.rows)
            if not row.locked
        }

    # -- the Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.criteria)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.criteria):
                c = self.criteria[section]
                # the criterion's name, as printed on the paper sheet being copied
                return f"{c.name}\n({short_scale_text(c)})"
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
                row = self.rows[section]
                return f"{row.entry_code}  {row.entry_title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.criteria):
                c = self.criteria[section]
                return f"{c.code}: {c.name}\n{scale_text(c)}"
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
                row = self.rows[section]
                if row.state is SheetState.SUBMITTED:
                    return QCoreApplication.translate("PaperGrid", "Submitted: locked")
                if row.state is SheetState.RECUSED:
                    return QCoreApplication.translate("PaperGrid", "The judge recused")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.rows[index.row()].locked:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (
            0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self.criteria)
        ):
            return None
        cell = self.cells[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.error:
                return QBrush(_ERROR)
            if cell.different:
                return QBrush(_DIFFERENT)
            if self.rows[index.row()].locked:
                return QBrush(_LOCKED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.error:
                return cell.error
            if cell.different:
                return QCoreApplication.translate(
                    "PaperGrid", "First pass: {value}. Type the mark on the paper again."
                ).replace("{value}", fmt_mark(cell.first, self.criteria[index.column()]) or "—")
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self.rows[index.row()].locked:
            return False
        text = str(value or "").strip()
        criterion = self.criteria[index.column()]
        old = self.cells[index.row()][index.column()]
        try:
            mark = parse_mark(text, criterion)
        except InputError as exc:
            cell = replace(old, text=text, value=None, error=mark_problem_text(criterion, exc))
        else:
            cell = replace(old, text=fmt_mark(mark, criterion), value=mark, error="")
            if old.different:
                # a retyped difference is the resolution: both passes now agree
                cell = replace(cell, first=mark, different=False)
        self.cells[index.row()][index.column()] = cell
        self.dataChanged.emit(index, index)
        return True


class EnterMovesOnDelegate(QStyledItemDelegate):
    """Enter in a cell's editor commits and opens the next cell (right, then the next row)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(watched, event)


class GridView(QTableView):
    """Enter on a cell that is not being edited moves on too."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            index = self.moveCursor(QAbstractItemView.CursorAction.MoveNext, event.modifiers())
            if index.isValid():
                self.setCurrentIndex(index)
            return
        super().keyPressEvent(event)


class SecretaryGrid(QWidget):
    saved = Signal()

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        *,
        prompter: Prompter | None = None,
        round_code: str | None = None,
        judge_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.prompter = prompter or Prompter()
        self.setObjectName("secretary_grid")
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("round")
        self.judge_combo = QComboBox(self)
        self.judge_combo.setObjectName("judge")
        self.double_entry = QCheckBox(self)
        self.double_entry.setObjectName("double_entry")
        self.second_pass_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.model = PaperGridModel(self)
        self.table = GridView(self)
        self.table.setObjectName("grid")
        self.table.setModel(self.model)
        self.table.setItemDelegate(EnterMovesOnDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMaximumWidth(420)
        self.table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.labels = [QLabel(self), QLabel(self)]
        top = QHBoxLayout()
        top.addWidget(self.labels[0])
        top.addWidget(self.round_combo)
        top.addWidget(self.labels[1])
        top.addWidget(self.judge_combo, 1)
        top.addWidget(self.double_entry)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.second_pass_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        save = QAction(self)
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        second = QAction(self)
        second.setShortcut(QKeySequence("Ctrl+Shift+N"))
        second.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        second.triggered.connect(self.start_second_pass)
        self.addAction(second)
        self.save_button.clicked.connect(self.save)
        self.second_pass_button.clicked.connect(self.start_second_pass)
        self.double_entry.toggled.connect(self._on_double_entry_toggled)
        self.round_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.judge_combo.currentIndexChanged.connect(self._on_choice_changed)
        self._shown: tuple[object, object, bool] = (None, None, False)
        self.model.dataChanged.connect(self._update_status)
        self.retranslate()
        self._fill_choices(round_code, judge_code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Secretary's grid: paper score sheets"))
        self.labels[0].setText(self.tr("Round"))
        self.labels[1].setText(self.tr("Judge"))
        self.double_entry.setText(self.tr("Double entry"))
        self.double_entry.setToolTip(
            self.tr("Type every sheet twice; differences are shown before anything is saved.")
        )
        self.second_pass_button.setText(self.tr("Start the second pass (Ctrl+Shift+N)"))
        self.save_button.setText(self.tr("Save the sheets (Ctrl+S)"))
        self.model.relabel()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ------------------------------------------------------------------------------
    def _fill_choices(self, round_code: str | None, judge_code: str | None) -> None:
        competition = Operation(self, self.services.core.competition).run()
        judges = Operation(self, self.services.core.judge_rows).run() or []
        for combo in (self.round_combo, self.judge_combo):
            combo.blockSignals(True)
        if competition is not None:
            for rnd in competition.rounds:
                self.round_combo.addItem(rnd.name, rnd.code)
        for judge in judges:
            self.judge_combo.addItem(f"{judge.code} — {judge.name}", judge.code)
        if round_code is not None:
            self.round_combo.setCurrentIndex(max(self.round_combo.findData(round_code), 0))
        if judge_code is not None:
            self.judge_combo.setCurrentIndex(max(self.judge_combo.findData(judge_code), 0))
        for combo in (self.round_combo, self.judge_combo):
            combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        round_code = self.round_combo.currentData()
        judge_code = self.judge_combo.currentData()
        if not isinstance(round_code, str) or not isinstance(judge_code, str):
            return
        pack = Operation(
            self, lambda: self.services.scoring.print_pack(round_code, judge_code, filled=True)
        ).run()
        if pack is None:
            return
        self.model.load(pack, phase=Pass.FIRST if self.double_entry.isChecked() else Pass.SINGLE)
        self._shown = (round_code, judge_code, self.double_entry.isChecked())
        self._update_status()
        self.table.setCurrentIndex(self._first_open_cell())
        self.table.setFocus()

    def _first_open_cell(self) -> QModelIndex:
        for r, row in enumerate(self.model.rows):
            if not row.locked and self.model.columnCount():
                return self.model.index(r, 0)
        return QModelIndex()

    def may_discard(self) -> bool:
        """True when nothing typed is unsaved, or the secretary agrees to drop it."""
        if not self.model.has_changes():
            return True
        return self.prompter.ask(
            self,
            self.tr("Discard the typed marks?"),
            self.tr("The marks typed in this grid are not saved yet. Discard them?"),
        )

    def _on_choice_changed(self, _index: int) -> None:
        self._change_or_go_back()

    def _on_double_entry_toggled(self, _checked: bool) -> None:
        self._change_or_go_back()

    def _change_or_go_back(self) -> None:
        """Another round, judge or pass mode: reload, unless that would drop typed marks
        the secretary wants to keep; then the choice goes back to what is shown."""
        if self.may_discard():
            self.reload()
            return
        round_code, judge_code, double = self._shown
        for combo, value in ((self.round_combo, round_code), (self.judge_combo, judge_code)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.double_entry.blockSignals(True)
        self.double_entry.setChecked(double)
        self.double_entry.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_discard():
            event.ignore()
            return
        if self.model.has_changes():
            self.reload()  # dropped: opened again, the grid shows what is stored
        super().closeEvent(event)

    # -- passes and saving -----------------------------------------------------------------------
    def start_second_pass(self) -> None:
        if self.model.phase is not Pass.FIRST:
            return
        if self.model.errors():
            self._update_status()
            return
        self.model.start_second_pass()
        self.table.setCurrentIndex(self._first_open_cell())
        self.table.setFocus()
        self._update_status()

    def save(self) -> bool:
        """Save every row in one transaction; False when something stops it."""
        model = self.model
        if model.errors():
            self._update_status()
            return False
        if model.phase is Pass.FIRST:
            self.status.setText(self.tr("Double entry: type the second pass before saving."))
            return False
        if model.phase is Pass.SECOND and model.compare():
            self._update_status()
            return False
        round_code = self.round_combo.currentData()
        judge_code = self.judge_combo.currentData()
        if not isinstance(round_code, str) or not isinstance(judge_code, str):
            return False
        result = Operation(
            self,
            lambda: self.services.scoring.enter_paper_sheets(round_code, judge_code, model.marks()),
            changes=Area.MARKS,
        ).run()
        if result is None:
            return False
        self.saved.emit()
        self.reload()
        self.status.setText(
            self.tr("Saved: {changed} marks changed, {submitted} sheets submitted.")
            .replace("{changed}", str(result.changed))
            .replace("{submitted}", str(len(result.submitted)))
        )
        return True

    def _update_status(self) -> None:
        model = self.model
        errors = model.errors()
        different = sum(1 for row in model.cells for cell in row if cell.different)
        self.second_pass_button.setVisible(model.phase is not Pass.SINGLE)
        self.second_pass_button.setEnabled(model.phase is Pass.FIRST)
        if errors:
            text = self.tr("{n} cells are not valid marks (red): correct them.").replace(
                "{n}", str(errors)
            )
        elif different:
            text = self.tr(
                "{n} cells differ between the two passes (highlighted): type them again from the paper."
            ).replace("{n}", str(different))
        elif model.phase is Pass.FIRST:
            text = self.tr("First pass: type the sheets, then start the second pass.")
        elif model.phase is Pass.SECOND:
            text = self.tr("Second pass: type the sheets again, then save.")
        else:
            text = self.tr("Type the marks from the paper sheets; Enter moves on; Ctrl+S saves.")
        self.status.setText(text)
