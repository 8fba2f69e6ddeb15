"""A search field: filters as it is typed, Escape clears it, Ctrl+F reaches it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search: code, title, author, organisation…"))
        self.setToolTip(
            self.tr(
                "Letter case and Vietnamese tone marks do not matter: “nguyen” finds “Nguyễn”, "
                "“d” finds “Đ”."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
