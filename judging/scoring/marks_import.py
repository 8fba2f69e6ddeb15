"""The row checks of a marks CSV import: pure functions of a row and what is stored.

``ScoringService.import_marks`` reads what the rows are checked against once (``MarksContext``),
runs ``check_rows`` (every faulty row named; nothing is written unless every row passes) and
writes the accepted marks. Each check here looks at one thing and says what is wrong with it,
as a problem code with its parameters (judging.problems words it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from judging.errors import InputError, Problem
from judging.model import Round, RoundStatus, SheetState
from judging.number_syntax import shown
from judging.numbers import format_decimal, parse_decimal
from judging.problems import ROUND_STATUS_TERMS, Message, message
from judging.problems import ProblemCode as P
from judging.scoring.marks_csv import MarkLine
from judging.scoring.model import CriterionRef, SheetRef, StoredMark
from judging.scoring.rules import mark_problem

#: Distinct mark texts (and criterion × mark pairs) whose check is remembered: a real file
#: repeats a few dozen; a file of distinct wrong ones must not keep a fault for each.
REMEMBERED = 4096

#: One fault of a row.
Fault = Message


@dataclass(frozen=True)
class RoundMarks:
    """One round as the import needs it: its criteria, sheets and the marks stored so far
    (``stored``: assignment id → criterion code → mark; the writer keeps it up to date)."""

    round: Round
    criteria: Mapping[str, CriterionRef]
    sheets: Mapping[tuple[str, str], SheetRef]  # (judge, entry) → sheet
    stored: dict[int, dict[str, StoredMark]]
    #: (criterion code, mark as written) → what ``check_criterion`` said: a large file
    #: repeats a few marks per criterion, each checked once
    checked: dict[tuple[str, str], tuple[CriterionRef | None, list[Fault]]] = field(
        default_factory=dict
    )


@dataclass(frozen=True)
class MarksContext:
    """What the rows are checked against: every round's code (in order), the rounds the file
    names (loaded), the judges' and the entries' codes."""

    round_codes: Sequence[str]
    rounds: Mapping[str, RoundMarks]
    judges: frozenset[str]
    entries: frozenset[str]
    #: mark as written → what ``read_mark`` made of it (each distinct text read once)
    readings: dict[str, tuple[Decimal | None, list[Fault]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
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
        return [message(P.MARKS_ROUND_MISSING, rounds=", ".join(round_codes))]
    if line.round_code is not None and line.round_code not in round_codes:
        return [message(P.MARKS_ROUND_UNKNOWN, code=line.round_code)]
    return []


def check_judge(line: MarkLine, judges: frozenset[str]) -> list[Fault]:
    if not line.judge_code:
        return [message(P.MARKS_JUDGE_MISSING)]
    if line.judge_code not in judges:
        return [message(P.JUDGE_UNKNOWN, code=line.judge_code)]
    return []


def check_entry(line: MarkLine, entries: frozenset[str]) -> list[Fault]:
    if not line.entry_code:
        return [message(P.MARKS_ENTRY_MISSING)]
    if line.entry_code not in entries:
        return [message(P.ENTRY_UNKNOWN, code=line.entry_code)]
    return []


def read_mark(line: MarkLine) -> tuple[Decimal | None, list[Fault]]:
    """The row's mark as an exact number."""
    if not line.mark:
        return None, [message(P.MARKS_MARK_MISSING)]
    try:
        return parse_decimal(line.mark, what=P.TERM_MARK), []
    except InputError as exc:
        if exc.code is P.NUMBER_TOO_LONG and exc.said is not None:  # a number, too long
            return None, [exc.said]
        return None, [message(P.MARKS_NOT_A_NUMBER, text=shown(line.mark))]


def check_criterion(
    line: MarkLine, marks: RoundMarks, value: Decimal | None
) -> tuple[CriterionRef | None, list[Fault]]:
    """The row's criterion in the round, and whether the mark fits its scale."""
    code = marks.round.code
    found = marks.criteria.get(line.criterion_code)
    if found is None:
        return None, [message(P.MARKS_CRITERION_UNKNOWN, code=line.criterion_code, round=code)]
    if value is not None and (problem := mark_problem(found.criterion, value)):
        return found, [problem]
    return found, []


def check_round_open(rnd: Round) -> list[Fault]:
    if rnd.status is RoundStatus.OPEN:
        return []
    return [message(P.MARKS_ROUND_NOT_OPEN, round=rnd.code, status=ROUND_STATUS_TERMS[rnd.status])]


def check_sheet(line: MarkLine, marks: RoundMarks) -> tuple[SheetRef | None, list[Fault]]:
    """The judge's sheet for the entry in the round: assigned, and not recused."""
    sheet = marks.sheets.get((line.judge_code, line.entry_code))
    if sheet is None:
        return None, [
            message(
                P.SHEET_NOT_ASSIGNED,
                entry=line.entry_code,
                judge=line.judge_code,
                round=marks.round.code,
            )
        ]
    if sheet.state is SheetState.RECUSED:
        return sheet, [message(P.MARKS_RECUSED, judge=line.judge_code, entry=line.entry_code)]
    return sheet, []


def check_submitted(mark: AcceptedMark, old: StoredMark | None) -> list[Fault]:
    """A submitted sheet's mark may come again unchanged, never changed."""
    if mark.sheet.state is not SheetState.SUBMITTED or old is None:
        return []
    if same_value(old.value, mark.value) and not (mark.comment and mark.comment != old.comment):
        return []
    return [message(P.MARKS_SUBMITTED, value=Decimal(format_decimal(old.value)))]


def check_line(line: MarkLine, context: MarksContext) -> tuple[AcceptedMark | None, list[Fault]]:
    """Every fault of one row taken alone; the mark it would store when it has none."""
    faults = check_round(line, context.round_codes)
    faults += check_judge(line, context.judges)
    faults += check_entry(line, context.entries)
    reading = context.readings.get(line.mark)
    if reading is None:
        reading = read_mark(line)
        if len(context.readings) < REMEMBERED:
            context.readings[line.mark] = reading
    value, mark_faults = reading
    faults += mark_faults
    marks = context.rounds.get(row_round(line, context.round_codes) or "")
    if marks is None:
        return None, faults
    key = (line.criterion_code, line.mark)
    checked = marks.checked.get(key)
    if checked is None:
        checked = check_criterion(line, marks, value)
        if len(marks.checked) < REMEMBERED:
            marks.checked[key] = checked
    criterion, criterion_faults = checked
    faults += criterion_faults
    faults += check_round_open(marks.round)
    sheet = None
    if line.judge_code in context.judges and line.entry_code in context.entries:
        sheet, sheet_faults = check_sheet(line, marks)
        faults += sheet_faults
    if faults or sheet is None or criterion is None or value is None:
        return None, faults
    return AcceptedMark(sheet, criterion, value, line.comment), []


#: Faults named one by one; past this many the rest are counted (memory and a readable list:
#: a file of 600,000 wrong rows would otherwise take gigabytes to say so).
MAX_NAMED_FAULTS = 1000


def check_rows(
    lines: Iterable[MarkLine], context: MarksContext, source: str
) -> tuple[list[AcceptedMark], list[Problem]]:
    """The marks to store, and every fault of every row (a mark given twice included); after
    ``MAX_NAMED_FAULTS`` the rest are counted in one last problem."""
    accepted: list[AcceptedMark] = []
    problems: list[Problem] = []
    unnamed = 0
    # (assignment, criterion) → row, the pair as one number (a tuple a mark costs twice
    # the memory: 500,000 of them held until the check ends)
    stride = 1 + max(
        (c.id for r in context.rounds.values() for c in r.criteria.values()), default=0
    )
    seen: dict[int, int] = {}
    for line in lines:
        mark, faults = check_line(line, context)
        if mark is not None:
            sheet = mark.sheet
            key = sheet.assignment_id * stride + mark.criterion.id
            if key in seen:
                faults.append(message(P.MARKS_SAME_AS_ROW, row=seen[key]))
            seen[key] = line.line
            stored = context.rounds[sheet.round_code].stored
            old = stored.get(sheet.assignment_id, {}).get(mark.criterion.criterion.code)
            faults += check_submitted(mark, old)
            if not faults:
                accepted.append(mark)
        if not faults:
            continue
        if len(problems) >= MAX_NAMED_FAULTS:
            unnamed += len(faults)
            continue
        where = f"{source}, row {line.line}"
        problems.extend(Problem.saying(where, fault) for fault in faults)
    if unnamed:
        problems.append(Problem.of(source, P.IMPORT_MORE_FAULTS, count=unnamed))
    return accepted, problems
