"""The Judges section of the main window: the judges (roles, PINs), their conflicts of
interest, and the assignment of entries to judges per round — by hand, from a file, or
automatically ("Assign automatically": balanced, never a conflicted judge, seeded)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.changes import Area
from judging.model import Judge, Role
from judging.services.dto import EntryRow, JudgeRow
from judging.setup.dto import (
    AssignmentRow,
    AssignOutcome,
    ConflictRow,
    ImportOutcome,
    PanelSeat,
    Uncovered,
)
from ui.bus import ChangeBus
from ui.errors import Prompter
from ui.file_names import assignments_file_name
from ui.kits_actions import KitActions
from ui.operations import Operation
from ui.sections.base import Section
from ui.setup.common import Column, RowsModel
from ui.setup.judge_dialogs import ConflictDialog, JudgeDialog, PanelDialog
from ui.widgets.combo import typed_data
from ui.widgets.flow_layout import FlowLayout

CSV_FILTER = "CSV, xlsx (*.csv *.xlsx);;All files (*)"


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class JudgesSection(Section):
    listens_to = Area.JUDGES | Area.ENTRIES | Area.ASSIGNMENTS | Area.COMPETITION

    def __init__(self, services: Services, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.prompter = Prompter()
        self._role_names: dict[Role, str] = {}
        self._judge_names: dict[str, str] = {}
        self._entry_titles: dict[str, str] = {}
        self.last_outcome: AssignOutcome | None = None
        self._panel_seats: list[PanelSeat] = []

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("judgesTabs")

        # -- judges -------------------------------------------------------------------------
        self.judges_model: RowsModel[JudgeRow] = RowsModel(
            [
                Column(lambda: self.tr("Code"), lambda j: j.code),
                Column(lambda: self.tr("Name"), lambda j: j.name),
                Column(lambda: self.tr("Academic title"), lambda j: j.title),
                Column(lambda: self.tr("Organisation"), lambda j: j.organisation),
                Column(lambda: self.tr("Role"), lambda j: self._role_names.get(j.role, j.role)),
                Column(lambda: self.tr("PIN"), self._pin_state),
            ],
            self,
        )
        self.judges_view = _table(self.judges_model)
        self.judges_view.setObjectName("judgesTable")
        # Every column in view on a 1024-pixel screen: the organisation gives way (elided).
        judges_header = self.judges_view.horizontalHeader()
        judges_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        judges_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # organisation
        judges_header.setStretchLastSection(False)
        _widths(self.judges_view, (8, 24, 12, 40, 12))
        self.judges_view.doubleClicked.connect(self._on_edit_judge_clicked)
        self.new_judge_button = QPushButton()
        self.edit_judge_button = QPushButton()
        self.import_judges_button = QPushButton()
        self.pin_button = QPushButton()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock_judge")
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self._locked: set[str] = set()
        self.new_judge_button.clicked.connect(self._on_new_judge_clicked)
        self.edit_judge_button.clicked.connect(self._on_edit_judge_clicked)
        self.import_judges_button.clicked.connect(self._on_import_judges_clicked)
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self.export_kits_button = QPushButton()
        self.export_kits_button.setObjectName("export_kits")
        self.export_kits_button.clicked.connect(self._on_export_kits_clicked)
        judges_page = QWidget()
        judges_layout = QVBoxLayout(judges_page)
        judges_layout.addLayout(
            _row(
                self.new_judge_button,
                self.edit_judge_button,
                self.pin_button,
                self.unlock_button,
                self.import_judges_button,
                self.export_kits_button,
            )
        )
        judges_layout.addWidget(self.judges_view, 1)
        self.tabs.addTab(judges_page, "")

        # -- conflicts ----------------------------------------------------------------------
        self.conflicts_model: RowsModel[ConflictRow] = RowsModel(
            [
                Column(lambda: self.tr("Judge"), lambda c: self._judge_label(c.judge)),
                Column(lambda: self.tr("Entry"), lambda c: self._entry_label(c.entry)),
                Column(
                    lambda: self.tr("Kind"),
                    lambda c: self.tr("declared") if c.declared else self.tr("same organisation"),
                ),
                Column(lambda: self.tr("Reason"), lambda c: c.reason if c.declared else ""),
            ],
            self,
        )
        self.conflicts_view = _table(self.conflicts_model)
        self.conflicts_view.setObjectName("conflictsTable")
        _widths(self.conflicts_view, (30, 50, 16))
        self.declare_button = QPushButton()
        self.remove_conflict_button = QPushButton()
        self.import_conflicts_button = QPushButton()
        self.declare_button.clicked.connect(self._on_declare_clicked)
        self.remove_conflict_button.clicked.connect(self._on_remove_conflict_clicked)
        self.import_conflicts_button.clicked.connect(self._on_import_conflicts_clicked)
        self.conflicts_note = QLabel()
        self.conflicts_note.setWordWrap(True)
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        conflicts_layout.addWidget(self.conflicts_note)
        conflicts_layout.addLayout(
            _row(self.declare_button, self.remove_conflict_button, self.import_conflicts_button)
        )
        conflicts_layout.addWidget(self.conflicts_view, 1)
        self.tabs.addTab(conflicts_page, "")

        # -- assignment ---------------------------------------------------------------------
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("round")
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.round_label = QLabel()
        self.round_label.setBuddy(self.round_combo)
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 999_999)
        self.seed_label = QLabel()
        self.seed_label.setBuddy(self.seed)
        self.replace_box = QCheckBox()
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.panels_button = QPushButton()
        self.panels_button.setObjectName("panelsButton")
        self.panels_button.clicked.connect(self._on_panels_clicked)
        self.assignments_model: RowsModel[AssignmentRow] = RowsModel(
            [
                Column(lambda: self.tr("Judge"), lambda a: self._judge_label(a.judge)),
                Column(lambda: self.tr("Entry"), lambda a: self._entry_label(a.entry)),
                Column(lambda: self.tr("How"), lambda a: self._origin_label(a.origin)),
            ],
            self,
        )
        self.assignments_view = _table(self.assignments_model)
        self.assignments_view.setObjectName("assignmentsTable")
        _widths(self.assignments_view, (30, 70))
        self.pair_judge = QComboBox()
        self.pair_judge.setObjectName("pairJudge")
        self.pair_entry = QComboBox()
        self.pair_entry.setObjectName("pairEntry")
        # long names and titles must not widen the section beyond the window
        for combo, chars in ((self.pair_judge, 22), (self.pair_entry, 34), (self.round_combo, 18)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(chars)
        self.add_pair_button = QPushButton()
        self.remove_pair_button = QPushButton()
        self.import_assignments_button = QPushButton()
        self.export_assignments_button = QPushButton()
        self.add_pair_button.clicked.connect(self._on_add_pair_clicked)
        self.remove_pair_button.clicked.connect(self._on_remove_pair_clicked)
        self.import_assignments_button.clicked.connect(self._on_import_assignments_clicked)
        self.export_assignments_button.clicked.connect(self._on_export_assignments_clicked)
        self.loads_label = QLabel()
        self.loads_label.setObjectName("loads")
        self.loads_label.setWordWrap(True)
        self.uncovered = QPlainTextEdit()
        self.uncovered.setObjectName("uncovered")
        self.uncovered.setReadOnly(True)
        self.uncovered.setMaximumHeight(90)
        assignment_page = QWidget()
        assignment_layout = QVBoxLayout(assignment_page)
        assignment_layout.addLayout(
            _row(
                self.round_label,
                self.round_combo,
                self.seed_label,
                self.seed,
                self.replace_box,
                self.assign_button,
            )
        )
        assignment_layout.addLayout(
            _row(
                self.panels_button,
                self.import_assignments_button,
                self.export_assignments_button,
            )
        )
        assignment_layout.addWidget(self.loads_label)
        assignment_layout.addWidget(self.uncovered)
        assignment_layout.addWidget(self.assignments_view, 1)
        assignment_layout.addLayout(
            _row(self.pair_judge, self.pair_entry, self.add_pair_button, self.remove_pair_button)
        )
        self.tabs.addTab(assignment_page, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # buttons that act on the selected row are enabled only while there is one
        for view in (self.judges_view, self.conflicts_view, self.assignments_view):
            view.selectionModel().selectionChanged.connect(self._update_selection_buttons)
            view.model().modelReset.connect(self._update_selection_buttons)
        self.retranslate()
        self.refresh()
        self._update_selection_buttons()

    def _update_selection_buttons(self, *_args: object) -> None:
        judge = self._selected(self.judges_view, self.judges_model)
        self.edit_judge_button.setEnabled(isinstance(judge, JudgeRow))
        self.pin_button.setEnabled(isinstance(judge, JudgeRow))
        self.unlock_button.setEnabled(isinstance(judge, JudgeRow) and judge.code in self._locked)
        conflict = self._selected(self.conflicts_view, self.conflicts_model)
        self.remove_conflict_button.setEnabled(
            isinstance(conflict, ConflictRow) and conflict.declared
        )
        pair = self._selected(self.assignments_view, self.assignments_model)
        self.remove_pair_button.setEnabled(isinstance(pair, AssignmentRow))

    # -- Section ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Judges")

    def retranslate(self) -> None:
        self._role_names = {
            Role.MEMBER: self.tr("member"),
            Role.CHAIR: self.tr("chair"),
            Role.TRAINEE: self.tr("trainee"),
        }
        self.tabs.setTabText(0, self.tr("Judges"))
        self.tabs.setTabText(1, self.tr("Conflicts of interest"))
        self.tabs.setTabText(2, self.tr("Assignment"))
        self.new_judge_button.setText(self.tr("&New judge…"))
        self.edit_judge_button.setText(self.tr("&Edit…"))
        self.pin_button.setText(self.tr("Set &PIN…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.import_judges_button.setText(self.tr("&Import judges…"))
        self.export_kits_button.setText(self.tr("Export judge kits…"))
        self.conflicts_note.setText(
            self.tr(
                "A judge never judges an entry of their own organisation (detected) or one "
                "with a declared conflict of interest."
            )
        )
        self.declare_button.setText(self.tr("&Declare…"))
        self.remove_conflict_button.setText(self.tr("&Remove declared"))
        self.import_conflicts_button.setText(self.tr("Import conflicts…"))
        self.round_label.setText(self.tr("&Round"))
        self.seed_label.setText(self.tr("&Seed"))
        self.replace_box.setText(self.tr("Replace unmarked assignments"))
        self.assign_button.setText(self.tr("&Assign automatically"))
        self.panels_button.setText(self.tr("Pa&nels…"))
        self.add_pair_button.setText(self.tr("Add pair"))
        self.remove_pair_button.setText(self.tr("Remove pair"))
        self.import_assignments_button.setText(self.tr("Import assignments…"))
        self.export_assignments_button.setText(self.tr("Export assignments…"))
        for model in (self.judges_model, self.conflicts_model, self.assignments_model):
            model.retranslate()
        self._show_outcome()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._stale = False
        competition = self.services.core.competition()
        judges = self.services.core.judge_rows()
        entries = self.services.core.entry_rows()
        self._judge_names = {j.code: j.name for j in judges}
        self._locked = set(self.services.setup.locked_judges())
        self._entry_titles = {e.code: e.title for e in entries}
        chosen = self._selected(self.judges_view, self.judges_model)
        self.judges_model.set_rows(judges)
        if isinstance(chosen, JudgeRow):  # the same judge stays selected after a reload
            row = next((i for i, j in enumerate(judges) if j.code == chosen.code), None)
            if row is not None:
                self.judges_view.selectRow(row)
        self.conflicts_model.set_rows(self.services.setup.conflicts() if competition else [])
        current_round = typed_data(self.round_combo, str)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for rnd in competition.rounds if competition else ():
            self.round_combo.addItem(f"{rnd.code} — {rnd.name}", rnd.code)
        index = self.round_combo.findData(current_round)
        self.round_combo.setCurrentIndex(max(index, 0))
        self.round_combo.blockSignals(False)
        self._fill_pair_combos(judges, entries)
        self._refresh_assignments()

    def _fill_pair_combos(self, judges: list[JudgeRow], entries: list[EntryRow]) -> None:
        for combo, items in (
            (self.pair_judge, [(j.code, f"{j.code} — {j.name}") for j in judges]),
            (
                self.pair_entry,
                [(e.code, f"{e.code} — {e.title}") for e in entries if e.status.value == "active"],
            ),
        ):
            current = typed_data(combo, str)
            combo.blockSignals(True)
            combo.clear()
            for code, label in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _refresh_assignments(self) -> None:
        code = typed_data(self.round_combo, str)
        rows = self.services.setup.assignments(code) if code else []
        self._panel_seats = self.services.setup.panel(code) if code else []
        self.assignments_model.set_rows(rows)
        self._show_outcome()

    def current_round(self) -> str | None:
        return typed_data(self.round_combo, str) or None

    # -- labels -----------------------------------------------------------------------------
    def _judge_label(self, code: str) -> str:
        name = self._judge_names.get(code)
        return f"{code} — {name}" if name else code

    def _entry_label(self, code: str) -> str:
        title = self._entry_titles.get(code)
        return f"{code} — {title}" if title else code

    def _origin_label(self, origin: str) -> str:
        return {
            "manual": self.tr("by hand"),
            "file": self.tr("from a file"),
            "auto": self.tr("automatic"),
        }.get(origin, origin)

    def _uncovered_reason(self, u: Uncovered) -> str:
        if u.kind == "no_judges":
            return self.tr("no judges (members or chairs) to assign; {k} needed").format(k=u.needed)
        if u.kind == "no_panel":
            return self.tr("no judge sits on the panel for category {category}; {k} needed").format(
                category=u.category or "—", k=u.needed
            )
        if u.kind == "conflicts":
            return self.tr(
                "only {free} judge(s) without a conflict of interest, {k} needed"
            ).format(free=u.free, k=u.needed)
        if u.kind == "short":
            return self.tr("only {got} judges could be assigned, {k} needed").format(
                got=u.assigned, k=u.needed
            )
        return u.reason

    def _show_outcome(self) -> None:
        rows = self.assignments_model.rows()
        loads: dict[str, int] = {}
        for a in rows:
            loads[a.judge] = loads.get(a.judge, 0) + 1
        if rows:
            self.loads_label.setText(
                self.tr(
                    "{pairs} assignments; {judges} judges with {low} to {high} entries each."
                ).format(
                    pairs=len(rows),
                    judges=len(loads),
                    low=min(loads.values()),
                    high=max(loads.values()),
                )
            )
        else:
            self.loads_label.setText(self.tr("No assignments in this round yet."))
        if self._panel_seats:
            counts: dict[str, int] = {}
            for seat in self._panel_seats:
                key = seat.category or self.tr("every category")
                counts[key] = counts.get(key, 0) + 1
            panels = "; ".join(
                self.tr("{category}: {n} judges").format(category=k, n=n) for k, n in counts.items()
            )
        else:
            panels = self.tr("no panels: every member and chair judges every category")
        self.loads_label.setText(
            self.loads_label.text() + " " + self.tr("Panels — {panels}.").format(panels=panels)
        )
        outcome = self.last_outcome
        if outcome is not None and outcome.round == self.current_round() and outcome.uncovered:
            lines = [self.tr("{n} entries could not be covered:").format(n=len(outcome.uncovered))]
            lines += [f"{u.entry}: {self._uncovered_reason(u)}" for u in outcome.uncovered]
            self.uncovered.setPlainText("\n".join(lines))
            self.uncovered.setVisible(True)
        else:
            self.uncovered.setPlainText("")
            self.uncovered.setVisible(False)

    # -- judges slots ---------------------------------------------------------------------------
    def _selected(self, view: QTableView, model: RowsModel[Any]) -> object | None:
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def make_judge_dialog(self, judge: JudgeRow | None) -> JudgeDialog:
        if judge is None:

            def save(new: Judge) -> object:
                return self.services.setup.add_judge(new)

            return JudgeDialog(save, None, self, self.prompter)
        code = judge.code

        def save_edit(edited: Judge) -> object:
            return self.services.setup.edit_judge(code, edited)

        return JudgeDialog(save_edit, judge, self, self.prompter)

    def _on_new_judge_clicked(self) -> None:
        self.make_judge_dialog(None).exec()

    def _on_edit_judge_clicked(self) -> None:
        judge = self._selected(self.judges_view, self.judges_model)
        if isinstance(judge, JudgeRow):
            self.make_judge_dialog(judge).exec()

    def _on_pin_clicked(self) -> None:
        judge = self._selected(self.judges_view, self.judges_model)
        if not isinstance(judge, JudgeRow):
            return
        pin = self.prompter.pin(
            self,
            self.tr("PIN of {name}").format(name=judge.name),
            self.tr("New PIN (6 to 12 digits, not 123456 or 111111):"),
        )
        if pin is None:
            return
        Operation(self, lambda: self.services.setup.set_pin(judge.code, pin)).run()

    def _pin_state(self, judge: JudgeRow) -> str:
        if judge.code in self._locked:
            return self.tr("locked")
        return self.tr("set") if judge.has_pin else "—"

    def _on_unlock_clicked(self) -> None:
        """Let a judge locked after wrong PINs log in again (audited)."""
        judge = self._selected(self.judges_view, self.judges_model)
        if not isinstance(judge, JudgeRow):
            return
        unlocked = Operation(self, lambda: self.services.setup.unlock_judge(judge.code)).run()
        if unlocked is None:
            return
        self.prompter.inform(
            self,
            self.tr("Unlock"),
            self.tr("{name} can log in again.").format(name=judge.name),
        )

    def _on_export_kits_clicked(self) -> None:
        judge = self._selected(self.judges_view, self.judges_model)
        chosen = (judge.code, judge.name) if isinstance(judge, JudgeRow) else None
        KitActions(self, self.services, self.prompter).export_kits(self.current_round(), chosen)

    def import_file(self, kind: str, path: Path) -> bool:
        setup = self.services.setup
        action = {
            "judges": setup.import_judges,
            "conflicts": setup.import_conflicts,
            "assignments": setup.import_assignments,
        }[kind]
        outcome = Operation(self, lambda: action(path)).run()
        if outcome is None:
            return False
        self.prompter.inform(self, self._import_title(kind), self._imported_text(kind, outcome))
        return True

    def _import_title(self, kind: str) -> str:
        return {
            "judges": self.tr("Import judges"),
            "conflicts": self.tr("Import conflicts of interest"),
            "assignments": self.tr("Import assignments"),
        }[kind]

    def _imported_text(self, kind: str, outcome: ImportOutcome) -> str:
        """What an import stored, said after it (a silent import leaves the secretary unsure
        whether anything happened)."""
        if kind == "conflicts":
            return self.tr(
                "{n} conflicts of interest imported ({known} already known); "
                "{removed} assignments removed."
            ).format(n=outcome.added, known=outcome.unchanged, removed=outcome.removed)
        if kind == "assignments":
            return self.tr("{n} assignments imported ({known} already there).").format(
                n=outcome.added, known=outcome.unchanged
            )
        return self.tr("{n} judges imported.").format(n=outcome.added)

    def _ask_file(self, title: str) -> Path | None:
        name = self.prompter.open_file(self, title, CSV_FILTER)
        return Path(name) if name else None

    def _on_import_judges_clicked(self) -> None:
        path = self._ask_file(self.tr("Import judges"))
        if path:
            self.import_file("judges", path)

    # -- conflicts slots ------------------------------------------------------------------------
    def _on_declare_clicked(self) -> None:
        self.make_conflict_dialog().exec()

    def make_conflict_dialog(self) -> ConflictDialog:
        def save(judge: str, entry: str, reason: str) -> object:
            return self.services.setup.declare_conflict(judge, entry, reason)

        return ConflictDialog(
            self.services.core.judge_rows(),
            self.services.core.entry_rows(),
            save,
            self,
            self.prompter,
        )

    def _on_remove_conflict_clicked(self) -> None:
        conflict = self._selected(self.conflicts_view, self.conflicts_model)
        if not isinstance(conflict, ConflictRow) or not conflict.declared:
            return
        Operation(
            self,
            lambda: self.services.setup.remove_conflict(conflict.judge, conflict.entry),
        ).run()

    def _on_import_conflicts_clicked(self) -> None:
        path = self._ask_file(self.tr("Import conflicts of interest"))
        if path:
            self.import_file("conflicts", path)

    # -- assignment slots ---------------------------------------------------------------------
    def _on_round_changed(self, _index: int) -> None:
        self._refresh_assignments()

    def assign_automatically(self) -> AssignOutcome | None:
        code = self.current_round()
        if code is None:
            return None
        seed, replace = self.seed.value(), self.replace_box.isChecked()
        outcome = Operation(
            self,
            lambda: self.services.setup.assign(code, seed=seed, replace=replace),
        ).run()
        if outcome is not None:
            self.last_outcome = outcome
        return outcome

    def _on_assign_clicked(self) -> None:
        self.assign_automatically()

    def make_panel_dialog(self) -> PanelDialog | None:
        code = self.current_round()
        competition = self.services.core.competition()
        if code is None or competition is None:
            return None
        seats = self.services.setup.panel(code)
        categories: list[tuple[str | None, str]] = [(None, self.tr("Every category"))]
        categories += [(c.code, f"{c.code} — {c.name}") for c in competition.categories]

        def save(category: str | None, judges: list[str]) -> object:
            return self.services.setup.set_category_panel(code, category, judges)

        return PanelDialog(
            self.round_combo.currentText(),
            categories,
            self.services.core.judge_rows(),
            [(s.category, s.judge) for s in seats],
            save,
            self,
        )

    def _on_panels_clicked(self) -> None:
        dialog = self.make_panel_dialog()
        if dialog is not None:
            dialog.exec()

    def _on_add_pair_clicked(self) -> None:
        code, judge, entry = (
            self.current_round(),
            typed_data(self.pair_judge, str),
            typed_data(self.pair_entry, str),
        )
        if not (code and judge and entry):
            return
        Operation(
            self,
            lambda: self.services.setup.add_assignment(code, judge, entry, "manual"),
        ).run()

    def _on_remove_pair_clicked(self) -> None:
        row = self._selected(self.assignments_view, self.assignments_model)
        if not isinstance(row, AssignmentRow):
            return
        Operation(
            self,
            lambda: self.services.setup.remove_assignment(row.round, row.judge, row.entry),
        ).run()

    def _on_import_assignments_clicked(self) -> None:
        path = self._ask_file(self.tr("Import assignments"))
        if path:
            self.import_file("assignments", path)

    def _on_export_assignments_clicked(self) -> None:
        code = self.current_round()
        name = self.prompter.save_file(
            self, self.tr("Export assignments"), "CSV (*.csv)", assignments_file_name(code)
        )
        if not name:
            return
        count = Operation(
            self, lambda: self.services.setup.export_assignments(Path(name), code)
        ).run()
        if count is not None:
            self.prompter.inform(
                self,
                self.tr("Export assignments"),
                self.tr("{n} assignments written to {file}.").format(n=count, file=name),
            )


def _widths(view: QTableView, chars: tuple[int, ...]) -> None:
    """Column widths in average characters (no measuring of rows: tables can be long)."""
    em = view.fontMetrics().averageCharWidth()
    for column, n in enumerate(chars):
        view.setColumnWidth(column, n * em + 12)


def _row(*widgets: QWidget) -> FlowLayout:
    """A row of controls that wraps in a narrow window instead of widening the section."""
    layout = FlowLayout()
    for widget in widgets:
        layout.addWidget(widget)
    return layout
