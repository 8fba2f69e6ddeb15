"""The approved result as one self-contained web page, for the Department's website.

No script and nothing fetched: the styles are inline (with ``@media print`` rules so the page
prints cleanly on A4), the page declares UTF-8 and its language, and every text from the
database is escaped (a title ``<script>`` is shown as those characters). Per category: rank,
code, title, authors, organisation, final total (with the round's places, a decimal comma in
Vietnamese) and prize. Only an approved result is published: a provisional or unapproved
report is refused (``publish.not_approved``).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from judging.errors import InputError
from judging.problems import ProblemCode as P
from judging.publish.minutes import (
    MinutesMeta,
    format_total,
    minutes_day,
    place_date,
    rank_text,
    total_places,
)
from judging.publish.options import ExportOptions
from judging.ranking.report import ReportRow, RoundReport
from judging.textfiles import write_output

_LABELS: dict[str, tuple[str, str]] = {
    "heading": ("Result of {round}", "Kết quả {round}"),
    "approved": (
        "Result approved by the council on {date}.",
        "Kết quả đã được hội đồng phê duyệt ngày {date}.",
    ),
    "category": ("Category: {name}", "Lĩnh vực: {name}"),
    "rank": ("Rank", "Hạng"),
    "code": ("Code", "Mã"),
    "title": ("Entry", "Tên sáng kiến"),
    "authors": ("Authors", "Tác giả"),
    "organisation": ("Organisation", "Đơn vị"),
    "total": ("Total", "Tổng điểm"),
    "prize": ("Prize", "Giải"),
    "places": (
        "Totals rounded to {places} decimal places.",
        "Tổng điểm làm tròn {places} chữ số thập phân.",
    ),
    "none": ("No entry.", "Không có sáng kiến nào."),
}

_CSS = """
body { font-family: "Be Vietnam Pro", "Segoe UI", Arial, sans-serif; color: #1a1a1a;
  margin: 2rem auto; max-width: 62rem; padding: 0 1rem; line-height: 1.45; }
header p { margin: 0.2rem 0; }
.organiser { text-transform: uppercase; font-weight: 600; letter-spacing: 0.02em; }
h1 { font-size: 1.6rem; margin: 0.6rem 0 0.2rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; border-bottom: 2px solid #a31d24; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 0.35rem 0.5rem; vertical-align: top; }
th { background: #f3ecec; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rank, td.code { text-align: center; white-space: nowrap; }
tr.prize td { background: #fff8e5; }
footer { margin-top: 1.5rem; font-size: 0.9rem; color: #555; }
@media print {
  @page { size: A4 portrait; margin: 15mm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  tr.prize td, th { background: none; }
}
""".strip()


def _l(key: str, lang: str, **values: object) -> str:
    en, vi = _LABELS[key]
    return (vi if lang == "vi" else en).format(**values)


def write_result_html(report: RoundReport, path: Path, *, lang: str = "vi") -> None:
    """Write the web page of ``report``'s approved result to ``path``; a provisional or
    unapproved result is refused before anything is written."""
    write_output(path, result_html(report, lang=lang).encode("utf-8"))


def export_result_html(report: RoundReport, path: Path, options: ExportOptions) -> None:
    """``export-ranking --out FILE.html``: the web page in the export's language."""
    write_result_html(report, path, lang=options.lang)


def result_html(report: RoundReport, *, lang: str = "vi") -> str:
    if report.provisional or not report.approved:
        raise InputError(P.PUBLISH_NOT_APPROVED, round=report.round)
    title = f"{report.competition_name}: {_l('heading', lang, round=report.round_name)}"
    day = place_date("", minutes_day(report, MinutesMeta()), lang).lstrip(", ")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"vi" if lang == "vi" else "en"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="organiser">{escape(report.organiser)}</p>',
        f"<h1>{escape(report.competition_name)}</h1>",
        f'<p class="round">{escape(_l("heading", lang, round=report.round_name))}</p>',
        f'<p class="approved">{escape(_l("approved", lang, date=day))}</p>',
        "</header>",
        "<main>",
    ]
    for code, name in _groups(report):
        parts += _category_section(report, code, name, lang)
    parts.append("</main>")
    places = total_places(report.places)
    if places is not None:
        parts.append(f"<footer><p>{escape(_l('places', lang, places=places))}</p></footer>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _groups(report: RoundReport) -> list[tuple[str | None, str]]:
    groups: list[tuple[str | None, str]] = list(report.categories)
    for row in report.rows:
        if all(row.category != code for code, _ in groups):
            groups.append((row.category, row.category_name))
    return groups


def _category_section(report: RoundReport, code: str | None, name: str, lang: str) -> list[str]:
    rows = report.category_rows(code)
    parts = ["<section>"]
    if name:
        parts.append(f"<h2>{escape(_l('category', lang, name=name))}</h2>")
    if not rows:
        return [*parts, f"<p>{escape(_l('none', lang))}</p>", "</section>"]
    header = "".join(
        f'<th scope="col">{escape(_l(k, lang))}</th>'
        for k in ("rank", "code", "title", "authors", "organisation", "total", "prize")
    )
    parts += ["<table>", f"<thead><tr>{header}</tr></thead>", "<tbody>"]
    parts += [_row_html(report, row, lang) for row in rows]
    parts += ["</tbody>", "</table>", "</section>"]
    return parts


def _row_html(report: RoundReport, row: ReportRow, lang: str) -> str:
    cells = (
        ("rank", rank_text(row, lang)),
        ("code", row.entry),
        ("title", row.title),
        ("authors", ", ".join(row.authors)),
        ("organisation", row.organisation),
        ("number", format_total(row.final_total, report, lang)),
        ("prize", row.prize_name),
    )
    html_cells = "".join(f'<td class="{kind}">{escape(text)}</td>' for kind, text in cells)
    css = ' class="prize"' if row.prize else ""
    return f"<tr{css}>{html_cells}</tr>"
