"""Dialogs of the results screen: the explanation of a number, and the chair's order of a tie.

The section opens them through ``ui.errors.Prompter`` (``tie_order``, ``explain``), which tests
replace with one that answers on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from judging.ranking.results import EntryResult


class ExplanationDialog(QDialog):
    """Shows one explanation (HTML built by ``explain.explanation_html``)."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Explanation: %1").replace("%1", title))
        self.html = html
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(self)
        # Qt's own button words are not translated: the words are the program's.
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def text(self) -> str:
        return self.browser.toPlainText()


@dataclass(frozen=True)
class TieOrder:
    entries: tuple[str, ...]  # entry codes, best first
    reason: str


class ResolveTieDialog(QDialog):
    """The chair puts tied entries in order (drag, or Up/Down) and gives a reason. For a
    group the chair ordered before (``previous`` is that reason), the new order replaces the
    old one and needs its own reason."""

    def __init__(
        self,
        entries: Sequence[EntryResult],
        parent: QWidget | None = None,
        previous: str | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        if previous is None:
            self.setWindowTitle(self.tr("Resolve tie"))
            intro = self.tr("Put the tied entries in the order the chair decided, best first.")
        else:
            self.setWindowTitle(self.tr("Revise the chair's order"))
            intro = self.tr(
                "The chair ordered these entries before, shown in that order. Reason given: "
                "%1\nA new order replaces it (the earlier one stays in the audit log)."
            ).replace("%1", previous)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        for entry in entries:
            item = QListWidgetItem(f"{entry.entry} — {entry.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry.entry)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move &down"), self)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Reason (required, recorded with the decision):")))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        layout.addWidget(self.reason)
        self.hint = QLabel(self.tr("A reason is required."))
        self.hint.setStyleSheet("color: #9a3412")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Record the order"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()

    def ok_button(self) -> QPushButton:
        return self.ok

    def _update(self) -> None:
        has_reason = bool(self.reason.toPlainText().strip())
        self.ok_button().setEnabled(has_reason)
        self.hint.setVisible(not has_reason)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            return  # the OK button is disabled; Enter must not slip past it either
        super().accept()

    def order(self) -> TieOrder:
        codes = tuple(
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        )
        return TieOrder(codes, " ".join(self.reason.toPlainText().split()))


class ReopenRoundDialog(QDialog):
    """Reopening a closed or approved round: the reason is required (it goes into the audit
    log with who reopened it and when)."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen round"))
        layout = QVBoxLayout(self)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        layout.addWidget(QLabel(self.tr("Reason (required, kept in the audit log):"), self))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Reopen round"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def accept(self) -> None:
        if not self.reason_text():
            return  # the button is disabled; Enter must not slip past it either
        super().accept()
