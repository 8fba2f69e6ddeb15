"""Judge mode: a judge picks their name and enters their PIN, then sees only their assigned
entries with their progress ("12 of 20 done") and filters, and walks through them.

On a shared machine judge mode is left only with the organiser's password (set with
``set-organiser-password``); when none is set, leaving needs none and the window says so.
Logging out returns to the login page, for the next judge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judging.app import Services
from judging.errors import InputError, JudgingError
from judging.model import RoundStatus
from judging.problems import ProblemCode
from judging.scoring.model import JudgeLogin, JudgeSheets, SheetState
from ui.bus import ChangeBus
from ui.errors import Prompter, show_refusal
from ui.numbers import ui_language
from ui.operations import Operation
from ui.scoring.models import SheetsModel
from ui.scoring.walkthrough import Walkthrough

#: Filter choices: (key, states shown); None shows every sheet.
FILTERS: tuple[tuple[str, tuple[SheetState, ...] | None], ...] = (
    ("all", None),
    ("not_started", (SheetState.NOT_STARTED,)),
    ("in_progress", (SheetState.IN_PROGRESS,)),
    ("submitted", (SheetState.SUBMITTED,)),
    ("recused", (SheetState.RECUSED,)),
)


class JudgeMode(QWidget):
    """The judge's window. ``left`` is emitted once the organiser let the judge mode end."""

    left = Signal()

    def __init__(
        self,
        services: Services,
        bus: ChangeBus,
        *,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.prompter = prompter or Prompter()
        self.judge: JudgeLogin | None = None
        self.sheets: JudgeSheets | None = None
        self.walkthrough: Walkthrough | None = None
        self._leaving = False
        self.setObjectName("judge_mode")

        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # -- login page
        self.login_page = QWidget(self)
        self.login_title = QLabel(self.login_page)
        font = self.login_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.login_title.setFont(font)
        self.competition_label = QLabel(self.login_page)
        self.round_combo = QComboBox(self.login_page)
        self.round_combo.setObjectName("round")
        self.judge_combo = QComboBox(self.login_page)
        self.judge_combo.setObjectName("judge")
        self.pin_edit = QLineEdit(self.login_page)
        self.pin_edit.setObjectName("pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.returnPressed.connect(self.log_in)
        self.login_button = QPushButton(self.login_page)
        self.login_button.clicked.connect(self.log_in)
        self.login_message = QLabel(self.login_page)
        self.login_message.setObjectName("login_message")
        self.login_message.setStyleSheet("color: #b00020;")
        self.login_message.setWordWrap(True)  # the lock says who unlocks, and where
        self.password_note = QLabel(self.login_page)
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet("color: #7a4b00;")
        self.leave_button = QPushButton(self.login_page)
        self.leave_button.clicked.connect(self.leave)
        self.form = QFormLayout()
        self.round_label = QLabel(self.login_page)
        self.judge_label = QLabel(self.login_page)
        self.pin_label = QLabel(self.login_page)
        # Alt+R, Alt+N, Alt+P reach the fields
        self.round_label.setBuddy(self.round_combo)
        self.judge_label.setBuddy(self.judge_combo)
        self.pin_label.setBuddy(self.pin_edit)
        self.form.addRow(self.round_label, self.round_combo)
        self.form.addRow(self.judge_label, self.judge_combo)
        self.form.addRow(self.pin_label, self.pin_edit)
        box = QVBoxLayout()
        box.addWidget(self.login_title)
        box.addWidget(self.competition_label)
        box.addSpacing(12)
        box.addLayout(self.form)
        box.addWidget(self.login_button)
        box.addWidget(self.login_message)
        box.addStretch(1)
        box.addWidget(self.password_note)
        box.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QHBoxLayout(self.login_page)
        outer.addStretch(1)
        outer.addLayout(box, 2)
        outer.addStretch(1)
        self.pages.addWidget(self.login_page)

        # -- list page
        self.list_page = QWidget(self)
        self.welcome = QLabel(self.list_page)
        self.welcome.setObjectName("welcome")
        self.progress_label = QLabel(self.list_page)
        self.progress_label.setObjectName("progress")
        self.progress_bar = QProgressBar(self.list_page)
        self.progress_bar.setTextVisible(False)
        self.filter_combo = QComboBox(self.list_page)
        self.filter_combo.setObjectName("filter")
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.model = SheetsModel(self)
        self.table = QTableView(self.list_page)
        self.table.setObjectName("sheets")
        self.table.setModel(self.model)
        self.table.setColumnHidden(SheetsModel.JUDGE, True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            SheetsModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.activated.connect(self._on_table_activated)
        self.table.installEventFilter(self)
        self.start_button = QPushButton(self.list_page)
        self.start_button.clicked.connect(self.start)
        self.logout_button = QPushButton(self.list_page)
        self.logout_button.clicked.connect(self.log_out)
        self.leave_button_2 = QPushButton(self.list_page)
        self.leave_button_2.clicked.connect(self.leave)
        head = QHBoxLayout()
        head.addWidget(self.welcome, 1)
        head.addWidget(self.logout_button)
        head.addWidget(self.leave_button_2)
        bar = QHBoxLayout()
        bar.addWidget(self.progress_label)
        bar.addWidget(self.progress_bar, 1)
        self.filter_label = QLabel(self.list_page)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter_combo)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(head)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(self.list_page)

        self.retranslate()
        self._fill_login()

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Judge mode"))
        self.login_title.setText(self.tr("Judge mode"))
        self.round_label.setText(self.tr("&Round"))
        self.judge_label.setText(self.tr("Your &name"))
        self.pin_label.setText(self.tr("Your &PIN"))
        self.login_button.setText(self.tr("Start scoring"))
        self.leave_button.setText(self.tr("Leave judge mode…"))
        self.leave_button_2.setText(self.tr("Leave judge mode…"))
        self.logout_button.setText(self.tr("Log out"))
        self.start_button.setText(self.tr("Score the next entry (Enter)"))
        self.filter_label.setText(self.tr("Show"))
        current = self.filter_combo.currentIndex()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        names = {
            "all": self.tr("All entries"),
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "submitted": self.tr("Submitted"),
            "recused": self.tr("Recused"),
        }
        for key, _states in FILTERS:
            self.filter_combo.addItem(names[key], key)
        self.filter_combo.setCurrentIndex(max(current, 0))
        self.filter_combo.blockSignals(False)
        self._update_password_note()
        self._show_welcome()
        if self.sheets is not None:
            self._show_progress(self.sheets)

    def _show_welcome(self) -> None:
        judge = self.judge
        self.welcome.setText(
            ""
            if judge is None
            else self.tr("Welcome, {name}").replace("{name}", f"{judge.title} {judge.name}".strip())
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_password_note(self) -> None:
        has = Operation(self, self.services.scoring.has_organiser_password).run()
        self.password_note.setText(
            ""
            if has
            else self.tr(
                "No organiser password is set: anyone can leave judge mode. "
                "The organiser sets one in the Scoring section (Organiser password…)."
            )
        )
        self.password_note.setVisible(not has)

    # -- login -----------------------------------------------------------------------------------
    def _fill_login(self) -> None:
        competition = Operation(self, self.services.core.competition).run()
        self.round_combo.clear()
        self.judge_combo.clear()
        if competition is None:
            self.competition_label.setText(self.tr("This database holds no competition yet."))
            return
        self.competition_label.setText(competition.name)
        rounds = sorted(competition.rounds, key=lambda r: r.status is not RoundStatus.OPEN)
        for rnd in rounds:
            self.round_combo.addItem(rnd.name, rnd.code)
        self.round_label.setVisible(len(rounds) > 1)
        self.round_combo.setVisible(len(rounds) > 1)
        judges = Operation(self, self.services.core.judge_rows).run() or []
        for judge in judges:
            self.judge_combo.addItem(f"{judge.name} ({judge.code})", judge.code)
        self.judge_combo.setFocus()

    def log_in(self) -> None:
        code = self.judge_combo.currentData()
        if not isinstance(code, str):
            return
        pin = self.pin_edit.text()
        judge = (
            Operation(self, lambda: self.services.scoring.login(code, pin))
            .failure(self._login_refused)
            .run()
        )
        if judge is None:
            return
        self.start_as(judge)

    def start_as(self, judge: JudgeLogin) -> None:
        """Show ``judge``'s list (after the PIN check, or straight away on the judge's own
        laptop, where the kit names the judge)."""
        self.pin_edit.clear()
        self.login_message.clear()
        self.judge = judge
        self._show_welcome()
        self.filter_combo.setCurrentIndex(0)
        self.refresh()
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(self._next_row())

    def _login_refused(self, exc: JudgingError) -> None:
        if not isinstance(exc, InputError):  # the database, not the PIN: say so plainly
            show_refusal(self.prompter, self, exc)
            return
        self.pin_edit.clear()
        if exc.code is ProblemCode.PIN_WRONG:
            self.login_message.setText(self.tr("Wrong PIN. Try again."))
        elif exc.code is ProblemCode.JUDGE_NO_PIN:
            self.login_message.setText(self.tr("No PIN is set for you yet: ask the organiser."))
        else:  # how long to wait after wrong PINs, or locked until the organiser unlocks
            text = exc.text(ui_language())
            self.login_message.setText(text[:1].upper() + text[1:] + ".")
        self.pin_edit.setFocus()

    def log_out(self) -> None:
        self.judge = None
        self.sheets = None
        self.model.set_rows([])
        if self.walkthrough is not None:
            self.pages.removeWidget(self.walkthrough)
            self.walkthrough.deleteLater()
            self.walkthrough = None
        self.pages.setCurrentWidget(self.login_page)
        self.pin_edit.setFocus()

    @property
    def round_code(self) -> str | None:
        data = self.round_combo.currentData()
        return data if isinstance(data, str) else None

    # -- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.judge is None:
            return
        judge = self.judge
        sheets = Operation(
            self, lambda: self.services.scoring.judge_sheets(self.round_code, judge.code)
        ).run()
        if sheets is None:
            return
        self.sheets = sheets
        self._show_progress(sheets)
        self._apply_filter()

    def _show_progress(self, sheets: JudgeSheets) -> None:
        self.progress_label.setText(
            self.tr("{done} of {total} done")
            .replace("{done}", str(sheets.done))
            .replace("{total}", str(sheets.total))
        )
        self.progress_bar.setMaximum(max(sheets.total, 1))
        self.progress_bar.setValue(sheets.done)

    def _apply_filter(self) -> None:
        if self.sheets is None:
            return
        key = self.filter_combo.currentData()
        states = dict(FILTERS).get(key) if isinstance(key, str) else None
        rows = [s for s in self.sheets.sheets if states is None or s.state in states]
        self.model.set_rows(rows)

    def _next_row(self) -> int:
        rows = self.model.rows()
        return next((i for i, s in enumerate(rows) if not s.done), 0)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = self.table.currentIndex()
            if index.isValid():
                self._on_table_activated(index)
            else:
                self.start()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_entry(self.model.row(index.row()).entry_code)

    def start(self) -> None:
        if self.model.rowCount():
            self.open_entry(self.model.row(self._next_row()).entry_code)

    def open_entry(self, entry_code: str) -> None:
        if self.judge is None or self.sheets is None:
            return
        codes = [s.entry_code for s in self.sheets.sheets]
        if self.walkthrough is None:
            self.walkthrough = Walkthrough(
                self.services,
                self.bus,
                self.sheets.round_code,
                self.judge.code,
                codes,
                prompter=self.prompter,
                parent=self,
            )
            self.walkthrough.back_requested.connect(self._on_walkthrough_back_requested)
            # the list refreshes when it is shown again (see _on_walkthrough_back_requested)
            self.pages.addWidget(self.walkthrough)
        self.pages.setCurrentWidget(self.walkthrough)
        self.walkthrough.show_entry_code(entry_code)

    def _on_walkthrough_back_requested(self) -> None:
        if self.walkthrough is not None:
            self.walkthrough.commit_pending()
            shown = self.walkthrough.entry_code
        else:
            shown = None
        self.refresh()
        self.pages.setCurrentWidget(self.list_page)
        self.table.setFocus()
        row = next((i for i, s in enumerate(self.model.rows()) if s.entry_code == shown), 0)
        if self.model.rowCount():
            self.table.selectRow(row)

    # -- leaving ---------------------------------------------------------------------------------
    def leave(self) -> bool:
        """End judge mode if the organiser's password (when one is set) is given."""
        has = Operation(self, self.services.scoring.has_organiser_password).run()
        if has:
            password = self.prompter.ask_text(
                self,
                self.tr("Leave judge mode"),
                self.tr("The organiser's password:"),
                password=True,
            )
            if password is None:
                return False
            right = Operation(
                self, lambda: self.services.scoring.check_organiser_password(password)
            ).run()
            if right is None:  # refused: wrong ones came too fast (the dialog said so)
                return False
            if not right:
                self.prompter.warn(
                    self,
                    self.tr("Leave judge mode"),
                    self.tr("Wrong password: judge mode stays on."),
                )
                return False
        if self.walkthrough is not None:
            self.walkthrough.commit_pending()
        self._leaving = True
        self.left.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving or self.leave():
            event.accept()
        else:
            event.ignore()
