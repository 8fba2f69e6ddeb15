"""A round's result as files for programs and spreadsheets: ``judging-ranking/1`` JSON and CSV.

Numbers are decimal strings exactly as computed, with exactly the places a stage names
("27.00"); ``null`` (JSON) or an empty cell (CSV) where an entry is not ranked. CSV is UTF-8
with a BOM (Excel), ``,`` or ``;``, and formula-injection safe: a text cell that starts with
``= + - @`` (or a tab or carriage return) gets a leading ``'`` (judging.publish.cells; a number
stays a number). docs/format-ranking.md.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from judging.publish.cells import csv_writer
from judging.ranking.results import RoundResult

FORMAT = "judging-ranking/1"


def number(value: Decimal | None) -> str | None:
    """A Decimal as plain text (never exponent notation), keeping its places."""
    return None if value is None else format(value, "f")


def to_json(result: RoundResult) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "competition": result.competition,
        "round": result.round,
        "category": result.category,
        "provisional": result.drafts,
        "round_status": result.status.value,
        "results": [
            {
                "entry": r.entry,
                "title": r.title,
                "category": r.category,
                "rank": r.rank,
                "tied": r.tied,
                "status": r.status,
                "final_total": number(r.final_total),
                "jury_total": number(r.jury_total),
                "components": {c.component: number(c.value) for c in r.components},
                "criteria": {
                    c.criterion: {"panel": number(c.panel), "weighted": number(c.weighted)}
                    for c in r.criteria
                },
                "prize": r.prize,
                "advanced": r.advanced,
                "tie_decision": r.tie_decision,
                "missing": list(r.missing),
            }
            for r in result.results
        ],
        "ties": [list(t) for t in result.ties],
        "flags": list(result.flags),
    }


def to_csv(result: RoundResult, *, sep: str = ",") -> str:
    """The result as CSV text, BOM included (write it as UTF-8 bytes)."""
    criteria = [c.criterion for c in result.results[0].criteria] if result.results else []
    components = [c.component for c in result.results[0].components] if result.results else []
    out = io.StringIO()
    writer = csv_writer(out, delimiter=sep)
    writer.writerow(
        [
            "rank",
            "tied",
            "entry",
            "title",
            "category",
            "status",
            "final_total",
            "jury_total",
            *(f"{code}.panel" for code in criteria),
            *(f"{code}.weighted" for code in criteria),
            *(f"component.{code}" for code in components),
            "prize",
            "advanced",
            "tie_decision",
        ]
    )

    def cell(value: Decimal | None) -> str:
        text = number(value) or ""
        return text.replace(".", ",") if sep == ";" else text

    for r in result.results:
        writer.writerow(
            [
                "" if r.rank is None else str(r.rank),
                "yes" if r.tied else "",
                r.entry,
                r.title,
                r.category or "",
                r.status,
                cell(r.final_total),
                cell(r.jury_total),
                *(cell(c.panel) for c in r.criteria),
                *(cell(c.weighted) for c in r.criteria),
                *(cell(c.value) for c in r.components),
                r.prize or "",
                "yes" if r.advanced else "",
                r.tie_decision or "",
            ]
        )
    return "\ufeff" + out.getvalue()
