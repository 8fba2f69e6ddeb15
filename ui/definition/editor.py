"""The definition editor: general fields and categories, the rounds, the prize ladder.

The widgets hold a draft (texts as typed); ``draft()`` reads it back whole. Every change
emits ``edited``, and the Competition section checks the draft at once (validated as you
type) with the same checker that reads definition files.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judging.model import Aggregate, ComponentKind, Normalise, OnTie, RankingRules, RoundStatus
from judging.ranking.rules import TieBreak
from judging.setup.definition import SHARE_OF_MAX
from ui.definition.drafts import (
    AdvanceDraft,
    BandDraft,
    CategoryDraft,
    CompetitionDraft,
    ComponentDraft,
    CriterionDraft,
    PrizeDraft,
    RoundDraft,
)
from ui.definition.table_model import Column, DraftTableModel
from ui.definition.widgets import (
    OptionalNumberSpin,
    TableEditor,
    TieBreakEditor,
    bounded_spin,
)
from ui.widgets.combo import enum_data


def category_columns() -> list[Column]:
    return [
        Column("code", lambda: QCoreApplication.translate("DefinitionEditor", "Code")),
        Column("name", lambda: QCoreApplication.translate("DefinitionEditor", "Name")),
    ]


def criterion_columns() -> list[Column]:
    return [
        Column("code", lambda: QCoreApplication.translate("DefinitionEditor", "Code")),
        Column("name", lambda: QCoreApplication.translate("DefinitionEditor", "Name")),
        Column(
            "max",
            lambda: QCoreApplication.translate("DefinitionEditor", "Maximum"),
            tooltip=lambda: QCoreApplication.translate(
                "DefinitionEditor", "The highest mark (e.g. 30)"
            ),
        ),
        Column(
            "step",
            lambda: QCoreApplication.translate("DefinitionEditor", "Step"),
            tooltip=lambda: QCoreApplication.translate(
                "DefinitionEditor",
                "Marks go in steps of this (1, 0.5, 0.25…); it divides the maximum",
            ),
        ),
        Column(
            "weight",
            lambda: QCoreApplication.translate("DefinitionEditor", "Weight"),
            tooltip=lambda: QCoreApplication.translate(
                "DefinitionEditor", "The panel mark is multiplied by this"
            ),
        ),
        Column(
            "description", lambda: QCoreApplication.translate("DefinitionEditor", "Description")
        ),
    ]


def band_columns() -> list[Column]:
    return [
        Column("min", lambda: QCoreApplication.translate("DefinitionEditor", "From")),
        Column("max", lambda: QCoreApplication.translate("DefinitionEditor", "To")),
        Column("label", lambda: QCoreApplication.translate("DefinitionEditor", "Descriptor")),
    ]


def component_columns() -> list[Column]:
    return [
        Column("code", lambda: QCoreApplication.translate("DefinitionEditor", "Code")),
        Column("name", lambda: QCoreApplication.translate("DefinitionEditor", "Name")),
        Column(
            "kind",
            lambda: QCoreApplication.translate("DefinitionEditor", "Kind"),
            "choice",
            tuple(k.value for k in ComponentKind),
            label=component_kind_label,
        ),
        Column(
            "scale",
            lambda: QCoreApplication.translate("DefinitionEditor", "Scale"),
            "choice",
            ("", SHARE_OF_MAX),
            tooltip=lambda: QCoreApplication.translate(
                "DefinitionEditor", "share_of_max: points × value ÷ the largest value (votes)"
            ),
            label=scale_label,
        ),
        Column("points", lambda: QCoreApplication.translate("DefinitionEditor", "Points")),
        Column("places", lambda: QCoreApplication.translate("DefinitionEditor", "Places")),
    ]


def prize_columns() -> list[Column]:
    return [
        Column("code", lambda: QCoreApplication.translate("DefinitionEditor", "Code")),
        Column("name", lambda: QCoreApplication.translate("DefinitionEditor", "Name")),
        Column("count", lambda: QCoreApplication.translate("DefinitionEditor", "Count")),
        Column(
            "per_category",
            lambda: QCoreApplication.translate("DefinitionEditor", "Per category"),
            "bool",
        ),
        Column(
            "min_total", lambda: QCoreApplication.translate("DefinitionEditor", "Minimum total")
        ),
        Column(
            "on_tie",
            lambda: QCoreApplication.translate("DefinitionEditor", "On a tie"),
            "choice",
            tuple(o.value for o in OnTie),
            label=on_tie_label,
        ),
    ]


def on_tie_label(value: str) -> str:
    """A prize's or an advancement's rule for a tie at the boundary, in words."""
    return {
        OnTie.SHARE.value: QCoreApplication.translate(
            "DefinitionEditor", "all tied get it (shared)"
        ),
        OnTie.CHAIR.value: QCoreApplication.translate("DefinitionEditor", "the chair decides"),
    }.get(value, value)


def component_kind_label(value: str) -> str:
    return {
        ComponentKind.BONUS.value: QCoreApplication.translate("DefinitionEditor", "bonus"),
        ComponentKind.DEDUCTION.value: QCoreApplication.translate("DefinitionEditor", "deduction"),
    }.get(value, value)


def scale_label(value: str) -> str:
    if value == SHARE_OF_MAX:
        return QCoreApplication.translate("DefinitionEditor", "share of the largest value")
    if value == "":
        return QCoreApplication.translate("DefinitionEditor", "as given")
    return value


def _places_spin(parent: QWidget, key: str) -> OptionalNumberSpin:
    return OptionalNumberSpin.bounded("ranking", key, 0, parent)


class RoundEditor(QWidget):
    """One round: its fields, criteria with their bands, ranking rules and tie-break chain,
    components outside the jury, and the rule for advancing to the next round."""

    edited = Signal()

    def __init__(self, draft: RoundDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = draft.status
        self._loading = False
        # widgets first, in the order Tab visits them; then the layout: the round's fields on
        # one line, then three tabs (criteria and bands, ranking, components and advancing)
        self._make_round_fields()
        self._make_criteria_tables()
        self._make_ranking_fields()
        self._make_extras_fields()
        self.fields_row = QHBoxLayout()
        self._lay_out_criteria_tab()
        self._lay_out_ranking_tab()
        self._lay_out_extras_tab()
        self._lay_out_round()
        self._label_form_rows()
        self.set_draft(draft)
        self._connect_signals()
        self.retranslate()

    def _make_round_fields(self) -> None:
        self.code = QLineEdit(self)
        self.code.setObjectName("roundCode")
        self.name = QLineEdit(self)
        self.name.setObjectName("roundName")
        self.judges = bounded_spin("round", "judges_per_entry", 1, self)
        self.status_label = QLabel(self)

    def _make_criteria_tables(self) -> None:
        self.criteria = DraftTableModel(criterion_columns(), CriterionDraft, self)
        self.criteria_editor = TableEditor(self.criteria, self)
        self.criteria_editor.setObjectName("criteriaTable")
        self.bands = DraftTableModel(band_columns(), BandDraft, self)
        self.bands_editor = TableEditor(self.bands, self)
        self.bands_editor.setObjectName("bandsTable")
        self.bands_title = QLabel(self)

    def _make_ranking_fields(self) -> None:
        self.aggregate = QComboBox(self)
        for value in Aggregate:
            self.aggregate.addItem("", value.value)
        self.trim = bounded_spin("ranking", "trim", 0, self)
        self.normalise = QComboBox(self)
        for normalise in Normalise:
            self.normalise.addItem("", normalise.value)
        self.panel_places = _places_spin(self, "panel_places")
        self.weighted_places = _places_spin(self, "weighted_places")
        self.total_places = _places_spin(self, "total_places")
        self.tie_break = TieBreakEditor(self)

    def _make_extras_fields(self) -> None:
        """Components outside the jury, and the rule for advancing to the next round."""
        self.components = DraftTableModel(component_columns(), ComponentDraft, self)
        self.components_editor = TableEditor(self.components, self)

        self.advance_box = QGroupBox(self)
        self.advance_box.setCheckable(True)
        self.advance_top = OptionalNumberSpin.bounded("advance", "top", 1, self)
        self.advance_per_category = QCheckBox(self)
        self.advance_min_total = QLineEdit(self)
        self.advance_on_tie = QComboBox(self)
        for on_tie in OnTie:
            self.advance_on_tie.addItem("", on_tie.value)

    def _lay_out_criteria_tab(self) -> None:
        """The criteria above the bands of the chosen criterion."""
        self.criteria_box = QWidget(self)
        criteria_split = QSplitter(Qt.Orientation.Vertical, self.criteria_box)
        bands_holder = QWidget(criteria_split)
        bands_layout = QVBoxLayout(bands_holder)
        bands_layout.setContentsMargins(0, 6, 0, 0)
        bands_layout.addWidget(self.bands_title)
        bands_layout.addWidget(self.bands_editor, 1)
        criteria_split.addWidget(self.criteria_editor)
        criteria_split.addWidget(bands_holder)
        criteria_split.setSizes([300, 220])
        QVBoxLayout(self.criteria_box).addWidget(criteria_split)

    def _lay_out_ranking_tab(self) -> None:
        self.ranking_box = QWidget(self)
        self.ranking_form = QFormLayout()
        self.ranking_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # in a narrow window a field goes below its (long) label rather than widening it
        self.ranking_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ranking_note = QLabel(self.ranking_box)
        self.ranking_note.setWordWrap(True)
        ranking_layout = QVBoxLayout(self.ranking_box)
        ranking_layout.addLayout(self.ranking_form)
        ranking_layout.addWidget(self.ranking_note)
        ranking_layout.addStretch(1)
        self.tie_break.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 24))

    def _lay_out_extras_tab(self) -> None:
        self.components_box = QGroupBox(self)
        QVBoxLayout(self.components_box).addWidget(self.components_editor)
        self.advance_form = QFormLayout(self.advance_box)
        self.advance_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.advance_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.extras_box = QWidget(self)
        extras = QVBoxLayout(self.extras_box)
        extras.addWidget(self.components_box, 1)
        extras.addWidget(self.advance_box)

    def _lay_out_round(self) -> None:
        """The round's fields with their labels on one line, its status, then the tabs."""
        self.inner_tabs = QTabWidget(self)
        self.inner_tabs.setObjectName("roundTabs")
        self.inner_tabs.addTab(self.criteria_box, "")
        self.inner_tabs.addTab(self.ranking_box, "")
        self.inner_tabs.addTab(self.extras_box, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.fields_row)
        layout.addWidget(self.inner_tabs, 1)
        self.code.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self.judges.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 5))
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self._form_labels: dict[str, QLabel] = {}
        widget: QWidget  # line edits, spin boxes, combo boxes and check boxes below
        for key, widget in (("code", self.code), ("name", self.name), ("judges", self.judges)):
            label = QLabel(self)
            label.setBuddy(widget)
            self._form_labels[key] = label
            self.fields_row.addWidget(label)
            self.fields_row.addWidget(widget, 1 if key == "name" else 0)
        # the round's status on a line of its own: the fields keep their room in a narrow window
        layout.insertWidget(1, self.status_label)

    def _label_form_rows(self) -> None:
        for key, widget, form in (
            ("aggregate", self.aggregate, self.ranking_form),
            ("trim", self.trim, self.ranking_form),
            ("normalise", self.normalise, self.ranking_form),
            ("panel_places", self.panel_places, self.ranking_form),
            ("weighted_places", self.weighted_places, self.ranking_form),
            ("total_places", self.total_places, self.ranking_form),
            ("tie_break", self.tie_break, self.ranking_form),
            ("top", self.advance_top, self.advance_form),
            ("per_category", self.advance_per_category, self.advance_form),
            ("min_total", self.advance_min_total, self.advance_form),
            ("on_tie", self.advance_on_tie, self.advance_form),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._form_labels[key] = label
            form.addRow(label, widget)

    def _connect_signals(self) -> None:
        for line in (self.code, self.name, self.advance_min_total):
            line.textEdited.connect(self._changed)
        for spin in (
            self.judges,
            self.trim,
            self.panel_places,
            self.weighted_places,
            self.total_places,
            self.advance_top,
        ):
            spin.valueChanged.connect(self._changed)
        for box in (self.aggregate, self.normalise, self.advance_on_tie):
            box.currentIndexChanged.connect(self._changed)
        self.advance_per_category.toggled.connect(self._changed)
        self.advance_box.toggled.connect(self._changed)
        self.tie_break.edited.connect(self._changed)
        self.criteria.edited.connect(self._on_criteria_edited)
        self.components.edited.connect(self._on_components_edited)
        self.bands.edited.connect(self._on_bands_edited)
        self.criteria_editor.current_row_changed.connect(self._show_bands)

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "code": self.tr("Round &code:"),
            "name": self.tr("&Name:"),
            "judges": self.tr("&Judges per entry:"),
            "aggregate": self.tr("Panel mark:"),
            "trim": self.tr("Trim (highest and lowest dropped):"),
            "normalise": self.tr("Normalise judges:"),
            "panel_places": self.tr("Round panel mark to:"),
            "weighted_places": self.tr("Round weighted mark to:"),
            "total_places": self.tr("Round total to:"),
            "tie_break": self.tr("Tie-break chain:"),
            "top": self.tr("Top:"),
            "per_category": self.tr("Per category:"),
            "min_total": self.tr("Minimum total:"),
            "on_tie": self.tr("Tie at the boundary:"),
        }
        for key, text in texts.items():
            self._form_labels[key].setText(text)
        self.ranking_note.setText(
            self.tr(
                "Final total = jury total (the sum of each criterion's panel mark × weight) "
                "+ bonuses − deductions. Entries are ranked by it, within their category; "
                "the tie-break chain orders entries tied on it, and what is still tied "
                "shares the rank."
            )
        )
        self.inner_tabs.setTabText(0, self.tr("Criteria and rubric bands"))
        self.inner_tabs.setTabText(1, self.tr("Ranking and tie-break"))
        self.inner_tabs.setTabText(2, self.tr("Components and advancement"))
        self.components_box.setTitle(self.tr("Components outside the jury"))
        self.advance_box.setTitle(self.tr("Advance to the next round"))
        names = {
            Aggregate.MEAN.value: self.tr("mean of the judges"),
            Aggregate.MEDIAN.value: self.tr("median of the judges"),
            Aggregate.TRIMMED_MEAN.value: self.tr("trimmed mean"),
            Normalise.NONE.value: self.tr("no"),
            Normalise.ZSCORE.value: self.tr("z-score per judge"),
        }
        for box in (self.aggregate, self.normalise):
            for i in range(box.count()):
                box.setItemText(i, names[str(box.itemData(i))])
        on_tie = {
            OnTie.SHARE.value: self.tr("all tied get in (share)"),
            OnTie.CHAIR.value: self.tr("the chair decides"),
        }
        for i in range(self.advance_on_tie.count()):
            self.advance_on_tie.setItemText(i, on_tie[str(self.advance_on_tie.itemData(i))])
        none = self.tr("not rounded")
        for spin in (self.panel_places, self.weighted_places, self.total_places):
            spin.setSpecialValueText(none)
            spin.setSuffix(self.tr(" places"))
        self.advance_top.setSpecialValueText(self.tr("no limit"))
        self.advance_min_total.setPlaceholderText(self.tr("none"))
        self.status_label.setText(
            {
                RoundStatus.OPEN: self.tr("Status: open"),
                RoundStatus.CLOSED: self.tr("Status: closed"),
                RoundStatus.APPROVED: self.tr("Status: approved (locked)"),
            }[self.status]
        )
        self._update_available_metrics()
        self._update_bands_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- draft in and out ------------------------------------------------------------------------
    def set_draft(self, draft: RoundDraft) -> None:
        self._loading = True
        try:
            self.status = draft.status
            self.code.setText(draft.code)
            self.name.setText(draft.name)
            self.judges.setValue(draft.judges_per_entry)
            rules = draft.ranking
            self.aggregate.setCurrentIndex(self.aggregate.findData(rules.aggregate.value))
            self.trim.setValue(rules.trim)
            self.normalise.setCurrentIndex(self.normalise.findData(rules.normalise.value))
            self.panel_places.set_value(rules.panel_places)
            self.weighted_places.set_value(rules.weighted_places)
            self.total_places.set_value(rules.total_places)
            self.criteria.set_rows(draft.criteria)
            self.components.set_rows(draft.components)
            self._update_available_metrics()
            self.tie_break.set_metrics(rules.tie_break)
            adv = draft.advance
            self.advance_box.setChecked(adv is not None)
            self.advance_top.set_value(adv.top if adv else None)
            self.advance_per_category.setChecked(adv.per_category if adv else False)
            self.advance_min_total.setText(adv.min_total if adv else "")
            self.advance_on_tie.setCurrentIndex(
                self.advance_on_tie.findData(adv.on_tie if adv else OnTie.SHARE.value)
            )
            self.criteria_editor.select_row(0)
            self._show_bands(self.criteria_editor.current_row())
        finally:
            self._loading = False

    def draft(self) -> RoundDraft:
        return RoundDraft(
            code=self.code.text(),
            name=self.name.text(),
            judges_per_entry=self.judges.value(),
            criteria=self.criteria.rows,
            ranking=RankingRules(
                aggregate=enum_data(self.aggregate, Aggregate),
                trim=self.trim.value(),
                normalise=enum_data(self.normalise, Normalise),
                panel_places=self.panel_places.optional_value(),
                weighted_places=self.weighted_places.optional_value(),
                total_places=self.total_places.optional_value(),
                tie_break=self.tie_break.metrics(),
            ),
            components=self.components.rows,
            advance=AdvanceDraft(
                top=self.advance_top.optional_value(),
                per_category=self.advance_per_category.isChecked(),
                min_total=self.advance_min_total.text(),
                on_tie=enum_data(self.advance_on_tie, OnTie).value,
            )
            if self.advance_box.isChecked()
            else None,
            status=self.status,
        )

    # -- reactions ---------------------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_criteria_edited(self) -> None:
        self._update_available_metrics()
        self._show_bands(self.criteria_editor.current_row())
        self._changed()

    def _on_components_edited(self) -> None:
        self._update_available_metrics()
        self._changed()

    def _update_available_metrics(self) -> None:
        names = {str(TieBreak.jury_total()): self.tr("jury total")}
        for c in self.criteria.rows:
            if TieBreak.is_code(c.code.strip()):
                names[str(TieBreak.criterion(c.code.strip()))] = self.tr(
                    "criterion: {name}"
                ).format(name=c.name or c.code)
        for k in self.components.rows:
            if TieBreak.is_code(k.code.strip()):
                names[str(TieBreak.component(k.code.strip()))] = self.tr(
                    "component: {name}"
                ).format(name=k.name or k.code)
        self.tie_break.set_available(names)

    def _show_bands(self, row: int) -> None:
        self._bands_row = row
        was_loading = self._loading
        self._loading = True
        try:
            rows = self.criteria.row(row).bands if 0 <= row < self.criteria.rowCount() else ()
            self.bands.set_rows(rows)
        finally:
            self._loading = was_loading
        self.bands_editor.setEnabled(0 <= row < self.criteria.rowCount())
        self._update_bands_title()

    def _update_bands_title(self) -> None:
        row = getattr(self, "_bands_row", -1)
        if 0 <= row < self.criteria.rowCount():
            criterion = self.criteria.row(row)
            self.bands_title.setText(
                self.tr("Rubric bands of “{name}” (marks from–to, inclusive):").format(
                    name=criterion.name or criterion.code
                )
            )
        else:
            self.bands_title.setText(self.tr("Rubric bands: select a criterion"))

    def _on_bands_edited(self) -> None:
        if self._loading:
            return
        row = getattr(self, "_bands_row", -1)
        if 0 <= row < self.criteria.rowCount():
            current = self.criteria.row(row)
            self.criteria.blockSignals(True)
            try:
                self.criteria.replace_row(row, replace(current, bands=self.bands.rows))
            finally:
                self.criteria.blockSignals(False)
            self._changed()


class DefinitionEditor(QWidget):
    """The whole definition in three tabs: Competition, Rounds, Prizes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("definitionTabs")
        self.tabs.addTab(self._build_competition_tab(), "")
        self.tabs.addTab(self._build_rounds_tab(), "")
        self.tabs.addTab(self._build_prizes_tab(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._connect_signals()
        self.retranslate()

    def _build_competition_tab(self) -> QWidget:
        """The competition's own fields, and its categories."""
        general = QWidget(self)
        self.code = QLineEdit(general)
        self.code.setObjectName("competitionCode")
        self.code.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 14))
        self.name = QLineEdit(general)
        self.name.setObjectName("competitionName")
        self.organiser = QLineEdit(general)
        self.blind = QCheckBox(general)
        self.show_running_total = QCheckBox(general)
        self.categories = DraftTableModel(category_columns(), CategoryDraft, self)
        self.categories_editor = TableEditor(self.categories, general)
        self.categories_box = QGroupBox(general)
        QVBoxLayout(self.categories_box).addWidget(self.categories_editor)
        self.general_form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        for key, widget in (
            ("code", self.code),
            ("name", self.name),
            ("organiser", self.organiser),
            ("blind", self.blind),
            ("show_running_total", self.show_running_total),
        ):
            label = QLabel(general)
            label.setBuddy(widget)
            self._labels[key] = label
            self.general_form.addRow(label, widget)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(self.general_form)
        general_layout.addWidget(self.categories_box, 1)
        return general

    def _build_rounds_tab(self) -> QWidget:
        """The list of rounds with its buttons, beside the stack of round editors."""
        rounds = QWidget(self)
        self.round_list = QListWidget(rounds)
        self.round_list.setObjectName("roundList")
        self.round_stack = QStackedWidget(rounds)
        self.add_round_button = QPushButton(rounds)
        self.remove_round_button = QPushButton(rounds)
        self.round_up_button = QPushButton(rounds)
        self.round_down_button = QPushButton(rounds)
        round_buttons = QGridLayout()
        for i, button in enumerate(
            (
                self.add_round_button,
                self.remove_round_button,
                self.round_up_button,
                self.round_down_button,
            )
        ):
            button.setAutoDefault(False)
            round_buttons.addWidget(button, i // 2, i % 2)
        left = QWidget(rounds)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.round_list, 1)
        left_layout.addLayout(round_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, rounds)
        splitter.addWidget(left)
        splitter.addWidget(self.round_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1000])
        QVBoxLayout(rounds).addWidget(splitter)
        return rounds

    def _build_prizes_tab(self) -> QWidget:
        prizes = QWidget(self)
        self.prizes = DraftTableModel(prize_columns(), PrizeDraft, self)
        self.prizes_editor = TableEditor(self.prizes, prizes)
        self.prizes_note = QLabel(prizes)
        self.prizes_note.setWordWrap(True)
        prizes_layout = QVBoxLayout(prizes)
        prizes_layout.addWidget(self.prizes_note)
        prizes_layout.addWidget(self.prizes_editor, 1)
        return prizes

    def _connect_signals(self) -> None:
        for line in (self.code, self.name, self.organiser):
            line.textEdited.connect(self._changed)
        for check in (self.blind, self.show_running_total):
            check.toggled.connect(self._changed)
        self.categories.edited.connect(self._changed)
        self.prizes.edited.connect(self._changed)
        self.round_list.currentRowChanged.connect(self._on_round_list_current_row_changed)
        self.add_round_button.clicked.connect(self._on_add_round_button_clicked)
        self.remove_round_button.clicked.connect(self._on_remove_round_button_clicked)
        self.round_up_button.clicked.connect(lambda: self._move_round(-1))
        self.round_down_button.clicked.connect(lambda: self._move_round(+1))

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Co&mpetition"))
        self.tabs.setTabText(1, self.tr("&Rounds and criteria"))
        self.tabs.setTabText(2, self.tr("&Prizes"))
        self._labels["code"].setText(self.tr("&Code:"))
        self._labels["name"].setText(self.tr("&Name:"))
        self._labels["organiser"].setText(self.tr("&Organiser:"))
        self._labels["blind"].setText(self.tr("Blind judging:"))
        self.blind.setText(self.tr("judges see entry codes and anonymised content only"))
        self._labels["show_running_total"].setText(self.tr("Running total:"))
        self.show_running_total.setText(self.tr("show judges their running total while scoring"))
        self.categories_box.setTitle(self.tr("Categories (lĩnh vực); leave empty for none"))
        self.add_round_button.setText(self.tr("Add round"))
        self.remove_round_button.setText(self.tr("Remove"))
        self.round_up_button.setText(self.tr("Up"))
        self.round_down_button.setText(self.tr("Down"))
        self.prizes_note.setText(
            self.tr(
                "The prize ladder of the last round, highest first. An entry gets the highest "
                "rung it qualifies for: within the count (per category if ticked) and at "
                "least the minimum total."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- draft in and out --------------------------------------------------------------------------
    def set_draft(self, draft: CompetitionDraft) -> None:
        self._loading = True
        try:
            self.code.setText(draft.code)
            self.name.setText(draft.name)
            self.organiser.setText(draft.organiser)
            self.blind.setChecked(draft.blind)
            self.show_running_total.setChecked(draft.show_running_total)
            self.categories.set_rows(draft.categories)
            self.prizes.set_rows(draft.prizes)
            current = max(self.round_list.currentRow(), 0)
            while self.round_stack.count():
                widget = _page(self.round_stack, 0)
                self.round_stack.removeWidget(widget)
                widget.deleteLater()
            self.round_list.clear()
            for rnd in draft.rounds:
                self._add_round_editor(rnd)
            if draft.rounds:
                self.round_list.setCurrentRow(min(current, len(draft.rounds) - 1))
        finally:
            self._loading = False
        self._update_round_buttons()

    def draft(self) -> CompetitionDraft:
        return CompetitionDraft(
            code=self.code.text(),
            name=self.name.text(),
            organiser=self.organiser.text(),
            blind=self.blind.isChecked(),
            show_running_total=self.show_running_total.isChecked(),
            categories=self.categories.rows,
            rounds=tuple(editor.draft() for editor in self.round_editors()),
            prizes=self.prizes.rows,
        )

    def round_editors(self) -> list[RoundEditor]:
        editors = []
        for i in range(self.round_stack.count()):
            widget = self.round_stack.widget(i)
            assert isinstance(widget, RoundEditor)
            editors.append(widget)
        return editors

    def current_round_editor(self) -> RoundEditor | None:
        widget = self.round_stack.currentWidget()
        return widget if isinstance(widget, RoundEditor) else None

    # -- rounds ---------------------------------------------------------------------------------
    def _add_round_editor(self, draft: RoundDraft, at: int | None = None) -> RoundEditor:
        editor = RoundEditor(draft, self.round_stack)
        position = self.round_stack.count() if at is None else at
        self.round_stack.insertWidget(position, editor)
        item = QListWidgetItem(self._round_title(draft.code, draft.name))
        self.round_list.insertItem(position, item)
        editor.edited.connect(lambda: self._on_round_edited(editor))
        return editor

    @staticmethod
    def _round_title(code: str, name: str) -> str:
        return f"{code} — {name}" if code and name else code or name or "…"

    def _on_round_edited(self, editor: RoundEditor) -> None:
        index = self.round_stack.indexOf(editor)
        if index >= 0:
            self.round_list.item(index).setText(
                self._round_title(editor.code.text(), editor.name.text())
            )
        self._changed()

    def _on_round_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < self.round_stack.count():
            self.round_stack.setCurrentIndex(row)
        self._update_round_buttons()

    def _update_round_buttons(self) -> None:
        row = self.round_list.currentRow()
        count = self.round_list.count()
        self.remove_round_button.setEnabled(0 <= row < count)
        self.round_up_button.setEnabled(row > 0)
        self.round_down_button.setEnabled(0 <= row < count - 1)

    def _on_add_round_button_clicked(self) -> None:
        number = self.round_list.count() + 1
        draft = RoundDraft(
            code=f"V{number}",
            name=self.tr("Round {number}").format(number=number),
            judges_per_entry=3,
            criteria=(),
            ranking=RankingRules(),
            components=(),
            advance=None,
        )
        self._add_round_editor(draft)
        self.round_list.setCurrentRow(self.round_list.count() - 1)
        self._changed()

    def _on_remove_round_button_clicked(self) -> None:
        row = self.round_list.currentRow()
        if row < 0:
            return
        widget = _page(self.round_stack, row)
        self.round_stack.removeWidget(widget)
        widget.deleteLater()
        self.round_list.takeItem(row)
        self._update_round_buttons()
        self._changed()

    def _move_round(self, delta: int) -> None:
        row = self.round_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.round_list.count():
            return
        widget = _page(self.round_stack, row)
        self.round_stack.removeWidget(widget)
        self.round_stack.insertWidget(target, widget)
        item = self.round_list.takeItem(row)
        self.round_list.insertItem(target, item)
        self.round_list.setCurrentRow(target)
        self._changed()

    def show_round(self, index: int) -> None:
        self.tabs.setCurrentIndex(1)
        if 0 <= index < self.round_list.count():
            self.round_list.setCurrentRow(index)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()


def _page(stack: QStackedWidget, index: int) -> QWidget:
    """The stack's page at ``index`` (Qt's None for an index out of range is a bug here)."""
    page = stack.widget(index)
    if page is None:
        raise IndexError(f"no page {index} in a stack of {stack.count()}")
    return page
