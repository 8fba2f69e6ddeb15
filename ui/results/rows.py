"""Immutable table rows built from a round's result, and the columns that show them.

A ``Column`` says what a column shows (rank, a criterion's panel mark, a component, a total…);
the columns come from the round's definition: its criteria, its components and its tie-break
chain (a column that is a tie-break metric carries its place in the chain). A ``ResultRow``
holds the text of every cell as the engine gave it, exactly, and a sort key per column; it is
built once, so the table model's ``data()`` only reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from judging.model import Round
from judging.numbers import format_places
from judging.ranking.report import ReportPlaces
from judging.ranking.results import EntryResult, RoundResult
from judging.ranking.rules import TieBreak
from judging.text import fold


class Kind(StrEnum):
    RANK = "rank"
    CODE = "code"
    TITLE = "title"
    CATEGORY = "category"
    CRITERION = "criterion"
    JURY_TOTAL = "jury_total"
    COMPONENT = "component"
    FINAL_TOTAL = "final_total"
    PRIZE = "prize"
    ADVANCED = "advanced"
    STATUS = "status"
    TIE_DECISION = "tie_decision"


#: Columns whose cells are numbers (right-aligned; open an explanation).
NUMERIC = frozenset({Kind.RANK, Kind.CRITERION, Kind.JURY_TOTAL, Kind.COMPONENT, Kind.FINAL_TOTAL})


@dataclass(frozen=True)
class Column:
    kind: Kind
    code: str = ""  # criterion or component code
    name: str = ""  # criterion or component name (headers of the fixed columns come from tr())
    tie_break: int | None = None  # 1-based place in the tie-break chain

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC


def tie_break_of(column: Column) -> TieBreak | None:
    """The tie-break metric this column shows, if it can be one (a criterion, a component, the
    jury total)."""
    if column.kind == Kind.CRITERION and TieBreak.is_code(column.code):
        return TieBreak.criterion(column.code)
    if column.kind == Kind.COMPONENT and TieBreak.is_code(column.code):
        return TieBreak.component(column.code)
    if column.kind == Kind.JURY_TOTAL:
        return TieBreak.jury_total()
    return None


def columns_for(round_: Round | None, result: RoundResult | None) -> tuple[Column, ...]:
    """Columns from the round's definition; when it is unknown, from the result's first entry."""
    if round_ is not None:
        criteria = [(c.code, c.name) for c in round_.criteria]
        components = [(c.code, c.name) for c in round_.components]
        chain = round_.ranking.tie_break
    else:
        first = result.results[0] if result and result.results else None
        criteria = [(c.criterion, c.name) for c in first.criteria] if first else []
        components = [(c.component, c.name) for c in first.components] if first else []
        chain = ()
    # What a reader looks for first (who won what, who goes on) on the left, where a 1024-pixel
    # window shows it; the numbers behind the total after it.
    columns = [
        Column(Kind.RANK),
        Column(Kind.CODE),
        Column(Kind.TITLE),
        Column(Kind.FINAL_TOTAL),
        Column(Kind.PRIZE),
        Column(Kind.ADVANCED),
        Column(Kind.CATEGORY),
        Column(Kind.JURY_TOTAL),
    ]
    columns += [Column(Kind.CRITERION, code, name) for code, name in criteria]
    columns += [Column(Kind.COMPONENT, code, name) for code, name in components]
    columns += [Column(Kind.STATUS), Column(Kind.TIE_DECISION)]
    metrics = [TieBreak.parse_or_none(text) for text in chain]
    places = {metric: i for i, metric in enumerate(metrics, start=1) if metric is not None}
    return tuple(Column(c.kind, c.code, c.name, _place(places, c)) for c in columns)


def _place(places: dict[TieBreak, int], column: Column) -> int | None:
    metric = tie_break_of(column)
    return None if metric is None else places.get(metric)


def number_text(value: Decimal | None) -> str:
    """A number exactly as the engine gave it, with its places ("27.00"), never in exponent form."""
    return "" if value is None else format(value, "f")


@dataclass(frozen=True)
class Places(ReportPlaces):
    """The decimal places a round's rules name for what the screen shows (None: as computed),
    by ``judging.ranking.report.ReportPlaces.of`` (the one rule the exports use too), and the
    places of each column.

    A judge's mark is shown with the panel mark's places ("27,00" beside the panel's "26,33")."""

    def column(self, column: Column) -> int | None:
        if column.kind == Kind.CRITERION:
            return self.panel
        if column.kind == Kind.COMPONENT:
            return self.component(column.code)
        if column.kind in (Kind.JURY_TOTAL, Kind.FINAL_TOTAL):
            return self.total
        return None


@dataclass(frozen=True)
class ResultRow:
    entry: EntryResult
    cells: tuple[str, ...]  # display text per column (status and flags are translated by the model)
    values: tuple[Decimal | str | int | bool | None, ...]  # what each cell shows, unformatted

    @property
    def ranked(self) -> bool:
        return self.entry.is_ranked


def cell_value(entry: EntryResult, column: Column) -> Decimal | str | int | bool | None:
    kind = column.kind
    if kind == Kind.RANK:
        return entry.rank
    if kind == Kind.CODE:
        return entry.entry
    if kind == Kind.TITLE:
        return entry.title
    if kind == Kind.CATEGORY:
        return entry.category
    if kind == Kind.CRITERION:
        crit = next((c for c in entry.criteria if c.criterion == column.code), None)
        return None if crit is None else crit.panel
    if kind == Kind.JURY_TOTAL:
        return entry.jury_total
    if kind == Kind.COMPONENT:
        comp = next((c for c in entry.components if c.component == column.code), None)
        return None if comp is None else comp.value
    if kind == Kind.FINAL_TOTAL:
        return entry.final_total
    if kind == Kind.PRIZE:
        return entry.prize
    if kind == Kind.ADVANCED:
        return entry.advanced
    if kind == Kind.STATUS:
        return entry.status
    return entry.tie_decision


def build_rows(
    result: RoundResult,
    columns: Sequence[Column],
    *,
    category_names: dict[str, str] | None = None,
    prize_names: dict[str, str] | None = None,
    places: Places | None = None,
    lang: str = "en",
) -> tuple[ResultRow, ...]:
    """One row per entry, in the engine's order; grouped by category when the result holds
    every category (the engine's order kept inside each group). Numbers are written in
    ``lang`` ("26,33" in Vietnamese) with the round's ``places``."""
    places = places or Places()
    names = category_names or {}
    prizes = prize_names or {}
    entries = list(result.results)
    if result.category is None and len({e.category for e in entries}) > 1:
        order = {code: i for i, code in enumerate(names)}
        entries.sort(
            key=lambda e: (
                not e.is_ranked,
                order.get(e.category or "", len(order)),
                e.category or "",
            )
        )
    rows = []
    shown: dict[tuple[Decimal, int], str] = {}  # equal numbers at equal places: written once
    column_places = [places.column(column) for column in columns]
    for entry in entries:
        cells: list[str] = []
        values: list[Decimal | str | int | bool | None] = []
        panels = {c.criterion: c.panel for c in entry.criteria}
        points = {c.component: c.value for c in entry.components}
        for column, at in zip(columns, column_places, strict=True):
            if column.kind == Kind.CRITERION:
                value: Decimal | str | int | bool | None = panels.get(column.code)
            elif column.kind == Kind.COMPONENT:
                value = points.get(column.code)
            else:
                value = cell_value(entry, column)
            if column.kind == Kind.RANK:
                text = "" if entry.rank is None else f"{entry.rank}{'=' if entry.tied else ''}"
            elif column.kind == Kind.CATEGORY:
                text = names.get(entry.category or "", entry.category or "")
            elif column.kind == Kind.PRIZE:
                text = prizes.get(entry.prize or "", entry.prize or "")
            elif column.kind == Kind.ADVANCED:
                text = "✓" if entry.advanced else ""
            elif isinstance(value, Decimal):
                if at is None:  # written as given ("1.0" is not "1"): not shared
                    text = format_places(value, at, lang)
                else:
                    found = shown.get((value, at))
                    if found is None:
                        found = shown[value, at] = format_places(value, at, lang)
                    text = found
            else:
                text = "" if value is None else str(value)
            cells.append(text)
            values.append(value)
        rows.append(ResultRow(entry, tuple(cells), tuple(values)))
    return tuple(rows)


def sort_key(row: ResultRow, column: int) -> tuple[int, Decimal | str]:
    """(0, value) for a cell with something in it, (1, "") for an empty one: numbers by value,
    text folded (Vietnamese order: "Điện" near "Dân"). Worked out when a sort asks for it."""
    value = row.values[column]
    if isinstance(value, bool):
        return (0, Decimal(int(value)))
    if isinstance(value, int | Decimal):
        return (0, Decimal(value))
    if value is None or value == "":
        return (1, "")
    return (0, fold(row.cells[column]))
