"""The one rule that keeps a spreadsheet from running a cell as a formula, for every CSV and
workbook the program writes (ranking, marks, assignments, the ranking workbook), and the one
CSV writer that applies it (``csv_writer``: every CSV export, to a file or to standard output).

A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is one
that Excel or LibreOffice may take for a formula (``=HYPERLINK(…)``, ``-2+3``, ``@SUM(…)``).
In a CSV such a cell gets a leading ``'`` — shown by the spreadsheet, harmless, and taken off
again by every reader of the program's own formats (``unguard``: marks, assignments, judges,
entries, conflicts, components), so that an exported file imports back as it was. A plain number ("-2", "-2.5", "+3", or
"-2,5" with a decimal comma) is not guarded: it must stay a number. A workbook has cell types,
so there the text is written as a string cell, never a formula, and keeps its exact text
(judging.publish.workbook asks ``formula_like`` to add Excel's quote prefix as well).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Protocol

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: A plain number: sign, digits, one decimal point or comma, digits. Nothing else.
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def formula_like(text: str) -> bool:
    """True when a spreadsheet could run ``text`` (and it is not a plain number)."""
    return text.startswith(FORMULA_START) and _NUMBER.fullmatch(text) is None


def needs_guard(text: str) -> bool:
    """True when ``safe_cell`` quotes ``text``: formula-like text, and text that already
    begins with quotes in front of formula-like text (so that a quote a person typed there
    survives the round trip: ``'-x`` is written ``''-x`` and read back as ``'-x``)."""
    while text.startswith("'"):
        text = text[1:]
    return formula_like(text)


def safe_cell(text: str) -> str:
    """A CSV cell that no spreadsheet runs: formula-like text gets a leading ``'``."""
    return "'" + text if needs_guard(text) else text


def unguard(text: str) -> str:
    """The text ``safe_cell`` was given: the ``'`` it added is taken off; any other
    apostrophe (typed by a person: "'-2", "'tên") stays."""
    if text.startswith("'") and needs_guard(text[1:]):
        return text[1:]
    return text


class _Stream(Protocol):
    def write(self, text: str, /) -> object: ...


Cell = str | int | None


class GuardedWriter:
    """A ``csv.writer`` that passes every cell through ``safe_cell`` (None is empty)."""

    def __init__(self, stream: _Stream, *, delimiter: str, line_end: str) -> None:
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator=line_end)

    def writerow(self, cells: Iterable[Cell]) -> None:
        self._writer.writerow([_guarded(cell) for cell in cells])

    def writerows(self, rows: Iterable[Iterable[Cell]]) -> None:
        for row in rows:
            self.writerow(row)


def _guarded(cell: Cell) -> str:
    if cell is None:
        return ""
    return safe_cell(cell if isinstance(cell, str) else str(cell))


def csv_writer(stream: _Stream, *, delimiter: str = ",", line_end: str = "\r\n") -> GuardedWriter:
    """The program's one CSV writer: formula-like cells guarded, numbers left as numbers."""
    return GuardedWriter(stream, delimiter=delimiter, line_end=line_end)
