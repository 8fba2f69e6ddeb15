"""Conflicts a score file leaves (paper marks, locked sheets, a recusal over paper marks) are
kept until the organiser resolves them, on real SQLite files: listed per round with the mark
stored here and the judge's; resolved in one transaction (keep the paper mark, or take the
judge's: a correction on a submitted sheet, versioned and audited); a newer score file
supersedes the judge's pending ones; a decision to keep the paper mark is not asked again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

import pytest

from db.database import OpenDatabase, open_database
from judging.app import Services, build_services
from judging.errors import Conflict, InputError
from judging.kits import format as kf
from judging.kits.conflicts import ConflictDecision, Keep, PendingConflict, Reason
from judging.problems import ProblemCode as P
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers

MARKS = {"NEW": Decimal("27.5"), "EFF": Decimal(35), "APP": Decimal("22.75")}


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def organiser(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


@pytest.fixture
def judge(organiser: Services, tmp_path: Path) -> Iterator[Services]:
    """Judge J1's laptop with J1's kit open."""
    path = tmp_path / "laptop.sqlite"
    database = open_database(str(path))
    laptop = build_services(database.uow_factory, location=str(path))
    laptop.kits.open_kit(kf.read_kit(organiser.kits.export_kit("R1", "J1").data, "kit"))
    yield laptop
    database.close()


def score(laptop: Services, entry: str, marks: Mapping[str, Decimal | None]) -> None:
    for code, value in marks.items():
        laptop.scoring.set_mark("R1", "J1", entry, code, value)


def send(organiser: Services, judge: Services) -> None:
    organiser.kits.take_in(judge.kits.scorefile().data, source="J1.scores.json")


def mark(organiser: Services, entry: str, criterion: str) -> tuple[Decimal | None, Origin]:
    found = organiser.scoring.sheet("R1", "J1", entry).mark(criterion)
    assert found is not None
    return found.value, found.origin


def decide(pending: list[PendingConflict], keep: Keep) -> list[ConflictDecision]:
    return [ConflictDecision(c.id, keep) for c in pending]


def test_a_paper_conflict_is_listed_and_the_judges_mark_taken_submits_the_sheet(
    organiser: Services, judge: Services, db_path: Path
) -> None:
    organiser.scoring.enter_paper_sheets("R1", "J1", {"E01": {"NEW": Decimal(10)}})
    score(judge, "E01", MARKS)
    judge.scoring.submit("R1", "J1", "E01")
    send(organiser, judge)
    assert organiser.scoring.sheet("R1", "J1", "E01").state is SheetState.IN_PROGRESS

    [pending] = organiser.kits.conflicts("R1")
    assert (pending.judge_code, pending.judge_name, pending.entry_code) == (
        "J1",
        "Phạm Thị Lan",
        "E01",
    )
    assert (pending.criterion_code, pending.criterion_name) == ("NEW", "Tính mới, tính sáng tạo")
    assert (pending.reason, pending.here, pending.in_file) == (
        Reason.PAPER,
        Decimal(10),
        Decimal("27.5"),
    )
    assert organiser.kits.conflicts(None) == [pending]  # the only round

    done = organiser.kits.resolve_conflicts("R1", decide([pending], Keep.JUDGE))
    assert (done.kept, done.taken, done.submitted, done.corrected) == (0, 1, ("E01",), ())
    assert mark(organiser, "E01", "NEW") == (Decimal("27.5"), Origin.FILE)
    history = organiser.scoring.mark_history("R1", "J1", "E01", "NEW")
    assert [(v.old, v.new, v.origin) for v in history][-1] == (
        Decimal(10),
        Decimal("27.5"),
        Origin.FILE,
    )
    assert organiser.scoring.sheet("R1", "J1", "E01").state is SheetState.SUBMITTED
    assert organiser.kits.conflicts("R1") == []
    assert rows(db_path, "SELECT status, resolved_by FROM mark_conflict") == [
        ("judge", "organiser")
    ]


def test_keeping_the_paper_mark_is_not_asked_again_by_a_newer_file_saying_the_same(
    organiser: Services, judge: Services, db_path: Path
) -> None:
    organiser.scoring.enter_paper_sheets("R1", "J1", {"E01": {"NEW": Decimal(10)}})
    score(judge, "E01", {"NEW": Decimal(20)})
    send(organiser, judge)
    done = organiser.kits.resolve_conflicts(
        "R1", decide(organiser.kits.conflicts("R1"), Keep.PAPER)
    )
    assert (done.kept, done.taken) == (1, 0)
    assert mark(organiser, "E01", "NEW") == (Decimal(10), Origin.PAPER)

    score(judge, "E02", {"EFF": Decimal(30)})  # something new elsewhere, NEW still 20
    send(organiser, judge)
    assert organiser.kits.conflicts("R1") == []
    assert mark(organiser, "E02", "EFF") == (Decimal(30), Origin.FILE)

    score(judge, "E01", {"NEW": Decimal(21)})  # the judge changes their mind: asked again
    send(organiser, judge)
    [again] = organiser.kits.conflicts("R1")
    assert (again.here, again.in_file, again.sequence) == (Decimal(10), Decimal(21), 3)


def test_a_newer_file_supersedes_the_judges_pending_conflicts(
    organiser: Services, judge: Services, db_path: Path
) -> None:
    organiser.scoring.enter_paper_sheets(
        "R1", "J1", {"E01": {"NEW": Decimal(10), "EFF": Decimal(11)}}
    )
    score(judge, "E01", {"NEW": Decimal(20), "EFF": Decimal(30)})
    send(organiser, judge)
    first = organiser.kits.conflicts("R1")
    assert [(c.criterion_code, c.in_file, c.sequence) for c in first] == [
        ("NEW", Decimal(20), 1),
        ("EFF", Decimal(30), 1),
    ]
    score(judge, "E01", {"NEW": Decimal(10), "EFF": Decimal(31)})  # NEW now agrees with paper
    send(organiser, judge)
    [left] = organiser.kits.conflicts("R1")
    assert (left.criterion_code, left.here, left.in_file, left.sequence) == (
        "EFF",
        Decimal(11),
        Decimal(31),
        2,
    )
    assert sorted(rows(db_path, "SELECT status, sequence FROM mark_conflict")) == [
        ("pending", 2),
        ("superseded", 1),
        ("superseded", 1),
    ]
    # a decision on a superseded conflict is refused and changes nothing
    before = dump(db_path)
    with pytest.raises(Conflict) as caught:
        organiser.kits.resolve_conflicts("R1", decide([*first, left], Keep.JUDGE))
    assert caught.value.code is P.CONFLICT_NOT_PENDING
    assert dump(db_path) == before


def test_taking_the_judges_mark_on_a_submitted_sheet_is_an_audited_correction(
    organiser: Services, judge: Services, db_path: Path
) -> None:
    for code, value in {"NEW": Decimal(15), "EFF": Decimal(20), "APP": Decimal(10)}.items():
        organiser.scoring.set_mark("R1", "J1", "E01", code, value, actor="secretary")
    organiser.scoring.submit("R1", "J1", "E01", actor="secretary")
    score(judge, "E01", MARKS)
    send(organiser, judge)
    pending = organiser.kits.conflicts("R1")
    assert [(c.reason, c.criterion_code) for c in pending] == [
        (Reason.LOCKED, "NEW"),
        (Reason.LOCKED, "EFF"),
        (Reason.LOCKED, "APP"),
    ]
    assert {c.sheet_state for c in pending} == {SheetState.SUBMITTED}
    new, eff, app = pending
    done = organiser.kits.resolve_conflicts(
        "R1",
        [
            ConflictDecision(new.id, Keep.JUDGE),
            ConflictDecision(eff.id, Keep.PAPER),
            ConflictDecision(app.id, Keep.JUDGE),
        ],
    )
    assert done.corrected == ("R1/J1/E01/NEW", "R1/J1/E01/APP")
    assert organiser.scoring.sheet("R1", "J1", "E01").state is SheetState.SUBMITTED
    assert mark(organiser, "E01", "NEW") == (Decimal("27.5"), Origin.FILE)
    assert mark(organiser, "E01", "EFF") == (Decimal(20), Origin.TYPED)
    assert mark(organiser, "E01", "APP") == (Decimal("22.75"), Origin.FILE)
    audit = rows(
        db_path,
        "SELECT actor, action, subject, detail FROM audit_log "
        "WHERE action IN ('mark.correct', 'conflicts.resolve') ORDER BY id",
    )
    assert [a[:3] for a in audit] == [
        ("organiser", "mark.correct", "R1/J1/E01/NEW"),
        ("organiser", "mark.correct", "R1/J1/E01/APP"),
        ("organiser", "conflicts.resolve", "R1"),
    ]
    assert str(audit[0][3]).startswith("15 -> 27.5 on a submitted sheet")
    assert "1 kept as stored, 2 taken from score files" in str(audit[2][3])


def test_a_recusal_taken_over_paper_marks_keeps_them_stored_but_recuses(
    organiser: Services, judge: Services, db_path: Path
) -> None:
    organiser.scoring.enter_paper_sheets(
        "R1", "J1", {"E02": {"EFF": Decimal(30), "NEW": Decimal(12)}}
    )
    judge.scoring.recuse("R1", "J1", "E02", "Cùng đơn vị công tác")
    send(organiser, judge)
    [pending] = organiser.kits.conflicts("R1")
    assert (pending.whole_sheet, pending.reason, pending.paper_marks, pending.recusal_reason) == (
        True,
        Reason.RECUSED,
        2,
        "Cùng đơn vị công tác",
    )
    done = organiser.kits.resolve_conflicts("R1", decide([pending], Keep.JUDGE))
    assert done.recused == ("E02",)
    sheet = organiser.scoring.sheet("R1", "J1", "E02")
    assert (sheet.state, sheet.recusal_reason) == (SheetState.RECUSED, "Cùng đơn vị công tác")
    assert {m.criterion_code: m.value for m in sheet.marks} == {
        "EFF": Decimal(30),
        "NEW": Decimal(12),
    }


def test_a_mark_cleared_by_the_judge_reopens_a_submitted_paper_sheet(
    organiser: Services, judge: Services
) -> None:
    paper = {"NEW": Decimal(10), "EFF": Decimal(20), "APP": Decimal(5)}
    organiser.scoring.enter_paper_sheets("R1", "J1", {"E03": dict(paper)})
    assert organiser.scoring.sheet("R1", "J1", "E03").state is SheetState.SUBMITTED
    score(judge, "E03", {**paper, "APP": Decimal(6)})
    score(judge, "E03", {"APP": None})
    send(organiser, judge)
    [pending] = organiser.kits.conflicts("R1")
    assert (pending.criterion_code, pending.here, pending.in_file) == ("APP", Decimal(5), None)
    done = organiser.kits.resolve_conflicts("R1", decide([pending], Keep.JUDGE))
    assert (done.reopened, done.corrected) == (("E03",), ("R1/J1/E03/APP",))
    assert organiser.scoring.sheet("R1", "J1", "E03").state is SheetState.IN_PROGRESS
    assert mark(organiser, "E03", "APP") == (None, Origin.FILE)


def test_nothing_is_resolved_in_a_closed_round_or_without_a_choice(
    organiser: Services, judge: Services, db_path: Path
) -> None:
    organiser.scoring.enter_paper_sheets("R1", "J1", {"E01": {"NEW": Decimal(10)}})
    score(judge, "E01", {"NEW": Decimal(20)})
    send(organiser, judge)
    pending = organiser.kits.conflicts("R1")
    with pytest.raises(InputError) as caught:
        organiser.kits.resolve_conflicts("R1", [])
    assert caught.value.code is P.CONFLICTS_NONE_CHOSEN
    organiser.ranking.close_round("R1")
    before = dump(db_path)
    with pytest.raises(Conflict) as caught:
        organiser.kits.resolve_conflicts("R1", decide(pending, Keep.JUDGE))
    assert caught.value.code is P.ROUND_NOT_OPEN
    assert dump(db_path) == before
    assert organiser.kits.conflicts("R1") == pending  # still there to resolve later
