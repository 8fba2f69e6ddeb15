"""Dialogs of the Judges section: a judge's form, and declaring a conflict of interest."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judging.model import Judge, Role
from judging.services.dto import EntryRow, JudgeRow
from ui.errors import Prompter
from ui.setup.common import FormDialog, save_or_say_why
from ui.widgets.combo import enum_data, typed_data


class JudgeDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[Judge], object],
        judge: JudgeRow | None = None,
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent, prompter)
        self.setObjectName("JudgeDialog")
        self._save = save
        self._original = judge
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role.value, role)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.code, self.name, self.title_edit, self.organisation, self.role),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if judge is not None:
            self.code.setText(judge.code)
            self.name.setText(judge.name)
            self.title_edit.setText(judge.title)
            self.organisation.setText(judge.organisation)
            self.role.setCurrentIndex(self.role.findData(judge.role))
        self.resize(440, 0)
        self.mark_clean()
        self.retranslate()

    def typed(self) -> tuple[object, ...]:
        return (
            self.code.text(),
            self.name.text(),
            self.title_edit.text(),
            self.organisation.text(),
            self.role.currentIndex(),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New judge") if self._original is None else self.tr("Edit judge")
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Code"),
                self.tr("&Name"),
                self.tr("&Title (TS., ThS.…)"),
                self.tr("&Organisation"),
                self.tr("&Role"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i, text in enumerate(
            (self.tr("member"), self.tr("chair"), self.tr("trainee (marks never count)"))
        ):
            self.role.setItemText(i, text)
        self.code.setPlaceholderText(self.tr("left empty: J01, J02, …"))

    def judge(self) -> Judge:
        return Judge(
            code=self.code.text(),
            name=self.name.text(),
            title=self.title_edit.text(),
            organisation=self.organisation.text(),
            role=enum_data(self.role, Role),
        )

    def _on_buttons_accepted(self) -> None:
        if save_or_say_why(self, lambda: self._save(self.judge()), self.error.setText):
            self.accept()


class ConflictDialog(FormDialog):
    """Declare that a judge has a conflict of interest with an entry, with the reason."""

    def __init__(
        self,
        judges: Sequence[JudgeRow],
        entries: Sequence[EntryRow],
        save: Callable[[str, str, str], object],
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent, prompter)
        self.setObjectName("ConflictDialog")
        self._save = save
        self.judge = QComboBox()
        self.judge.setObjectName("judge")
        for j in judges:
            self.judge.addItem(f"{j.code} — {j.name}", j.code)
        self.entry = QComboBox()
        self.entry.setObjectName("entry")
        self.entry.setEditable(True)
        self.entry.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for e in entries:
            self.entry.addItem(f"{e.code} — {e.title}", e.code)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.judge, self.entry, self.reason), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        for label, text in zip(
            self.labels, (self.tr("&Judge"), self.tr("&Entry"), self.tr("&Reason")), strict=True
        ):
            label.setText(text)
        self.mark_clean()

    def typed(self) -> tuple[object, ...]:
        return (self.judge.currentIndex(), self.entry.currentText(), self.reason.text())

    def _on_buttons_accepted(self) -> None:
        entry = typed_data(self.entry, str)
        if entry is None or self.entry.currentText() != self.entry.itemText(
            self.entry.currentIndex()
        ):
            entry = self.entry.currentText().split(" — ")[0].strip()
        judge, reason = str(typed_data(self.judge, str)), self.reason.text()
        if save_or_say_why(self, lambda: self._save(judge, entry, reason), self.error.setText):
            self.accept()


class PanelDialog(FormDialog):
    """Who sits on a round's panel for each category (or for every category).

    With no seats at all, every member and chair judges every category; the automatic
    assignment takes an entry's judges from its category's panel and the every-category seats.
    Each panel is saved by its own button, so closing never throws typed work away.
    """

    def __init__(
        self,
        round_label: str,
        categories: Sequence[tuple[str | None, str]],  # (code or None, label)
        judges: Sequence[JudgeRow],
        seats: Sequence[tuple[str | None, str]],  # (category or None, judge)
        save: Callable[[str | None, list[str]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PanelDialog")
        self._save = save
        self._seats: dict[str | None, set[str]] = {}
        for category, seated in seats:
            self._seats.setdefault(category, set()).add(seated)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for code, label in categories:
            self.category.addItem(label, code)
        self.judges = QListWidget()
        self.judges.setObjectName("judges")
        for judge in judges:
            item = QListWidgetItem(f"{judge.code} — {judge.name}")
            item.setData(Qt.ItemDataRole.UserRole, judge.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.judges.addItem(item)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePanel")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category)
        form = QFormLayout()
        form.addRow(self.category_label, self.category)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.judges, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.save_button)
        layout.addWidget(self.buttons)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        self.resize(460, 520)
        self.setWindowTitle(self.tr("Panels of {round}").format(round=round_label))
        self.note.setText(
            self.tr(
                "Tick the judges of the chosen category's panel. With no panel at all, every "
                "member and chair judges every category."
            )
        )
        self.category_label.setText(self.tr("&Category"))
        self.save_button.setText(self.tr("&Save this panel"))
        self._on_category_changed(0)

    def typed(self) -> tuple[object, ...]:
        return ()  # nothing typed is kept back: each panel is saved by its own button

    def current_category(self) -> str | None:
        return typed_data(self.category, str) or None

    def checked(self) -> list[str]:
        codes = []
        for i in range(self.judges.count()):
            item = self.judges.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return codes

    def _on_category_changed(self, _index: int) -> None:
        seated = self._seats.get(self.current_category(), set())
        for i in range(self.judges.count()):
            item = self.judges.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in seated else Qt.CheckState.Unchecked)
        self.error.setText("")

    def _on_save_clicked(self) -> None:
        codes = self.checked()
        if not save_or_say_why(
            self, lambda: self._save(self.current_category(), codes), self.error.setText
        ):
            return
        self._seats[self.current_category()] = set(codes)
        self.error.setText(self.tr("Saved."))
