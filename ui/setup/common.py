"""Shared pieces of the set-up screens: a form dialog that asks before throwing away what was
typed, and a read-only table model over immutable rows whose columns are given as (header,
value) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QWidget

from judging.errors import JudgingError
from ui.errors import Prompter
from ui.models.headed import RowsTableModel
from ui.numbers import ui_language
from ui.operations import Operation

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


def refusal_text(exc: JudgingError) -> str:
    """Why the service refused what was typed, in the screen's language: each problem carries
    its own Vietnamese (judging/setup/service.py), so nothing is parsed here."""
    language = ui_language()
    if not exc.problems:
        return exc.text(language)
    return "\n".join(
        problem.vi if language == "vi" and problem.vi else problem.message
        for problem in exc.problems
    )


def save_or_say_why(
    dialog: QWidget, action: Callable[[], object], show_refusal: Callable[[str], None]
) -> bool:
    """Run a dialog's save as an operation; a refusal is said under the fields with
    ``show_refusal`` (the dialog stays open to be corrected). True when it was saved."""
    refused: list[JudgingError] = []

    def say_why(exc: JudgingError) -> None:
        refused.append(exc)
        show_refusal(refusal_text(exc))

    Operation(dialog, action).failure(say_why).run()
    return not refused


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
        return refusal_text(exc)

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
