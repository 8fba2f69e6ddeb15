"""The marks CSV (long form): one row per judge × entry × criterion.

Columns ``round,entry,judge,criterion,mark,comment``; ``round`` may be left out when the
competition has one round, ``comment`` is optional. Reading goes through judging.textfiles,
like every CSV import (UTF-8 with or without a BOM, UTF-16 with a BOM, CP1258; ``,`` or
``;``). Writing gives UTF-8 with a BOM, ``,`` by default or ``;`` on request (then marks use
a decimal comma, as Excel under Vietnamese regional settings expects).
Reading here only splits the file into rows; the service checks them against the database.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from judging.errors import InputError, Problem
from judging.numbers import format_decimal
from judging.problems import ProblemCode as P
from judging.publish.cells import csv_writer, unguard
from judging.scoring.model import MarkRecord
from judging.text import clean, nfc
from judging.textfiles import decode_csv, sniff_delimiter, text_lines, too_large

FORMAT = "judging-marks/1"
COLUMNS = ("round", "entry", "judge", "criterion", "mark", "comment")
REQUIRED = ("entry", "judge", "criterion", "mark")
#: Bounds of a marks file (docs/reliability.md): its bytes (read_bytes is given this limit by
#: every caller) and its rows; the 500,000 marks of a large competition fit.
MAX_BYTES = 64 * 2**20
MAX_ROWS = 600_000


@dataclass(frozen=True, slots=True)
class MarkLine:
    """One data row of a marks CSV, as text, with the line it starts on."""

    line: int
    round_code: str | None
    entry_code: str
    judge_code: str
    criterion_code: str
    mark: str
    comment: str


def decode(data: bytes, source: str) -> str:
    """The file's text, NFC: read as every CSV import reads (judging.textfiles)."""
    return nfc(decode_csv(data, source=source))


def read_marks(data: bytes, source: str) -> list[MarkLine]:
    """Split a marks CSV into rows; a wrong header or a ragged row is an ``InputError``
    naming every faulty row."""
    if len(data) > MAX_BYTES:
        raise too_large(source, MAX_BYTES)
    text = decode(data, source)
    if not text.strip():
        raise InputError(P.CSV_EMPTY, source=source)
    reader = csv.reader(text_lines(text), delimiter=sniff_delimiter(text))
    try:
        header = [clean(h).casefold() for h in next(reader)]
    except csv.Error as exc:
        raise InputError(P.CSV_UNREADABLE_BECAUSE, source=source, reason=str(exc)) from None
    problems: list[Problem] = []
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        problems.append(
            Problem.of(
                f"{source}, row 1",
                P.MARKS_UNKNOWN_COLUMNS,
                unknown=", ".join(unknown),
                columns=",".join(COLUMNS),
            )
        )
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        problems.append(
            Problem.of(f"{source}, row 1", P.MARKS_MISSING_COLUMNS, missing=", ".join(missing))
        )
    if len(set(header)) != len(header):
        problems.append(Problem.of(f"{source}, row 1", P.MARKS_COLUMN_TWICE))
    if problems:
        raise InputError(P.MARKS_BAD_HEADER, problems, source=source)
    index = {name: i for i, name in enumerate(header)}
    lines: list[MarkLine] = []
    codes: dict[str, str] = {}
    try:
        # Rows as a spreadsheet numbers them (the header is row 1): a comment typed on several
        # lines is still one row.
        wanted = [index.get(name) for name in ("round", "entry", "judge", "criterion", "mark")]
        for line, cells in enumerate(reader, 2):
            if not "".join(cells).strip():
                continue  # blank line
            if len(lines) >= MAX_ROWS:
                raise InputError(
                    P.TABLE_TOO_LARGE, source=source, rows=MAX_ROWS, cells=MAX_ROWS * len(COLUMNS)
                )
            if len(cells) != len(header):
                problems.append(
                    Problem.of(
                        f"{source}, row {line}",
                        P.ROW_CELL_COUNT,
                        cells=len(cells),
                        header=len(header),
                    )
                )
                continue
            texts = []
            for at in wanted:
                raw = cells[at] if at is not None else ""
                known = codes.get(raw)  # codes and marks repeat: each cleaned once
                if known is None:
                    known = codes[raw] = unguard(clean(raw))  # one copy of each: memory
                texts.append(known)
            round_code, entry_code, judge_code, criterion_code, mark = texts
            comment = cells[index["comment"]].strip() if "comment" in index else ""
            comment = unguard(comment)  # undo the formula guard that export adds
            lines.append(
                MarkLine(
                    line=line,
                    round_code=round_code or None,
                    entry_code=entry_code,
                    judge_code=judge_code,
                    criterion_code=criterion_code,
                    mark=mark,
                    comment=nfc(comment) if comment else "",
                )
            )
    except csv.Error as exc:
        problems.append(
            Problem.of(f"{source}, row {reader.line_num}", P.CSV_ROW_BROKEN, reason=str(exc))
        )
    if not lines and not problems:
        raise InputError(P.TABLE_NO_ROWS, source=source)
    if problems:
        raise InputError(P.MARKS_FILE_REFUSED, problems, source=source)
    return lines


def write_marks(records: Iterable[MarkRecord], *, separator: str = ",") -> bytes:
    """The marks as CSV: UTF-8 with a BOM, every column written."""
    if separator not in (",", ";"):
        raise InputError(P.SEPARATOR_BAD, separator=separator)
    buffer = io.StringIO(newline="")
    writer = csv_writer(buffer, delimiter=separator)
    writer.writerow(COLUMNS)
    for r in records:
        mark = format_decimal(r.value)
        if separator == ";":
            mark = mark.replace(".", ",")
        writer.writerow(
            [
                r.round_code,
                r.entry_code,
                r.judge_code,
                r.criterion_code,
                mark,
                r.comment,
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
