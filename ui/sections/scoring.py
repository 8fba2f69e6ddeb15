"""The Scoring section of the main window: progress per judge and per sheet in a round, and
the doors to judge mode, the secretary's grid, paper score sheets, the marks CSV and
reopening a submitted sheet (with a reason, recorded in the audit log)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.changes import Area
from judging.errors import JudgingError
from judging.scoring import marks_csv
from judging.scoring.model import (
    ImportReport,
    PrintPack,
    SheetState,
    SheetSummary,
    entry_progress,
)
from judging.textfiles import read_bytes, write_output
from ui.bus import ChangeBus
from ui.errors import Prompter, show_refusal
from ui.kits_actions import KitActions
from ui.operations import Operation, Runner
from ui.scoring.common import marks_file_name, sheets_file_name
from ui.scoring.grid import SecretaryGrid
from ui.scoring.judge_mode import JudgeMode
from ui.scoring.models import EntryProgressModel, ProgressModel, SheetsModel
from ui.sections.base import Section
from ui.setup.runner import ThreadRunner
from ui.widgets.flow_layout import FlowLayout

#: How often the shown section asks the database whether someone else wrote to it (ms).
CHANGE_POLL_MS = 1500


class ScoringSection(Section):
    listens_to = Area.MARKS | Area.ASSIGNMENTS | Area.COMPETITION | Area.JUDGES | Area.ENTRIES

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(services, bus, parent)
        self.prompter = Prompter()
        self.runner: Runner = runner or ThreadRunner()
        #: A marks import or export is running: its buttons stay off until it ends.
        self.file_busy = False
        self.judge_mode: JudgeMode | None = None
        self.grid: SecretaryGrid | None = None
        self._all_sheets: list[SheetSummary] = []
        self._hidden_host: QWidget | None = None
        #: The database's change counter when the rows were last loaded (None: cannot tell).
        self._seen_version: int | None = None
        # Marks that arrive from outside (another program on the same file, an import on the
        # command line) show up without switching rounds: polled only while shown.
        self.change_timer = QTimer(self)
        self.change_timer.setInterval(CHANGE_POLL_MS)
        self.change_timer.timeout.connect(self.check_for_outside_changes)

        self.round_label = QLabel(self)
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("round")
        self.round_combo.currentIndexChanged.connect(self.refresh)
        self.judge_mode_button = QPushButton(self)
        self.judge_mode_button.setObjectName("judge_mode_button")
        self.judge_mode_button.clicked.connect(self.open_judge_mode)
        self.grid_button = QPushButton(self)
        self.grid_button.clicked.connect(self.open_grid)
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("organiser_password_button")
        self.password_button.clicked.connect(self.set_organiser_password)
        # a push button with a menu: framed like its neighbours, its arrow clear of the text
        self.print_button = QPushButton(self)
        self.print_menu = QMenu(self)
        self.print_blank_action = self.print_menu.addAction("")
        self.print_blank_action.triggered.connect(lambda: self.print_sheets(filled=False))
        self.print_filled_action = self.print_menu.addAction("")
        self.print_filled_action.triggered.connect(lambda: self.print_sheets(filled=True))
        self.print_printer_action = self.print_menu.addAction("")
        self.print_printer_action.triggered.connect(self.print_on_printer)
        self.print_menu.addSeparator()
        self.print_all_blank_action = self.print_menu.addAction("")
        self.print_all_blank_action.triggered.connect(lambda: self.print_every_judge(filled=False))
        self.print_all_filled_action = self.print_menu.addAction("")
        self.print_all_filled_action.triggered.connect(lambda: self.print_every_judge(filled=True))
        self.print_menu.addSeparator()
        self.print_each_blank_action = self.print_menu.addAction("")
        self.print_each_blank_action.triggered.connect(
            lambda: self.print_every_judge(filled=False, one_file_each=True)
        )
        self.print_each_filled_action = self.print_menu.addAction("")
        self.print_each_filled_action.triggered.connect(
            lambda: self.print_every_judge(filled=True, one_file_each=True)
        )
        self.print_button.setMenu(self.print_menu)
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_marks)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_marks)
        self.take_in_button = QPushButton(self)
        self.take_in_button.setObjectName("take_in_scorefiles")
        self.take_in_button.clicked.connect(self.take_in_scorefiles)
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setObjectName("resolve_conflicts")
        self.conflicts_button.clicked.connect(self.resolve_conflicts)
        self._pending_conflicts = 0

        self.progress_model = ProgressModel(self)
        self.progress_table = QTableView(self)
        self.progress_table.setObjectName("progress")
        self.entry_model = EntryProgressModel(self)
        self.entry_table = QTableView(self)
        self.entry_table.setObjectName("entry_progress")
        self.sheets_model = SheetsModel(self)
        self.sheets_table = QTableView(self)
        self.sheets_table.setObjectName("sheets")
        for table, model in (
            (self.progress_table, self.progress_model),
            (self.entry_table, self.entry_model),
            (self.sheets_table, self.sheets_model),
        ):
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
        progress_header = self.progress_table.horizontalHeader()
        progress_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The judge's name takes what room is left (elided), so that on a 1024-pixel screen
        # every count column is in view without scrolling sideways.
        progress_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.progress_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        sheets_header = self.sheets_table.horizontalHeader()
        sheets_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sheets_header.setSectionResizeMode(SheetsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        entry_header = self.entry_table.horizontalHeader()
        entry_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        entry_header.setSectionResizeMode(EntryProgressModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.progress_table.selectionModel().selectionChanged.connect(
            self._on_progress_selection_changed
        )
        self.entry_table.selectionModel().selectionChanged.connect(
            self._on_progress_selection_changed
        )
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.addTab(self.progress_table, "")
        self.views.addTab(self.entry_table, "")
        self.views.currentChanged.connect(lambda _index: self._show_sheets())
        self.sheets_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The bar wraps onto a second row in a narrow window instead of widening the section.
        bar = FlowLayout()
        bar.addWidget(self.round_label)
        bar.addWidget(self.round_combo)
        for widget in (
            self.judge_mode_button,
            self.password_button,
            self.grid_button,
            self.print_button,
            self.reopen_button,
            self.import_button,
            self.export_button,
            self.take_in_button,
            self.conflicts_button,
        ):
            bar.addWidget(widget)
        splitter = QSplitter(self)
        splitter.addWidget(self.views)
        splitter.addWidget(self.sheets_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_note)
        self.retranslate()
        self._fill_rounds()

    def title(self) -> str:
        return self.tr("Scoring")

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("Round"))
        self.views.setTabText(0, self.tr("By judge"))
        self.views.setTabText(1, self.tr("By entry"))
        self.judge_mode_button.setText(self.tr("Judge mode…"))
        self.judge_mode_button.setToolTip(
            self.tr("Hand the machine to a judge: name and PIN, then only their entries.")
        )
        self.password_button.setText(self.tr("Organiser password…"))
        self.password_button.setToolTip(
            self.tr("Set the password that leaving judge mode and reopening a sheet ask for.")
        )
        self.grid_button.setText(self.tr("Secretary's grid…"))
        self.grid_button.setToolTip(self.tr("Type paper score sheets fast, keyboard only."))
        self.print_button.setText(self.tr("Print score sheets"))
        self.print_blank_action.setText(self.tr("Blank sheets of the selected judge to PDF…"))
        self.print_filled_action.setText(self.tr("Filled sheets of the selected judge to PDF…"))
        self.print_printer_action.setText(self.tr("Print the selected judge's blank sheets…"))
        self.print_all_blank_action.setText(self.tr("Blank sheets of every judge to one PDF…"))
        self.print_all_filled_action.setText(self.tr("Filled sheets of every judge to one PDF…"))
        self.print_each_blank_action.setText(
            self.tr("Blank sheets of every judge, one PDF a judge, into a folder…")
        )
        self.print_each_filled_action.setText(
            self.tr("Filled sheets of every judge, one PDF a judge, into a folder…")
        )
        self.reopen_button.setText(self.tr("Reopen sheet…"))
        self.reopen_button.setToolTip(
            self.tr("Unlock the selected submitted sheet; the reason goes to the audit log.")
        )
        self.import_button.setText(self.tr("Import marks…"))
        self.export_button.setText(self.tr("Export marks…"))
        self.take_in_button.setText(self.tr("Take in score files…"))
        self.take_in_button.setToolTip(
            self.tr("Verify and take in the signed score files judges sent from their kits.")
        )
        self.conflicts_button.setText(self.tr("Resolve mark conflicts…"))
        self.conflicts_button.setToolTip(
            self.tr("Choose between marks typed from paper and the judges' score files.")
        )
        self.empty_note.setText(self.tr("No entries are assigned to judges in this round yet."))
        self._show_summary()

    def showEvent(self, event: QShowEvent) -> None:
        stale = self.is_stale()
        super().showEvent(event)  # refreshes a stale section
        if not stale:
            self.check_for_outside_changes()
        self.change_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.change_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Back from another program (which may have written marks): look at once.
            self.check_for_outside_changes()
        super().changeEvent(event)

    def check_for_outside_changes(self) -> bool:
        """Reload when the database was written since the rows were loaded (marks imported
        or typed elsewhere); True when it reloaded. Cheap: one PRAGMA on a kept connection."""
        if not self.isVisible() or self.file_busy:
            return False
        version = self.services.scoring.data_version()
        if version is None or version == self._seen_version:
            return False
        self.refresh()
        return True

    # -- loading ---------------------------------------------------------------------------------
    def _fill_rounds(self) -> None:
        self.refresh()

    @property
    def round_code(self) -> str | None:
        data = self.round_combo.currentData()
        return data if isinstance(data, str) else None

    def _sync_rounds(self) -> None:
        """The round list follows the competition's definition (kept choice where it can)."""
        competition = Operation(self, self.services.core.competition).run()
        rounds = [(r.code, r.name) for r in competition.rounds] if competition else []
        shown = [
            (self.round_combo.itemData(i), self.round_combo.itemText(i))
            for i in range(self.round_combo.count())
        ]
        if rounds == shown:
            return
        current = self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for code, name in rounds:
            self.round_combo.addItem(name, code)
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(current), 0))
        self.round_combo.blockSignals(False)

    def refresh(self) -> None:
        self._stale = False
        # Read first: a write that lands while loading is seen by the next look.
        self._seen_version = self.services.scoring.data_version()
        self._sync_rounds()
        code = self.round_code
        if code is None:
            self.progress_model.set_rows([])
            self.sheets_model.set_rows([])
        else:
            judge = self.selected_judge()
            progress = Operation(self, lambda: self.services.scoring.progress(code)).run()
            sheets = Operation(self, lambda: self.services.scoring.round_sheets(code)).run()
            entry = self.selected_entry()
            self.progress_model.set_rows(progress or [])
            self._all_sheets = sheets or []
            entries = entry_progress(self._all_sheets)
            self.entry_model.set_rows(entries)
            entry_row = next((i for i, e in enumerate(entries) if e.entry_code == entry), None)
            if entry_row is not None:
                self.entry_table.selectRow(entry_row)
            row = next(
                (i for i, p in enumerate(progress or []) if p.judge_code == judge),
                0 if progress else None,
            )
            if row is not None:
                self.progress_table.selectRow(row)
            self._show_sheets()
        self._pending_conflicts = len(
            (Operation(self, lambda: self.services.kits.conflicts(code)).run() or [])
            if code is not None
            else []
        )
        self._show_summary()
        self.empty_note.setVisible(self.progress_model.rowCount() == 0)
        self._update_buttons()

    def _show_sheets(self) -> None:
        sheets = self._all_sheets
        if self.views.currentWidget() is self.entry_table:
            entry = self.selected_entry()
            self.sheets_model.set_rows(
                [s for s in sheets if entry is None or s.entry_code == entry]
            )
            self.sheets_table.setColumnHidden(SheetsModel.JUDGE, False)
        else:
            judge = self.selected_judge()
            self.sheets_model.set_rows(
                [s for s in sheets if judge is None or s.judge_code == judge]
            )
            self.sheets_table.setColumnHidden(SheetsModel.JUDGE, judge is not None)
        self._update_buttons()

    def selected_entry(self) -> str | None:
        rows = self.entry_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.entry_model.row(rows[0].row()).entry_code

    def _show_summary(self) -> None:
        sheets = self._all_sheets
        if not sheets:
            self.summary.setText("")
            return
        done = sum(1 for s in sheets if s.done)
        submitted = sum(1 for s in sheets if s.state is SheetState.SUBMITTED)
        self.summary.setText(
            self.tr("{done} of {total} sheets done ({submitted} submitted).")
            .replace("{done}", str(done))
            .replace("{total}", str(len(sheets)))
            .replace("{submitted}", str(submitted))
        )

    def selected_judge(self) -> str | None:
        rows = self.progress_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.progress_model.row(rows[0].row()).judge_code

    def selected_sheet(self) -> tuple[str, str] | None:
        rows = self.sheets_table.selectionModel().selectedRows()
        if not rows:
            return None
        sheet = self.sheets_model.row(rows[0].row())
        return sheet.judge_code, sheet.entry_code

    def _on_progress_selection_changed(
        self, _selected: QItemSelection, _old: QItemSelection
    ) -> None:
        self._show_sheets()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        has_round = self.round_code is not None
        judge = self.selected_judge() is not None
        self.judge_mode_button.setEnabled(has_round)
        self.grid_button.setEnabled(has_round)
        self.print_button.setEnabled(has_round)
        for action in (
            self.print_blank_action,
            self.print_filled_action,
            self.print_printer_action,
        ):
            action.setEnabled(judge)
        self.import_button.setEnabled(has_round and not self.file_busy)
        self.export_button.setEnabled(has_round and not self.file_busy)
        self.conflicts_button.setEnabled(has_round and self._pending_conflicts > 0)
        selected = self.sheets_table.selectionModel().selectedRows()
        self.reopen_button.setEnabled(
            bool(selected)
            and self.sheets_model.row(selected[0].row()).state
            in (SheetState.SUBMITTED, SheetState.RECUSED)
        )

    # -- actions ---------------------------------------------------------------------------------
    def set_organiser_password(self) -> bool:
        """Set or change the organiser's password (the current one first, when there is
        one); True when it was changed."""
        title = self.tr("Organiser password")
        has = Operation(self, self.services.scoring.has_organiser_password).run()
        if has is None:
            return False
        current: str | None = None
        if has:
            current = self.prompter.ask_text(
                self, title, self.tr("The current organiser password:"), password=True
            )
            if current is None:
                return False
        new = self.prompter.ask_text(
            self,
            title,
            self.tr("The new organiser password (at least 10 characters):"),
            password=True,
        )
        if new is None:
            return False
        if len(new) < self.services.scoring.password_min_length:
            self.prompter.warn(self, title, self.tr("The password needs at least 10 characters."))
            return False
        again = self.prompter.ask_text(
            self, title, self.tr("The new password again:"), password=True
        )
        if again != new:
            self.prompter.warn(
                self, title, self.tr("The two passwords differ; nothing was changed.")
            )
            return False

        def save() -> bool:
            # A wrong current password is refused here, and counted like any wrong one.
            self.services.scoring.set_organiser_password(new, current=current)
            return True

        if not Operation(self, save).run():
            return False
        self.prompter.inform(
            self,
            title,
            self.tr(
                "The organiser password is set: leaving judge mode and reopening a sheet ask "
                "for it."
            ),
        )
        return True

    def open_judge_mode(self) -> JudgeMode:
        """Judge mode in its own window; the main window is hidden until the organiser lets
        judge mode end (a judge on a shared machine sees nothing else)."""
        if self.judge_mode is None:
            window = JudgeMode(self.services, self.bus, prompter=self.prompter)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.left.connect(self._on_judge_mode_left)
            self.judge_mode = window
        host = self.window()
        if host is not self and host.isVisible():
            # Where the main window was, as large: a desktop that does not maximise (or
            # un-maximising later) leaves the judge a full-sized window, not the login's
            # smallest size.
            self.judge_mode.setGeometry(host.geometry())
            self._hidden_host = host
            host.hide()
        self.judge_mode.showMaximized()
        return self.judge_mode

    def _on_judge_mode_left(self) -> None:
        # The main window first: closing the only visible window would end the program.
        if self._hidden_host is not None:
            self._hidden_host.show()
            self._hidden_host = None
        if self.judge_mode is not None:
            self.judge_mode.close()
            self.judge_mode.deleteLater()
            self.judge_mode = None
        self.refresh()

    def open_grid(self) -> SecretaryGrid:
        if self.grid is None:
            self.grid = SecretaryGrid(
                self.services,
                self.bus,
                prompter=self.prompter,
                round_code=self.round_code,
                judge_code=self.selected_judge(),
            )
            self.grid.resize(1100, 650)
        self.grid.show()
        self.grid.raise_()
        return self.grid

    def print_sheets(self, *, filled: bool) -> Path | None:
        judge = self.selected_judge()
        code = self.round_code
        if judge is None or code is None:
            return None
        from ui.scoring.printing import print_to_pdf

        name = self.prompter.save_file(
            self,
            self.tr("Save score sheets as PDF"),
            self.tr("PDF files (*.pdf)"),
            sheets_file_name(judge, filled=filled),
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

        def write() -> Path:
            pack = self.services.scoring.print_pack(code, judge, filled=filled)
            return print_to_pdf(pack, path)

        done = Operation(self, write).run()
        if done is not None:
            self.prompter.inform(
                self,
                self.tr("Score sheets"),
                self.tr("The score sheets were saved to {path}.").replace("{path}", str(done)),
            )
        return done

    def print_every_judge(self, *, filled: bool, one_file_each: bool = False) -> None:
        """Every judge's sheets of the round into one PDF (each judge's summary after their
        sheets), or one PDF a judge into a folder ("phieu-cham-GK05.pdf", as print-sheets
        --all --out FOLDER names them), behind a progress dialog."""
        code = self.round_code
        if code is None:
            return
        from ui.fonts import load_fonts

        load_fonts()  # in the GUI thread, before the worker paints with them
        target = self._ask_sheets_target(code, filled=filled, one_file_each=one_file_each)
        if target is None:
            return
        services = self.services

        # Runs in the worker thread: no widget is touched here (a PDF printer may be painted
        # on outside the GUI thread).
        def write(cancelled: Callable[[], bool]) -> tuple[int, int] | None:
            packs = services.scoring.print_packs(code, filled=filled)
            if cancelled() or not packs:
                return None
            write_sheets(
                packs, target, filled=filled, one_file_each=one_file_each, cancelled=cancelled
            )
            return len(packs), sum(len(p.sheets) for p in packs)

        def done(result: object) -> None:
            if not isinstance(result, tuple):
                return  # cancelled, or no judge has entries: nothing written
            judges, sheets = result
            said = (
                self.tr(
                    "{sheets} score sheets of {judges} judges were saved to the folder {path}, "
                    "one file a judge."
                )
                if one_file_each
                else self.tr("{sheets} score sheets of {judges} judges were saved to {path}.")
            )
            self.prompter.inform(
                self,
                self.tr("Score sheets"),
                said.replace("{sheets}", str(sheets))
                .replace("{judges}", str(judges))
                .replace("{path}", str(target)),
            )

        self._start_file_work(self.tr("Printing score sheets…"), write, done)

    def _ask_sheets_target(self, code: str, *, filled: bool, one_file_each: bool) -> Path | None:
        """The PDF file, or the folder for one file a judge, the person chooses."""
        if one_file_each:
            folder = self.prompter.choose_folder(
                self, self.tr("Choose the folder for every judge's score sheets")
            )
            return Path(folder) if folder else None
        name = self.prompter.save_file(
            self,
            self.tr("Save every judge's score sheets as PDF"),
            self.tr("PDF files (*.pdf)"),
            sheets_file_name(code, filled=filled),
        )
        if not name:
            return None
        return Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def print_on_printer(self) -> None:
        judge = self.selected_judge()
        code = self.round_code
        if judge is None or code is None:
            return
        from ui.scoring.printing import print_with_dialog

        pack = Operation(
            self, lambda: self.services.scoring.print_pack(code, judge, filled=False)
        ).run()
        if pack is not None:
            print_with_dialog(self, pack)

    def reopen_selected(self) -> bool:
        selected = self.selected_sheet()
        code = self.round_code
        if selected is None or code is None:
            return False
        judge, entry = selected
        if self.services.scoring.has_organiser_password():
            password = self.prompter.ask_text(
                self, self.tr("Reopen sheet"), self.tr("The organiser's password:"), password=True
            )
            if password is None:
                return False
            right = Operation(
                self, lambda: self.services.scoring.check_organiser_password(password)
            ).run()
            if right is None:  # refused: wrong ones came too fast (the dialog said so)
                return False
            if not right:
                self.prompter.warn(self, self.tr("Reopen sheet"), self.tr("Wrong password."))
                return False
        reason = self.prompter.ask_text(
            self,
            self.tr("Reopen sheet"),
            self.tr("Why is the sheet of {judge} for {entry} reopened? (kept in the audit log)")
            .replace("{judge}", judge)
            .replace("{entry}", entry),
        )
        if reason is None or not reason.strip():
            return False
        done = Operation(
            self,
            lambda: self.services.scoring.reopen(code, judge, entry, reason),
        ).run()
        return done is not None

    def _start_file_work(
        self,
        label: str,
        work: Callable[[Callable[[], bool]], object],
        done: Callable[[object], None],
    ) -> None:
        """Run a marks import or export in the background (a worker thread behind a progress
        dialog with Cancel in the app); a refusal becomes a message."""
        self.file_busy = True
        self._update_buttons()

        def finished(result: object) -> None:
            self.file_busy = False
            self._update_buttons()
            done(result)

        def failed(exc: JudgingError) -> None:
            self.file_busy = False
            self._update_buttons()
            show_refusal(self.prompter, self, exc)

        Operation.cancellable(self, work).success(finished).failure(failed).run_in_background(label)

    def take_in_scorefiles(self) -> None:
        KitActions(self, self.services, self.prompter).take_in()

    def resolve_conflicts(self) -> None:
        KitActions(self, self.services, self.prompter).resolve_conflicts(self.round_code)

    def import_marks(self) -> None:
        name = self.prompter.open_file(
            self, self.tr("Import marks"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if not name:
            return
        services = self.services

        # Runs in the worker thread: no widget is touched here.
        def read_and_import(cancelled: Callable[[], bool]) -> ImportReport | None:
            data = read_bytes(Path(name), limit=marks_csv.MAX_BYTES)
            # The service checks and stores the whole file in one transaction that cannot be
            # interrupted: Cancel is honoured up to the moment it starts (nothing stored then).
            if cancelled():
                return None
            return services.scoring.import_marks(data, source=Path(name).name)

        def done(result: object) -> None:
            if not isinstance(result, ImportReport):
                return  # cancelled before anything was stored
            self.prompter.inform(
                self,
                self.tr("Import marks"),
                self.tr(
                    "{changed} marks changed, {unchanged} unchanged; {submitted} sheets submitted."
                )
                .replace("{changed}", str(result.changed))
                .replace("{unchanged}", str(result.unchanged))
                .replace("{submitted}", str(result.sheets_submitted)),
            )

        self._start_file_work(self.tr("Importing marks…"), read_and_import, done)

    def export_marks(self) -> None:
        code = self.round_code
        name = self.prompter.save_file(
            self, self.tr("Export marks"), self.tr("CSV files (*.csv)"), marks_file_name(code)
        )
        if not name:
            return
        services = self.services

        # Runs in the worker thread: no widget is touched here.
        def write(cancelled: Callable[[], bool]) -> int | None:
            records = services.scoring.export_marks(code)
            if cancelled():  # before the file is written: no file left behind
                return None
            write_output(Path(name), marks_csv.write_marks(records))
            return len(records)

        def done(result: object) -> None:
            if not isinstance(result, int):
                return  # cancelled: nothing written
            self.prompter.inform(
                self,
                self.tr("Export marks"),
                self.tr("{n} marks written to {path}.")
                .replace("{n}", str(result))
                .replace("{path}", name),
            )

        self._start_file_work(self.tr("Exporting marks…"), write, done)


def write_sheets(
    packs: Sequence[PrintPack],
    target: Path,
    *,
    filled: bool,
    one_file_each: bool,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """Every judge's sheets into ``target``: one PDF, or one PDF a judge in the folder
    ``target`` (named as print-sheets --all names them). Each file is written whole; a cancel
    stops before the next judge. The files written, in order."""
    from ui.scoring.printing import print_to_pdf

    if not one_file_each:
        return [print_to_pdf(list(packs), target)]
    written = []
    for pack in packs:
        if cancelled():
            break
        written.append(
            print_to_pdf(pack, target / sheets_file_name(pack.judge_code, filled=filled))
        )
    return written
