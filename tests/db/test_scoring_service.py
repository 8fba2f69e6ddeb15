"""The scoring service on real SQLite files: versions, undo, submit/lock, reopen, recusal,
closed rounds, organiser password, paper sheets."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from db.database import OpenDatabase
from db.models.core import AuditRow, RoundRow
from db.models.scoring import MarkRow, MarkVersionRow, ScoreSheetRow
from judging.app import Services
from judging.errors import Conflict, InputError, NotFound
from judging.scoring.model import Origin, SheetState
from tests import scoring_helpers

D = Decimal


@pytest.fixture
def scored(services: Services, database: OpenDatabase) -> Services:
    return scoring_helpers.build(services, database)


def _fill(s: Services, judge: str, entry: str, values: tuple[str, str, str]) -> None:
    for code, value in zip(("NEW", "EFF", "APP"), values, strict=True):
        s.scoring.set_mark("R1", judge, entry, code, D(value))


def test_login_checks_the_pin(scored: Services) -> None:
    assert scored.scoring.login("J1", "1111").name == "Phạm Thị Lan"
    with pytest.raises(InputError, match="wrong PIN"):
        scored.scoring.login("J1", "2222")
    with pytest.raises(NotFound):
        scored.scoring.login("NOPE", "1111")


def test_judge_sees_only_assigned_entries_with_progress(scored: Services) -> None:
    sheets = scored.scoring.judge_sheets("R1", "J2")
    assert [s.entry_code for s in sheets.sheets] == ["E01", "E02", "E05"]
    assert (sheets.done, sheets.total) == (0, 3)
    _fill(scored, "J2", "E01", ("27", "30", "20.25"))
    scored.scoring.submit("R1", "J2", "E01")
    scored.scoring.recuse("R1", "J2", "E05", "my own organisation")
    after = scored.scoring.judge_sheets("R1", "J2")
    assert (after.done, after.total) == (2, 3)
    assert [s.state for s in after.sheets] == [
        SheetState.SUBMITTED,
        SheetState.NOT_STARTED,
        SheetState.RECUSED,
    ]


def test_each_change_is_a_version_and_undo_adds_one(
    scored: Services, database: OpenDatabase
) -> None:
    s = scored.scoring
    first = s.set_mark("R1", "J1", "E01", "NEW", D("25.5"))
    assert (first.old, first.new, first.version, first.changed) == (None, D("25.5"), 1, True)
    assert first.state is SheetState.IN_PROGRESS
    second = s.set_mark("R1", "J1", "E01", "NEW", D(28))
    assert (second.old, second.new, second.version) == (D("25.5"), D(28), 2)
    # the same value again writes nothing
    same = s.set_mark("R1", "J1", "E01", "NEW", D("28.0"))
    assert not same.changed and same.version == 2
    # undo = a new version restoring the old value
    undo = s.set_mark("R1", "J1", "E01", "NEW", second.old)
    assert undo.version == 3
    history = s.mark_history("R1", "J1", "E01", "NEW")
    assert [(v.version, v.old, v.new, v.origin, v.actor) for v in history] == [
        (1, None, D("25.5"), Origin.TYPED, "J1"),
        (2, D("25.5"), D(28), Origin.TYPED, "J1"),
        (3, D(28), D("25.5"), Origin.TYPED, "J1"),
    ]
    cleared = s.set_mark("R1", "J1", "E01", "NEW", None)
    assert cleared.new is None and cleared.version == 4
    with database.uow_factory() as uow:
        assert uow.session.scalar(select(MarkRow.value)) is None
        assert uow.session.query(MarkVersionRow).count() == 4


@pytest.mark.parametrize(
    ("criterion", "value", "message"),
    [
        ("NEW", "31", "out of range"),
        ("NEW", "-1", "out of range"),
        ("NEW", "20.25", "multiple of the step 0.5"),
        ("EFF", "10.5", "multiple of the step 1"),
        ("APP", "10.1", "multiple of the step 0.25"),
    ],
)
def test_bad_marks_are_refused_and_not_stored(
    scored: Services, database: OpenDatabase, criterion: str, value: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        scored.scoring.set_mark("R1", "J1", "E01", criterion, D(value))
    with database.uow_factory() as uow:
        assert uow.session.query(MarkRow).count() == 0


def test_unassigned_entry_and_unknown_criterion_refused(scored: Services) -> None:
    with pytest.raises(NotFound, match="not assigned"):
        scored.scoring.set_mark("R1", "J2", "E03", "NEW", D(1))
    with pytest.raises(NotFound, match="no criterion"):
        scored.scoring.set_mark("R1", "J1", "E01", "XYZ", D(1))
    # one statement finds the sheet, the criterion and the mark: the sheet is told first
    with pytest.raises(NotFound, match="not assigned"):
        scored.scoring.set_mark("R1", "J2", "E03", "XYZ", D(1))
    with pytest.raises(NotFound, match="not assigned"):
        scored.scoring.set_mark("R9", "J1", "E01", "NEW", D(1))


def test_submit_needs_every_criterion_then_locks(scored: Services) -> None:
    s = scored.scoring
    s.set_mark("R1", "J1", "E01", "NEW", D(27))
    with pytest.raises(InputError, match="no mark for EFF, APP"):
        s.submit("R1", "J1", "E01")
    s.set_mark("R1", "J1", "E01", "EFF", D(30))
    s.set_mark("R1", "J1", "E01", "APP", D("22.75"))
    assert s.submit("R1", "J1", "E01") is SheetState.SUBMITTED
    with pytest.raises(Conflict, match="submitted and locked"):
        s.set_mark("R1", "J1", "E01", "NEW", D(20))
    with pytest.raises(Conflict):
        s.set_mark_comment("R1", "J1", "E01", "NEW", "late thought")
    view = s.sheet("R1", "J1", "E01")
    assert view.state is SheetState.SUBMITTED and not view.editable
    assert view.mark("APP") is not None and view.mark("APP").value == D("22.75")  # type: ignore[union-attr]


def test_reopen_with_reason_is_audited(scored: Services, database: OpenDatabase) -> None:
    s = scored.scoring
    _fill(scored, "J1", "E02", ("20", "20", "20"))
    s.submit("R1", "J1", "E02")
    with pytest.raises(InputError, match="say why"):
        s.reopen("R1", "J1", "E02", "  ")
    assert s.reopen("R1", "J1", "E02", "judge asked to correct EFF") is SheetState.IN_PROGRESS
    s.set_mark("R1", "J1", "E02", "EFF", D(25))
    with database.uow_factory() as uow:
        audit = uow.session.scalars(select(AuditRow).where(AuditRow.action == "sheet.reopen")).one()
        assert audit.subject == "R1/J1/E02"
        assert "judge asked to correct EFF" in audit.detail
    with pytest.raises(Conflict, match="nothing to reopen"):
        s.reopen("R1", "J1", "E02", "again")


def test_recusal_needs_a_reason_and_blocks_marks(scored: Services) -> None:
    s = scored.scoring
    with pytest.raises(InputError):
        s.recuse("R1", "J1", "E03", "")
    s.recuse("R1", "J1", "E03", "Tác giả là đồng nghiệp")
    view = s.sheet("R1", "J1", "E03")
    assert view.state is SheetState.RECUSED
    assert view.recusal_reason == "Tác giả là đồng nghiệp"
    with pytest.raises(Conflict, match="recused"):
        s.set_mark("R1", "J1", "E03", "NEW", D(10))


@pytest.mark.parametrize("status", ["closed", "approved"])
def test_closed_round_refuses_marks(scored: Services, database: OpenDatabase, status: str) -> None:
    scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(10))
    with database.uow_factory() as uow:
        uow.session.execute(update(RoundRow).values(status=status))
        uow.commit()
    with pytest.raises(Conflict, match=f"round R1 is {status}"):
        scored.scoring.set_mark("R1", "J1", "E01", "NEW", D(12))
    with pytest.raises(Conflict):
        scored.scoring.submit("R1", "J1", "E01")
    assert scored.scoring.sheet("R1", "J1", "E01").mark("NEW").value == D(10)  # type: ignore[union-attr]


def test_comments_per_criterion_and_entry(scored: Services) -> None:
    s = scored.scoring
    s.set_mark("R1", "J1", "E01", "NEW", D(27))
    assert s.set_mark_comment("R1", "J1", "E01", "NEW", "Rất mới")
    assert not s.set_mark_comment("R1", "J1", "E01", "NEW", "Rất mới ")
    assert s.set_sheet_comment("R1", "J1", "E01", "Hồ sơ tốt")
    view = s.sheet("R1", "J1", "E01")
    assert view.comment == "Hồ sơ tốt"
    mark = view.mark("NEW")
    assert mark is not None and (mark.value, mark.comment, mark.version) == (D(27), "Rất mới", 2)


def test_organiser_password(scored: Services) -> None:
    s = scored.scoring
    assert not s.has_organiser_password()
    assert s.check_organiser_password("anything")  # none set: leaving needs none
    s.set_organiser_password("bí mật của ban")
    assert s.has_organiser_password()
    assert s.check_organiser_password("bí mật của ban")
    assert not s.check_organiser_password("wrong")
    s.set_organiser_password("", current="bí mật của ban")
    assert not s.has_organiser_password()


def test_progress_per_judge(scored: Services) -> None:
    s = scored.scoring
    _fill(scored, "J1", "E01", ("27", "30", "20"))
    s.submit("R1", "J1", "E01")
    s.set_mark("R1", "J1", "E02", "NEW", D(5))
    s.recuse("R1", "J1", "E03", "conflict")
    j1 = next(p for p in s.progress("R1") if p.judge_code == "J1")
    assert (j1.assigned, j1.submitted, j1.in_progress, j1.recused, j1.not_started) == (
        4,
        1,
        1,
        1,
        1,
    )
    assert j1.done == 2


def test_paper_sheets_in_one_transaction(scored: Services, database: OpenDatabase) -> None:
    s = scored.scoring
    result = s.enter_paper_sheets(
        "R1",
        "J2",
        {
            "E01": {"NEW": D(27), "EFF": D(35), "APP": D("20.5")},
            "E02": {"NEW": D(10), "EFF": None, "APP": None},
        },
    )
    assert result.changed == 4 and result.submitted == ("E01",)
    assert s.sheet("R1", "J2", "E01").state is SheetState.SUBMITTED
    assert s.sheet("R1", "J2", "E02").state is SheetState.IN_PROGRESS
    history = s.mark_history("R1", "J2", "E01", "NEW")
    assert [(v.origin, v.actor) for v in history] == [(Origin.PAPER, "secretary")]
    # a faulty cell anywhere: nothing stored, every fault named
    with pytest.raises(InputError) as caught:
        s.enter_paper_sheets(
            "R1", "J2", {"E02": {"EFF": D(41)}, "E05": {"NEW": D("1.3"), "APP": D(1)}}
        )
    assert [p.where for p in caught.value.problems] == ["E02/EFF", "E05/NEW"]
    assert s.sheet("R1", "J2", "E05").state is SheetState.NOT_STARTED
    with database.uow_factory() as uow:
        states = dict(uow.session.execute(select(ScoreSheetRow.id, ScoreSheetRow.state)).all())
    assert sorted(states.values()) == ["in_progress", "submitted"]


def test_blind_competition_hides_authors(services: Services, database: OpenDatabase) -> None:
    scoring_helpers.build(services, database, blind=True)
    view = services.scoring.sheet("R1", "J1", "E01")
    assert view.entry.anonymised
    assert view.entry.authors == () and view.entry.organisation == ""
    assert "Nguyễn Văn An" not in view.entry.summary
    pack = services.scoring.print_pack("R1", "J1", filled=False)
    assert all(not s.entry.authors and s.entry.anonymised for s in pack.sheets)
