"""Ranking over a real SQLite file: the pivoted marks query, tie decisions, a round's life."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.database import OpenDatabase
from db.models.core import CriterionRow, EntryRowModel, JudgeRowModel, RoundRow
from db.models.scoring import MarkRow, ScoreSheetRow
from db.models.setup import AssignmentRow, ComponentDefRow, ComponentValueRow
from judging.app import Services
from judging.errors import Conflict, InputError, NotFound
from judging.model import (
    Category,
    Competition,
    ComponentDef,
    Criterion,
    Entry,
    EntryStatus,
    Judge,
    OnTie,
    Prize,
    RankingRules,
    Role,
    Round,
    RoundStatus,
)
from judging.ranking.engine import SheetState, TieDecision

D = Decimal


def definition(rounds: int = 1) -> Competition:
    criteria = (
        Criterion(code="A", name="Tính mới", max=D(30), step=D("0.5"), weight=D(1)),
        Criterion(code="B", name="Hiệu quả", max=D(10), step=D("0.5"), weight=D(2)),
    )
    return Competition(
        code="T",
        name="Test award",
        categories=(Category("K1", "One"), Category("K2", "Two")),
        rounds=tuple(
            Round(
                code=f"R{i + 1}",
                name=f"Round {i + 1}",
                criteria=criteria,
                ranking=RankingRules(panel_places=2, weighted_places=2, total_places=2),
                components=(ComponentDef(code="vote", name="Votes"),),
            )
            for i in range(rounds)
        ),
        prizes=(Prize(code="nhat", name="Nhất", count=1, on_tie=OnTie.CHAIR),),
    )


ENTRIES = [
    Entry("E1", "Một", category="K1"),
    Entry("E2", "Hai", category="K1"),
    Entry("E3", "Ba", category="K1"),
    Entry("E4", "Bốn", category="K2", status=EntryStatus.WITHDRAWN),
]
JUDGES = [
    Judge("J1", "Giám khảo 1"),
    Judge("J2", "Giám khảo 2"),
    Judge("T1", "Học việc", role=Role.TRAINEE),
]


def add_sheet(
    database: OpenDatabase,
    round_code: str,
    judge: str,
    entry: str,
    marks: dict[str, str] | None,
    state: str = "submitted",
) -> None:
    """An assignment, its sheet (unless ``marks`` is None: not started) and its marks."""
    with Session(database.engine) as session:
        rid = session.scalar(select(RoundRow.id).where(RoundRow.code == round_code))
        jid = session.scalar(select(JudgeRowModel.id).where(JudgeRowModel.code == judge))
        eid = session.scalar(select(EntryRowModel.id).where(EntryRowModel.code == entry))
        assert rid and jid and eid
        assignment = AssignmentRow(round_id=rid, judge_id=jid, entry_id=eid)
        session.add(assignment)
        session.flush()
        if marks is not None:
            session.add(ScoreSheetRow(assignment_id=assignment.id, state=state))
            for code, value in marks.items():
                cid = session.scalar(
                    select(CriterionRow.id).where(
                        CriterionRow.round_id == rid, CriterionRow.code == code
                    )
                )
                session.add(MarkRow(assignment_id=assignment.id, criterion_id=cid, value=D(value)))
        session.commit()


def add_component(database: OpenDatabase, entry: str, value: str) -> None:
    with Session(database.engine) as session:
        eid = session.scalar(select(EntryRowModel.id).where(EntryRowModel.code == entry))
        did = session.scalar(select(ComponentDefRow.id).where(ComponentDefRow.code == "vote"))
        assert eid and did
        session.add(ComponentValueRow(component_def_id=did, entry_id=eid, value=D(value)))
        session.commit()


@pytest.fixture
def filled(services: Services, database: OpenDatabase) -> Services:
    """E1: 27 + 2 × 8.5 by both judges = 44.00; E2 and E3: (26 + 28) ÷ 2 = 27 + 2 × 8.5 =
    44.00 too — a three-way tie that the jury cannot split; a trainee's 1s on E1 don't count;
    E4 is withdrawn."""
    services.core.create_competition(definition(), ENTRIES, JUDGES)
    add_sheet(database, "R1", "J1", "E1", {"A": "27", "B": "8.5"})
    add_sheet(database, "R1", "J2", "E1", {"A": "27", "B": "8.5"})
    add_sheet(database, "R1", "T1", "E1", {"A": "1", "B": "1"})
    add_sheet(database, "R1", "J1", "E2", {"A": "26", "B": "8.5"})
    add_sheet(database, "R1", "J2", "E2", {"A": "28", "B": "8.5"})
    add_sheet(database, "R1", "J1", "E3", {"A": "27", "B": "8.5"})
    add_sheet(database, "R1", "J2", "E3", {"A": "27", "B": "8.5"})
    add_component(database, "E1", "0")
    return services


def test_round_entries_reads_sheets_marks_and_components(
    filled: Services, database: OpenDatabase
) -> None:
    add_sheet(database, "R1", "J1", "E4", None)  # assigned, never started
    with database.uow_factory() as uow:
        everything = {e.code: e for e in uow.ranking.round_entries("R1")}
    assert set(everything) == {"E1", "E2", "E3", "E4"}  # the first round: every entry
    e1 = {s.judge: s for s in everything["E1"].sheets}
    assert e1["J1"].values == (270_000, 85_000)
    assert e1["T1"].values == (10_000, 10_000)  # every sheet's marks: the engine decides
    assert e1["J1"].state == SheetState.SUBMITTED
    assert everything["E1"].components == {"vote": D(0)}
    assert everything["E4"].status == EntryStatus.WITHDRAWN
    assert everything["E4"].sheets[0].state == SheetState.NOT_STARTED
    assert everything["E1"].category == "K1"


def test_a_later_round_takes_only_its_assigned_entries(
    services: Services, database: OpenDatabase
) -> None:
    services.core.create_competition(definition(rounds=2), ENTRIES, JUDGES)
    add_sheet(database, "R2", "J1", "E2", {"A": "20", "B": "5"})
    result = services.ranking.rank("R2")
    assert [r.entry for r in result.results] == ["E2"]
    assert result.results[0].final_total == D("30.00")
    with pytest.raises(InputError, match="name the round with --round"):
        services.ranking.rank()


def test_rank_through_the_service(filled: Services) -> None:
    result = filled.ranking.rank()
    assert [(r.entry, r.rank, r.tied, str(r.final_total)) for r in result.results] == [
        ("E1", 1, True, "44.00"),
        ("E2", 1, True, "44.00"),
        ("E3", 1, True, "44.00"),
        ("E4", None, False, "None"),
    ]
    assert result.ties == (("E1", "E2", "E3"),)
    assert any("prize nhat: tie at the boundary unresolved" in b for b in result.blocking)
    explained = filled.ranking.explain("E1")
    trainee = next(m for m in explained.criteria[0].marks if m.judge == "T1")
    assert trainee.value == D(1) and not trainee.counted
    with pytest.raises(NotFound):
        filled.ranking.explain("NOPE")
    with pytest.raises(NotFound, match="no category"):
        filled.ranking.rank(category="K9")
    with pytest.raises(NotFound, match="no round"):
        filled.ranking.rank("R9")


def test_resolve_tie_records_the_order_and_refuses_what_is_not_tied(
    filled: Services, database: OpenDatabase
) -> None:
    with pytest.raises(InputError) as refused:
        filled.ranking.resolve_tie(None, ["E1", "E2"], "because")
    assert "not a group tied now" in str(refused.value)
    with pytest.raises(InputError) as refused:
        filled.ranking.resolve_tie(None, ["E1", "E1"], " ")
    assert "reason is required" in str(refused.value) and "named twice" in str(refused.value)
    with pytest.raises(InputError, match="at least two"):
        filled.ranking.resolve_tie(None, ["E1"], "x")
    result = filled.ranking.resolve_tie(None, ["E2", "E3", "E1"], "E2 áp dụng rộng nhất")
    assert [(r.entry, r.rank, r.prize) for r in result.results[:3]] == [
        ("E2", 1, "nhat"),
        ("E3", 2, None),
        ("E1", 3, None),
    ]
    assert result.results[0].tie_decision == "E2 áp dụng rộng nhất"
    assert not result.blocking
    # a new order for the same group replaces the old one
    filled.ranking.resolve_tie(None, ["E1", "E2", "E3"], "changed")
    with database.uow_factory() as uow:
        decisions = uow.ranking.tie_decisions("R1")
        records = [r for r in uow.core.audit_records() if r.action == "ranking.resolve_tie"]
    assert decisions == [TieDecision(("E1", "E2", "E3"), "changed", "chair", "K1")]
    assert [r.detail for r in records] == [  # newest first
        "E1 > E2 > E3: changed (replaces E2 > E3 > E1: E2 áp dụng rộng nhất)",
        "E2 > E3 > E1: E2 áp dụng rộng nhất",
    ]


def test_round_life_close_approve_reopen(filled: Services, database: OpenDatabase) -> None:
    with pytest.raises(Conflict, match="only a closed round can be approved"):
        filled.ranking.approve_round()
    assert filled.ranking.close_round() == "R1"
    with pytest.raises(Conflict, match="closed, not open"):
        filled.ranking.close_round()
    with pytest.raises(Conflict) as refused:
        filled.ranking.approve_round()
    assert "prize nhat: tie at the boundary unresolved" in str(refused.value)
    filled.ranking.resolve_tie(None, ["E3", "E1", "E2"], "drawn by the council")
    approved = filled.ranking.approve_round()
    assert approved.status == RoundStatus.APPROVED
    assert approved.results[0].prize == "nhat"
    with pytest.raises(Conflict, match="approved and locked"):
        filled.ranking.resolve_tie(None, ["E1", "E2", "E3"], "again")
    with pytest.raises(InputError, match="reason is required"):
        filled.ranking.reopen_round(reason="  ")
    assert filled.ranking.reopen_round(reason="a mark was typed wrong") == "R1"
    with pytest.raises(Conflict, match="already open"):
        filled.ranking.reopen_round(reason="again")
    with database.uow_factory() as uow:
        assert uow.ranking.round_status("R1") == RoundStatus.OPEN
        actions = [r.action for r in uow.core.audit_records()]
        with pytest.raises(NotFound):
            uow.ranking.round_status("R9")
    assert {"ranking.close_round", "ranking.approve_round", "ranking.reopen_round"} <= set(actions)


def test_each_approval_stores_the_whole_result(filled: Services) -> None:
    import json

    from judging.ranking.export import to_json

    with pytest.raises(NotFound, match="no approved result stored"):
        filled.ranking.approved_result()
    filled.ranking.close_round()
    filled.ranking.resolve_tie(None, ["E3", "E1", "E2"], "drawn by the council")
    approved = filled.ranking.approve_round(actor="Chủ tịch")
    stored = filled.ranking.approved_result()
    assert (stored.round, stored.format, stored.approved_by) == (
        "R1",
        "judging-ranking/1",
        "Chủ tịch",
    )
    assert stored.at is not None
    assert json.loads(stored.content) == json.loads(json.dumps(to_json(approved)))
    assert json.loads(stored.content)["round_status"] == "approved"
    # Reopened, a decision revised, approved again: a new snapshot; the newest counts.
    filled.ranking.reopen_round(reason="recount")
    filled.ranking.close_round()
    filled.ranking.resolve_tie(None, ["E1", "E2", "E3"], "recounted")
    filled.ranking.approve_round()
    newest = json.loads(filled.ranking.approved_result().content)
    assert [r["entry"] for r in newest["results"][:3]] == ["E1", "E2", "E3"]
    assert newest["results"][0]["tie_decision"] == "recounted"


def test_approve_refuses_incomplete_entries(services: Services, database: OpenDatabase) -> None:
    services.core.create_competition(definition(), ENTRIES[:2], JUDGES[:2])
    add_sheet(database, "R1", "J1", "E1", {"A": "27", "B": "8"})
    add_sheet(database, "R1", "J2", "E1", {"A": "20", "B": "8"}, state="in_progress")
    add_sheet(database, "R1", "J1", "E2", {"A": "27", "B": "8"})
    services.ranking.close_round()
    with pytest.raises(Conflict) as refused:
        services.ranking.approve_round()
    assert "E1 is incomplete: J2: not submitted" in str(refused.value)
    drafts = services.ranking.rank(drafts=True)
    assert drafts.drafts and drafts.results[0].entry == "E2"  # 43.00 before E1's 39.50
    assert str(drafts.results[1].final_total) == "39.50"


def test_no_competition_yet(services: Services) -> None:
    with pytest.raises(InputError, match="no competition"):
        services.ranking.rank()
    with pytest.raises(InputError, match="no competition"):
        services.ranking.round_code()


def test_migration_0005_adds_and_removes_the_snapshot_table(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from db.engine import make_engine, parse_target
    from db.migrate import alembic_config

    engine = make_engine(parse_target(str(tmp_path / "m.sqlite")))
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
            assert "ranking_snapshot" not in inspect(conn).get_table_names()
            command.upgrade(config, "0005")
            assert "ranking_snapshot" in inspect(conn).get_table_names()
            command.downgrade(config, "0004")
            assert "ranking_snapshot" not in inspect(conn).get_table_names()
            assert "tie_decision" in inspect(conn).get_table_names()
    finally:
        engine.dispose()
