"""Dialogs of the Judges section: a judge's form, and declaring a conflict of interest."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from judging.errors import JudgingError
from judging.model import Judge, Role
from judging.services.dto import EntryRow, JudgeRow


class JudgeDialog(QDialog):
    def __init__(
        self,
        save: Callable[[Judge], object],
        judge: JudgeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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
        self.retranslate()

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
            role=self.role.currentData(),
        )

    def _on_buttons_accepted(self) -> None:
        try:
            self._save(self.judge())
        except JudgingError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class ConflictDialog(QDialog):
    """Declare that a judge has a conflict of interest with an entry, with the reason."""

    def __init__(
        self,
        judges: Sequence[JudgeRow],
        entries: Sequence[EntryRow],
        save: Callable[[str, str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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

    def _on_buttons_accepted(self) -> None:
        entry = self.entry.currentData()
        if entry is None or self.entry.currentText() != self.entry.itemText(
            self.entry.currentIndex()
        ):
            entry = self.entry.currentText().split(" — ")[0].strip()
        try:
            self._save(str(self.judge.currentData()), str(entry), self.reason.text())
        except JudgingError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
