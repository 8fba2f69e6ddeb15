"""What the scoring windows share: the prompter (with a text question for reasons and
passwords), running one user action with its errors shown, and the names of sheet states."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from judging.errors import InputError, JudgingError
from judging.model import Criterion
from judging.numbers import format_decimal
from judging.problems import Message, ProblemCode
from judging.scoring.model import SheetState
from ui.errors import Prompter, describe_error
from ui.problems import problem_text

T = TypeVar("T")


class ScoringPrompter(Prompter):
    """The app's prompter plus a question answered with a line of text. Tests swap in one
    that answers by itself."""

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, *, password: bool = False
    ) -> str | None:
        """A line of text, or None when cancelled."""
        echo = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, label, echo)
        return text if ok else None


def run_action(prompter: Prompter, parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run one user action; a known error becomes a message (and None)."""
    try:
        return action()
    except JudgingError as exc:
        title, text = describe_error(exc)
        prompter.warn(parent, title, text, problem_text(exc))
        return None


def state_name(state: SheetState) -> str:
    names = {
        SheetState.NOT_STARTED: QCoreApplication.translate("Scoring", "Not started"),
        SheetState.IN_PROGRESS: QCoreApplication.translate("Scoring", "In progress"),
        SheetState.SUBMITTED: QCoreApplication.translate("Scoring", "Submitted"),
        SheetState.RECUSED: QCoreApplication.translate("Scoring", "Recused"),
    }
    return names[state]


def mark_problem_text(criterion: Criterion, exc: InputError) -> str:
    """Why a typed mark was refused, in the language of the screen (the walk-through and the
    secretary's grid say it alike)."""
    problem = exc.params.get("problem") if exc.code is ProblemCode.MARK_FOR_CRITERION else exc.said
    code = problem.code if isinstance(problem, Message) else exc.code
    if code is ProblemCode.MARK_OUT_OF_RANGE:
        return QCoreApplication.translate(
            "Walkthrough", "Out of range: from 0 to {max}. Not saved."
        ).replace("{max}", format_decimal(criterion.max))
    if code is ProblemCode.MARK_NOT_A_STEP:
        return QCoreApplication.translate("Walkthrough", "Use steps of {step}. Not saved.").replace(
            "{step}", format_decimal(criterion.step)
        )
    return QCoreApplication.translate("Walkthrough", "Not a number. Not saved.")
