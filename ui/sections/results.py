"""The Results section: the ranking of a round (per category or all categories grouped),
explained down to every judge's mark, with the judges' consistency beside it.

One service call per action (``services.ranking``): show a result, resolve a tie, close or
approve a round; each change is announced on the bus as "results".
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.audit import AuditCheck
from judging.changes import Area
from judging.errors import JudgingError
from judging.model import Competition, Round, RoundStatus
from judging.publish.minutes import MinutesMeta
from judging.publish.options import ExportCancelled, ExportOptions
from judging.ranking.consistency import ConsistencyReport, consistency
from judging.ranking.results import EntryResult, RoundResult
from judging.ranking.service import ApprovalBlocked, RoundGaps
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.file_names import results_file_name
from ui.fonts import load_fonts
from ui.numbers import ui_language
from ui.operations import Operation, Runner
from ui.publish.writers import writer_for
from ui.results.consistency_view import ConsistencyView
from ui.results.explain import explanation_html
from ui.results.notes import Names, blocking_texts, notes_text, round_flag_texts
from ui.results.rows import Column, Kind, Places, ResultRow, build_rows, columns_for
from ui.results.table_model import ResultsTableModel
from ui.sections.base import Section
from ui.setup.runner import ThreadRunner

#: The results table's columns and rows.
Table = tuple[tuple[Column, ...], tuple[ResultRow, ...]]


def table_rows(
    competition: Competition | None,
    chosen: Round | None,
    result: RoundResult | None,
    lang: str = "en",
) -> Table:
    """The table's columns and rows for a result: plain data, no widget touched, so the
    background work builds them too (10,000 rows take a fifth of a second). Numbers are
    written in ``lang`` with the round's places."""
    round_ = chosen
    if result is not None and competition is not None:
        round_ = competition.round(result.round) or round_
    columns = columns_for(round_, result)
    names = {c.code: c.name for c in competition.categories} if competition else {}
    prizes = {p.code: p.name for p in competition.prizes} if competition else {}
    rows = (
        build_rows(
            result,
            columns,
            category_names=names,
            prize_names=prizes,
            places=Places.of(round_),
            lang=lang,
        )
        if result
        else ()
    )
    return columns, rows


class MessageLabel(QLabel):
    """The flags under the choices: no room taken while there is nothing to say."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)


class ResultsTable(QTableView):
    """Enter on a cell opens its explanation, as a double-click does."""

    def __init__(
        self, on_open: Callable[[QModelIndex], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._on_open = on_open
        self.doubleClicked.connect(on_open)
        #: Called when the table's width changes (the title column takes what is left).
        self.on_resized: Callable[[], None] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.on_resized is not None and event.size().width() != event.oldSize().width():
            self.on_resized()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ResultsSection(Section):
    listens_to = Area.MARKS | Area.RESULTS | Area.COMPETITION | Area.ENTRIES | Area.ASSIGNMENTS

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(services, bus, parent)
        self.prompter = prompter or Prompter()
        self.runner: Runner = runner or ThreadRunner()
        self.competition: Competition | None = None
        self.result: RoundResult | None = None
        self._loading = False
        #: Each ranking asked of the runner gets the next number; a result whose number is not
        #: the latest is from a choice the person has since changed, and is dropped.
        self._generation = 0
        self.ranking_busy = False
        # the minutes' details typed for each round, offered again at the next export
        self._minutes: dict[str, MinutesMeta] = {}
        # the rows shown last, with what they were built from (see refresh's rows_for)
        self._last_table: tuple[Hashable, Table, RoundResult] | None = None
        # the columns (and language) the table's widths were measured for
        self._sized_for: tuple[tuple[Column, ...], str, bool] | None = None

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.round_label = QLabel(self)
        bar.addWidget(self.round_label)
        self.round_box = QComboBox(self)
        bar.addWidget(self.round_box)
        self.category_label = QLabel(self)
        bar.addWidget(self.category_label)
        self.category_box = QComboBox(self)
        for box in (self.round_box, self.category_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        bar.addWidget(self.category_box)
        self.drafts_box = QCheckBox(self)  # placed in the actions row, below
        # Ranking a large round takes a second or two, off the GUI thread: the old rows stay
        # until the new ones arrive, and this says that new ones are coming.
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setVisible(False)
        bar.addWidget(self.busy)
        bar.addStretch(1)
        # The round's state at the end of the choices: the actions below leave it no room in
        # a 1024-pixel window.
        self.status_label = QLabel(self)
        bar.addWidget(self.status_label)
        layout.addLayout(bar)

        self.draft_banner = QLabel(self)
        self.draft_banner.setStyleSheet(
            "background: #fee2e2; color: #991b1b; font-weight: bold; padding: 6px;"
            " border: 1px solid #fca5a5;"
        )
        self.draft_banner.setWordWrap(True)
        self.draft_banner.setVisible(False)
        layout.addWidget(self.draft_banner)
        self.message = MessageLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.tabs = QTabWidget(self)
        # The round's actions: a row of their own above the tabs, so that the section fits a
        # 1024-pixel window (beside the tab bar they made it too wide).
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.drafts_box)
        actions.addStretch(1)
        self.tie_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        for button in self.action_buttons():
            actions.addWidget(button)
        layout.addLayout(actions)
        self.model = ResultsTableModel(self)
        self.table = ResultsTable(self._on_table_open, self)
        self.table.on_resized = self._fit_title_column
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # widths from 200 rows, not 10,000
        header.setSortIndicatorShown(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.table, "")
        self.consistency_view = ConsistencyView(self)
        self.tabs.addTab(self.consistency_view, "")
        # What leaves the program, beside the tab bar: the result to a file, the minutes to
        # a printer.
        self.export_button = QPushButton(self)
        self.print_button = QPushButton(self)
        outputs = QWidget(self)
        outputs_layout = QHBoxLayout(outputs)
        outputs_layout.setContentsMargins(0, 0, 0, 2)
        for button in self.output_buttons():
            outputs_layout.addWidget(button)
        self.tabs.setCornerWidget(outputs, Qt.Corner.TopRightCorner)
        layout.addWidget(self.tabs, 1)
        # Under the table: what its marks mean and how to open a number, in words.
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #6b7280")
        # Beside it, the audit log's hash chain, walked with each ranking: intact, or its
        # first fault (side by side: a line under the legend would take the table's room on a
        # 768-pixel screen).
        self.audit_label = QLabel(self)
        self.audit_label.setWordWrap(True)
        self.audit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.audit_label.setVisible(False)
        under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.legend, 3)
        under.addWidget(self.audit_label, 2)
        layout.addLayout(under)
        self.audit_check: AuditCheck | None = None
        self.retranslate()

        self._maxima: dict[str, Decimal] = {}
        self._report_stale = True
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.round_box.currentIndexChanged.connect(self._on_round_box_changed)
        self.category_box.currentIndexChanged.connect(self._on_choice_changed)
        self.drafts_box.toggled.connect(self._on_choice_changed)
        self.tie_button.clicked.connect(self._on_tie_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        # Ranking a round is a whole pass over its marks: done when the section is shown, and
        # again when something it listens to changed while shown (not on every typed mark
        # while the person is in another section).
        self._stale = True

    def title(self) -> str:
        return self.tr("Results")

    def heightForWidth(self, _width: int) -> int:
        """None in particular: asked by the window's scroll area (the word-wrapped lines make
        the layout answer with the height the whole table would like, a thousand pixels, and
        the section scrolled on a laptop). The section takes the height it is given and the
        table scrolls its own rows."""
        return -1

    def action_buttons(self) -> tuple[QPushButton, ...]:
        return (self.tie_button, self.close_button, self.approve_button, self.reopen_button)

    def output_buttons(self) -> tuple[QPushButton, ...]:
        return (self.export_button, self.print_button)

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("Round:"))
        self.category_label.setText(self.tr("Category:"))
        self.drafts_box.setText(self.tr("Provisional (include drafts)"))
        self.drafts_box.setToolTip(
            self.tr(
                "Count marks of sheets not yet submitted: a provisional ranking, not the result"
            )
        )
        self._update_legend()
        self.draft_banner.setText(
            self.tr(
                "PROVISIONAL — marks of unsubmitted sheets are included. This is not the result."
            )
        )
        self.tie_button.setText(self.tr("Resolve tie…"))
        self.close_button.setText(self.tr("Close round"))
        self.approve_button.setText(self.tr("Approve round"))
        self.reopen_button.setText(self.tr("Reopen round…"))
        self.reopen_button.setToolTip(
            self.tr("Open the round again for marking, with a reason kept in the audit log")
        )
        self.export_button.setText(self.tr("Export results…"))
        self.export_button.setToolTip(
            self.tr(
                "The ranking as a workbook or CSV, the council's minutes as PDF or Word, or a "
                "web page"
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the council's minutes"))
        if self.category_box.count():
            self.category_box.setItemText(0, self.tr("All categories"))
        self.tabs.setTabText(0, self.tr("Ranking"))
        self.tabs.setTabText(1, self.tr("Judge consistency"))
        self.consistency_view.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.result is not None:  # headers, status words, the consistency texts
                self._show_result(self.result)
            self._show_audit(self.audit_check)
        super().changeEvent(event)

    # -- what is chosen -------------------------------------------------------------------
    def round_code(self) -> str | None:
        code = self.round_box.currentData()
        return str(code) if code else None

    def category_code(self) -> str | None:
        code = self.category_box.currentData()
        return str(code) if code else None

    def current_round(self) -> Round | None:
        code = self.round_code()
        if self.competition is None or code is None:
            return None
        return self.competition.round(code)

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        Operation(self, self.services.core.competition).success(self._show_competition).run()

    def _show_competition(self, competition: Competition | None) -> None:
        self.competition = competition
        self._loading = True
        try:
            self._fill_choices()
        finally:
            self._loading = False
        self._load_result()

    def _fill_choices(self) -> None:
        keep_round, keep_category = self.round_code(), self.category_code()
        self.round_box.clear()
        self.category_box.clear()
        if self.competition is None:
            return
        names = [r.name for r in self.competition.rounds]
        for round_ in self.competition.rounds:
            # By its name; its code only to tell apart two rounds of the same name.
            shown = (
                round_.name if names.count(round_.name) == 1 else f"{round_.name} ({round_.code})"
            )
            self.round_box.addItem(shown, round_.code)
        self.category_box.addItem(self.tr("All categories"), None)
        for category in self.competition.categories:
            self.category_box.addItem(category.name, category.code)
        if keep_round is not None:
            self.round_box.setCurrentIndex(max(0, self.round_box.findData(keep_round)))
        if keep_category is not None:
            self.category_box.setCurrentIndex(max(0, self.category_box.findData(keep_category)))
        self.category_box.setVisible(bool(self.competition.categories))

    def _load_result(self) -> None:
        """Rank the chosen round (and category) in the background; the rows shown stay until
        the new ones arrive, and a result for a choice since changed is dropped."""
        self._generation += 1
        generation = self._generation
        drafts = self.drafts_box.isChecked()
        code = self.round_code()
        category = self.category_code()
        ranking: Any = self.services.ranking
        core: Any = self.services.core
        verify_audit = getattr(core, "verify_audit", None)  # absent in older services
        if self.competition is None or code is None or not hasattr(ranking, "rank"):
            self._show_audit(None)
            self._set_busy(False)
            self.result = None
            self.draft_banner.setVisible(drafts)
            self._show_result(None)
            self.message.setText(
                self.tr("No competition yet: nothing to rank.")
                if self.competition is None or code is None
                else self.tr("Ranking is not available in this version yet.")
            )
            return

        competition, chosen = self.competition, self.current_round()
        lang = ui_language()  # read here: the worker must not ask Qt
        last = self._last_table  # read here; written only on the GUI thread

        def rows_for(result: RoundResult) -> tuple[Hashable, Table]:
            """The table's rows, built again only when the result's entries are not the very
            ones of the table shown last (a kept ranking gives the same entry results: coming
            back to Results, or to all categories, costs no row building)."""
            # the definition compared by value (it is read again at each refresh), the entry
            # results by identity
            key = (lang, competition, chosen, tuple(map(id, result.results)))
            if last is not None and last[0] == key:
                return key, last[1]
            return key, table_rows(competition, chosen, result, lang)

        def work(
            cancelled: Callable[[], bool],
        ) -> tuple[RoundResult, tuple[Hashable, Table], AuditCheck | None] | None:
            # The table needs no judge's marks: those come per entry when a number is opened,
            # and for the whole round when the consistency tab is shown (a large round ranks
            # several times faster without them). Its rows are built here too.
            result: RoundResult = ranking.rank(code, category=category, drafts=drafts)
            if cancelled():
                return None
            audit = verify_audit() if verify_audit is not None else None
            key, table = rows_for(result)
            return result, (key, table), audit

        def done(
            answer: tuple[RoundResult, tuple[Hashable, Table], AuditCheck | None] | None,
        ) -> None:
            if generation != self._generation:
                return  # the person chose something else meanwhile; its ranking is coming
            self._set_busy(False)
            if answer is None:  # cancelled: the old rows stay, ranked again next time
                self._stale = True
                return
            result, (key, table), audit = answer
            # kept with the result, whose entry results keep their ids from being reused
            self._last_table = (key, table, result)
            self._show_audit(audit)
            self.result = result
            self.draft_banner.setVisible(result.drafts)
            self.message.clear()
            self._show_result(result, table)

        def failed(exc: JudgingError) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            self.result = None
            self._show_result(None)
            self.message.setText(exc.text(ui_language()))

        self._set_busy(True)
        Operation.cancellable(self, work).success(done).failure(failed).run_in_background(
            self.tr("Ranking the round…")
        )

    def _show_audit(self, check: AuditCheck | None) -> None:
        """The audit chain's state under the table: intact with the last event's fingerprint
        (to write down), or the first broken event, in red."""
        self.audit_check = check
        if check is None:
            self.audit_label.clear()
            self.audit_label.setVisible(False)
            return
        text = check.message().text(ui_language())
        if check.intact and check.events:
            fingerprint = self.tr("fingerprint of the last event: %1")
            text += " · " + fingerprint.replace("%1", check.head_short)
        if check.intact:
            self.audit_label.setStyleSheet("color: #166534")
        else:
            self.audit_label.setStyleSheet("color: #991b1b; font-weight: bold")
        self.audit_label.setText(text)
        self.audit_label.setVisible(True)

    def background_busy(self) -> bool:
        """True while a ranking is being worked out in the background (a screenshot waits)."""
        return self.ranking_busy

    def _set_busy(self, busy: bool) -> None:
        self.ranking_busy = busy
        self.busy.setVisible(busy)
        self.busy.setToolTip(self.tr("Ranking the round…") if busy else "")
        if busy:  # no action on a result that is about to be replaced
            for button in self.action_buttons():
                button.setEnabled(False)

    def _table_rows(self, result: RoundResult | None) -> Table:
        return table_rows(self.competition, self.current_round(), result, ui_language())

    def _show_result(
        self,
        result: RoundResult | None,
        table: Table | None = None,
    ) -> None:
        columns, rows = table if table is not None else self._table_rows(result)
        round_ = self.current_round()
        if result is not None and self.competition is not None:
            round_ = self.competition.round(result.round) or round_
        names = Names.of(self.competition, result.results[:1] if result else ())
        self.model.names = names
        self.model.set_rows(columns, rows)
        header = self.table.horizontalHeader()
        sizing = (tuple(columns), ui_language(), bool(rows))  # an empty table is measured again
        if sizing != self._sized_for:
            # Widths from the contents once for a set of columns (Interactive mode): again for
            # another category, a refreshed result or a changed mark they stay as they are,
            # widths the person dragged included (measuring costs most of showing the table).
            self._sized_for = sizing
            self.table.resizeColumnsToContents()
            for i, column in enumerate(columns):
                width = {Kind.CATEGORY: 190, Kind.TIE_DECISION: 220}.get(column.kind)
                if width is not None:
                    header.resizeSection(i, min(width, max(header.sectionSize(i), 60)))
            self._fit_title_column()
        for i, column in enumerate(columns):
            # One category chosen: its name on every row would say nothing.
            self.table.setColumnHidden(
                i,
                column.kind == Kind.CATEGORY and result is not None and result.category is not None,
            )
        self._update_legend()
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        status = result.status if result else None
        self.status_label.setText(self._status_text(status) if status else "")
        # The red banner says "provisional" already; the other flags go under it.
        flags = (
            notes_text((n for n in result.flag_notes if n.kind != "provisional"), names)
            if result and result.flag_notes
            else round_flag_texts(result, names)
            if result
            else []
        )
        blocking = blocking_texts(result, names) if result else []
        if blocking and status == RoundStatus.CLOSED:
            flags.append(self.tr("Approval waits for:") + " " + "; ".join(blocking))
        if flags:
            self.message.setText("\n".join(flags))
        idle = not self.ranking_busy
        self.tie_button.setEnabled(
            idle and bool(result and self.tie_groups()) and status != RoundStatus.APPROVED
        )
        self.close_button.setEnabled(idle and status == RoundStatus.OPEN)
        self.approve_button.setEnabled(idle and status == RoundStatus.CLOSED)
        self.reopen_button.setEnabled(idle and status in (RoundStatus.CLOSED, RoundStatus.APPROVED))
        for button in self.output_buttons():
            button.setEnabled(idle and result is not None)
        # The consistency report is worked out when its tab is shown (a large round has
        # hundreds of thousands of marks; the ranking alone should not wait for it).
        self._maxima = {c.code: c.max for c in round_.criteria} if round_ else {}
        self._report_stale = True
        self.consistency_view.clear()
        self._update_consistency()

    #: The title column is never narrower than this, nor wider than ``_TITLE_MAX``.
    _TITLE_MIN = 160
    _TITLE_MAX = 330

    def _fit_title_column(self) -> None:
        """The title takes the width the first columns leave (rank, code, total, prize,
        advancement), so that they all show without scrolling in a 1024-pixel window."""
        columns = self.model.columns()
        kinds = [c.kind for c in columns]
        if Kind.TITLE not in kinds:
            return
        header = self.table.horizontalHeader()
        title = kinds.index(Kind.TITLE)
        first = (Kind.RANK, Kind.CODE, Kind.FINAL_TOTAL, Kind.PRIZE, Kind.ADVANCED)
        others = sum(header.sectionSize(i) for i, kind in enumerate(kinds) if kind in first)
        room = self.table.viewport().width() - others - 2
        natural = self.table.sizeHintForColumn(title)
        header.resizeSection(title, max(self._TITLE_MIN, min(self._TITLE_MAX, natural, room)))

    def _update_legend(self) -> None:
        """What the marks on the screen mean, in words: the order in which equal totals are
        separated (by name), the "=" after a tied rank, how to open an explanation."""
        chain = sorted((c for c in self.model.columns() if c.tie_break), key=self._chain_place)
        parts = []
        if chain:
            names = [self.model.header_text(c) for c in chain]
            parts.append(
                self.tr("Equal totals are separated by: %1").replace(
                    "%1", self.tr(", then ").join(names)
                )
            )
        parts.append(self.tr("“=” after a rank: tied"))
        parts.append(self.tr("double-click a number or press Enter: how it was worked out"))
        self.legend.setText(" · ".join(parts))

    @staticmethod
    def _chain_place(column: Column) -> int:
        return column.tie_break or 0

    def _update_consistency(self) -> None:
        if not self._report_stale or self.tabs.currentWidget() is not self.consistency_view:
            return
        self._report_stale = False
        result = self.result
        if result is None:
            return
        ranking: Any = self.services.ranking
        maxima = dict(self._maxima)

        def work(cancelled: Callable[[], bool]) -> ConsistencyReport | None:
            # Every judge's mark of the round: for a large round, seconds of work.
            detailed = ranking.rank(
                result.round,
                category=result.category,
                drafts=result.drafts,
                explain=True,
                steps=False,  # the marks, not the explanation's words
            )
            return None if cancelled() else consistency(detailed.results, maxima)

        def done(report: ConsistencyReport | None) -> None:
            if self.result is not result:
                return  # the screen moved on meanwhile; its own pass is coming
            if report is None:
                self._report_stale = True  # cancelled: worked out again next time
                self.consistency_view.show_problem(self.tr("Cancelled."))
                return
            round_ = self.competition.round(result.round) if self.competition else None
            names = {c.code: c.name for c in round_.criteria} if round_ else {}
            self.consistency_view.set_report(report, names)

        def failed(exc: JudgingError) -> None:
            self.consistency_view.show_problem(exc.text(ui_language()))

        label = self.tr("Working out the judges' consistency…")
        self.consistency_view.show_problem(label)  # until the report is in
        Operation.cancellable(self, work).success(done).failure(failed).run_in_background(label)

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._update_consistency()

    def _status_text(self, status: RoundStatus) -> str:
        return {
            RoundStatus.OPEN: self.tr("Round open"),
            RoundStatus.CLOSED: self.tr("Round closed"),
            RoundStatus.APPROVED: self.tr("Round approved (locked)"),
        }.get(status, str(status))

    # -- ties -----------------------------------------------------------------------------
    def tie_groups(self) -> list[list[EntryResult]]:
        """The groups the engine reports as still tied (in the ranking or at a prize or
        advancement boundary), then the groups the chair has ordered (in that order): what
        the chair may order, or order anew."""
        if self.result is None:
            return []
        groups = []
        for codes in (*self.result.ties, *self.result.decided):
            entries = [e for code in codes if (e := self.result.entry(code)) is not None]
            if len(entries) > 1:
                groups.append(entries)
        return groups

    def _chosen_tie_group(self) -> list[EntryResult] | None:
        groups = self.tie_groups()
        if not groups:
            return None
        current = self.model.entry_at(self.table.currentIndex())
        if current is not None:
            for group in groups:
                if any(e.entry == current.entry for e in group):
                    return group
        undecided = [g for g in groups if not any(e.tie_decision for e in g)]
        return (undecided or groups)[0]

    # -- actions: one service call each, then "results" is announced --------------------------
    def _call(self, action: str, *args: Any, **kwargs: Any) -> None:
        """One service call in the background (resolving a tie or approving ranks the whole
        round, a second or more on a large one); "results" is announced when it is done."""
        method = getattr(self.services.ranking, action, None)
        if method is None:
            self._show_error(self.tr("This action is not available in this version yet."))
            return

        def work(_cancelled: Callable[[], bool]) -> None:
            # Not cancellable once started: the service decides and commits in one step.
            method(*args, **kwargs)

        def failed(exc: JudgingError) -> None:
            if isinstance(exc, ApprovalBlocked):  # its reasons in the person's language
                self._show_blocking(notes_text(exc.notes, self.names()))
                return
            self._show_error(exc.text(ui_language()))

        Operation.cancellable(self, work).failure(failed).run_in_background(
            self.tr("Recording the decision…")
        )

    def _show_blocking(self, reasons: list[str]) -> None:
        self._show_error(
            self.tr("This round cannot be approved yet:")
            + "\n"
            + "\n".join(f"• {text}" for text in reasons)
        )

    def _show_error(self, message: str) -> None:
        self.prompter.warn(self, self.tr("Results"), message)

    def _on_round_box_changed(self, _index: int) -> None:
        if not self._loading:
            self._load_result()

    def _on_choice_changed(self, *_args: object) -> None:
        if not self._loading:
            self._load_result()

    def _on_tie_button_clicked(self) -> None:
        group = self._chosen_tie_group()
        if group is None or self.result is None:
            return
        previous = next((e.tie_decision for e in group if e.tie_decision), None)
        order = self.prompter.tie_order(self, group, previous)
        if order is None:
            return
        self._call(
            "resolve_tie",
            self.result.round,
            list(order.entries),
            order.reason,
            category=self.result.category,
        )

    def _on_close_button_clicked(self) -> None:
        """Say what the round still lacks (worked out afresh: sheets not submitted, entries
        that cannot be ranked), ask, and close only on a yes."""
        code = self.round_code()
        ranking: Any = self.services.ranking
        if not code:
            return

        def work(_cancelled: Callable[[], bool]) -> RoundGaps:
            gaps: RoundGaps = ranking.round_gaps(code)
            return gaps

        def done(gaps: RoundGaps) -> None:
            if self._confirm_close(gaps):
                self._call("close_round", code)

        def failed(exc: JudgingError) -> None:
            self._show_error(exc.text(ui_language()))

        Operation.cancellable(self, work).success(done).failure(failed).run_in_background(
            self.tr("Checking what the round still lacks…")
        )

    #: How many incomplete entries the closing question names (the rest are counted).
    _NAMED_GAPS = 8

    def _confirm_close(self, gaps: RoundGaps) -> bool:
        round_ = self.competition.round(gaps.round) if self.competition else None
        name = round_.name if round_ else gaps.round
        buttons = (self.tr("Close round"), self.tr("Keep it open"))
        if gaps.complete:
            question = self.tr(
                "Every entry of “%1” has all its marks on submitted sheets. Close the round? "
                "Judges can no longer change their marks."
            ).replace("%1", name)
            return self.prompter.confirm(self, self.tr("Results"), question, buttons)
        question = (
            self.tr("“%1” is not complete: %2 and %3.")
            .replace("%1", name)
            .replace("%2", self.tr("%n sheet(s) not submitted", "", gaps.unsubmitted))
            .replace("%3", self.tr("%n entry(ies) cannot be ranked", "", len(gaps.incomplete)))
            + "\n"
            + self.tr(
                "Close it anyway? Judges can no longer change their marks, and these entries "
                "stay unranked until the round is reopened."
            )
        )
        names = self.names()
        lines = [
            f"• {e.entry} — {e.title}: {'; '.join(notes_text(e.notes, names))}"
            for e in gaps.incomplete[: self._NAMED_GAPS]
        ]
        more = len(gaps.incomplete) - self._NAMED_GAPS
        if more > 0:
            lines.append(self.tr("… and %n more entry(ies)", "", more))
        return self.prompter.confirm(self, self.tr("Results"), question, buttons, "\n".join(lines))

    # -- what leaves the program: Export… and Print… -------------------------------------
    def export_filters(self) -> list[tuple[str, str]]:
        """The save dialog's kinds of file, each with the suffix that chooses its writer (the
        same table as export-ranking's)."""
        return [
            (self.tr("Excel workbook (*.xlsx)"), ".xlsx"),
            (self.tr("CSV table (*.csv)"), ".csv"),
            (self.tr("Council minutes, PDF (*.pdf)"), ".pdf"),
            (self.tr("Council minutes, Word (*.docx)"), ".docx"),
            (self.tr("Web page (*.html)"), ".html"),
        ]

    def _on_export_button_clicked(self) -> None:
        code = self.round_code()
        if not code:
            return
        name = self.prompter.save_file(
            self,
            self.tr("Export results"),
            ";;".join(text for text, _suffix in self.export_filters()),
            results_file_name(code),
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(f"{name}.xlsx")
        if path.suffix.lower() in self.MINUTES_SUFFIXES:
            minutes = self.minutes_details(code)
            if minutes is None:
                return
            self.export_to(path, minutes)
        else:
            self.export_to(path)

    #: The kinds of file that are the council's minutes (they ask for the minutes' details).
    MINUTES_SUFFIXES = (".pdf", ".docx")

    def minutes_details(self, round_code: str) -> MinutesMeta | None:
        """The minutes' number, venue, secretary and vote, asked with the last ones typed for
        the round filled in; None when the person cancels."""
        initial = self._minutes.get(round_code, MinutesMeta())
        meta = self.prompter.minutes_details(self, initial)
        if meta is not None:
            self._minutes[round_code] = meta
        return meta

    def export_to(self, path: Path, minutes: MinutesMeta | None = None) -> None:
        """Write the round's result as shown (category, provisional) to ``path``, its kind
        chosen by its suffix, in the background with progress and Cancel; then say where it
        is. A cancelled or refused export leaves no file. ``minutes``: the minutes' details
        (.pdf, .docx)."""
        code = self.round_code()
        if not code:
            return
        category, drafts, lang = self.category_code(), self.drafts_box.isChecked(), ui_language()
        ranking: Any = self.services.ranking
        load_fonts()  # in the GUI thread, before the worker draws a PDF with them

        def work(cancelled: Callable[[], bool]) -> Path | None:
            writer = writer_for(path)
            report = ranking.report(code, category=category, drafts=drafts)
            if cancelled():
                return None
            try:
                options = ExportOptions(lang=lang, cancelled=cancelled, minutes=minutes)
                writer(report, path, options)
            except ExportCancelled:
                return None
            return path

        def done(written: Path | None) -> None:
            if written is not None:
                self.prompter.inform(
                    self,
                    self.tr("Export results"),
                    self.tr("The results were written to %1.").replace("%1", str(written)),
                )

        Operation.cancellable(self, work).success(done).run_in_background(
            self.tr("Exporting the results…")
        )

    def _on_print_button_clicked(self) -> None:
        """The council's minutes of the round as shown, on a printer chosen in the print
        dialog."""
        code = self.round_code()
        if not code:
            return
        category, drafts = self.category_code(), self.drafts_box.isChecked()
        ranking: Any = self.services.ranking
        report = Operation(
            self, lambda: ranking.report(code, category=category, drafts=drafts)
        ).run()
        if report is None:
            return
        minutes = self.minutes_details(code)
        if minutes is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.publish.minutes_pdf import print_minutes

        load_fonts()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the council's minutes"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        lang = ui_language()
        Operation(self, lambda: print_minutes(report, printer, lang=lang, meta=minutes)).run()

    def names(self) -> Names:
        """What the codes in the engine's notes are called in this competition."""
        return Names.of(self.competition, self.result.results[:1] if self.result else ())

    def _on_reopen_button_clicked(self) -> None:
        code = self.round_code()
        round_ = self.current_round()
        if not code or round_ is None:
            return
        status = self.result.status if self.result else None
        question = (
            self.tr(
                "Reopen “%1”? The approved result stays on record, but the round must be "
                "closed and approved again."
            )
            if status == RoundStatus.APPROVED
            else self.tr("Reopen “%1”? Judges can change their marks again.")
        ).replace("%1", round_.name)
        reason = self.prompter.reopen_reason(self, question)
        if reason:
            self._call("reopen_round", code, reason=reason)

    def _on_approve_button_clicked(self) -> None:
        code = self.round_code()
        blocking = (
            blocking_texts(self.result, self.names())
            if self.result and not self.result.drafts
            else []
        )
        if code and blocking:  # known already: say why in the person's words, change nothing
            self._show_blocking(blocking)
            return
        if code and self.prompter.confirm(
            self,
            self.tr("Results"),
            self.tr("Approve this round? The result is locked and prizes are confirmed."),
            (self.tr("Approve round"), self.tr("Cancel")),
        ):
            self._call("approve_round", code)

    def _on_table_open(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index)
        result = self.result
        if entry is None or result is None:
            return
        column = self.model.column(index.column())
        columns = self.model.columns()
        ranking: Any = self.services.ranking

        round_ = self.competition.round(result.round) if self.competition else None

        def show(explained: EntryResult) -> None:
            title, html = explanation_html(
                result,
                explained,
                column,
                columns,
                Places.of(round_),
                ui_language(),
                Names.of(self.competition, [explained]),
            )
            self.prompter.explain(self, title, html)

        if not hasattr(ranking, "explain"):
            show(entry)
            return
        code = entry.entry

        def work(cancelled: Callable[[], bool]) -> EntryResult | None:
            # The entry opened down to every judge's mark: one service call, which ranks the
            # whole round again (a second on a large round), so off the GUI thread.
            explained: EntryResult = ranking.explain(code, result.round, drafts=result.drafts)
            return None if cancelled() else explained

        def done(explained: EntryResult | None) -> None:
            if explained is not None:
                show(explained)

        def failed(exc: JudgingError) -> None:
            self._show_error(exc.text(ui_language()))

        Operation.cancellable(self, work).success(done).failure(failed).run_in_background(
            self.tr("Working out the explanation…")
        )
