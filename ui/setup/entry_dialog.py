"""The form in which an entry is created or edited: code (left empty: generated), title,
category, authors (one a line, or separated by ";"), organisation, summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from judging.model import Category, Entry, EntryStatus
from judging.services.dto import EntryRow
from ui.errors import Prompter
from ui.setup.common import FormDialog, save_or_say_why
from ui.widgets.combo import typed_data


class EntryDialog(FormDialog):
    def __init__(
        self,
        categories: tuple[Category, ...],
        save: Callable[[Entry], object],
        entry: EntryRow | None = None,
        parent: QWidget | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(parent, prompter)
        self._save = save
        self.setObjectName("EntryDialog")
        self._original = entry
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for category in categories:
            self.category.addItem(f"{category.code} — {category.name}", category.code)
        if not categories:
            self.category.addItem("—", None)
        self.authors = QPlainTextEdit()
        self.authors.setObjectName("authors")
        self.authors.setTabChangesFocus(True)
        self.authors.setFixedHeight(70)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.labels,
            (
                self.code,
                self.title_edit,
                self.category,
                self.authors,
                self.organisation,
                self.summary,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 440)

        if entry is not None:
            self.code.setText(entry.code)
            self.title_edit.setText(entry.title)
            index = self.category.findData(entry.category)
            if index >= 0:
                self.category.setCurrentIndex(index)
            self.authors.setPlainText("\n".join(entry.authors))
            self.organisation.setText(entry.organisation)
            self.summary.setPlainText(entry.summary)
            for field in (self.title_edit, self.organisation):
                field.setCursorPosition(0)  # a long text shows its beginning
        self.mark_clean()
        self.retranslate()
        if entry is None:
            # a new entry's code may stay empty (it is generated): the title comes first
            self.title_edit.setFocus()

    def typed(self) -> tuple[object, ...]:
        return (
            self.code.text(),
            self.title_edit.text(),
            self.category.currentIndex(),
            self.authors.toPlainText(),
            self.organisation.text(),
            self.summary.toPlainText(),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New entry") if self._original is None else self.tr("Edit entry")
        )
        texts = (
            self.tr("&Code"),
            self.tr("&Title"),
            self.tr("C&ategory"),
            self.tr("A&uthors"),
            self.tr("&Organisation"),
            self.tr("&Summary"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.code.setPlaceholderText(self.tr("left empty: E001, E002, …"))
        self.authors.setPlaceholderText(self.tr("one author a line (or separated by ;)"))

    def entry(self) -> Entry:
        """The entry as typed (the service cleans and checks it)."""
        raw = self.authors.toPlainText().replace("\n", ";")
        authors = tuple(a.strip() for a in raw.split(";") if a.strip())
        original = self._original
        return Entry(
            code=self.code.text(),
            title=self.title_edit.text(),
            category=typed_data(self.category, str),
            authors=authors,
            organisation=self.organisation.text(),
            summary=self.summary.toPlainText(),
            status=original.status if original else EntryStatus.ACTIVE,
            status_reason=original.status_reason if original else "",
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _on_buttons_accepted(self) -> None:
        if not self.title_edit.text().strip():
            self.show_error(self.tr("The title is missing."))
            self.title_edit.setFocus()
            return
        # Refused (duplicate code, unknown category…): say why and stay open.
        if save_or_say_why(self, lambda: self._save(self.entry()), self.show_error):
            self.accept()
