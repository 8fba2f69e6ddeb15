"""The competition's definition read through SQLAlchemy Core, and the one place that builds its
domain values (``judging.model.Competition`` and what it holds) from stored rows.

The ranking's read path (``rank``, its exports, the advancement) reads the definition here on
the unit of work's connection, without the ORM or the mapped classes (issue 13, item 4: they
cost about 0.1 s of a command's start). The core area's ORM read
(``SqlCoreRepository.competition``) builds its value with the same functions from its mapped
rows: a row here and a mapped object there answer the same attribute names.

The tables are named with SQLAlchemy's lightweight ``table()``/``column()``; the columns whose
stored form differs from their value (exact decimals kept as text, booleans) carry the mapped
classes' types, so that a value read here is the value the ORM reads. ``tests/db/
test_definition.py`` holds each table, column and type to the mapped classes and the two reads
to each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Boolean, Connection, Integer, select
from sqlalchemy.sql import column, table

from db.types import DecimalText
from judging.model import (
    AdvanceRule,
    Aggregate,
    Band,
    Category,
    Competition,
    ComponentDef,
    ComponentKind,
    Criterion,
    Normalise,
    OnTie,
    Prize,
    RankingRules,
    Round,
    RoundStatus,
)

competition = table(
    "competition",
    column("id", Integer),
    column("code"),
    column("name"),
    column("organiser"),
    column("blind", Boolean),
    column("show_running_total", Boolean),
)
category = table(
    "category",
    column("id", Integer),
    column("competition_id"),
    column("code"),
    column("name"),
    column("position"),
)
round_ = table(
    "round",
    column("id", Integer),
    column("competition_id"),
    column("code"),
    column("name"),
    column("position"),
    column("judges_per_entry", Integer),
    column("status"),
    column("aggregate"),
    column("trim", Integer),
    column("normalise"),
    column("panel_places", Integer),
    column("weighted_places", Integer),
    column("total_places", Integer),
    column("tie_break"),
    column("has_advance", Boolean),
    column("advance_top", Integer),
    column("advance_per_category", Boolean),
    column("advance_min_total", DecimalText),
    column("advance_on_tie"),
)
criterion = table(
    "criterion",
    column("id", Integer),
    column("round_id"),
    column("code"),
    column("name"),
    column("description"),
    column("max_value", DecimalText),
    column("step", DecimalText),
    column("weight", DecimalText),
    column("position"),
)
band = table(
    "band",
    column("id"),
    column("criterion_id"),
    column("min_value", DecimalText),
    column("max_value", DecimalText),
    column("label"),
    column("position"),
)
component_def = table(
    "component_def",
    column("id"),
    column("round_id"),
    column("code"),
    column("name"),
    column("kind"),
    column("scale"),
    column("points", DecimalText),
    column("places", Integer),
    column("position"),
)
prize = table(
    "prize",
    column("id"),
    column("competition_id"),
    column("code"),
    column("name"),
    column("count", Integer),
    column("per_category", Boolean),
    column("min_total", DecimalText),
    column("on_tie"),
    column("position"),
)

#: Every table named here (for the test that holds them to the mapped classes).
TABLES = (competition, category, round_, criterion, band, component_def, prize)


# -- rows → domain values (one place, for this reader and the ORM's) ----------------------------


def category_of(row: Any) -> Category:
    return Category(code=row.code, name=row.name)


def band_of(row: Any) -> Band:
    return Band(min=row.min_value, max=row.max_value, label=row.label)


def criterion_of(row: Any, bands: Iterable[Any]) -> Criterion:
    return Criterion(
        code=row.code,
        name=row.name,
        description=row.description,
        max=row.max_value,
        step=row.step,
        weight=row.weight,
        bands=tuple(band_of(b) for b in bands),
    )


def component_of(row: Any) -> ComponentDef:
    return ComponentDef(
        code=row.code,
        name=row.name,
        kind=ComponentKind(row.kind),
        scale=row.scale,
        points=row.points,
        places=row.places,
    )


def round_of(row: Any, criteria: Sequence[Criterion], components: Iterable[Any]) -> Round:
    return Round(
        code=row.code,
        name=row.name,
        judges_per_entry=row.judges_per_entry,
        status=RoundStatus(row.status),
        criteria=tuple(criteria),
        ranking=RankingRules(
            aggregate=Aggregate(row.aggregate),
            trim=row.trim,
            normalise=Normalise(row.normalise),
            panel_places=row.panel_places,
            weighted_places=row.weighted_places,
            total_places=row.total_places,
            tie_break=tuple(t for t in row.tie_break.split("\n") if t),
        ),
        components=tuple(component_of(c) for c in components),
        advance=AdvanceRule(
            top=row.advance_top,
            per_category=row.advance_per_category,
            min_total=row.advance_min_total,
            on_tie=OnTie(row.advance_on_tie),
        )
        if row.has_advance
        else None,
    )


def prize_of(row: Any) -> Prize:
    return Prize(
        code=row.code,
        name=row.name,
        count=row.count,
        per_category=row.per_category,
        min_total=row.min_total,
        on_tie=OnTie(row.on_tie),
    )


def competition_of(
    row: Any, categories: Iterable[Any], rounds: Iterable[Round], prizes: Iterable[Any]
) -> Competition:
    return Competition(
        code=row.code,
        name=row.name,
        organiser=row.organiser,
        blind=row.blind,
        show_running_total=row.show_running_total,
        categories=tuple(category_of(c) for c in categories),
        rounds=tuple(rounds),
        prizes=tuple(prize_of(p) for p in prizes),
    )


# -- the reader ---------------------------------------------------------------------------------


def read_competition(connection: Connection) -> Competition | None:
    """The competition of the database (the first, as the ORM's read takes it), or None: seven
    queries, one a table, each in the order its relationship keeps."""
    head = connection.execute(select(competition).order_by(competition.c.id).limit(1)).first()
    if head is None:
        return None
    cid = head.id
    rounds = connection.execute(
        select(round_).where(round_.c.competition_id == cid).order_by(round_.c.position)
    ).all()
    round_ids = [r.id for r in rounds]
    criteria = connection.execute(
        select(criterion)
        .where(criterion.c.round_id.in_(round_ids))
        .order_by(criterion.c.round_id, criterion.c.position)
    ).all()
    bands = _grouped(
        connection.execute(
            select(band)
            .where(band.c.criterion_id.in_([c.id for c in criteria]))
            .order_by(band.c.criterion_id, band.c.position)
        ),
        "criterion_id",
    )
    components = _grouped(
        connection.execute(
            select(component_def)
            .where(component_def.c.round_id.in_(round_ids))
            .order_by(component_def.c.position, component_def.c.id)
        ),
        "round_id",
    )
    criteria_of: dict[int, list[Criterion]] = {}
    for c in criteria:
        criteria_of.setdefault(c.round_id, []).append(criterion_of(c, bands.get(c.id, ())))
    return competition_of(
        head,
        connection.execute(
            select(category).where(category.c.competition_id == cid).order_by(category.c.position)
        ),
        [round_of(r, criteria_of.get(r.id, ()), components.get(r.id, ())) for r in rounds],
        # as plain objects: a row's ``count`` is its tuple's method, not the column
        [
            SimpleNamespace(**p._mapping)
            for p in connection.execute(
                select(prize).where(prize.c.competition_id == cid).order_by(prize.c.position)
            )
        ],
    )


def _grouped(rows: Iterable[Any], key: str) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(getattr(row, key), []).append(row)
    return grouped
