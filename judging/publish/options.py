"""What every writer of a round's report takes besides the report and the file: the language
of its words, the CSV separator, and a way to stop a long export.

Every writer has the one signature ``write(report, path, options) -> None`` and writes through
``judging.textfiles.atomic_output`` (a cancelled or failed export leaves no file behind), so
that the command line and the Results screen choose a writer by the file's suffix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from judging.errors import InputError
from judging.problems import ProblemCode as P

if TYPE_CHECKING:
    from judging.publish.minutes import MinutesMeta
    from judging.ranking.report import RoundReport

LANGUAGES = ("vi", "en")
SEPARATORS = (",", ";")


class ExportCancelled(Exception):
    """The person cancelled the export: the writer stops, and no file is left behind."""


def _never() -> bool:
    return False


@dataclass(frozen=True)
class ExportOptions:
    lang: str = "vi"  # "vi" | "en": headers, titles and words in the file
    delimiter: str = ","  # CSV only: "," or ";" (then numbers take a decimal comma)
    cancelled: Callable[[], bool] = field(default=_never, compare=False)
    minutes: MinutesMeta | None = None  # the minutes only: number, secretary, place…

    def __post_init__(self) -> None:
        if self.delimiter not in SEPARATORS:
            raise InputError(P.SEPARATOR_BAD, separator=self.delimiter)

    def check(self) -> None:
        """Raise ``ExportCancelled`` once the person has asked to stop."""
        if self.cancelled():
            raise ExportCancelled

    def t(self, en: str, vi: str) -> str:
        return vi if self.lang == "vi" else en


class ReportWriter(Protocol):
    def __call__(self, report: RoundReport, path: Path, options: ExportOptions) -> None: ...
