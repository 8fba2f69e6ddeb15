"""The ranking workbook (``export-ranking --out FILE.xlsx``), written by the program's own
streaming writer (judging.publish.xlsx: rows go straight to the file as text; a 10,000-entry
round with 500,000 marks in about two seconds, where openpyxl took seven).

Sheets, each with a title row, a status row (approved on … by …, or "KẾT QUẢ TẠM THỜI" /
"PROVISIONAL RESULT" in capitals when the round is not approved or drafts are counted) and a
frozen header row:

- one ranking sheet per category (judging.publish.ranking_table's columns), or one for the
  round when it has no categories;
- every judge's marks: one row per judge and entry, a column per criterion, the judge's
  comments on that entry's marks;
- the judges' consistency: each judge's mean total, SD, the panel's mean over the same
  entries and the mean deviation from it (the figures of the Results screen's consistency
  tab, to the same places); ICC(1) and Kendall's W per category, each with a plain sentence.

Numbers are stored as numbers: the report's exact ``Decimal``s, shown with the round's places
("0.00"). No cell is ever a formula: a text beginning with "=" is stored as a string (and any
formula-like text gets Excel's quote prefix, judging.publish.cells).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from judging.collector import collector_paused
from judging.model import Role
from judging.numbers import round_half_up
from judging.publish.cells import formula_like
from judging.publish.options import ExportOptions
from judging.publish.ranking_table import Kind, TableColumn, ranking_columns, word
from judging.publish.xlsx import CellStyle, Styled, XlsxBook, XlsxSheet
from judging.ranking.consistency import Concordance, Icc
from judging.ranking.report import ReportMark, RoundReport
from judging.textfiles import atomic_output

#: Characters a sheet title may not hold, and its longest length (Excel's rules).
_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
TITLE_MAX = 31

#: The program's name in the workbook's properties.
APPLICATION = "Judging desk"
#: The provisional status row's colour, and a bold cell.
RED = "B91C1C"
BOLD = CellStyle(bold=True)

#: How often (in rows) a long sheet asks whether the export was cancelled.
_CHECK_EVERY = 2000

ROLE_WORDS: dict[Role, tuple[str, str]] = {
    Role.MEMBER: ("member", "thành viên"),
    Role.CHAIR: ("chair", "chủ tịch"),
    Role.TRAINEE: ("trainee", "tập sự"),
}
INTERPRETATION_WORDS: dict[str, tuple[str, str]] = {
    "not computable": ("not computable", "không tính được"),
    "none": ("no agreement", "không có sự thống nhất"),
    "weak": ("weak agreement", "thống nhất yếu"),
    "moderate": ("moderate agreement", "thống nhất vừa phải"),
    "strong": ("strong agreement", "thống nhất cao"),
    "very strong": ("very strong agreement", "thống nhất rất cao"),
    "poor": ("poor reliability", "độ tin cậy kém"),
    "good": ("good reliability", "độ tin cậy tốt"),
    "excellent": ("excellent reliability", "độ tin cậy rất tốt"),
}
#: ICC(1)'s "moderate" is a reliability, not an agreement.
ICC_MODERATE = ("moderate reliability", "độ tin cậy trung bình")
REASON_WORDS: dict[str, tuple[str, str]] = {
    "fewer than two judges": ("fewer than two judges", "ít hơn hai giám khảo"),
    "fewer than two entries": ("fewer than two entries", "ít hơn hai hồ sơ"),
    "every judge gave every entry the same total": (
        "every judge gave every entry the same total",
        "mọi giám khảo cho mọi hồ sơ cùng một tổng điểm",
    ),
    "no two entries were scored by the same two or more judges": (
        "no two entries were scored by the same two or more judges",
        "không có hai hồ sơ nào được cùng một nhóm từ hai giám khảo trở lên chấm",
    ),
    "no entry has two judges": ("no entry has two judges", "không hồ sơ nào có hai giám khảo"),
    "no variation in the totals": ("no variation in the totals", "các tổng điểm không chênh lệch"),
}
ICC_SENTENCE = (
    "ICC(1) says how far the totals differ because the entries differ rather than because the "
    "judges do: near 1, the judges score alike; near 0, a total says more about its judge than "
    "about the entry.",
    "ICC(1) cho biết tổng điểm chênh nhau là do các hồ sơ khác nhau hay do các giám khảo chấm "
    "khác nhau: gần 1 là các giám khảo chấm nhất quán; gần 0 là tổng điểm phụ thuộc vào người "
    "chấm nhiều hơn vào chất lượng hồ sơ.",
)
W_SENTENCE = (
    "Kendall's W says whether judges who scored the same entries put them in the same order: "
    "1, the same order; 0, no common order.",
    "Hệ số W của Kendall cho biết các giám khảo cùng chấm một nhóm hồ sơ có xếp các hồ sơ theo "
    "cùng một thứ tự hay không: 1 là cùng một thứ tự; 0 là không có thứ tự chung.",
)


def write_workbook(report: RoundReport, path: Path, options: ExportOptions) -> None:
    """Write the workbook whole (a temporary file renamed when complete); a cancelled or
    failed export leaves no file. The collector is paused meanwhile (judging.collector): a
    million cells."""
    with collector_paused(), atomic_output(path) as temporary:
        book = XlsxBook(temporary, creator=APPLICATION, application=APPLICATION)
        try:
            fill_workbook(book, report, options)
        except BaseException:
            book.abandon()
            raise
        book.close()


def fill_workbook(workbook: XlsxBook, report: RoundReport, options: ExportOptions) -> None:
    used: set[str] = set()
    for code, name in _ranking_groups(report):
        _ranking_sheet(workbook, report, options, code, name, used)
    _marks_sheet(workbook, report, options, used)
    _consistency_sheet(workbook, report, options, used)


# -- sheet titles ----------------------------------------------------------------------------
def sheet_title(wanted: str, used: set[str]) -> str:
    """A valid sheet title (no []:*?/\\ nor control characters, at most 31 characters as
    Excel counts them, not blank, no apostrophe at either end), unique in the workbook
    regardless of case; remembered in ``used``."""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in wanted)
    base = " ".join(_TITLE_BAD.sub(" ", cleaned).split()).strip(" '") or "Sheet"
    taken = {u.casefold() for u in used}
    title = _fit(base, "")
    n = 2
    while title.casefold() in taken:
        title = _fit(base, f" ({n})")
        n += 1
    used.add(title)
    return title


def _fit(base: str, suffix: str) -> str:
    """``base`` cut so that it and ``suffix`` fit in a title (UTF-16 units, as Excel counts)."""
    room = TITLE_MAX - len(suffix)
    while len(base.encode("utf-16-le")) // 2 > room:
        base = base[:-1]
    return base.rstrip(" '") + suffix


# -- cells -------------------------------------------------------------------------------------
class _Sheet:
    """A sheet of the workbook with its title rows, header and typed cells."""

    def __init__(
        self,
        workbook: XlsxBook,
        title: str,
        options: ExportOptions,
        *,
        widths: Sequence[int],
        freeze: str,
    ) -> None:
        # Printed: landscape, as wide as the page, the title and header rows on every page.
        self.ws: XlsxSheet = workbook.sheet(title, widths=widths, freeze=freeze, print_rows=(1, 3))
        self.book = workbook
        self.options = options
        self._quoted = workbook.style(CellStyle(quote_prefix=True))
        self._numbers: dict[int | None, int] = {}

    def title_rows(self, title: str, status: str, provisional: bool) -> None:
        self.append([self.styled(title, CellStyle(bold=True, size=14))])
        self.append([self.styled(status, CellStyle(bold=True, color=RED if provisional else None))])

    def header(self, texts: Iterable[str]) -> None:
        style = CellStyle(bold=True, wrap=True)
        self.append([self.styled(t, style) for t in texts])

    def styled(self, text: str, style: CellStyle) -> Styled:
        if formula_like(text):
            style = replace(style, quote_prefix=True)
        return Styled(text, self.book.style(style))

    def text(self, text: str) -> str | Styled:
        """A text cell: always a string, never a formula; formula-like text gets Excel's quote
        prefix as well."""
        if not text or not formula_like(text):
            return text
        return Styled(text, self._quoted)

    def number(self, value: Decimal | None, places: int | None) -> Styled | None:
        """A number, stored exactly, shown with ``places`` (None: as it is)."""
        if value is None:
            return None
        style = self._numbers.get(places)
        if style is None:
            style = self._numbers[places] = self.book.style(
                CellStyle(number_format=number_format(places))
            )
        return Styled(value, style)

    def append(self, row: Sequence[Any]) -> None:
        self.ws.append(row)


def number_format(places: int | None) -> str:
    """The number format that shows ``places`` decimal places ("General" for None)."""
    if places is None:
        return "General"
    return "0" + ("." + "0" * places if places else "")


# -- words ---------------------------------------------------------------------------------------
def _status(report: RoundReport, options: ExportOptions) -> str:
    t = options.t
    if report.final:
        when = _local(report.approved_at)
        if when is None:
            return t("Result approved", "Kết quả đã được phê duyệt")
        on = when.strftime("%d/%m/%Y") if options.lang == "vi" else when.strftime("%Y-%m-%d")
        by = f" ({report.approved_by})" if report.approved_by else ""
        return t(f"Result approved on {on}{by}", f"Kết quả đã được phê duyệt ngày {on}{by}")
    why = (
        t("unsubmitted marks are counted", "có tính điểm của phiếu chưa nộp")
        if report.provisional
        else t("the round is not approved yet", "vòng thi chưa được phê duyệt")
    )
    return t(f"PROVISIONAL RESULT — {why}", f"KẾT QUẢ TẠM THỜI — {why}")


def _local(at: datetime | None) -> datetime | None:
    if at is None:
        return None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()


def _title(report: RoundReport, what: str) -> str:
    return " — ".join(p for p in (report.competition_name, report.round_name, what) if p)


def _ranking_groups(report: RoundReport) -> list[tuple[str | None, str]]:
    """(category code, name) of each ranking sheet: the categories shown, in order, then the
    entries without one; the whole round when the competition has no categories."""
    groups: list[tuple[str | None, str]] = list(report.categories)
    if any(r.category is None for r in report.rows) or not groups:
        groups.append((None, ""))
    return groups


# -- the ranking sheets ------------------------------------------------------------------------
def _ranking_sheet(
    workbook: XlsxBook,
    report: RoundReport,
    options: ExportOptions,
    category: str | None,
    name: str,
    used: set[str],
) -> None:
    t = options.t
    label = t("Ranking", "Xếp hạng")
    title = sheet_title(f"{label} {category}" if category else label, used)
    # One category a sheet: its name is in the title row, not on every row.
    columns = ranking_columns(report, options.lang, category=category is None)
    sheet = _Sheet(workbook, title, options, widths=[c.width for c in columns], freeze="C4")
    sheet.title_rows(
        _title(report, f"{label}: {name}" if name else label),
        _status(report, options),
        not report.final,
    )
    sheet.header(c.header for c in columns)
    rows = report.category_rows(category) if category or report.categories else report.rows
    for i, row in enumerate(rows):
        if i % _CHECK_EVERY == 0:
            options.check()
        sheet.append([_ranking_cell(sheet, c, row) for c in columns])


def _ranking_cell(sheet: _Sheet, column: TableColumn, row: Any) -> Any:
    value = column.value(row)
    if value is None:
        return None
    if column.kind == Kind.NUMBER and isinstance(value, Decimal):
        return sheet.number(value, column.places)
    if column.kind == Kind.INTEGER:
        return value
    return sheet.text(str(value))


# -- every judge's marks ---------------------------------------------------------------------------
def _marks_sheet(
    workbook: XlsxBook, report: RoundReport, options: ExportOptions, used: set[str]
) -> None:
    t = options.t
    criteria = report.criteria
    dropped_column = any(m.dropped for m in report.marks)
    header = [
        t("Entry", "Mã hồ sơ"),
        t("Judge", "Giám khảo"),
        t("Name", "Họ tên"),
        t("Counted", "Được tính"),
        *(c.name for c in criteria),
        *([t("Dropped by trimming", "Bị loại khi cắt điểm")] if dropped_column else []),
        t("Comments", "Nhận xét"),
    ]
    sheet = _Sheet(
        workbook,
        sheet_title(t("Judges' marks", "Điểm của giám khảo"), used),
        options,
        widths=[
            10,
            10,
            26,
            16,
            *(max(10, min(len(c.name), 20)) for c in criteria),
            *([20] if dropped_column else []),
            60,
        ],
        freeze="C4",
    )
    sheet.title_rows(
        _title(report, t("Judges' marks", "Điểm của giám khảo")),
        _status(report, options),
        not report.final,
    )
    sheet.header(header)
    index = {c.code: i for i, c in enumerate(criteria)}
    names = {c.code: c.name for c in criteria}
    yes = t("Yes", "Có")
    trainee = t("No (trainee)", "Không (tập sự)")
    no = t("No", "Không")
    for i, group in enumerate(_sheets_of(report.marks)):
        if i % _CHECK_EVERY == 0:
            options.check()
        first = group[0]
        values: list[Any] = [None] * len(criteria)
        comments = []
        dropped = []
        for mark in group:
            at = index.get(mark.criterion)
            if at is None:
                continue
            values[at] = mark.value  # as the judge gave it ("8.5"): a plain number cell
            if mark.comment:
                comments.append(f"{names[mark.criterion]}: {mark.comment}")
            if mark.dropped:
                dropped.append(names[mark.criterion])
        sheet.append(
            [
                sheet.text(first.entry),
                sheet.text(first.judge),
                sheet.text(first.judge_name),
                yes
                if any(m.counted for m in group)
                else trainee
                if first.role == Role.TRAINEE
                else no,
                *values,
                *([sheet.text(", ".join(dropped))] if dropped_column else []),
                sheet.text("\n".join(comments)),
            ]
        )


def _sheets_of(marks: Sequence[ReportMark]) -> list[list[ReportMark]]:
    """The marks grouped by (entry, judge), in the order they first appear."""
    groups: dict[tuple[str, str], list[ReportMark]] = {}
    for mark in marks:
        key = (mark.entry, mark.judge)
        found = groups.get(key)
        if found is None:
            groups[key] = [mark]
        else:
            found.append(mark)
    return list(groups.values())


# -- consistency -------------------------------------------------------------------------------------
def _consistency_sheet(
    workbook: XlsxBook, report: RoundReport, options: ExportOptions, used: set[str]
) -> None:
    t = options.t
    lang = options.lang
    title = t("Judge consistency", "Độ nhất quán giám khảo")
    sheet = _Sheet(
        workbook,
        sheet_title(title, used),
        options,
        widths=[12, 26, 12, 10, 10, 14, 14, 14, 14, 14],
        freeze="A4",
    )
    sheet.title_rows(_title(report, title), _status(report, options), not report.final)
    sheet.header(
        [
            t("Judge", "Giám khảo"),
            t("Name", "Họ tên"),
            t("Role", "Vai trò"),
            t("Marks", "Số điểm"),
            t("Entries", "Số hồ sơ"),
            t("Mean total", "Tổng điểm TB"),
            t("SD", "Độ lệch chuẩn"),
            t("Panel mean", "TB hội đồng"),
            t("Mean deviation", "Chênh lệch TB"),
            t("Far from median", "Lệch xa trung vị"),
        ]
    )
    for stats in report.consistency.judges:
        sheet.append(
            [
                sheet.text(stats.judge),
                sheet.text(stats.judge_name),
                word(ROLE_WORDS.get(stats.role, (stats.role, stats.role)), lang),
                stats.marks,
                stats.entries,
                sheet.number(statistic(stats.mean), 2),
                sheet.number(statistic(stats.sd), 2),
                sheet.number(statistic(stats.panel_mean), 2),
                sheet.number(statistic(stats.mean_deviation), 2),
                stats.outliers,
            ]
        )
    sheet.append([])
    sheet.append(
        [
            sheet.styled(
                t("Agreement between the judges", "Mức độ thống nhất giữa các giám khảo"),
                BOLD,
            )
        ]
    )
    sheet.append(
        [
            sheet.styled(t(*pair), BOLD)
            for pair in (
                ("Category", "Lĩnh vực"),
                ("Figure", "Chỉ số"),
                ("Value", "Giá trị"),
                ("Meaning", "Ý nghĩa"),
                ("Over", "Tính trên"),
                ("What it says", "Giải thích"),
            )
        ]
    )
    for code, name in _ranking_groups(report):
        group = sheet.text(name or t("Whole round", "Cả vòng thi"))
        for row in agreement_rows(*report.agreement_of(code), options):
            sheet.append([group, *(_agreement_cell(sheet, value) for value in row)])
    sheet.append([])
    sheet.append(
        [
            sheet.text(
                t(
                    "Trainees are shown but left out of both figures.",
                    "Giám khảo tập sự được hiển thị nhưng không tính vào hai chỉ số này.",
                )
            )
        ]
    )


def agreement_rows(
    concordance: Sequence[Concordance], icc: Icc, options: ExportOptions
) -> list[list[Decimal | str | None]]:
    """ICC(1) and each Kendall's W of one category, as (figure, value, meaning, over, sentence)."""
    t = options.t
    lang = options.lang
    rows: list[list[Decimal | str | None]] = []
    if icc.value is not None:
        value = icc.value
        meaning = (
            ICC_MODERATE
            if icc.interpretation == "moderate"
            else INTERPRETATION_WORDS.get(
                icc.interpretation, (icc.interpretation, icc.interpretation)
            )
        )
        rows.append(
            [
                "ICC(1)",
                _figure(value),
                word(meaning, lang),
                t(
                    f"{icc.entries} entries, {icc.ratings} judge totals",
                    f"{icc.entries} hồ sơ, {icc.ratings} tổng điểm của giám khảo",
                ),
                word(ICC_SENTENCE, lang),
            ]
        )
    else:
        rows.append(
            [
                "ICC(1)",
                None,
                word(INTERPRETATION_WORDS["not computable"], lang),
                word(REASON_WORDS.get(icc.reason, (icc.reason, icc.reason)), lang),
                word(ICC_SENTENCE, lang),
            ]
        )
    w_name = t("Kendall's W", "Hệ số W của Kendall")
    groups = [c for c in concordance if c.w is not None]
    for c in groups:
        rows.append(
            [
                w_name,
                _figure(c.w),
                word(INTERPRETATION_WORDS.get(c.interpretation, (c.interpretation,) * 2), lang),
                t(
                    f"{len(c.entries)} entries scored by the same {len(c.judges)} judges "
                    f"({', '.join(c.judges)})",
                    f"{len(c.entries)} hồ sơ cùng được {len(c.judges)} giám khảo chấm "
                    f"({', '.join(c.judges)})",
                ),
                word(W_SENTENCE, lang),
            ]
        )
    if not groups:
        reason = concordance[0].reason if concordance else ""
        rows.append(
            [
                w_name,
                None,
                word(INTERPRETATION_WORDS["not computable"], lang),
                word(REASON_WORDS.get(reason, (reason, reason)), lang),
                word(W_SENTENCE, lang),
            ]
        )
    return rows


def _agreement_cell(sheet: _Sheet, value: Decimal | str | None) -> Any:
    if isinstance(value, Decimal):
        return sheet.number(value, 3)
    return None if value is None else sheet.text(value)


def statistic(value: Fraction | float | None, places: int = 2) -> Decimal | None:
    """A statistic as the consistency tab shows it: half-up to ``places`` (an SD, the one
    float, as Python formats it)."""
    if value is None:
        return None
    if isinstance(value, float):
        return Decimal(f"{value:.{places}f}")
    return round_half_up(value, places)


def _figure(value: Fraction | None) -> Decimal | None:
    """ICC and W to three places, as the consistency tab shows them."""
    return None if value is None else round_half_up(value, 3)
