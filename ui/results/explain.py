"""The explanation of a number on the results screen, down to every judge's mark.

Built only from what the engine put in the result (``JudgeMark``s, ``Step``s, components,
flags): nothing is recomputed here. A criterion cell explains that criterion; a component cell
that component; any other cell the whole entry (every criterion, components, totals and the
tie-break chain beside the entries that share the rank).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from judging.model import ComponentKind, Role
from judging.numbers import format_places
from judging.ranking.results import (
    ComponentResult,
    CriterionResult,
    EntryResult,
    JudgeMark,
    RoundResult,
    Step,
)
from ui.numbers import ui_language
from ui.results.notes import Names, flag_texts, missing_texts, step_label
from ui.results.rows import Column, Kind, Places, cell_value

_CTX = "Explanation"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class Numbers:
    """How the explanation writes its numbers: the round's places, the language's decimal
    mark ("26,33" in Vietnamese)."""

    places: Places = field(default_factory=Places)
    lang: str = "en"
    names: Names = field(default_factory=Names)  # what the codes in the engine's notes are called

    def __call__(self, value: object, places: int | None = None) -> str:
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return format_places(value, places, self.lang)
        return "" if value is None else escape(str(value))

    def text(self, exact: str) -> str:
        """A number the engine wrote as text (a step's exact or rounded value)."""
        return exact.replace(".", ",") if self.lang == "vi" else exact

    def column(self, value: object, column: Column) -> str:
        return self(value, self.places.column(column))


def mark_note(mark: JudgeMark) -> str:
    """Why a mark counts or not, in words."""
    if mark.role == Role.TRAINEE:
        return tr("trainee: shown, not counted")
    if mark.value is None:
        return tr("no mark (recused or not given)")
    if mark.dropped:
        return tr("dropped by trimming")
    if not mark.counted:
        return tr("not counted (sheet not submitted)")
    return tr("counted")


def step_html(step: Step, n: Numbers) -> str:
    line = f"<td>{escape(step_label(step, n.names))}</td><td class='num'>{escape(n.text(step.exact))}</td>"
    if step.rounded is not None:
        how = (
            QCoreApplication.translate(_CTX, "half-up to %n decimal place(s)", None, step.places)
            if step.places is not None
            else tr("rounded")
        )
        rounded = escape(n.text(step.rounded))
        line += f"<td>→</td><td class='num'><b>{rounded}</b></td><td>{how}</td>"
    else:
        line += "<td></td><td></td><td>" + tr("exact") + "</td>"
    return f"<tr>{line}</tr>"


def steps_html(steps: Sequence[Step], n: Numbers) -> str:
    if not steps:
        return ""
    head = (
        f"<tr><th>{tr('Step')}</th><th>{tr('Exact value')}</th><th></th>"
        f"<th>{tr('Rounded')}</th><th>{tr('Rounding')}</th></tr>"
    )
    return f"<table class='steps'>{head}{''.join(step_html(s, n) for s in steps)}</table>"


def criterion_html(crit: CriterionResult, n: Numbers) -> str:
    parts = [
        f"<h3>{escape(crit.name)}</h3>",
        f"<p>{tr('Weight')}: {n(crit.weight)}</p>",
    ]
    places = n.places.panel
    normalised = any(m.normalised is not None for m in crit.marks)
    head = f"<tr><th>{tr('Judge')}</th><th>{tr('Role')}</th><th>{tr('Mark')}</th>"
    if normalised:
        head += f"<th>{tr('Normalised')}</th>"
    head += f"<th>{tr('Note')}</th></tr>"
    rows = []
    for mark in crit.marks:
        value = n(mark.value, places) if mark.value is not None else "—"
        off = mark.dropped or not mark.counted
        if mark.dropped:
            value = f"<s>{value}</s>"
        role = {
            Role.MEMBER: tr("member"),
            Role.CHAIR: tr("chair"),
            Role.TRAINEE: tr("trainee"),
        }.get(mark.role, str(mark.role))
        cls = " class='off'" if off else ""
        row = (
            f"<tr{cls}><td>{escape(mark.judge)} — {escape(mark.judge_name)}</td><td>{role}</td>"
            f"<td class='num'>{value}</td>"
        )
        if normalised:
            row += f"<td class='num'>{n(mark.normalised, places)}</td>"
        row += f"<td>{mark_note(mark)}</td></tr>"
        rows.append(row)
    parts.append(f"<table class='marks'>{head}{''.join(rows)}</table>")
    parts.append(steps_html(crit.steps, n))
    panel = n(crit.panel, places) if crit.panel is not None else tr("none (marks missing)")
    parts.append(
        f"<p>{tr('Panel mark')}: <b>{panel}</b>"
        + (
            f"; {tr('weighted')}: <b>{n(crit.weighted, n.places.weighted)}</b>"
            if crit.weighted is not None
            else ""
        )
        + "</p>"
    )
    return "".join(parts)


def component_html(comp: ComponentResult, n: Numbers) -> str:
    kind = tr("bonus") if comp.kind == ComponentKind.BONUS else tr("deduction")
    points = n(comp.value, n.places.component(comp.component))
    parts = [
        f"<h3>{escape(comp.name)} — {kind}</h3>",
        f"<p>{tr('Raw value')}: {n(comp.raw)} → {tr('points')}: <b>{points}</b></p>",
        steps_html(comp.steps, n),
    ]
    return "".join(parts)


def metric_name(column: Column) -> str:
    if column.name:
        return column.name
    return {
        Kind.JURY_TOTAL: tr("Jury total"),
        Kind.FINAL_TOTAL: tr("Final total"),
    }.get(column.kind, column.kind.value)


def _chain_metrics(
    round_result: RoundResult, entry: EntryResult, chain: Sequence[Column], n: Numbers
) -> str:
    """The entries of the same ranking group with the same final total (those the chain, or
    the chair, had to order, or that still share a rank), side by side on each metric."""
    if entry.rank is None:
        return ""
    fellows = [
        e
        for e in round_result.results
        if e.is_ranked and e.category == entry.category and e.final_total == entry.final_total
    ]
    if len(fellows) < 2:
        return ""
    head = f"<tr><th>{tr('Entry')}</th><th>{tr('Final total')}</th>"
    head += "".join(f"<th>{escape(metric_name(c))}</th>" for c in chain) + "</tr>"
    rows = []
    for other in fellows:
        mine = " class='me'" if other.entry == entry.entry else ""
        cells = "".join(f"<td class='num'>{n.column(cell_value(other, c), c)}</td>" for c in chain)
        rows.append(
            f"<tr{mine}><td>{escape(other.entry)}</td>"
            f"<td class='num'>{n(other.final_total, n.places.total)}</td>{cells}</tr>"
        )
    return (
        f"<h3>{tr('Tie-break chain')}</h3><p>{tr('Entries with the same final total, compared on each metric of the chain in order:')}</p>"
        f"<table class='marks'>{head}{''.join(rows)}</table>"
    )


def entry_html(
    round_result: RoundResult, entry: EntryResult, columns: Sequence[Column], n: Numbers
) -> str:
    parts: list[str] = []
    status = {
        "ranked": tr("ranked"),
        "incomplete": tr("incomplete: not ranked"),
        "withdrawn": tr("withdrawn: not ranked"),
    }.get(entry.status, entry.status)
    rank = (
        "—"
        if entry.rank is None
        else f"{entry.rank}{' (' + tr('tied') + ')' if entry.tied else ''}"
    )
    parts.append(f"<p>{tr('Status')}: {status}; {tr('rank')}: <b>{rank}</b></p>")
    missing = missing_texts(entry, n.names)
    if missing:
        parts.append(f"<p class='warn'>{tr('Missing marks')}: {escape(', '.join(missing))}</p>")
    parts.append(f"<h2>{tr('Jury')}</h2>")
    places = n.places
    summary = "".join(
        f"<tr><td>{escape(c.name)}</td><td class='num'>{n(c.panel, places.panel)}</td>"
        f"<td>×</td><td class='num'>{n(c.weight)}</td><td>=</td>"
        f"<td class='num'><b>{n(c.weighted, places.weighted)}</b></td></tr>"
        for c in entry.criteria
    )
    parts.append(
        f"<table class='steps'><tr><th>{tr('Criterion')}</th><th>{tr('Panel mark')}</th><th></th>"
        f"<th>{tr('Weight')}</th><th></th><th>{tr('Weighted')}</th></tr>{summary}</table>"
    )
    parts.append(f"<p>{tr('Jury total')}: <b>{n(entry.jury_total, places.total)}</b></p>")
    if entry.components:
        parts.append(f"<h2>{tr('Components')}</h2>")
        parts.extend(component_html(c, n) for c in entry.components)
    parts.append(f"<h2>{tr('Totals')}</h2>")
    parts.append(steps_html(entry.steps, n))
    parts.append(f"<p>{tr('Final total')}: <b>{n(entry.final_total, places.total)}</b></p>")
    chain = [c for c in columns if c.tie_break]
    chain.sort(key=lambda c: c.tie_break or 0)
    parts.append(_chain_metrics(round_result, entry, chain, n))
    if entry.tie_decision:
        parts.append(
            f"<p class='warn'>{tr('Chair’s decision on the tie')}: {escape(entry.tie_decision)}</p>"
        )
    flags = flag_texts(entry, n.names)
    if flags:
        parts.append("<ul>" + "".join(f"<li>{escape(f)}</li>" for f in flags) + "</ul>")
    parts.append(f"<h2>{tr('Criteria, mark by mark')}</h2>")
    parts.extend(criterion_html(c, n) for c in entry.criteria)
    return "".join(parts)


_STYLE = """
<style>
h2 { font-size: 13pt; margin-top: 10px; }
h3 { font-size: 11pt; margin-top: 8px; }
.code { color: #6b7280; font-weight: normal; }
table { border-collapse: collapse; margin: 4px 0; }
th { background: #eef1f5; text-align: left; padding: 3px 8px; }
td { padding: 2px 8px; }
td.num { text-align: right; }
tr.off td { color: #8a8f98; }
tr.me td { background: #fff4d6; }
p.warn { color: #9a3412; }
p.draft { color: #b91c1c; font-weight: bold; }
</style>
"""


def explanation_html(
    round_result: RoundResult,
    entry: EntryResult,
    column: Column,
    columns: Sequence[Column],
    places: Places | None = None,
    lang: str | None = None,
    names: Names | None = None,
) -> tuple[str, str]:
    """(title, html) of the explanation of one cell: numbers with the round's ``places``, in
    ``lang`` (the program's language unless given)."""
    n = Numbers(places or Places(), lang or ui_language(), names or Names.of(None, [entry]))
    head = f"{entry.entry} — {entry.title}"
    draft = (
        f"<p class='draft'>{tr('Provisional: unsubmitted marks are included.')}</p>"
        if round_result.drafts
        else ""
    )
    if column.kind == Kind.CRITERION:
        crit = next((c for c in entry.criteria if c.criterion == column.code), None)
        if crit is not None:
            title = f"{head}: {crit.name}"
            return title, _STYLE + f"<h2>{escape(title)}</h2>" + draft + criterion_html(crit, n)
    if column.kind == Kind.COMPONENT:
        comp = next((c for c in entry.components if c.component == column.code), None)
        if comp is not None:
            title = f"{head}: {comp.name}"
            return title, _STYLE + f"<h2>{escape(title)}</h2>" + draft + component_html(comp, n)
    return head, _STYLE + f"<h2>{escape(head)}</h2>" + draft + entry_html(
        round_result, entry, columns, n
    )
