"""The ranking as CSV for people (``export-ranking --out FILE.csv``): the ranking table's
columns (judging.publish.ranking_table) with Vietnamese or English headers, one row per entry
in rank order (per category), UTF-8 with a BOM, ``,`` or ``;``.

Numbers are plain: with the round's places, a point with ``,`` ("26.33") and a decimal comma
with ``;`` ("26,33", what Excel under Vietnamese regional settings reads as a number). Every
text cell goes through the one formula guard (judging.publish.cells). The file is the table
and nothing else: no title row, so a provisional result is not marked in it (the command
says so when it writes one). docs/format-ranking.md describes it.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from judging.numbers import format_places
from judging.publish.cells import csv_writer
from judging.publish.options import ExportOptions
from judging.publish.ranking_table import Kind, TableColumn, Value, ranking_columns
from judging.ranking.report import RoundReport
from judging.textfiles import write_output

BOM = "\ufeff"


def ranking_csv(report: RoundReport, options: ExportOptions) -> str:
    """The CSV text, BOM included (write it as UTF-8)."""
    columns = ranking_columns(report, options.lang)
    out = io.StringIO(newline="")
    writer = csv_writer(out, delimiter=options.delimiter)
    writer.writerow([c.header for c in columns])
    comma = options.delimiter == ";"
    for i, row in enumerate(report.rows):
        if i % 1000 == 0:
            options.check()
        writer.writerow([_cell(c, c.value(row), comma) for c in columns])
    return BOM + out.getvalue()


def write_ranking_csv(report: RoundReport, path: Path, options: ExportOptions) -> None:
    """Write the ranking CSV whole (a temporary file renamed when complete)."""
    write_output(path, ranking_csv(report, options).encode("utf-8"))


def _cell(column: TableColumn, value: Value, comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) and column.kind == Kind.NUMBER:
        text = format_places(value, column.places, "en")
        return text.replace(".", ",") if comma else text
    return str(value)
