"""Shared pieces of the set-up screens: a prompter that also asks for reasons and PINs, a
helper that runs one user action and shows a refused one, and a read-only table model over
immutable rows whose columns are given as (header, value) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QWidget

from judging.errors import JudgingError
from ui.errors import Prompter, describe_error
from ui.models.headed import RowsTableModel
from ui.problems import problem_text

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
T = TypeVar("T")


class SetupPrompter(Prompter):
    """The dialogs of the set-up screens; tests swap in one that answers by itself."""

    def reason(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    def pin(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None


def run_action(parent: QWidget | None, prompter: Prompter, action: Callable[[], T]) -> T | None:
    """Run one user action; a refused one (bad input, environment) becomes a message."""
    try:
        return action()
    except JudgingError as exc:
        title, text = describe_error(exc)
        prompter.warn(parent, title, text, problem_text(exc))
        return None


class FormDialog(QDialog):
    """A dialog of typed fields that asks before throwing away what was typed (Escape, Cancel
    or the window's close button), so no typed work is lost without a question."""

    def __init__(self, parent: QWidget | None = None, prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter or Prompter()
        self._clean: tuple[object, ...] | None = None

    def typed(self) -> tuple[object, ...]:
        """What the person typed or picked, compared with what the dialog opened with."""
        raise NotImplementedError

    def mark_clean(self) -> None:
        """Call once the fields are filled: this is what the dialog opened with."""
        self._clean = self.typed()

    def has_changes(self) -> bool:
        return self._clean is not None and self.typed() != self._clean

    def refusal_text(self, exc: JudgingError) -> str:
        """Why the service refused what was typed, in the screen's language: each problem
        carries its own Vietnamese (judging/setup/service.py), so nothing is parsed here."""
        language = "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"
        if not exc.problems:
            return exc.text(language)
        return "\n".join(
            problem.vi if language == "vi" and problem.vi else problem.message
            for problem in exc.problems
        )

    def reject(self) -> None:
        if self.has_changes() and not self._prompter.ask(
            self,
            QCoreApplication.translate("FormDialog", "Discard the changes?"),
            QCoreApplication.translate(
                "FormDialog", "What you typed here has not been saved. Close and discard it?"
            ),
        ):
            return
        super().reject()


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]  # through tr(), asked again on a language change
    value: Callable[[R], str]


class RowsModel(RowsTableModel[R]):
    """A read-only table over immutable rows (DTOs) whose columns are (header, value) pairs;
    no I/O in ``data()``."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)

    def headers(self) -> tuple[str, ...]:
        return tuple(column.header() for column in self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of_index(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].value(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
