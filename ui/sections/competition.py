"""The Competition section: the definition's editors, validated as you type.

What is typed is checked at once with the same checker that reads definition files; the
problems are listed under the editor and Save stays disabled while there are any (or while
nothing changed). Save is one service call (``definitions.update``, or ``definitions.create``
in an empty database), an operation that announces ``Area.COMPETITION`` (the services declare
what they change). Revert puts back what is stored.
A definition file or a template starts an empty database; export writes the stored one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.changes import Area
from judging.model import Competition, RankingRules
from judging.setup.definition import Issue, describe_path
from ui.bus import ChangeBus
from ui.definition.drafts import (
    CompetitionDraft,
    CriterionDraft,
    RoundDraft,
    all_issues,
    build_competition,
    competition_draft,
)
from ui.definition.editor import DefinitionEditor
from ui.errors import Prompter
from ui.file_names import definition_file_name
from ui.operations import Operation
from ui.sections.base import Section
from ui.widgets.flow_layout import FlowLayout

TOML_FILTER = "TOML (*.toml);;*"


def _language() -> str:
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


class CompetitionSection(Section):
    listens_to = Area.COMPETITION

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(services, bus, parent)
        self.prompter = prompter or Prompter()
        self.stored: Competition | None = None
        self.built: Competition | None = None
        self.issues: list[Issue] = []
        self._editing_new = False

        # -- tool row -------------------------------------------------------------------------
        self.heading = QLabel(self)
        self.heading.setObjectName("competitionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        # a long name wraps instead of widening the section past the window
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # ... but keeps room for a few words: the buttons beside it wrap first
        self.heading.setMinimumWidth(QFontMetrics(font).horizontalAdvance("M" * 18))
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveDefinition")
        self.revert_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.template_button = QPushButton(self)
        self.export_button = QPushButton(self)
        tools = QHBoxLayout()
        tools.addWidget(self.heading, 1)
        # The buttons wrap onto a second row in a narrow window instead of widening it.
        buttons = FlowLayout()
        tools.addLayout(buttons)
        for button in (
            self.template_button,
            self.import_button,
            self.export_button,
            self.revert_button,
            self.save_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)

        # -- the editor, or what to do in an empty database -----------------------------------------
        self.editor = DefinitionEditor(self)
        self.empty_page = QWidget(self)
        self.empty_note = QLabel(self.empty_page)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_template_button = QPushButton(self.empty_page)
        self.empty_import_button = QPushButton(self.empty_page)
        self.empty_new_button = QPushButton(self.empty_page)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        for button in (
            self.empty_template_button,
            self.empty_import_button,
            self.empty_new_button,
        ):
            empty_buttons.addWidget(button)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_note)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.editor)

        # -- problems ------------------------------------------------------------------------------
        self.status_label = QLabel(self)
        self.status_label.setObjectName("definitionStatus")
        self.status_label.setWordWrap(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setMaximumHeight(self.fontMetrics().height() * 6)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_list)

        self.editor.edited.connect(self._revalidate)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.import_button.clicked.connect(self.import_file)
        self.empty_import_button.clicked.connect(self.import_file)
        self.template_button.clicked.connect(self.start_from_template)
        self.empty_template_button.clicked.connect(self.start_from_template)
        self.export_button.clicked.connect(self.export_file)
        self.empty_new_button.clicked.connect(self.start_empty)
        self.problem_list.itemActivated.connect(self._on_problem_list_item_activated)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._on_save_shortcut_activated)

        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Competition")

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the definition (Ctrl+S)"))
        self.revert_button.setText(self.tr("Re&vert changes"))
        self.revert_button.setToolTip(self.tr("Put back the stored definition"))
        self.import_button.setText(self.tr("&Import definition…"))
        self.import_button.setToolTip(
            self.tr("Start this (empty) database from a definition file (.toml)")
        )
        self.template_button.setText(self.tr("From &template…"))
        self.template_button.setToolTip(
            self.tr("Start this (empty) database from one of the shipped templates")
        )
        self.export_button.setText(self.tr("&Export definition…"))
        self.export_button.setToolTip(
            self.tr("Write the stored definition to a .toml file, to share or reuse")
        )
        self.empty_note.setText(
            self.tr(
                "This database holds no competition yet. Start from one of the templates of "
                "the city's awards, from a definition file (.toml), or from an empty "
                "definition that you fill in here."
            )
        )
        self.empty_template_button.setText(self.tr("Start from a template…"))
        self.empty_import_button.setText(self.tr("Import a definition file…"))
        self.empty_new_button.setText(self.tr("Start an empty definition"))
        self._update_heading()
        self._show_issues()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the services; unsaved edits stay when the stored definition is
        unchanged underneath them."""
        stored = self.services.definitions.stored()
        if self.built is not None and self.is_dirty() and stored == self.stored:
            return
        self.stored = stored
        self._editing_new = False
        if stored is None:
            self.built = None
            self.issues = []
            self.pages.setCurrentWidget(self.empty_page)
            self._update_buttons()
            self._update_heading()
            self._show_issues()
            return
        self.load_draft(competition_draft(stored))

    def load_draft(self, draft: CompetitionDraft) -> None:
        self.editor.set_draft(draft)
        self.pages.setCurrentWidget(self.editor)
        self._revalidate()

    def may_drop_edits(self) -> bool:
        """True when nothing is unsaved, or the person agrees to drop the edits."""
        return not self.is_dirty() or self.prompter.ask(
            self,
            self.tr("Discard the changes?"),
            self.tr("The changes to the competition are not saved. Discard them?"),
        )

    def _on_revert_clicked(self) -> None:
        if self.may_drop_edits():
            self.revert()

    def revert(self) -> None:
        self.built = None
        if self.stored is None:
            self._editing_new = False
            self.refresh()
        else:
            self.load_draft(competition_draft(self.stored))

    def start_empty(self) -> None:
        """An empty definition to fill in (one round with one criterion to start from)."""
        self._editing_new = True
        self.load_draft(
            CompetitionDraft(
                code="",
                name="",
                organiser="",
                blind=False,
                show_running_total=False,
                categories=(),
                rounds=(
                    RoundDraft(
                        code="V1",
                        name=self.tr("Preliminary round"),
                        judges_per_entry=3,
                        criteria=(CriterionDraft(code="c1", name=self.tr("Criterion 1")),),
                        ranking=RankingRules(),
                        components=(),
                        advance=None,
                    ),
                ),
                prizes=(),
            )
        )
        self.editor.tabs.setCurrentIndex(0)
        self.editor.code.setFocus()

    # -- checking as you type ---------------------------------------------------------------------
    def _revalidate(self) -> None:
        competition, conversion, bad = build_competition(self.editor.draft())
        checked = self.services.definitions.check(competition)
        self.built = competition
        self.issues = all_issues(competition, conversion, bad, checked)
        self._update_buttons()
        self._update_heading()
        self._show_issues()

    def has_unsaved_work(self) -> bool:
        return self.is_dirty()

    def is_dirty(self) -> bool:
        if self.pages.currentWidget() is not self.editor:
            return False
        return self._editing_new or self.built != self.stored

    def _update_buttons(self) -> None:
        editing = self.pages.currentWidget() is self.editor
        self.save_button.setEnabled(editing and not self.issues and self.is_dirty())
        self.revert_button.setEnabled(editing and self.is_dirty())
        self.export_button.setEnabled(self.stored is not None)
        empty = self.stored is None
        self.import_button.setEnabled(empty)
        self.template_button.setEnabled(empty)

    def _update_heading(self) -> None:
        if self.stored is None and not self._editing_new:
            self.heading.setText(self.tr("No competition yet"))
        elif self.stored is None:
            self.heading.setText(self.tr("New competition (not saved yet)"))
        else:
            self.heading.setText(f"{self.stored.code} — {self.stored.name}")

    def _show_issues(self) -> None:
        language = _language()
        self.problem_list.clear()
        if self.pages.currentWidget() is not self.editor:
            self.status_label.setText("")
            self.problem_list.setVisible(False)
            return
        competition = self.built
        for issue in self.issues:
            where = describe_path(issue.path, competition, language) if competition else ""
            item = QListWidgetItem(
                f"{where}: {issue.text(language)}" if where else issue.text(language)
            )
            item.setData(Qt.ItemDataRole.UserRole, issue.path)
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(self.issues))
        if self.issues:
            self.status_label.setText(
                self.tr("%n problem(s) to fix before saving:", "", len(self.issues))
            )
            self.status_label.setStyleSheet("color: #b91c1c; font-weight: bold;")
        elif self.is_dirty():
            self.status_label.setText(self.tr("No problems found. Unsaved changes."))
            self.status_label.setStyleSheet("color: #15803d;")
        else:
            self.status_label.setText(self.tr("Saved. No problems found."))
            self.status_label.setStyleSheet("color: #15803d;")

    def _on_problem_list_item_activated(self, item: QListWidgetItem) -> None:
        """Go to the tab (and round) where the problem is."""
        path = item.data(Qt.ItemDataRole.UserRole)
        if not path:
            return
        head = path[0]
        if head == "rounds" and len(path) > 1 and isinstance(path[1], int):
            self.editor.show_round(path[1])
            editor = self.editor.current_round_editor()
            if editor is not None and len(path) > 3 and path[2] == "criteria":
                editor.criteria_editor.select_row(path[3])
                editor.criteria_editor.view.setFocus()
        elif head == "prizes":
            self.editor.tabs.setCurrentIndex(2)
            if len(path) > 1 and isinstance(path[1], int):
                self.editor.prizes_editor.select_row(path[1])
        else:
            self.editor.tabs.setCurrentIndex(0)

    # -- actions: each one service call ------------------------------------------------------
    def _on_save_shortcut_activated(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        self._revalidate()
        if self.issues or self.built is None:
            return False
        built = self.built
        definitions = self.services.definitions
        store = definitions.create if self.stored is None else definitions.update

        def saved(_stored: Competition) -> None:
            self.built = None
            self._editing_new = False

        operation = Operation(self, lambda: store(built))
        return operation.success(saved).run() is not None

    def import_file(self) -> None:
        if self.stored is not None:
            self.prompter.inform(
                self,
                self.tr("Import a definition"),
                self.tr(
                    "This database already holds a competition ({code}). A definition file "
                    "starts a new, empty database: use File › New database…, then import it there. "
                    "To change this competition, edit it here."
                ).format(code=self.stored.code),
            )
            return
        if not self.may_drop_edits():
            return
        path = self.prompter.open_file(self, self.tr("Import a definition"), TOML_FILTER)
        if not path:
            return
        Operation(
            self,
            lambda: self.services.definitions.init_from_file(path),
        ).success(self._forget_edits).run()

    def start_from_template(self) -> None:
        if self.stored is not None:
            self.prompter.inform(
                self,
                self.tr("Start from a template"),
                self.tr(
                    "This database already holds a competition ({code}). A template starts "
                    "a new, empty database: use File › New database… first."
                ).format(code=self.stored.code),
            )
            return
        if not self.may_drop_edits():
            return
        items = Operation(self, self.services.definitions.templates).run()
        if items is None:
            return
        name = self.prompter.choose_template(
            self, self.tr("Start from a template"), self.tr("Template:"), items
        )
        if not name:
            return
        Operation(
            self,
            lambda: self.services.definitions.init_from_template(name),
        ).success(self._forget_edits).run()

    def export_file(self) -> None:
        if self.stored is None:
            return
        path = self.prompter.save_file(
            self,
            self.tr("Export the definition"),
            TOML_FILTER,
            definition_file_name(self.stored.code),
        )
        if not path:
            return
        if not path.lower().endswith(".toml"):
            path += ".toml"
        written = Operation(self, lambda: self.services.definitions.export_to_file(path)).run()
        if written is None:
            return
        self.prompter.inform(
            self,
            self.tr("Export the definition"),
            self.tr("The definition was written to {path}.").format(path=written),
        )

    def _forget_edits(self, _answer: object) -> None:
        """A new definition is stored: what was being edited is no longer what it was."""
        self.built = None
