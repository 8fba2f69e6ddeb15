"""The Entries section: every entry (hồ sơ) in a sortable table, a search box that folds case
and Vietnamese tone marks, and the details of the selected entry.

The rows come from one service call (``services.core.entry_rows()``) when the section is
built and whenever the entries or the competition change; searching and sorting work on the
rows held by the model, never with a query per keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.changes import Area
from judging.model import Category
from ui.bus import ChangeBus
from ui.models.entries import AUTHORS, CATEGORY, CODE, ORGANISATION, STATUS, TITLE, EntriesModel
from ui.sections.base import Section
from ui.setup.entry_actions import EntryActions, install_entry_actions
from ui.widgets.combo import typed_data
from ui.widgets.entry_details import EntryDetails
from ui.widgets.search_box import SearchBox


class EntriesSection(Section):
    listens_to = Area.ENTRIES | Area.COMPETITION

    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self._selected_code: str | None = None
        self._has_competition = True

        self.model = EntriesModel(self)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search = SearchBox(self)
        self.category_box = QComboBox(self)
        # Narrow in the row (long names are elided), full names in the open list.
        self.category_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_box.setMinimumContentsLength(14)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 10,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._set_up_columns()

        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details = EntryDetails(self)

        # Two rows, so that every action shows at 1024 pixels (no "»" overflow): the actions,
        # then what narrows the list.
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        filters.addWidget(self.category_box)
        filters.addWidget(self.search, 1)
        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.toolbar)
        top.addLayout(filters)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_note)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([860, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.category_box.currentIndexChanged.connect(self._on_category_box_current_index_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_model_changed)
        self.model.layoutChanged.connect(self._on_model_changed)
        # Only while this section has the focus: other sections may search too.
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._on_find_activated)
        self.search.returnPressed.connect(self._on_search_return_pressed)

        self._entry_actions: EntryActions | None = install_entry_actions(
            self, self.toolbar, services, bus, self.current_code
        )
        self.retranslate()
        self.refresh()
        self._update_actions()

    # -- the Section contract ----------------------------------------------------------------
    # -- columns --------------------------------------------------------------------------
    #: Shown in the details beside the list; in the list only when the person asks (the
    #: header's menu), so that the default columns fit a 1024-pixel screen.
    OPTIONAL_COLUMNS = (AUTHORS, ORGANISATION)

    def _set_up_columns(self) -> None:
        """The title takes the room there is; code, category and status as wide as they need
        (a long category name is elided at 15 letters); authors and organisation hidden until
        chosen from the header's menu."""
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        em = self.fontMetrics().horizontalAdvance("n")
        header.setMinimumSectionSize(5 * em)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (CODE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, chars in ((CATEGORY, 15), (AUTHORS, 17), (ORGANISATION, 19)):
            self.table.setColumnWidth(column, chars * em + 12)
        for column in self.OPTIONAL_COLUMNS:
            self.table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)

    def column_actions(self) -> list[QAction]:
        """One checkable action for each optional column (the header's menu)."""
        actions = []
        for column in self.OPTIONAL_COLUMNS:
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), self)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(
                lambda shown, column=column: self.table.setColumnHidden(column, not shown)
            )
            actions.append(action)
        return actions

    def _on_header_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addSection(self.tr("Columns"))
        for action in self.column_actions():
            action.setParent(menu)
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def title(self) -> str:
        return self.tr("Entries")

    def refresh(self) -> None:
        competition = self.services.core.competition()
        self._has_competition = competition is not None
        self._fill_categories(competition.categories if competition is not None else ())
        self.model.set_rows(self.services.core.entry_rows())
        if self.current_code() is None and self.model.rowCount() > 0:
            # Something in the details pane from the start: the first entry.
            self.table.selectRow(0)

    # -- what actions and tests use -------------------------------------------------------------
    def current_code(self) -> str | None:
        """The code of the entry selected (and shown) now, or None."""
        entry = self.details.entry()
        return entry.code if entry is not None else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, CODE))
        return True

    def _fill_categories(self, categories: Sequence[Category]) -> None:
        """The category filter: every category, then each one; the choice survives a reload
        while its category exists."""
        chosen = self.model.category()
        box = self.category_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All categories"), None)
        for category in categories:
            box.addItem(category.name, category.code)
        position = box.findData(chosen) if chosen is not None else 0
        box.setCurrentIndex(max(position, 0))
        box.setVisible(bool(categories))
        box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
        box.blockSignals(False)
        self.model.set_category(typed_data(box, str))

    def select_category(self, code: str | None) -> bool:
        position = self.category_box.findData(code) if code is not None else 0
        if position < 0:
            return False
        self.category_box.setCurrentIndex(position)
        return True

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.retranslate()
        self.toolbar.setWindowTitle(self.tr("Entry actions"))
        if self.category_box.count():
            self.category_box.setItemText(0, self.tr("All categories"))
        self.category_box.setToolTip(self.tr("Show the entries of one category"))
        self.table.setAccessibleName(self.tr("Entries"))
        self.empty_note.setText(
            self.tr(
                "This database holds no competition yet. Load the demo competition "
                "(File › Load demo competition) or set up a new one."
            )
        )
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- slots ------------------------------------------------------------------------------
    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_query(text)

    def _on_category_box_current_index_changed(self, _index: int) -> None:
        self.model.set_category(typed_data(self.category_box, str))

    def _on_search_return_pressed(self) -> None:
        # Enter in the search box goes to the results, on the selected (or first) entry.
        if self.model.rowCount() == 0:
            return
        if self.current_code() is None:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_find_activated(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.row_at(rows[0].row()) if rows else None
        if entry is not None:
            self._selected_code = entry.code
        self.details.show_entry(entry)
        self._update_actions()

    def _on_model_changed(self) -> None:
        # After new rows or a new filter: keep the same entry selected if it still shows.
        if self._selected_code is not None:
            row = self.model.row_of(self._selected_code)
            if row is not None:
                if not self.table.selectionModel().isRowSelected(row):
                    self.table.selectRow(row)
                else:
                    self.details.show_entry(self.model.row_at(row))
            else:
                self.table.clearSelection()
                self.details.show_entry(None)
        self._update_actions()
        self._update_count()

    def focus_widget(self) -> QWidget | None:
        return self.table

    def _update_actions(self) -> None:
        if self._entry_actions is not None:
            self._entry_actions.update_enabled()

    def _update_count(self) -> None:
        locale = QLocale()
        total = self.model.total_count()
        shown = self.model.visible_count()
        if shown == total:
            text = self.tr("{total} entries").format(total=locale.toString(total))
        else:
            text = self.tr("{shown} of {total} entries").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        self.count_label.setText(text)
        self.empty_note.setVisible(not self._has_competition)
