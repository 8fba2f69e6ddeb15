"""The one rule that keeps a spreadsheet from running a cell as a formula, for every CSV and
workbook the program writes (ranking, marks, assignments, the ranking workbook).

A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is one
that Excel or LibreOffice may take for a formula (``=HYPERLINK(…)``, ``-2+3``, ``@SUM(…)``).
In a CSV such a cell gets a leading ``'`` — shown by the spreadsheet, harmless, and taken off
again by the program's own readers (``unguard``). A plain number ("-2", "-2.5", "+3", or
"-2,5" with a decimal comma) is not guarded: it must stay a number. A workbook has cell types,
so there the text is written as a string cell, never a formula, and keeps its exact text
(judging.publish.workbook asks ``formula_like`` to add Excel's quote prefix as well).
"""

from __future__ import annotations

import re

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: A plain number: sign, digits, one decimal point or comma, digits. Nothing else.
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def formula_like(text: str) -> bool:
    """True when a spreadsheet could run ``text`` (and it is not a plain number)."""
    return text.startswith(FORMULA_START) and _NUMBER.fullmatch(text) is None


def safe_cell(text: str) -> str:
    """A CSV cell that no spreadsheet runs: formula-like text gets a leading ``'``."""
    return "'" + text if formula_like(text) else text


def unguard(text: str) -> str:
    """The text ``safe_cell`` was given: the ``'`` it added is taken off; any other
    apostrophe (typed by a person: "'-2", "'tên") stays."""
    if text.startswith("'") and formula_like(text[1:]):
        return text[1:]
    return text
