"""The ranking's read path reads through SQLAlchemy Core (issue 13, item 4): the competition's
definition (db/repositories/definition.py) is the very value the ORM's read builds, on the demo,
on every shipped template and on a definition with every feature; the tables, columns and types
both Core readers name (the definition's and the ranking repository's) are the mapped classes';
ranking a round makes no ORM session at all, and a write after those reads is one transaction
with them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import Boolean, DateTime

from db.database import OpenDatabase
from db.models import Base
from db.repositories import definition, ranking
from db.types import DecimalText
from db.uow import SqlUnitOfWork
from judging.app import Services
from judging.demo import build_demo
from judging.errors import NoCompetition
from judging.lookup import read_competition
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
from judging.ranking.engine import TieDecision
from judging.setup import definition as definition_file


def _both(database: OpenDatabase) -> tuple[Competition | None, Competition | None]:
    """The definition as the ORM's read builds it and as the Core reader does, each in a unit
    of work of its own."""
    with database.uow_factory(read_only=True) as uow:
        by_orm = uow.core.competition()
    with database.uow_factory(read_only=True) as uow:
        by_core = uow.listing.competition()
        assert _session_of(uow) is None  # read without the ORM
    return by_orm, by_core


def _session_of(uow: object) -> object:
    assert isinstance(uow, SqlUnitOfWork)
    return uow._session


def full_featured() -> Competition:
    """Every part a definition can have, each away from its default where it has one."""
    bands = (Band(D(0), D("4.5"), "Yếu"), Band(D(5), D("9.75"), "Khá"), Band(D(10), D(10), "Giỏi"))
    criteria = (
        Criterion("A", "Tính mới", D(30), D("0.5"), D("1.5"), "Mới so với đơn vị", bands),
        Criterion("B", "Hiệu quả", D(10), D("0.25"), D(2)),
        Criterion("C", "Khả năng nhân rộng", D(10)),
    )
    first = Round(
        code="V1",
        name="Vòng sơ khảo",
        judges_per_entry=2,
        criteria=criteria,
        ranking=RankingRules(
            aggregate=Aggregate.TRIMMED_MEAN,
            trim=1,
            normalise=Normalise.ZSCORE,
            panel_places=3,
            weighted_places=2,
            total_places=1,
            tie_break=("jury_total", "criterion:A"),
        ),
        components=(
            ComponentDef("vote", "Bình chọn", scale="share_of_max", points=D("20.5"), places=1),
            ComponentDef("tru", "Trừ điểm", kind=ComponentKind.DEDUCTION),
        ),
        advance=AdvanceRule(top=5, per_category=True, min_total=D("50.25"), on_tie=OnTie.CHAIR),
    )
    second = Round(
        code="V2",
        name="Vòng chung khảo",
        criteria=(Criterion("A", "Tổng thể", D(100), D(1), D(1), "", (Band(D(0), D(1), "x"),)),),
        ranking=RankingRules(aggregate=Aggregate.MEDIAN),
        advance=AdvanceRule(),
    )
    third = Round(code="V3", name="Vòng phụ", judges_per_entry=1)
    return Competition(
        code="DU",
        name="Giải thưởng đủ mọi phần",
        organiser="Sở Khoa học và Công nghệ",
        blind=True,
        show_running_total=True,
        categories=(Category("K2", "Hai"), Category("K1", "Một"), Category("K3", "Ba")),
        rounds=(first, second, third),
        prizes=(
            Prize("nhat", "Giải Nhất", count=1, per_category=True, min_total=D("80.5")),
            Prize("nhi", "Giải Nhì", count=None, on_tie=OnTie.CHAIR),
            Prize("kk", "Khuyến khích"),
        ),
    )


#: Column types whose stored form is not the value read (exact decimals kept as text, booleans
#: kept as integers, times kept as text on SQLite): a Core reader must name them with the type.
CONVERTED = (DecimalText, Boolean, DateTime)


def test_every_table_column_and_type_named_is_the_mapped_classes() -> None:
    for light in (*definition.TABLES, *ranking.TABLES):
        assert light.name in Base.metadata.tables, light.name
        mapped = Base.metadata.tables[light.name]
        for named in light.columns:
            assert named.name in mapped.columns, (light.name, named.name)
            stored = mapped.columns[named.name].type
            if isinstance(stored, CONVERTED) or not named.type._isnull:
                assert type(named.type) is type(stored), (light.name, named.name)


def test_the_demo_reads_the_same_both_ways(services: Services, database: OpenDatabase) -> None:
    build_demo(services)
    by_orm, by_core = _both(database)
    assert by_orm is not None and by_core == by_orm
    assert by_core.round("SK") is not None and by_core.prizes


@pytest.mark.parametrize("name", definition_file.template_names())
def test_every_shipped_template_reads_the_same_both_ways(
    name: str, services: Services, database: OpenDatabase
) -> None:
    created = services.definitions.init_from_template(name)
    by_orm, by_core = _both(database)
    assert by_core == by_orm == created


def test_a_definition_with_every_feature_reads_the_same_both_ways(
    services: Services, database: OpenDatabase
) -> None:
    wanted = full_featured()
    with database.uow_factory() as uow:
        uow.core.create_competition(wanted)
        uow.commit()
    by_orm, by_core = _both(database)
    assert by_core == by_orm == wanted
    assert by_core is not None
    assert type(by_core.blind) is bool and type(by_core.rounds[0].advance.per_category) is bool  # type: ignore[union-attr]
    # a round's life is stored apart from the definition: read as it stands
    with database.uow_factory() as uow:
        uow.ranking.set_round_status("V2", RoundStatus.APPROVED)
        uow.commit()
    by_orm, by_core = _both(database)
    assert by_core == by_orm and by_core is not None
    assert by_core.round("V2") == replace(wanted.rounds[1], status=RoundStatus.APPROVED)


def test_no_competition_is_none_both_ways(database: OpenDatabase) -> None:
    assert _both(database) == (None, None)
    with database.uow_factory(read_only=True) as uow, pytest.raises(NoCompetition):
        read_competition(uow)


def test_ranking_a_round_makes_no_orm_session(services: Services, database: OpenDatabase) -> None:
    build_demo(services)
    services.ranking.forget()
    with database.uow_factory(read_only=True) as uow:
        competition = read_competition(uow)
        code = competition.rounds[0].code
        assert uow.ranking.round_entries(code) and uow.ranking.judges()
        uow.ranking.tie_decisions(code)
        uow.ranking.mark_comments(code)
        uow.ranking.latest_snapshot(code)
        assert uow.ranking.round_status(code) is RoundStatus.OPEN
        assert _session_of(uow) is None


def test_core_reads_then_orm_writes_are_one_transaction(
    services: Services, database: OpenDatabase, db_path: Path
) -> None:
    build_demo(services)
    decision = TieDecision(
        entries=("HS-001", "HS-002"), reason="Hội đồng quyết định", decided_by="CT"
    )
    with database.uow_factory() as uow:
        assert uow.ranking.tie_decisions("SK") == []  # Core opens the connection
        uow.ranking.add_tie_decision("SK", decision)  # the ORM session joins it
        assert uow.ranking.tie_decisions("SK") == [decision]  # seen in the same transaction
        uow.ranking.set_round_status("SK", RoundStatus.CLOSED)  # Core writes on it too
        assert read_competition(uow).round("SK").status is RoundStatus.CLOSED  # type: ignore[union-attr]
        # left without commit(): nothing of it is stored
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM tie_decision").fetchone() == (0,)
        assert other.execute("SELECT status FROM round WHERE code = 'SK'").fetchone() == ("open",)
    with database.uow_factory() as uow:
        uow.ranking.add_tie_decision("SK", decision)
        uow.ranking.set_round_status("SK", RoundStatus.CLOSED)
        uow.commit()
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT reason FROM tie_decision").fetchall() == [(decision.reason,)]
        assert other.execute("SELECT status FROM round WHERE code = 'SK'").fetchone() == ("closed",)
