"""What the scoring windows share: the names of sheet states and why a typed mark was
refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from judging.errors import InputError
from judging.model import Criterion
from judging.numbers import format_decimal
from judging.problems import Message, ProblemCode
from judging.scoring.model import SheetState


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
