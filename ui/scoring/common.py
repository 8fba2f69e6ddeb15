"""What the scoring windows share: the names of sheet states and why a typed mark was
refused."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from judging.errors import InputError
from judging.model import Criterion
from judging.numbers import places_of, trimmed
from judging.problems import Message, ProblemCode
from judging.scoring.model import SheetState
from ui.numbers import show_number


def state_name(state: SheetState) -> str:
    names = {
        SheetState.NOT_STARTED: QCoreApplication.translate("Scoring", "Not started"),
        SheetState.IN_PROGRESS: QCoreApplication.translate("Scoring", "In progress"),
        SheetState.SUBMITTED: QCoreApplication.translate("Scoring", "Submitted"),
        SheetState.RECUSED: QCoreApplication.translate("Scoring", "Recused"),
    }
    return names[state]


def fmt(value: Decimal | None, places: int | None = None) -> str:
    """A number on screen: a decimal comma in Vietnamese, a point in English; without named
    places as people write a bound or a step ("30", "0,5")."""
    return show_number(trimmed(value) if places is None else value, places)


def fmt_mark(value: Decimal | None, criterion: Criterion) -> str:
    """A mark with its criterion's places (a step of 0.5 shows "27,5" and "27,0")."""
    return fmt(value, places_of(criterion.step))


def scale_text(criterion: Criterion) -> str:
    """How a criterion is marked, as a council writes it: "Điểm tối đa 30, chấm theo bậc
    0,5" (or "chấm điểm nguyên"), and its factor when it has one."""
    if criterion.step == 1:
        text = QCoreApplication.translate("Marks", "Maximum {max}, whole marks")
    else:
        text = QCoreApplication.translate("Marks", "Maximum {max}, marked in steps of {step}")
    text = text.replace("{max}", fmt(criterion.max)).replace("{step}", fmt(criterion.step))
    if criterion.weight != 1:
        text += QCoreApplication.translate("Marks", ", factor {weight}").replace(
            "{weight}", fmt(criterion.weight)
        )
    return text


def short_scale_text(criterion: Criterion) -> str:
    """The same for a column heading: "tối đa 30, bậc 0,5" or "tối đa 30, điểm nguyên"."""
    if criterion.step == 1:
        text = QCoreApplication.translate("Marks", "max. {max}, whole marks")
    else:
        text = QCoreApplication.translate("Marks", "max. {max}, steps of {step}")
    return text.replace("{max}", fmt(criterion.max)).replace("{step}", fmt(criterion.step))


def mark_problem_text(criterion: Criterion, exc: InputError) -> str:
    """Why a typed mark was refused, in the language of the screen (the walk-through and the
    secretary's grid say it alike)."""
    problem = exc.params.get("problem") if exc.code is ProblemCode.MARK_FOR_CRITERION else exc.said
    code = problem.code if isinstance(problem, Message) else exc.code
    if code is ProblemCode.MARK_OUT_OF_RANGE:
        return QCoreApplication.translate(
            "Marks", "The mark must be from 0 to {max}. Not saved."
        ).replace("{max}", fmt(criterion.max))
    if code in (ProblemCode.MARK_NOT_A_STEP, ProblemCode.MARK_NOT_WHOLE):
        if criterion.step == 1:
            return QCoreApplication.translate("Marks", "Whole marks only. Not saved.")
        return QCoreApplication.translate(
            "Marks", "Marks go in steps of {step}. Not saved."
        ).replace("{step}", fmt(criterion.step))
    return QCoreApplication.translate("Marks", "Not a number. Not saved.")


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def sheets_file_name(scope: str, *, filled: bool) -> str:
    """The file name a save dialog suggests: "phieu-cham-GK05.pdf" for a judge's blank
    sheets, "phieu-cham-GK05-co-diem.pdf" filled; ``scope`` is a judge's or a round's code."""
    safe = _UNSAFE.sub("-", scope).strip("-") or "vong"
    return f"phieu-cham-{safe}{'-co-diem' if filled else ''}.pdf"


def marks_file_name(round_code: str | None) -> str:
    """The file name the marks export suggests: "diem-SK.csv"."""
    safe = _UNSAFE.sub("-", round_code or "").strip("-")
    return f"diem-{safe}.csv" if safe else "diem.csv"
