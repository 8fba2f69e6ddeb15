"""The row checks of a marks CSV import: pure functions of a row and what is stored.

``ScoringService.import_marks`` reads what the rows are checked against once (``MarksContext``),
runs ``check_rows`` (every faulty row named; nothing is written unless every row passes) and
writes the accepted marks. Each check here looks at one thing and says what is wrong with it,
in English and Vietnamese.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from judging.errors import InputError, Problem
from judging.model import Round, RoundStatus, SheetState
from judging.numbers import format_decimal, parse_decimal
from judging.scoring.marks_csv import MarkLine
from judging.scoring.model import CriterionRef, SheetRef, StoredMark
from judging.scoring.rules import mark_problem

#: One fault of a row: (English, Vietnamese).
Fault = tuple[str, str]


@dataclass(frozen=True)
class RoundMarks:
    """One round as the import needs it: its criteria, sheets and the marks stored so far
    (``stored``: assignment id → criterion code → mark; the writer keeps it up to date)."""

    round: Round
    criteria: Mapping[str, CriterionRef]
    sheets: Mapping[tuple[str, str], SheetRef]  # (judge, entry) → sheet
    stored: dict[int, dict[str, StoredMark]]


@dataclass(frozen=True)
class MarksContext:
    """What the rows are checked against: every round's code (in order), the rounds the file
    names (loaded), the judges' and the entries' codes."""

    round_codes: Sequence[str]
    rounds: Mapping[str, RoundMarks]
    judges: frozenset[str]
    entries: frozenset[str]


@dataclass(frozen=True)
class AcceptedMark:
    sheet: SheetRef
    criterion: CriterionRef
    value: Decimal
    comment: str


def same_value(a: Decimal | None, b: Decimal | None) -> bool:
    """Equal marks (``2.0`` is ``2``); no mark is the same as no mark only."""
    return a == b if a is not None and b is not None else a is b


def row_round(line: MarkLine, round_codes: Sequence[str]) -> str | None:
    """The round a row is about: its own, or, left out, the only round (else ``None``)."""
    if line.round_code is None and len(round_codes) == 1:
        return round_codes[0]
    return line.round_code


def rounds_named(lines: Iterable[MarkLine], round_codes: Sequence[str]) -> set[str]:
    """The rounds of the competition that the rows name (those to load)."""
    named = (row_round(line, round_codes) for line in lines)
    return {code for code in named if code is not None and code in round_codes}


def check_round(line: MarkLine, round_codes: Sequence[str]) -> list[Fault]:
    if line.round_code is None and len(round_codes) != 1:
        codes = ", ".join(round_codes)
        return [
            (
                f"round missing: the competition has rounds {codes}",
                f"thiếu vòng: cuộc thi có các vòng {codes}",
            )
        ]
    if line.round_code is not None and line.round_code not in round_codes:
        return [(f"unknown round {line.round_code!r}", f"không có vòng {line.round_code!r}")]
    return []


def check_judge(line: MarkLine, judges: frozenset[str]) -> list[Fault]:
    if not line.judge_code:
        return [("judge missing", "thiếu mã giám khảo")]
    if line.judge_code not in judges:
        return [(f"unknown judge {line.judge_code!r}", f"không có giám khảo {line.judge_code!r}")]
    return []


def check_entry(line: MarkLine, entries: frozenset[str]) -> list[Fault]:
    if not line.entry_code:
        return [("entry missing", "thiếu mã hồ sơ")]
    if line.entry_code not in entries:
        return [(f"unknown entry {line.entry_code!r}", f"không có hồ sơ {line.entry_code!r}")]
    return []


def read_mark(line: MarkLine) -> tuple[Decimal | None, list[Fault]]:
    """The row's mark as an exact number."""
    if not line.mark:
        return None, [("mark missing", "thiếu điểm")]
    try:
        return parse_decimal(line.mark, what="mark"), []
    except InputError:
        return None, [
            (f"mark {line.mark!r} is not a number", f"điểm {line.mark!r} không phải là số")
        ]


def check_criterion(
    line: MarkLine, marks: RoundMarks, value: Decimal | None
) -> tuple[CriterionRef | None, list[Fault]]:
    """The row's criterion in the round, and whether the mark fits its scale."""
    code = marks.round.code
    found = marks.criteria.get(line.criterion_code)
    if found is None:
        return None, [
            (
                f"unknown criterion {line.criterion_code!r} in round {code}",
                f"vòng {code} không có tiêu chí {line.criterion_code!r}",
            )
        ]
    if value is not None and (problem := mark_problem(found.criterion, value)):
        return found, [(problem, mark_problem(found.criterion, value, "vi") or problem)]
    return found, []


def check_round_open(rnd: Round) -> list[Fault]:
    if rnd.status is RoundStatus.OPEN:
        return []
    done = "phê duyệt" if rnd.status is RoundStatus.APPROVED else "đóng"
    return [
        (
            f"round {rnd.code} is {rnd.status.value}",
            f"vòng {rnd.code} đã {done}, không nhận thêm điểm",
        )
    ]


def check_sheet(line: MarkLine, marks: RoundMarks) -> tuple[SheetRef | None, list[Fault]]:
    """The judge's sheet for the entry in the round: assigned, and not recused."""
    sheet = marks.sheets.get((line.judge_code, line.entry_code))
    if sheet is None:
        return None, [
            (
                f"entry {line.entry_code} is not assigned to judge {line.judge_code} "
                f"in round {marks.round.code}",
                f"hồ sơ {line.entry_code} không được phân công cho giám khảo "
                f"{line.judge_code} ở vòng {marks.round.code}",
            )
        ]
    if sheet.state is SheetState.RECUSED:
        return sheet, [
            (
                f"judge {line.judge_code} recused from entry {line.entry_code}",
                f"giám khảo {line.judge_code} đã từ chối chấm hồ sơ {line.entry_code}",
            )
        ]
    return sheet, []


def check_submitted(mark: AcceptedMark, old: StoredMark | None) -> list[Fault]:
    """A submitted sheet's mark may come again unchanged, never changed."""
    if mark.sheet.state is not SheetState.SUBMITTED or old is None:
        return []
    if same_value(old.value, mark.value) and not (mark.comment and mark.comment != old.comment):
        return []
    shown = format_decimal(old.value)
    return [
        (
            f"the sheet is submitted with {shown}; "
            "the organiser must reopen it before it can change",
            f"phiếu đã nộp với điểm {shown}; ban tổ chức phải mở lại phiếu trước khi sửa",
        )
    ]


def check_line(line: MarkLine, context: MarksContext) -> tuple[AcceptedMark | None, list[Fault]]:
    """Every fault of one row taken alone; the mark it would store when it has none."""
    faults = check_round(line, context.round_codes)
    faults += check_judge(line, context.judges)
    faults += check_entry(line, context.entries)
    value, mark_faults = read_mark(line)
    faults += mark_faults
    marks = context.rounds.get(row_round(line, context.round_codes) or "")
    if marks is None:
        return None, faults
    criterion, criterion_faults = check_criterion(line, marks, value)
    faults += criterion_faults
    faults += check_round_open(marks.round)
    sheet = None
    if line.judge_code in context.judges and line.entry_code in context.entries:
        sheet, sheet_faults = check_sheet(line, marks)
        faults += sheet_faults
    if faults or sheet is None or criterion is None or value is None:
        return None, faults
    return AcceptedMark(sheet, criterion, value, line.comment), []


def check_rows(
    lines: Iterable[MarkLine], context: MarksContext, source: str
) -> tuple[list[AcceptedMark], list[Problem]]:
    """The marks to store, and every fault of every row (a mark given twice included)."""
    accepted: list[AcceptedMark] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, str, str, str], int] = {}
    for line in lines:
        mark, faults = check_line(line, context)
        if mark is not None:
            sheet = mark.sheet
            key = (
                sheet.round_code,
                sheet.judge_code,
                sheet.entry_code,
                mark.criterion.criterion.code,
            )
            if key in seen:
                faults.append(
                    (f"the same mark as row {seen[key]}", f"trùng với điểm ở dòng {seen[key]}")
                )
            seen[key] = line.line
            stored = context.rounds[sheet.round_code].stored
            old = stored.get(sheet.assignment_id, {}).get(mark.criterion.criterion.code)
            faults += check_submitted(mark, old)
            if not faults:
                accepted.append(mark)
        where = f"{source}, row {line.line}"
        problems.extend(Problem(where, en, vi=vi) for en, vi in faults)
    return accepted, problems
