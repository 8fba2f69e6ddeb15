"""Which writer makes a round's result into a file, chosen by the file's suffix: the one table
the command line (``export-ranking --out``) and the Results screen (Export…) share.

Every writer takes the same ``(report, path, options)`` (judging.publish.options) and writes
whole or not at all. Each is named by where it lives, so that nothing imports a file library
(openpyxl, python-docx, Qt's PDF writer) before such a file is asked for. Adding a kind of
file is one line in ``WRITERS``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import cast

from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.publish.options import ReportWriter

#: File suffix → "module:function" of the writer.
WRITERS: dict[str, str] = {
    ".csv": "judging.publish.ranking_csv:write_ranking_csv",
    ".xlsx": "judging.publish.workbook:write_workbook",
    ".pdf": "ui.publish.minutes_pdf:export_minutes_pdf",
    ".docx": "judging.publish.minutes_docx:export_minutes_docx",
    ".html": "judging.publish.web_page:export_result_html",
}


def writer_for(path: Path) -> ReportWriter:
    """The writer of the file's kind; an unknown suffix is refused, naming the known ones."""
    target = WRITERS.get(path.suffix.lower())
    if target is None:
        raise InputError(P.OUTPUT_KIND_UNKNOWN, path=path, known=", ".join(WRITERS))
    module, name = target.split(":")
    return cast(ReportWriter, getattr(importlib.import_module(module), name))
