"""Importing entries from a registration spreadsheet: map the columns, preview every row with
its problems, fix a cell or skip a row, then import all or nothing.

The mapping is guessed from the headers (canonical names, the usual Vietnamese ones) unless a
mapping was remembered for the same set of headers (QSettings, keyed by the folded headers).
Every change (a mapping, a fix, a skip) checks the whole file again through the service.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.errors import JudgingError
from judging.model import Category
from judging.problems import ProblemCode
from judging.setup.dto import ImportOutcome
from judging.setup.imports import (
    ENTRY_FIELDS,
    ENTRY_HINTS,
    EntryCheck,
    RowProblem,
    Table,
    category_overrides,
    guess_mapping,
)
from judging.text import fold
from ui.bus import ChangeBus
from ui.errors import Prompter, show_refusal
from ui.models.headed import HeadedTableModel
from ui.numbers import ui_language
from ui.operations import Operation
from ui.setup.runner import SyncRunner, ThreadRunner
from ui.widgets.combo import typed_data

Index = QModelIndex | QPersistentModelIndex

SKIP, ROW = 0, 1
FIRST_FIELD = 2  # then one column per canonical field, then the problems
PROBLEM = FIRST_FIELD + len(ENTRY_FIELDS)
SETTINGS_GROUP = "import-mappings"
CATEGORIES_GROUP = "import-categories"


def settings_key(table: Table) -> str:
    digest = hashlib.sha1(table.header_key().encode("utf-8")).hexdigest()[:16]
    return f"{SETTINGS_GROUP}/{digest}"


def remembered_mapping(settings: QSettings, table: Table) -> dict[str, int] | None:
    raw = settings.value(settings_key(table))
    if not isinstance(raw, str) or not raw:
        return None
    try:
        stored = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(stored, dict):
        return None
    mapping: dict[str, int] = {}
    for name, header in stored.items():
        if name in ENTRY_FIELDS and header in table.headers:
            mapping[name] = table.headers.index(header)
    return mapping or None


def remember_mapping(settings: QSettings, table: Table, mapping: Mapping[str, int]) -> None:
    value = json.dumps({name: table.headers[i] for name, i in sorted(mapping.items())})
    settings.setValue(settings_key(table), value)
    settings.sync()


def remembered_categories(
    settings: QSettings, competition_code: str, categories: Sequence[Category]
) -> dict[str, str]:
    """The category names of earlier imports into this competition and the category each
    stood for (only categories that still exist)."""
    raw = settings.value(f"{CATEGORIES_GROUP}/{competition_code}")
    try:
        stored = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    codes = {c.code for c in categories}
    if not isinstance(stored, dict):
        return {}
    return {t: c for t, c in stored.items() if isinstance(t, str) and c in codes}


def remember_categories(
    settings: QSettings, competition_code: str, chosen: Mapping[str, str]
) -> None:
    """Add the names chosen in this import to those remembered for the competition."""
    if not chosen:
        return
    key = f"{CATEGORIES_GROUP}/{competition_code}"
    raw = settings.value(key)
    try:
        stored = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    stored.update(chosen)
    settings.setValue(key, json.dumps(stored, ensure_ascii=False, sort_keys=True))
    settings.sync()


class PreviewModel(HeadedTableModel):
    """The file's rows as they would be imported: a Skip check box, the row number, the
    mapped fields (editable: a fix) and the row's problems."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.mapping: dict[str, int] = {}
        self.skip: set[int] = set()
        self.overrides: dict[tuple[int, str], str] = {}  # cells fixed by hand
        self.mapped: dict[tuple[int, str], str] = {}  # cells renamed by the category table
        self.problems: dict[int, list[str]] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = (
            self.tr("Skip"),
            self.tr("Row"),
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Authors"),
            self.tr("Organisation"),
            self.tr("Summary"),
            self.tr("Problem"),
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PROBLEM)

    def set_table(self, table: Table, mapping: Mapping[str, int]) -> None:
        self.beginResetModel()
        self.table = table
        self.mapping = dict(mapping)
        self.skip = set()
        self.overrides = {}
        self.mapped = {}
        self.problems = {}
        self.endResetModel()

    def set_mapping(self, mapping: Mapping[str, int]) -> None:
        self.beginResetModel()
        self.mapping = dict(mapping)
        self.endResetModel()

    def set_mapped(self, mapped: Mapping[tuple[int, str], str]) -> None:
        """The cells the category table renames (a fix by hand still wins)."""
        self.mapped = dict(mapped)
        if self.rowCount():
            column = FIRST_FIELD + ENTRY_FIELDS.index("category")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def fixes(self) -> dict[tuple[int, str], str]:
        """What the check and the import take instead of the file's cells."""
        return {**self.mapped, **self.overrides}

    def problem_text(self, problem: RowProblem) -> str:
        """The row's problem in the language of the screen, from the problem catalogue."""
        return problem.text(ui_language())

    def set_check(self, check: EntryCheck) -> None:
        problems: dict[int, list[str]] = {}
        for p in check.problems:
            problems.setdefault(p.row, []).append(self.problem_text(p))
        self.problems = problems
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, PROBLEM))

    def row_number(self, row: int) -> int:
        assert self.table is not None
        return self.table.rows[row][0]

    def row_of_number(self, number: int) -> int | None:
        if self.table is None:
            return None
        for i, (n, _) in enumerate(self.table.rows):
            if n == number:
                return i
        return None

    def faulty_numbers(self) -> list[int]:
        return sorted(n for n in self.problems if n not in self.skip)

    def set_skipped(self, numbers: set[int]) -> None:
        self.skip = set(numbers)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, SKIP), self.index(self.rowCount() - 1, PROBLEM))
        self.edited.emit()

    def _value(self, row: int, name: str) -> str:
        assert self.table is not None
        number, cells = self.table.rows[row]
        fixed = self.overrides.get((number, name), self.mapped.get((number, name)))
        if fixed is not None:
            return fixed
        index = self.mapping.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PROBLEM + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None or index.row() >= len(self.table.rows):
            return None
        row, column = index.row(), index.column()
        number = self.table.rows[row][0]
        skipped = number in self.skip
        if role == Qt.ItemDataRole.CheckStateRole and column == SKIP:
            return Qt.CheckState.Checked if skipped else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ROW:
                return str(number)
            if FIRST_FIELD <= column < PROBLEM:
                return self._value(row, ENTRY_FIELDS[column - FIRST_FIELD])
            if column == PROBLEM:
                return "; ".join(self.problems.get(number, []))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == PROBLEM:
            return "\n".join(self.problems.get(number, [])) or None
        if role == Qt.ItemDataRole.BackgroundRole and number in self.problems and not skipped:
            return QBrush(QColor("#fde7e9"))
        if role == Qt.ItemDataRole.ForegroundRole and skipped:
            return QBrush(QColor("#8a8a8a"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.table is None:
            return False
        number = self.table.rows[index.row()][0]
        column = index.column()
        if column == SKIP and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked:
                self.skip.add(number)
            else:
                self.skip.discard(number)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), PROBLEM))
            self.edited.emit()
            return True
        if FIRST_FIELD <= column < PROBLEM and role == Qt.ItemDataRole.EditRole:
            name = ENTRY_FIELDS[column - FIRST_FIELD]
            self.overrides[(number, name)] = str(value)
            self.dataChanged.emit(index, index)
            self.edited.emit()
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        base |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == SKIP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if FIRST_FIELD <= index.column() < PROBLEM:
            return base | Qt.ItemFlag.ItemIsEditable
        return base


class ImportEntriesDialog(QDialog):
    imported = Signal(object)  # ImportOutcome

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        runner: SyncRunner | ThreadRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportEntriesDialog")
        self.runner = runner if runner is not None else ThreadRunner()
        self.services = services
        self.bus = bus
        self.prompter = prompter
        self.settings = settings if settings is not None else QSettings()
        self.table: Table | None = None
        self.check: EntryCheck | None = None
        self.outcome: ImportOutcome | None = None

        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._on_choose_clicked)

        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        self.field_labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        for i, name in enumerate(ENTRY_FIELDS):
            label = QLabel()
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._on_combo_changed)
            self.field_labels[name] = label
            self.combos[name] = combo
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        grid.addWidget(self.ignored_label, 3, 0, 1, 4)

        # What a category name the form spells its own way stands for, for every row at once
        # (the command line's map file ``[category]`` table).
        self.categories: tuple[Category, ...] = ()
        self.category_map: dict[str, str] = {}  # text in the file → category code
        self.category_labels: dict[str, QLabel] = {}
        self.category_combos: dict[str, QComboBox] = {}
        self._retired: list[QWidget] = []
        self._remembered: dict[str, str] = {}  # from earlier imports, until first applied
        self.competition_code = ""
        self.category_box = QGroupBox()
        self.category_box.setObjectName("categoryBox")
        self.category_note = QLabel()
        self.category_note.setWordWrap(True)
        rows = QWidget()
        self.category_grid = QGridLayout(rows)
        self.category_grid.setContentsMargins(0, 0, 0, 0)
        self.category_scroll = scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        category_layout = QVBoxLayout(self.category_box)
        category_layout.addWidget(self.category_note)
        category_layout.addWidget(scroll)
        self.category_box.setVisible(False)

        self.model = PreviewModel(self)
        self.model.edited.connect(self._on_model_edited)
        self.view = QTableView()
        self.view.setObjectName("preview")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("n")
        for column, chars in (
            (SKIP, 6),
            (ROW, 5),
            (2, 7),
            (3, 30),
            (4, 18),
            (5, 20),
            (6, 20),
            (7, 14),
        ):
            self.view.setColumnWidth(column, chars * em + 10)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.skip_faulty_button = QPushButton()
        self.skip_faulty_button.setObjectName("skipFaulty")
        self.skip_faulty_button.clicked.connect(self._on_skip_faulty_clicked)
        self.next_problem_button = QPushButton()
        self.next_problem_button.clicked.connect(self._on_next_problem_clicked)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.next_problem_button)
        bottom.addWidget(self.skip_faulty_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.category_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self._fit_screen(parent)
        self._loading = False
        self.retranslate()
        self._update_state()

    def _fit_screen(self, parent: QWidget | None) -> None:
        """Open at a comfortable size that a 1024×768 screen shows whole (OK and Cancel
        included); smaller screens get what they have."""
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
        self.resize(min(980, available.width() - 24), min(640, available.height() - 48))

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import entries"))
        self.choose_button.setText(self.tr("Choose &file…"))
        self.mapping_box.setTitle(self.tr("Columns: which column of the file feeds each field"))
        names = {
            "code": self.tr("Code"),
            "title": self.tr("Title"),
            "category": self.tr("Category"),
            "authors": self.tr("Authors"),
            "organisation": self.tr("Organisation"),
            "summary": self.tr("Summary"),
        }
        for name, label in self.field_labels.items():
            label.setText(names[name])
        for combo in self.combos.values():
            if combo.count():
                combo.setItemText(0, self.tr("(not in the file)"))
        self.category_box.setTitle(self.tr("Category names in the file"))
        self.category_note.setText(
            self.tr(
                "These names match no category of the competition. Choose the category each "
                "one stands for: every row with that name follows."
            )
        )
        for text, label in self.category_labels.items():
            label.setText(self._category_label_text(text))
        for combo in self.category_combos.values():
            if combo.count():
                combo.setItemText(0, self.tr("(not chosen)"))
        self.skip_faulty_button.setText(self.tr("&Skip faulty rows"))
        self.next_problem_button.setText(self.tr("&Next problem"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()
        self._update_state()

    # -- loading ----------------------------------------------------------------------------
    def load(self, path: Path) -> bool:
        """Read the file (off the GUI thread); True when it is loaded by the time this returns
        (always with a synchronous runner)."""
        Operation(self, lambda: self.services.setup.read_table(path)).success(
            self._on_table_read
        ).failure(self._on_failed).run_in_background(
            self.tr("Reading {file}…").format(file=path.name)
        )
        return self.table is not None and self.table.source == path.name

    def _on_failed(self, exc: JudgingError) -> None:
        show_refusal(self.prompter, self, exc)

    def _on_table_read(self, table: Table) -> None:
        self.table = table
        competition = self.services.core.competition()
        self.competition_code = competition.code if competition is not None else ""
        self.categories = competition.categories if competition is not None else ()
        self.category_map = {}
        self._remembered = remembered_categories(
            self.settings, self.competition_code, self.categories
        )
        mapping = remembered_mapping(self.settings, table) or guess_mapping(
            table.headers, ENTRY_FIELDS, ENTRY_HINTS
        )
        self._loading = True
        try:
            for name, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(not in the file)"), -1)
                for i, header in enumerate(table.headers):
                    combo.addItem(header or self.tr("(column {n})").format(n=i + 1), i)
                index = mapping.get(name, -1)
                combo.setCurrentIndex(combo.findData(index))
        finally:
            self._loading = False
        self.file_label.setText(
            self.tr("{file}: {rows} rows").format(file=table.source, rows=len(table.rows))
        )
        self.model.set_table(table, self.mapping())
        self.recheck()

    def mapping(self) -> dict[str, int]:
        mapping = {}
        for name, combo in self.combos.items():
            index = typed_data(combo, int)
            if index is not None and index >= 0:
                mapping[name] = index
        return mapping

    def set_field_column(self, name: str, header: str | None) -> None:
        """Choose the column for a field by its header (None: not in the file)."""
        combo = self.combos[name]
        if header is None:
            combo.setCurrentIndex(0)
            return
        assert self.table is not None
        combo.setCurrentIndex(combo.findData(self.table.headers.index(header)))

    def recheck(self) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        table = self.table
        self._take_remembered(mapping)
        self.model.set_mapped(category_overrides(table, mapping, self.category_map))

        def refused(exc: JudgingError) -> None:
            self.check = None
            self.summary.setText(exc.text(ui_language()))
            self._update_state()

        check = (
            Operation(
                self,
                lambda: self.services.setup.check_entries(
                    table, mapping, skip=self.model.skip, overrides=self.model.fixes()
                ),
            )
            .failure(refused)
            .run()
        )
        if check is None:
            return
        self.check = check
        self.model.set_check(self.check)
        self._show_category_texts()
        self._update_state()

    # -- category names -----------------------------------------------------------------------
    def category_texts(self) -> list[str]:
        """The category names of the file that match no category (and those already given
        one here), each once; a cell fixed by hand is the person's own business."""
        unknown = set()
        for problem in self.check.problems if self.check is not None else ():
            if problem.code is ProblemCode.ROW_CATEGORY_UNKNOWN and (
                (problem.row, "category") not in self.model.overrides
            ):
                unknown.add(str(dict(problem.params)["category"]))
        return sorted(unknown | set(self.category_map), key=fold)

    def _take_remembered(self, mapping: Mapping[str, int]) -> None:
        """Names chosen in an earlier import into this competition are chosen again, once
        they are seen in the category column (the person may still change them)."""
        index = mapping.get("category")
        if not self._remembered or self.table is None or index is None:
            return
        folded = {fold(text): text for text in self._remembered}
        for _number, cells in self.table.rows:
            text = cells[index] if index < len(cells) else ""
            known = folded.get(fold(text))
            if known is not None and text not in self.category_map:
                self.category_map[text] = self._remembered[known]
        self._remembered = {}

    def rows_with_category(self, text: str) -> int:
        index = self.mapping().get("category")
        if self.table is None or index is None:
            return 0
        wanted = fold(text)
        return sum(
            1
            for _n, cells in self.table.rows
            if index < len(cells) and fold(cells[index]) == wanted
        )

    def _category_label_text(self, text: str) -> str:
        return self.tr("“{text}” (rows: {n})").format(text=text, n=self.rows_with_category(text))

    def _show_category_texts(self) -> None:
        texts = self.category_texts()
        if texts != list(self.category_combos):
            # Old rows leave the layout now and are freed at the next rebuild: never while
            # one of them may still be emitting the signal that led here.
            self._retired = [*self.category_labels.values(), *self.category_combos.values()]
            for widget in self._retired:
                self.category_grid.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
            self.category_labels, self.category_combos = {}, {}
            for row, text in enumerate(texts):
                self._add_category_row(row, text)
        for text, label in self.category_labels.items():
            label.setText(self._category_label_text(text))
        self.category_box.setVisible(bool(texts))
        if texts:  # up to three rows in view, the rest scroll: the preview keeps its room
            row = next(iter(self.category_combos.values())).sizeHint().height()
            spacing = max(self.category_grid.verticalSpacing(), 0)
            shown = min(len(texts), 3)
            self.category_scroll.setFixedHeight(shown * row + (shown - 1) * spacing + 2)

    def _add_category_row(self, row: int, text: str) -> None:
        label = QLabel()
        label.setWordWrap(True)
        combo = QComboBox()
        combo.setObjectName(f"category_{row}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(22)
        combo.addItem(self.tr("(not chosen)"), None)
        for category in self.categories:
            combo.addItem(f"{category.code} — {category.name}", category.code)
        combo.setCurrentIndex(max(combo.findData(self.category_map.get(text)), 0))
        combo.currentIndexChanged.connect(lambda _i, t=text: self._on_category_chosen(t))
        label.setBuddy(combo)
        self.category_grid.addWidget(label, row, 0)
        self.category_grid.addWidget(combo, row, 1)
        self.category_grid.setColumnStretch(0, 1)
        self.category_labels[text] = label
        self.category_combos[text] = combo

    def set_category(self, text: str, code: str | None) -> None:
        """Choose the category a name of the file stands for (None: none)."""
        combo = self.category_combos[text]
        combo.setCurrentIndex(combo.findData(code) if code is not None else 0)

    def _on_category_chosen(self, text: str) -> None:
        code = typed_data(self.category_combos[text], str)
        if code is None:
            self.category_map.pop(text, None)
        else:
            self.category_map[text] = code
        self.recheck()

    def _update_state(self) -> None:
        table, check = self.table, self.check
        mapping = self.mapping()
        used = set(mapping.values())
        if table is not None:
            ignored = [h for i, h in enumerate(table.headers) if i not in used and h]
            self.ignored_label.setText(
                self.tr("Ignored columns: {names}").format(names=", ".join(ignored))
                if ignored
                else ""
            )
        ready = False
        if table is None:
            self.summary.setText(self.tr("Choose a spreadsheet (xlsx or csv) to import."))
        elif "title" not in mapping:
            self.summary.setText(self.tr("Choose the column that holds the titles."))
        elif check is not None:
            faulty = self.model.faulty_numbers()
            ok = len(check.entries)
            if faulty:
                self.summary.setText(
                    self.tr(
                        "{ok} rows ready; {bad} rows with problems (rows {rows}): fix a cell "
                        "(double-click it) or skip the row. Nothing is imported while a row "
                        "has a problem."
                    ).format(ok=ok, bad=len(faulty), rows=", ".join(map(str, faulty)))
                )
            else:
                skipped = len(self.model.skip)
                self.summary.setText(
                    self.tr("{ok} rows ready to import; {skipped} skipped.").format(
                        ok=ok, skipped=skipped
                    )
                )
                ready = ok > 0
        self.import_button.setEnabled(ready)
        has_problems = bool(check is not None and self.model.faulty_numbers())
        self.skip_faulty_button.setEnabled(has_problems)
        self.next_problem_button.setEnabled(has_problems)

    # -- slots ------------------------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        if not self.may_drop_fixes():
            return
        name = self.prompter.open_file(
            self, self.tr("Import entries"), self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if name:
            self.load(Path(name))

    def may_drop_fixes(self) -> bool:
        """True when no row was fixed or skipped by hand, or the person agrees to lose that."""
        if self.outcome is not None or not (
            self.model.overrides or self.model.skip or self.category_map
        ):
            return True
        return self.prompter.ask(
            self,
            self.tr("Discard the fixes?"),
            self.tr("The rows you fixed or skipped here are not imported yet. Discard that work?"),
        )

    def reject(self) -> None:
        if self.may_drop_fixes():
            super().reject()

    def _on_combo_changed(self, _index: int) -> None:
        if self._loading or self.table is None:
            return
        self.model.set_mapping(self.mapping())
        self.recheck()

    def _on_model_edited(self) -> None:
        self.recheck()

    def _on_skip_faulty_clicked(self) -> None:
        self.model.set_skipped(self.model.skip | set(self.model.faulty_numbers()))

    def _on_next_problem_clicked(self) -> None:
        faulty = self.model.faulty_numbers()
        if not faulty:
            return
        current = self.view.currentIndex()
        after = self.model.row_number(current.row()) if current.isValid() else 0
        number = next((n for n in faulty if n > after), faulty[0])
        row = self.model.row_of_number(number)
        if row is not None:
            index = self.model.index(row, PROBLEM)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _on_import_clicked(self) -> None:
        if self.table is None:
            return
        table, mapping = self.table, self.mapping()
        skip, overrides = set(self.model.skip), self.model.fixes()

        def work(cancelled: Callable[[], bool]) -> ImportOutcome:
            return self.services.setup.import_entries(
                table, mapping, skip=skip, overrides=overrides, cancelled=cancelled
            )

        def failed(exc: JudgingError) -> None:
            self._on_failed(exc)
            self.recheck()

        Operation.cancellable(self, work).success(
            lambda outcome: self._on_imported(table, mapping, outcome)
        ).failure(failed).run_in_background(
            self.tr("Importing {n} rows…").format(n=len(table.rows))
        )

    def _on_imported(self, table: Table, mapping: dict[str, int], outcome: ImportOutcome) -> None:
        remember_mapping(self.settings, table, mapping)
        remember_categories(self.settings, self.competition_code, self.category_map)
        self.outcome = outcome
        self.imported.emit(outcome)
        self.accept()
