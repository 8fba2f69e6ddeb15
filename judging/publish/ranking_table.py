"""The ranking as a table: its columns (with Vietnamese or English headers) and each row's
values, the same for the ranking CSV and the workbook's ranking sheets.

Columns: rank, code, title, authors, organisation, category, each criterion's panel mark (by
the criterion's name), the jury total (when the round has components beside the jury), each
component, the final total, the prize, whether the entry goes on (when the round has an
advancement rule), and why an entry has no rank. Numbers are the report's exact ``Decimal``s
with the places the round names for their stage (``places``); writers format them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from judging.ranking.report import ReportRow, RoundReport

Value = Decimal | int | str | None


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"


@dataclass(frozen=True)
class TableColumn:
    key: str  # "rank", "code", … "criterion:<code>", "component:<code>"
    header: str
    kind: Kind
    places: int | None  # numbers: the places of their stage (None: as computed)
    value: Callable[[ReportRow], Value]
    width: int  # a sensible width in characters (the workbook's column width)


#: Words of the fixed columns: key → (English, Vietnamese).
HEADERS: dict[str, tuple[str, str]] = {
    "rank": ("Rank", "Hạng"),
    "code": ("Code", "Mã"),
    "title": ("Title", "Tên hồ sơ"),
    "authors": ("Authors", "Tác giả"),
    "organisation": ("Organisation", "Đơn vị"),
    "category": ("Category", "Lĩnh vực"),
    "jury_total": ("Jury total", "Tổng điểm hội đồng"),
    "final_total": ("Final total", "Tổng điểm cuối"),
    "prize": ("Prize", "Giải"),
    "advanced": ("Advances", "Vào vòng sau"),
    "status": ("Note", "Ghi chú"),
}

#: Why an entry has no rank, in words: status → (English, Vietnamese).
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "incomplete": ("incomplete: marks missing", "chưa đủ điểm"),
    "withdrawn": ("withdrawn", "đã rút"),
}

YES = ("Yes", "Có")


def word(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "vi" else pair[0]


def ranking_columns(
    report: RoundReport, lang: str, *, category: bool = True
) -> tuple[TableColumn, ...]:
    """The columns for ``report`` in ``lang``; ``category=False`` leaves the category out
    (a table of one category, whose name is in its title)."""
    places = report.places

    def fixed(
        key: str,
        kind: Kind,
        value: Callable[[ReportRow], Value],
        width: int,
        places: int | None = None,
    ) -> TableColumn:
        return TableColumn(key, word(HEADERS[key], lang), kind, places, value, width)

    columns = [
        fixed("rank", Kind.INTEGER, lambda r: r.rank, 6),
        fixed("code", Kind.TEXT, lambda r: r.entry, 10),
        fixed("title", Kind.TEXT, lambda r: r.title, 50),
        fixed("authors", Kind.TEXT, lambda r: "; ".join(r.authors), 30),
        fixed("organisation", Kind.TEXT, lambda r: r.organisation, 30),
    ]
    if category:
        columns.append(fixed("category", Kind.TEXT, lambda r: r.category_name, 24))
    for i, criterion in enumerate(report.criteria):
        columns.append(
            TableColumn(
                f"criterion:{criterion.code}",
                criterion.name,
                Kind.NUMBER,
                places.panel,
                _nth_criterion(i),
                max(10, min(len(criterion.name), 24)),
            )
        )
    if report.components:
        columns.append(fixed("jury_total", Kind.NUMBER, lambda r: r.jury_total, 12, places.total))
    for i, component in enumerate(report.components):
        columns.append(
            TableColumn(
                f"component:{component.code}",
                component.name,
                Kind.NUMBER,
                places.component(component.code),
                _nth_component(i),
                max(10, min(len(component.name), 24)),
            )
        )
    columns.append(fixed("final_total", Kind.NUMBER, lambda r: r.final_total, 12, places.total))
    columns.append(fixed("prize", Kind.TEXT, lambda r: r.prize_name, 20))
    if report.advancement:
        yes = word(YES, lang)
        columns.append(fixed("advanced", Kind.TEXT, lambda r: yes if r.advanced else "", 12))
    columns.append(
        fixed(
            "status",
            Kind.TEXT,
            lambda r: word(STATUS_WORDS[r.status], lang) if r.status in STATUS_WORDS else "",
            18,
        )
    )
    return tuple(columns)


def _nth_criterion(i: int) -> Callable[[ReportRow], Value]:
    return lambda row: row.criteria[i]


def _nth_component(i: int) -> Callable[[ReportRow], Value]:
    return lambda row: row.components[i]
